"""Issue 5: what is particular to the Russian per-code CAMEO table (tests/events/data/cameo_ru_all.tsv): the limits of
its triggers and its grammar. The checks every language's table passes are in test_cameo_tables.py."""

from __future__ import annotations

from foedus.config import DATA_DIR
from foedus.events.lexicon import load_lexicon
from tests.events.conftest import (
    feminine_fillers,
)


def test_templates_use_the_feminine_slot_only_with_feminine_fillers() -> None:
    """A template whose verb agrees in the feminine is filled only by feminine names (fillers.tsv, case nomf)."""
    feminine = feminine_fillers("ru")
    assert {"Россия", "Украина"} <= feminine and not feminine & {"Китай", "Иран", "Киев", "США"}


def test_new_triggers_keep_their_limits() -> None:
    """Readiness is intent only for cooperative acts; torture is a whole word, so an attempt is not torture."""
    lex = load_lexicon(DATA_DIR, "ru")

    def events(text: str) -> list[tuple[str, str | None]]:
        return [(t.event, t.mode) for _, t in lex.find_triggers(text)]

    assert ("AGREE", None) in events("Иран заявил о готовности к переговорам с Катаром.")
    assert ("AGREE", None) not in events("Иран заявил о готовности нанести ответный удар.")
    assert ("ASSAULT", "torture") in events("Охранники пытали заключённых.")
    assert ("ASSAULT", "torture") not in events("Охранники пытались задержать беглеца.")
