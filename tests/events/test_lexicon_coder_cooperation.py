"""Issue 5: the cooperative PLOVER types and their boundaries, coded from marked-up sentences
(tests/events/data/cooperation.tsv, written for the tests and not in the training set)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.evaluate.plover import pick
from foedus.records import Analysis

CASES = [r for r in read_tsv(Path(__file__).parent / "data" / "cooperation.tsv") if len(r) == 2]


def test_cases_cover_every_cooperative_type_and_negatives() -> None:
    assert {e for e, _ in CASES} >= {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "MOBILIZE", "NONE",
    }  # fmt: skip


@pytest.mark.parametrize(("event", "text"), CASES, ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)])
def test_main_event_type(code: Callable[..., Analysis], event: str, text: str) -> None:
    events = code(text).events
    main = pick(events)
    got = main.event if main else "NONE"
    assert got == event, [(e.event, e.trigger.text if e.trigger else None, e.confidence) for e in events]
