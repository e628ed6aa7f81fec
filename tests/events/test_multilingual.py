"""Issue 5: the coder in de, ru, fr, es, uk and ar on two more written sentences per PLOVER type
(tests/events/data/types_multilingual.tsv, written before the triggers that fix them)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.records import PLOVER_TYPES, Analysis
from tests.events.test_lexicon_coder import assert_type_and_roles

CASES = list(read_tsv(Path(__file__).parent / "data" / "types_multilingual.tsv"))
PARAMS = [
    pytest.param(*c[:5], id=f"{c[0]}-{c[1]}-{i}", marks=[pytest.mark.xfail(strict=True, reason=c[5])] if c[5:] else [])
    for i, c in enumerate(CASES)
]


def test_every_language_covers_every_type() -> None:
    counts = Counter(lang for lang, *_ in CASES)
    assert counts == {"de": 42, "ru": 41, "fr": 45, "es": 42, "uk": 40, "ar": 41}
    for lang in counts:
        assert {event for lg, event, *_ in CASES if lg == lang} == set(PLOVER_TYPES), lang


@pytest.mark.parametrize(("lang", "event", "actor", "recipient", "text"), PARAMS)
def test_type_and_roles(code: Callable[..., Analysis], lang: str, event: str, actor: str, recipient: str,
                        text: str) -> None:  # fmt: skip
    assert_type_and_roles(code(text, lang), event, actor, recipient)


NONE_CASES = list(read_tsv(Path(__file__).parent / "data" / "none_multilingual.tsv"))


@pytest.mark.parametrize(("lang", "text"), NONE_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(NONE_CASES)])
def test_everyday_senses_of_broad_triggers_are_no_event(code: Callable[..., Analysis], lang: str, text: str) -> None:
    """Blocking rows and kind-x rows keep a morning, a heart attack or a record out of the event data."""
    assert not [e for e in code(text, lang).events if e.factual], code(text, lang).events
