"""Issue 5: every CAMEO code 03-20 of the CAMEO->PLOVER table (but 057), and a few dropped 01 comments and 02 appeals,
coded in Spanish from one marked-up sentence written from the code's description (tests/events/data/cameo_es_all.tsv,
not in the training set), with the PLOVER type of docs/conventions.md and the actor/recipient roles; the same fact
coded as in English."""

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
)
from tests.events.test_lexicon_coder import assert_type_and_roles

ROWS = [r for r in read_tsv(Path(__file__).parent / "data" / "cameo_es_all.tsv") if len(r) == 5]
CASES = [r for r in ROWS if r[1] != "NONE"]
COMMENTS = [r for r in ROWS if r[1] == "NONE"]
TRAINING = DATA_DIR / "training" / "es" / "templates.cameo_es_all.tsv"
RANGE = tuple(f"{n:02d}" for n in range(3, 21))
# Codes whose sentence the coder still misses (reason given), kept visible rather than dropped.
XFAIL: dict[str, str] = {}


def test_cases_cover_every_code_of_the_range() -> None:
    assert_cases_cover(ROWS, ("01", "02", *RANGE))


def test_every_code_of_the_table_has_templates_of_its_type_and_a_case(eval_dir: Path) -> None:
    """Each code of the table heads three templates (two for a four-digit subcode) of the type docs/conventions.md
    gives it (the table, overridden by the codebook), and has a test sentence of that type."""
    assert_blocks_cover(eval_dir, TRAINING, CASES, RANGE)
    assert_types_follow_table(eval_dir, TRAINING, CASES, RANGE)


def test_new_triggers_keep_their_limits() -> None:
    """A declared truce is a concession, one that holds a retreat; lifting a curfew concedes, imposing one coerces."""
    lex = load_lexicon(DATA_DIR, "es")

    def events(text: str) -> list[str]:
        return [t.event for _, t in lex.find_triggers(text)]

    assert "CONCEDE" in events("Los rebeldes declararon una tregua de tres días.")
    assert "RETREAT" in events("La tregua se mantiene desde el lunes en la frontera.")
    assert "CONCEDE" in events("El gobierno levantó el toque de queda en la capital.")
    assert "COERCE" in events("El gobierno impuso el toque de queda en la capital.")
    assert "CONCEDE" not in events("El gobierno impuso el toque de queda en la capital.")


@pytest.mark.parametrize(CAMEO_FIELDS, cameo_cases(CASES, XFAIL))
def test_code_type_and_roles(code: Callable[..., Analysis], cameo: str, event: str, actor: str, recipient: str,
                             text: str) -> None:  # fmt: skip
    assert_type_and_roles(code(text, "es"), event, actor, recipient)


@pytest.mark.parametrize("text", [r[4] for r in COMMENTS], ids=[r[0] for r in COMMENTS])
def test_a_comment_is_no_event(code: Callable[..., Analysis], text: str) -> None:
    """CAMEO 01 statements are dropped by PLOVER: no factual event."""
    assert [e.event for e in code(text, "es").events if e.factual] == []
