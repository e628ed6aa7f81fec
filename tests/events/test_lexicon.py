"""Trigger lexicons load from data files, including per-topic files."""

from __future__ import annotations

from pathlib import Path

from foedus.events.lexicon import load_lexicon


def test_topic_trigger_files_are_read_too(tmp_path: Path) -> None:
    folder = tmp_path / "lexicons" / "xx"
    folder.mkdir(parents=True)
    (folder / "triggers.tsv").write_text("attacked\tASSAULT\t\t\tv\n", encoding="utf-8")
    (folder / "triggers.aid.tsv").write_text("shipped grain to\tAID\t\t\tv\n", encoding="utf-8")
    lex = load_lexicon.__wrapped__(tmp_path, "xx")
    assert {(t.phrase, t.event) for t in lex.triggers} == {("attacked", "ASSAULT"), ("shipped grain to", "AID")}
    assert lex.triggers[0].phrase == "shipped grain to"  # longest first, across files
