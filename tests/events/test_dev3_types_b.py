"""Event-type round 3 (session 10): Russian, Ukrainian and Arabic vocabulary families for joint works, suspended
talks and cooperation, appeals, beatings and live fire, closures and forcing, troops sent on request, permission to
visit and forces put on alert (``triggers.dev3.tsv``; tests/events/data/dev3_types_b.tsv, written for these tests;
its rows are coded in test_hard_tables.py)."""

from __future__ import annotations

from pathlib import Path

from foedus.actors.data import read_tsv

CASES = [row for row in read_tsv(Path(__file__).parent / "data" / "dev3_types_b.tsv") if len(row) == 5]


def test_every_language_has_several_types() -> None:
    for lang in ("ru", "uk", "ar"):
        assert len({event for lg, event, *_ in CASES if lg == lang}) >= 6, lang
