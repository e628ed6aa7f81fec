"""Event-type round 3 (session 10): Russian, Ukrainian and Arabic vocabulary families for joint works, suspended
talks and cooperation, appeals, beatings and live fire, closures and forcing, troops sent on request, permission to
visit and forces put on alert (``triggers.dev3.tsv``; tests/events/data/dev3_types_b.tsv, written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.records import Analysis
from tests.events.conftest import assert_main_event

CASES = [row for row in read_tsv(Path(__file__).parent / "data" / "dev3_types_b.tsv") if len(row) == 5]


def test_every_language_has_several_types() -> None:
    for lang in ("ru", "uk", "ar"):
        assert len({event for lg, event, *_ in CASES if lg == lang}) >= 6, lang


@pytest.mark.parametrize(
    ("lang", "event", "actor", "recipient", "text"), CASES, ids=[f"{i}-{c[0]}-{c[1]}" for i, c in enumerate(CASES)]
)
def test_main_event_type(
    code: Callable[..., Analysis], lang: str, event: str, actor: str, recipient: str, text: str
) -> None:
    assert_main_event(code(text, lang).events, event, actor, recipient)
