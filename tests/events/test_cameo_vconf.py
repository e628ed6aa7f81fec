"""Issue 5: every CAMEO code 09-13 (investigate, demand, disapprove, reject, threaten) has training templates and a
test sentence (tests/events/data/cameo_vconf.tsv, written for the tests and not in the training set) that the coder
codes with the conversion table's PLOVER type and the expected actor and recipient."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.evaluate.plover import pick
from foedus.records import Analysis
from tests.events.conftest import codes

RANGE = ("09", "10", "11", "12", "13")
CASES = [r for r in read_tsv(Path(__file__).parent / "data" / "cameo_vconf.tsv") if len(r) >= 5]
TEMPLATES = DATA_DIR / "training" / "en" / "templates.cameo_vconf.tsv"
CODE_LINE = re.compile(r"^# (\d{3,4}) .* -> ([A-Z]+)")


def _template_codes() -> dict[str, tuple[str, list[str]]]:
    """CAMEO code -> (type named in its comment line, the events of the templates under it)."""
    out: dict[str, tuple[str, list[str]]] = {}
    current = None
    for line in TEMPLATES.read_text(encoding="utf-8").splitlines():
        if m := CODE_LINE.match(line):
            current = m.group(1)
            out[current] = (m.group(2), [])
        elif line.strip() and not line.startswith("#") and current:
            out[current][1].append(line.split("\t")[0])
    return out


def test_every_code_has_four_templates_of_its_type() -> None:
    found = _template_codes()
    assert len(found) >= 90
    for code, (event, rows) in found.items():
        assert code.startswith(RANGE), code
        assert len([e for e in rows if e == event]) >= 4, (code, rows)
    assert {c for c, *_ in CASES} == set(found)


def test_types_follow_the_conversion_table(eval_dir: Path) -> None:
    table = {}
    for line in (eval_dir / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        if (m := re.match(r"^(\d{3,4}): ([A-Z]+),", line)) and m.group(1).startswith(RANGE):
            table[m.group(1)] = m.group(2)
    found = _template_codes()
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
