"""Issue 5: every CAMEO code 09-13 (investigate, demand, disapprove, reject, threaten) has training templates and a
test sentence (tests/events/data/cameo_vconf.tsv, written for the tests and not in the training set) that the coder
codes with the conversion table's PLOVER type and the expected actor and recipient."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.evaluate.plover import pick
from foedus.records import Analysis
from tests.events.conftest import codes, table_types, template_blocks

RANGE = ("09", "10", "11", "12", "13")
CASES = [r for r in read_tsv(Path(__file__).parent / "data" / "cameo_vconf.tsv") if len(r) >= 5]
TEMPLATES = DATA_DIR / "training" / "en" / "templates.cameo_vconf.tsv"


def test_every_code_has_four_templates_of_its_type() -> None:
    found = template_blocks(TEMPLATES)
    assert len(found) >= 90
    for code, (event, rows) in found.items():
        assert code.startswith(RANGE), code
        assert len([e for e in rows if e == event]) >= 4, (code, rows)
    assert {c for c, *_ in CASES} == set(found)


def test_types_follow_the_conversion_table(eval_dir: Path) -> None:
    table = table_types(eval_dir, RANGE)
    found = template_blocks(TEMPLATES)
    assert set(table) == set(found)
    assert {c: e for c, (e, _) in found.items()} == table
    assert {c: e for c, e, *_ in CASES} == table


@pytest.mark.parametrize(
    ("event", "actor", "recipient", "text"),
    [pytest.param(*c[1:5], marks=pytest.mark.xfail(reason=c[5], strict=True)) if len(c) > 5 and c[5] else c[1:5]
     for c in CASES],
    ids=[f"{c[0]}-{c[1]}" for c in CASES],
)  # fmt: skip
def test_main_event_type_and_roles(code: Callable[..., Analysis], event: str, actor: str, recipient: str,
                                   text: str) -> None:  # fmt: skip
    events = code(text).events
    main = pick(events)
    got = [(e.event, sorted(codes(e.actor)), sorted(codes(e.recipient)), e.factual) for e in events]
    assert main is not None and main.event == event, got
    want_r = [] if recipient == "-" else sorted(recipient.split(","))
    assert (sorted(codes(main.actor)), sorted(codes(main.recipient))) == (sorted(actor.split(",")), want_r), got
