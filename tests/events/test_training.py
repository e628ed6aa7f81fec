"""Our training set: every language covers every PLOVER type and hard negatives; modes are PLOVER's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from foedus.events.training import NONE, load_examples
from foedus.records import PLOVER_TYPES

LANGS = ("en", "de", "ru", "uk", "fr", "es", "ar")
MANUAL = Path(__file__).resolve().parents[3] / "shared" / "eval" / "plover" / "PLOVER_MANUAL.tex"


@pytest.mark.parametrize("lang", LANGS)
def test_language_covers_every_type_negatives_and_modality(examples, lang: str) -> None:  # type: ignore[no-untyped-def]
    mine = [e for e in examples if e.lang == lang]
    assert {e.event for e in mine} >= set(PLOVER_TYPES) | {NONE}
    flags = {a for e in mine for a in e.aux}
    assert {"negated", "hypothetical"} <= flags


def test_examples_keep_actor_and_recipient_spans(examples) -> None:  # type: ignore[no-untyped-def]
    with_roles = [e for e in examples if e.event != NONE and e.actor]
    assert len(with_roles) > 0.9 * sum(e.event != NONE for e in examples)
    for e in with_roles[:500]:
        for s in e.actor + e.recipient:
            assert 0 <= s.start < s.end <= len(e.text) and s.code.isupper()


def test_training_set_is_large_enough(examples) -> None:  # type: ignore[no-untyped-def]
    assert len(examples) >= 2000


def test_modes_are_plover_modes(examples) -> None:  # type: ignore[no-untyped-def]
    if not MANUAL.exists():
        pytest.skip("PLOVER manual absent (../shared/eval)")
    tex = MANUAL.read_text(encoding="utf-8")
    for mode in {e.mode for e in examples if e.mode}:
        assert re.search(rf"^\s*{re.escape(mode)}\s*&", tex, re.M), mode


def test_topic_template_files_are_read_too(tmp_path: Path) -> None:
    lang = tmp_path / "training" / "xx"
    lang.mkdir(parents=True)
    (lang / "fillers.tsv").write_text("AAA\tnom\tAland\nBBB\tnom\tBland\n", encoding="utf-8")
    (lang / "templates.tsv").write_text("AGREE\t\t\t{A} signed a pact with {B}.\n", encoding="utf-8")
    (lang / "templates.aid.tsv").write_text("AID\t\t\t{A} sent grain to {B}.\n", encoding="utf-8")
    (lang / "sentences.ranking.jsonl").write_text('{"text": "Aland shelled Bland.", "event": "ASSAULT"}\n', "utf-8")
    got = load_examples(tmp_path, per_template=1)
    assert sorted(e.event for e in got) == ["AGREE", "AID", "ASSAULT"]
    assert len({e.group for e in got}) == 3
