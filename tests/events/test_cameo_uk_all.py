"""Issue 5: every CAMEO code 030-2042 (but 057) coded in Ukrainian from one marked-up sentence written from the code's
description (tests/events/data/cameo_uk_all.tsv, not in the training set), with the PLOVER type of the CAMEO->PLOVER
table where the codebook is silent (its overrides: foedus/data/lexicons/cameo_codebook.tsv, docs/conventions.md) and the
actor/recipient roles; the same fact coded as in English."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.evaluate.marked import parse_marked
from foedus.events.lexicon import load_lexicon
from foedus.events.training import Example
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

CASES = [r for r in read_tsv(Path(__file__).parent / "data" / "cameo_uk_all.tsv") if len(r) == 5]
TRAINING = DATA_DIR / "training" / "uk" / "templates.cameo_uk_all.tsv"
RANGE = tuple(f"{n:02d}" for n in range(3, 21))
# Codes whose sentence the coder still misses (reason given), kept visible rather than dropped.
XFAIL: dict[str, str] = {
    "186": "'вбили науковця з Ірану': the role cues read 'з' as 'with' (a co-actor), not 'from' (the victim's origin)",
    "193": "'обстріляли з автоматів патруль Пакистану': 'з' before the weapon makes the target a co-actor",
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


def test_templates_use_the_feminine_slot_only_with_feminine_fillers(examples: list[Example]) -> None:
    """A template whose verb agrees in the feminine is filled only by feminine names (fillers.tsv, case nomf)."""
    feminine = feminine_fillers("uk")
    assert {"Росія", "Україна"} <= feminine and not feminine & {"Китай", "Київ", "США", "КНДР"}
    uk = [e for e in examples if e.lang == "uk" and e.group.startswith("uk:templates.cameo_uk_all")]
    masculine = ("Китай ", "Київ ", "США ")
    assert not [e.text for e in uk if e.text.startswith(masculine) and e.text.split()[1].endswith("ла")]


def test_test_sentences_are_not_training_sentences(examples: list[Example]) -> None:
    """The test rows judge the coder on sentences it was not trained on."""
    texts = {e.text for e in examples if e.lang == "uk"}
    clean = {parse_marked(r[4])[0] for r in CASES}
    assert len(clean) == len(CASES) and not clean & texts


@pytest.mark.parametrize(CAMEO_FIELDS, cameo_cases(CASES, XFAIL))
def test_code_type_and_roles(code: Callable[..., Analysis], cameo: str, event: str, actor: str, recipient: str,
                             text: str) -> None:  # fmt: skip
    assert_type_and_roles(code(text, "uk"), event, actor, recipient)


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
