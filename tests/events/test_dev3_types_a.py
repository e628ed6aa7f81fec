"""Event types of dev round 3 (session 10, helper typesA) for en, de, es and fr: the trigger families of
``lexicons/<lang>/triggers.dev3.tsv``, one table row per sentence (our own sentences, never held-out ones):
lifted restrictions and met demands, released ships and granted access, administrative coercion, paralysing
strikes and blockades, weapons tests and alert levels, voiced concern, suspended contacts, burnt villages,
commitments, shared intelligence. Each row's main event has the type given and, unless ``*``, the actor."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.records import Analysis
from tests.events.conftest import assert_main_event

# lang, event, actor, marked text (tests/events/data/dev3_types_a.tsv)
CASES = [tuple(row) for row in read_tsv(Path(__file__).parent / "data" / "dev3_types_a.tsv") if len(row) == 4]


@pytest.mark.parametrize(
    ("lang", "event", "actor", "text"), CASES, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)]
)
def test_dev3_types(code: Callable[..., Analysis], lang: str, event: str, actor: str, text: str) -> None:
    assert_main_event(code(text, lang).events, event, actor, "*")


def test_table_covers_each_language_with_several_classes() -> None:
    for lang in ("en", "de", "es", "fr"):
        assert len({e for lg, e, _a, _t in CASES if lg == lang}) >= 3, lang
