import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from foedus.cli import app
from tests.store.conftest import SIGNING_EN, SIGNING_RU, VISIT_AND_ARMS_EN

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name, text, date in (("en.txt", SIGNING_EN, "2024-06-20"), ("ru.txt", SIGNING_RU, "2024-06-19"),
                             ("visit.txt", VISIT_AND_ARMS_EN, "2024-06-25")):  # fmt: skip
        (src / name).write_text(text)
        (src / f"{name}.meta.json").write_text(json.dumps({"date": date, "site": f"{name}.test"}))
    path = tmp_path / "c.duckdb"
    result = runner.invoke(app, ["ingest", str(src), "--db", str(path), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stored"] == 3
    return path


def test_ingest_twice_stores_nothing_new(db: Path, tmp_path: Path) -> None:
    again = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "-f", "json"])
    report = json.loads(again.stdout)
    assert (report["stored"], report["already"], report["totals"]["documents"]) == (0, 3, 3)


def test_ingest_of_nothing_readable_fails(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1 and "no such file" in result.output


def test_events_json_and_table(db: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(db), "--type", "AGREE", "--factual", "-f", "json"])
    events = json.loads(result.stdout)
    assert events and all(e["event"] == "AGREE" and e["factual"] for e in events)
    assert max(e["n_documents"] for e in events) == 2
    table = runner.invoke(app, ["events", "--db", str(db), "--involving", "PRK"])
    assert table.exit_code == 0 and "AGREE" in table.stdout and "CONSULT" in table.stdout


def test_dyad_shows_signing_visit_and_arms(db: Path) -> None:
    result = runner.invoke(app, ["dyad", "RUS", "PRK", "--db", str(db), "-f", "json"])
    kinds = {e["event"] for e in json.loads(result.stdout)["events"]}
    assert {"AGREE", "CONSULT", "AID"} <= kinds
    table = runner.invoke(app, ["dyad", "RUS", "PRK", "--db", str(db)])
    assert "2024-06-01" in table.stdout and "intensity" in table.stdout


def test_obligations_on_two_dates(db: Path) -> None:
    after = runner.invoke(app, ["obligations", "--attacked", "PRK", "--on", "2025-01-01", "--db", str(db)])
    assert after.exit_code == 0
    assert "Russia" in after.stdout and "China" in after.stdout
    assert "Putin" in after.stdout  # corpus evidence of the signing
    before = runner.invoke(app, ["obligations", "--attacked", "PRK", "--on", "2024-01-01", "-f", "json"])
    codes = {b["code"] for b in json.loads(before.stdout)["bound"]}
    assert "CHN" in codes and "RUS" not in codes


def test_commitments_and_export(db: Path, tmp_path: Path) -> None:
    proposed = json.loads(runner.invoke(app, ["commitments", "--proposed", "--db", str(db), "-f", "json"]).stdout)
    assert len(proposed) == 1
    confirm = runner.invoke(app, ["commitments", "--db", str(db), "--confirm", proposed[0]["id"]])
    assert confirm.exit_code == 0 and "confirmed" in confirm.stdout
    out = tmp_path / "events.parquet"
    assert runner.invoke(app, ["export", str(out), "--db", str(db)]).exit_code == 0
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{out}'").fetchone()[0] > 0
    assert runner.invoke(app, ["partners", "RUS", "--db", str(db)]).stdout.count("PRK") == 1


def test_query_of_a_missing_store_is_a_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no corpus store" in result.output


def test_actor_with_a_store_lists_partners(db: Path) -> None:
    result = runner.invoke(app, ["actor", "RUS", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout.splitlines()[0])
    assert any("(PRK)" in p for p in info["partners"])
    assert "partners" not in json.loads(runner.invoke(app, ["actor", "RUS", "--json"]).stdout.splitlines()[0])
