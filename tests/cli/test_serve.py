import re
import socket
import subprocess
import sys
from pathlib import Path

import httpx
from typer.testing import CliRunner

from foedus.cli import app

runner = CliRunner()


def test_refuses_to_expose_the_corpus_without_a_token(monkeypatch) -> None:
    monkeypatch.delenv("FOEDUS_TOKEN", raising=False)
    res = runner.invoke(app, ["serve", "--host", "0.0.0.0", "--port", "0"])
    assert res.exit_code == 2
    assert "--token" in res.output


def test_missing_store_is_a_one_line_error(tmp_path: Path) -> None:
    res = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb"), "--port", "0"])
    assert res.exit_code == 2
    assert "no such store" in res.output


def test_busy_port_is_a_one_line_error() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        res = runner.invoke(app, ["serve", "--port", str(busy.getsockname()[1])])
    assert res.exit_code == 2
    assert "cannot listen" in res.output


def test_serve_prints_its_address_and_answers() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "foedus", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert match, line
        url = match.group(0)
        assert "read-only" in line
        page = httpx.get(url, timeout=10)
        assert page.status_code == 200 and "Analyse" in page.text
        res = httpx.post(url + "api/analyse", json={"text": "Germany criticized Iran.", "lang": "en"}, timeout=30)
        assert res.status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
