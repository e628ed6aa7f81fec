"""`foedus actors` and `foedus actor`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from foedus.cli import app

runner = CliRunner()


def test_actors_on_a_text_as_json() -> None:
    res = runner.invoke(app, ["actors", "US officials met Kim Jong-un in Pyongyang.", "--json", "--date", "2024-06-20"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert [(r["text"], r["actor"]["code"], r["sector"]) for r in rows] == [
        ("US officials", "USA", "GOV"),
        ("Kim Jong-un", "PRK", "GOV"),
        ("Pyongyang", "PRK", "GOV"),  # a state named alone (here by its capital) acts as its government
    ]


def test_actors_on_a_file_as_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a relative name keeps the table's title on one line (a long temporary path wrapped it at 80 columns)
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("Russland und die DVRK unterzeichneten einen Pakt in Pjöngjang.\n", encoding="utf-8")
    res = runner.invoke(app, ["actors", "a.txt"])
    assert res.exit_code == 0, res.output
    assert "Russia (RUS)" in res.output and "North Korea (PRK)" in res.output and "3 mentions" in res.output


def test_actor_lookup_and_unknown_name() -> None:
    res = runner.invoke(app, ["actor", "Kreml", "--json"])
    assert res.exit_code == 0 and json.loads(res.output)["id"] == "RUS"
    res = runner.invoke(app, ["actor", "Putin"])
    assert res.exit_code == 0 and "prime_minister (RUS)" in res.output
    res = runner.invoke(app, ["actor", "Qwertyuiop Zxcvb"])
    assert res.exit_code == 1 and "no actor known" in res.output
