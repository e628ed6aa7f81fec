"""Issue 5: every CAMEO code 030-2042 (but 057) coded in Russian from one marked-up sentence written from the code's
description (tests/events/data/cameo_ru_all.tsv, not in the training set), with the PLOVER type of the CAMEO->PLOVER
table where the codebook is silent (its overrides: foedus/data/lexicons/cameo_codebook.tsv, docs/conventions.md) and the
actor/recipient roles; the same fact coded as in English."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.events.lexicon import load_lexicon
from foedus.records import Analysis
from tests.events.conftest import (
    CAMEO_FIELDS,
    assert_blocks_cover,
    assert_cases_cover,
    assert_types_follow_table,
    cameo_cases,
    feminine_fillers,
)
from tests.events.test_lexicon_coder import assert_type_and_roles

CASES = [r for r in read_tsv(Path(__file__).parent / "data" / "cameo_ru_all.tsv") if len(r) == 5]
TRAINING = DATA_DIR / "training" / "ru" / "templates.cameo_ru_all.tsv"
RANGE = tuple(f"{n:02d}" for n in range(3, 21))
# Codes whose sentence the coder still misses (reason given), kept visible rather than dropped.
XFAIL: dict[str, str] = {
    "113": "Russian rallies opposition with 'призвала ... выступить против', whose REQUEST trigger leads the sentence",
}


def test_cases_cover_every_code_of_the_range() -> None:
    assert_cases_cover(CASES, RANGE)


def test_every_code_of_the_table_has_templates_and_a_case(eval_dir: Path) -> None:
    """Each code of the table heads three templates (two for a four-digit subcode) and has a test sentence."""
    assert_blocks_cover(eval_dir, TRAINING, CASES, RANGE)


def test_types_follow_the_table_and_the_codebook(eval_dir: Path) -> None:
    """Template blocks and test rows have the table's types with the codebook's overrides (an apology, a lifted
    curfew, a declared ceasefire, a promised retreat are CONCEDE)."""
    assert_types_follow_table(eval_dir, TRAINING, CASES, RANGE)


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


@pytest.mark.parametrize(CAMEO_FIELDS, cameo_cases(CASES, XFAIL))
def test_code_type_and_roles(code: Callable[..., Analysis], cameo: str, event: str, actor: str, recipient: str,
                             text: str) -> None:  # fmt: skip
    assert_type_and_roles(code(text, "ru"), event, actor, recipient)
