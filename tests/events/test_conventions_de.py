"""Issue 5, session 6: every row of docs/conventions.md (the codebook over the CAMEO table) coded in German from
sentences written for the tests (tests/events/data/conventions_de.tsv): the type, flags and roles the row prescribes,
and none of the types it rules out."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.records import PLOVER_TYPES, Analysis
from tests.events.conftest import codes

ROOT = Path(__file__).parents[2]
CASES = [r for r in read_tsv(Path(__file__).parent / "data" / "conventions_de.tsv") if len(r) >= 7]
FIELDS = ("event", "aux", "actor", "recipient", "absent", "text")


def convention_rows() -> list[str]:
    """The first cell of every table row of docs/conventions.md (the header left out; a rule line
    ``|---|`` has no space after its bar)."""
    lines = (ROOT / "docs" / "conventions.md").read_text(encoding="utf-8").splitlines()
    cells = [m.group(1) for line in lines if (m := re.match(r"^\| (.+?) \|", line))]
    return [c for c in cells if c != "case"]


def test_every_convention_has_a_german_case() -> None:
    rows = convention_rows()
    assert len(rows) >= 40
    assert set(rows) == {c[0] for c in CASES}
    for case in CASES:
        assert case[1] in (*PLOVER_TYPES, "NONE"), case
        assert case[1] not in case[5].split(","), case


@pytest.mark.parametrize(
    FIELDS,
    [
        pytest.param(*c[1:7], id=f"{i}-{c[1]}", marks=[pytest.mark.xfail(strict=True, reason=c[7])] if c[7:] else [])
        for i, c in enumerate(CASES)
    ],
)
def test_convention(
    code: Callable[..., Analysis], event: str, aux: str, actor: str, recipient: str, absent: str, text: str
) -> None:
    events = code(text, "de").events
    got = [(e.event, sorted(e.aux), codes(e.actor), codes(e.recipient)) for e in events]
    if event == "NONE":
        assert not [e for e in events if e.factual], got
        return
    flags = [] if aux == "-" else sorted(aux.split(","))
    want_r = set() if recipient == "-" else set(recipient.split(","))
    assert (event, flags, set(actor.split(",")), want_r) in got, got
    ruled_out = set() if absent == "-" else set(absent.split(","))
    assert not [e.event for e in events if e.factual and e.event in ruled_out], got
