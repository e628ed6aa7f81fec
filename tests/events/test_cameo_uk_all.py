"""Issue 5: what is particular to the Ukrainian per-code CAMEO table (tests/events/data/cameo_uk_all.tsv): the limits of
its triggers and its grammar. The checks every language's table passes are in test_cameo_tables.py."""

from __future__ import annotations

from foedus.config import DATA_DIR
from foedus.events.lexicon import load_lexicon
from foedus.events.training import Example
from tests.events.conftest import (
    feminine_fillers,
)


def test_templates_use_the_feminine_slot_only_with_feminine_fillers(examples: list[Example]) -> None:
    """A template whose verb agrees in the feminine is filled only by feminine names (fillers.tsv, case nomf)."""
    feminine = feminine_fillers("uk")
    assert {"Росія", "Україна"} <= feminine and not feminine & {"Китай", "Київ", "США", "КНДР"}
    uk = [e for e in examples if e.lang == "uk" and e.group.startswith("uk:templates.cameo_uk_all")]
    masculine = ("Китай ", "Київ ", "США ")
    assert not [e.text for e in uk if e.text.startswith(masculine) and e.text.split()[1].endswith("ла")]


def test_new_triggers_keep_their_limits() -> None:
    """Readiness is intent only for cooperative acts and a concession for yielding; a promise to release is CONCEDE;
    the demand of a hunger strike is its topic."""
    lex = load_lexicon(DATA_DIR, "uk")

    def events(text: str) -> list[str]:
        return [t.event for _, t in lex.find_triggers(text)]

    def modes(text: str) -> list[tuple[str, str | None]]:
        return [(t.event, t.mode) for _, t in lex.find_triggers(text)]

    assert "AGREE" in events("Іран заявив про готовність до переговорів з Катаром.")
    assert not {"AGREE", "CONCEDE"} & set(events("Іран заявив про готовність завдати удару у відповідь."))
    assert events("Іран заявив про готовність звільнити моряків.")[0] == "CONCEDE"
    assert events("Президент пообіцяв звільнити полонених.")[0] == "CONCEDE"
    assert events("Президент пообіцяв збільшити інвестиції.") == ["AGREE"]
    assert ("PROTEST", "hunger") in modes("В'язні голодують на знак протесту.")
    assert "PROTEST" not in events("Мільйони людей у регіоні голодують через посуху.")
