"""`foedus code`: tables (summaries) show factual events by default; --all and JSONL keep every event."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from foedus.cli import app

TEXT = "Russia attacked Ukraine on Monday. If China attacked Taiwan, the United States would respond.\n"


def test_table_defaults_to_factual_events(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    jsonl = runner.invoke(app, ["code", str(src), "--date", "2024-06-20", "--lang", "en"])
    events = [json.loads(line) for line in jsonl.stdout.splitlines() if line.startswith("{")]
    assert {e["factual"] for e in events} == {True, False}
    table = runner.invoke(app, ["code", str(src), "--date", "2024-06-20", "--lang", "en", "-f", "table"])
    every = runner.invoke(app, ["code", str(src), "--date", "2024-06-20", "--lang", "en", "-f", "table", "--all"])
    assert "hypothetical" not in table.stdout and "hypothetical" in every.stdout
    only = runner.invoke(app, ["code", str(src), "--date", "2024-06-20", "--lang", "en", "--factual"])
    assert all(json.loads(line)["factual"] for line in only.stdout.splitlines() if line.startswith("{"))
