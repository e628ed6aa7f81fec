import json
from pathlib import Path

from typer.testing import CliRunner

from foedus.cli import app

runner = CliRunner()


def test_code_jsonl_emits_plover_records(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Russia and North Korea signed a treaty in Pyongyang on 19 June 2024.", encoding="utf-8")
    res = runner.invoke(app, ["code", str(f), "--date", "2024-06-20", "--lang", "en"])
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert recs[0]["event"] == "AGREE"
    assert recs[0]["date"] == "2024-06-19"
    assert {"id", "doc_id", "mode", "context", "actor", "recipient", "aux", "evidence", "attribution"} <= set(recs[0])


def test_missing_input_only_fails_when_nothing_processed(tmp_path: Path) -> None:
    res = runner.invoke(app, ["code", str(tmp_path / "nope.txt")])
    assert res.exit_code == 1
    assert "nope.txt" in res.output
    ok = tmp_path / "ok.txt"
    ok.write_text("Germany criticized Iran.", encoding="utf-8")
    res = runner.invoke(app, ["code", str(tmp_path / "nope.txt"), str(ok)])
    assert res.exit_code == 0


def test_analyze_prints_all_layers(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Putin visited Pyongyang. Kim Jong Un welcomed him.", encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(f), "--lang", "en"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout.splitlines()[0])
    assert {"doc", "repairs", "sentences", "mentions", "events", "attributions", "quantities", "times"} <= set(d)
    assert len(d["sentences"]) == 2
