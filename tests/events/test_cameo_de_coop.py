"""Issue 5: every CAMEO code 03-08 (but 057) coded from one German sentence written from the code's description
(tests/events/data/cameo_de_coop.tsv), with the type of the CAMEO->PLOVER table and the codebook's overrides
(docs/conventions.md, ``table_types``); two-digit heads, which the table lists without a mode, as in English."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.records import Analysis
from tests.events.conftest import CAMEO_FIELDS, cameo_cases, table_types, template_blocks
from tests.events.test_cameo_coop import ROWS as EN_ROWS
from tests.events.test_lexicon_coder import assert_type_and_roles

ROWS = [r for r in read_tsv(Path(__file__).parent / "data" / "cameo_de_coop.tsv") if len(r) == 5]
RANGE = ("03", "04", "05", "06", "07", "08")
TRAINING = DATA_DIR / "training"
# Rows the coder does not get yet; each names why (kept few).
XFAIL: dict[str, str] = {}


def expected(eval_dir: Path) -> dict[str, str]:
    """CAMEO code -> type: the table with the codebook's overrides; the two-digit heads (absent from
    ``table_types``) as English codes them."""
    heads = {r[0]: r[1] for r in EN_ROWS if len(r[0]) == 2}
    return heads | {c: t for c, t in table_types(eval_dir, RANGE).items() if c != "057"}


def test_rows_cover_the_codes_of_english_with_the_table_and_codebook_types(eval_dir: Path) -> None:
    codes = [r[0] for r in ROWS]
    assert len(codes) == len(set(codes))
    assert set(codes) == {r[0] for r in EN_ROWS}
    assert {r[0]: r[1] for r in ROWS} == expected(eval_dir)


def test_german_templates_cover_every_code_with_the_table_and_codebook_type(eval_dir: Path) -> None:
    path = TRAINING / "de" / "templates.cameo_de_coop.tsv"
    de = template_blocks(path)
    assert {r[0] for r in ROWS} <= set(de)
    assert {c: t for c, (t, _) in de.items()} == expected(eval_dir)
    for cameo, (head, types) in de.items():
        assert len(types) >= 3, cameo
        assert set(types) == {head}, cameo
    # hard negatives: everyday senses of the trigger words, after the last code's block
    assert sum(line.startswith("NONE\t") for line in path.read_text(encoding="utf-8").splitlines()) >= 20


@pytest.mark.parametrize(CAMEO_FIELDS, cameo_cases(ROWS, XFAIL))
def test_code_type_and_roles(
    code: Callable[..., Analysis], cameo: str, event: str, actor: str, recipient: str, text: str
) -> None:
    assert_type_and_roles(code(text, "de"), event, actor, recipient)
