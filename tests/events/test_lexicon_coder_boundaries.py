"""Issue 5, round 9: the type boundaries that hurt (aid given, asked for, promised or cut; coercion
and assault; drills alone or joint), coded from marked-up sentences (tests/events/data/boundaries.tsv)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.evaluate.plover import pick
from foedus.records import Analysis

CASES = [r for r in read_tsv(Path(__file__).parent / "data" / "boundaries.tsv") if len(r) == 3]


def test_cases_name_both_sides_of_a_boundary() -> None:
    assert len(CASES) >= 15
    assert all(event != near for event, near, _ in CASES)


@pytest.mark.parametrize(("event", "near", "text"), CASES, ids=[f"{i}-{c[0]}-not-{c[1]}" for i, c in enumerate(CASES)])
def test_main_event_type(code: Callable[..., Analysis], event: str, near: str, text: str) -> None:
    events = code(text).events
    main = pick(events)
    got = main.event if main else "NONE"
    assert got == event, [(e.event, e.trigger.text if e.trigger else None, e.confidence) for e in events]
