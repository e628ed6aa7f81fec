"""Issue 5: every CAMEO code 03-20 of the CAMEO->PLOVER table (but 057) coded in French, Spanish, Russian, Ukrainian
and Arabic from one marked-up sentence per code, written from the code's description
(tests/events/data/cameo_<lang>_all.tsv, not in the training set), with the PLOVER type of the table as overridden by
the codebook (cameo_codebook.tsv, docs/conventions.md) and the actor/recipient roles; the facts are those of the
English table, so the same fact is coded the same in every language. The same checks hold for every language; what
is particular to one (its triggers' limits, its grammar) stays in its own test_cameo_<lang>_all.py.

Rows: code, type, actor, recipient, text, and optionally a known open problem (the row is then a strict expected
failure, kept visible rather than dropped). CAMEO categories PLOVER dropped may have rows too: 01 statements (NONE)
and 02 appeals (REQUEST)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.evaluate.marked import parse_marked
from foedus.events.training import Example
from foedus.records import Analysis
from tests.events.conftest import (
    assert_blocks_cover,
    assert_cases_cover,
    assert_types_follow_table,
    template_blocks,
)
from tests.events.test_lexicon_coder import assert_type_and_roles_or_none

LANGS = ("fr", "es", "ru", "uk", "ar")
RANGE = tuple(f"{n:02d}" for n in range(3, 21))
DROPPED = {"01": "NONE", "02": "REQUEST"}  # CAMEO categories PLOVER dropped: statements, and appeals (requests)


def rows(lang: str) -> list[list[str]]:
    return [r for r in read_tsv(Path(__file__).parent / "data" / f"cameo_{lang}_all.tsv") if len(r) >= 5]


def templates(lang: str) -> Path:
    return DATA_DIR / "training" / lang / f"templates.cameo_{lang}_all.tsv"


def _params() -> list:  # type: ignore[type-arg]
    out = []
    for lang in LANGS:
        for r in rows(lang):
            marks = [pytest.mark.xfail(reason=r[5], strict=True)] if len(r) > 5 and r[5] else []
            out.append(pytest.param(lang, *r[:5], id=f"{lang}-{r[0]}-{r[1]}", marks=marks))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_cases_cover_every_code_once(lang: str) -> None:
    cases = rows(lang)
    assert_cases_cover(cases, RANGE + tuple({c[0][:2] for c in cases} & set(DROPPED)))


@pytest.mark.parametrize("lang", LANGS)
def test_every_code_of_the_table_has_templates_of_its_type_and_a_case(eval_dir: Path, lang: str) -> None:
    """Each code of the table heads three templates (two for a four-digit subcode) of the type docs/conventions.md
    gives it (the table, overridden by the codebook; an apology, a lifted curfew, a declared ceasefire, a promised
    retreat are CONCEDE), and has a test sentence of that type; a dropped category keeps its PLOVER type."""
    cases = rows(lang)
    assert_blocks_cover(eval_dir, templates(lang), cases, RANGE)
    assert_types_follow_table(eval_dir, templates(lang), cases, RANGE)
    assert {c[1] for c in cases if c[0][:2] == "01"} <= {"NONE"}
    assert {c[1] for c in cases if c[0][:2] == "02"} <= {"REQUEST"}
    dropped = {c: e for c, (e, _) in template_blocks(templates(lang)).items() if c[:2] in DROPPED}
    assert all(DROPPED[c[:2]] == e for c, e in dropped.items()), dropped


@pytest.mark.parametrize("lang", LANGS)
def test_test_sentences_are_not_training_sentences(examples: list[Example], lang: str) -> None:
    """The test rows judge the coder on sentences it was not trained on."""
    texts = {e.text for e in examples if e.lang == lang}
    clean = {parse_marked(r[4])[0] for r in rows(lang)}
    assert len(clean) == len(rows(lang)) and not clean & texts


@pytest.mark.parametrize(("lang", "cameo", "event", "actor", "recipient", "text"), _params())
def test_code_type_and_roles(code: Callable[..., Analysis], lang: str, cameo: str, event: str, actor: str,
                             recipient: str, text: str) -> None:  # fmt: skip
    assert_type_and_roles_or_none(code(text, lang), event, actor, recipient)


@pytest.mark.parametrize("lang", LANGS)
def test_everyday_senses_are_taught_as_none(lang: str) -> None:
    """The templates teach the everyday senses of the code words as no event (sport, markets, weather)."""
    assert len([r for r in read_tsv(templates(lang)) if r and r[0] == "NONE"]) >= 20
