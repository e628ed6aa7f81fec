"""Issue 5: every CAMEO code 03-08 (but 057) coded from one marked-up sentence written from the code's description
(tests/events/data/cameo_coop.tsv), with the PLOVER type of the CAMEO->PLOVER table and the actor/recipient roles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.records import Analysis
from tests.events.conftest import CAMEO_FIELDS, cameo_cases, template_blocks
from tests.events.test_lexicon_coder import assert_type_and_roles

ROWS = [r for r in read_tsv(Path(__file__).parent / "data" / "cameo_coop.tsv") if len(r) == 5]
TRAINING = Path(__file__).parents[2] / "foedus" / "data" / "training" / "en" / "templates.cameo_coop.tsv"
# Rows the coder does not get yet; each names why (kept few, see the report of round 11).
XFAIL: dict[str, str] = {}


def test_rows_cover_every_code_of_the_range() -> None:
    codes = [r[0] for r in ROWS]
    assert len(codes) == len(set(codes))
    for head in ("03", "04", "05", "06", "07", "08"):
        assert head in codes and head + "0" in codes
    assert "057" not in codes  # signing stays with the AGREE templates


def test_training_templates_cover_every_code_with_four_sentences() -> None:
    blocks = {c: len(types) for c, (_, types) in template_blocks(TRAINING).items()}
    assert {r[0] for r in ROWS} <= set(blocks)
    assert min(blocks.values()) >= 4, {c: n for c, n in blocks.items() if n < 4}


@pytest.mark.parametrize(CAMEO_FIELDS, cameo_cases(ROWS, XFAIL))
def test_code_type_and_roles(
    code: Callable[..., Analysis], cameo: str, event: str, actor: str, recipient: str, text: str
) -> None:
    assert_type_and_roles(code(text), event, actor, recipient)
