"""Issue 5: the coder in de, ru, fr and es on two more written sentences per PLOVER type
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


def test_two_sentences_per_language_and_type() -> None:
    counts = Counter((lang, event) for lang, event, *_ in CASES)
    assert {lang for lang, _ in counts} == {"de", "ru", "fr", "es"}
    assert all(counts[(lang, t)] == 2 for lang in ("de", "ru", "fr", "es") for t in PLOVER_TYPES)


@pytest.mark.parametrize(
    ("lang", "event", "actor", "recipient", "text"), CASES, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)]
)
def test_type_and_roles(code: Callable[..., Analysis], lang: str, event: str, actor: str, recipient: str,
                        text: str) -> None:  # fmt: skip
    assert_type_and_roles(code(text, lang), event, actor, recipient)
