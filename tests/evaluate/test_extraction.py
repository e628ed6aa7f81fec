"""The extraction harness (issue 3): metrics on a tiny set we write, and the real gold sets when present."""

import gzip
import json
from pathlib import Path

import pytest

from foedus.errors import DataUnavailable
from foedus.evaluate import extraction

BODY = ("Norway and Sweden agreed on a joint plan for Arctic rescue services at a meeting in Tromsø on Monday. "
        "The plan covers ships, helicopters and training.")  # fmt: skip
MORE = "Finland is expected to join the scheme next year, according to a statement by the two governments."


def _page(extra: str = "") -> bytes:
    return (f"<html><head><title>Rescue plan</title></head><body><nav><a href='/'>Home</a></nav><article>"
            f"<h1>Rescue plan</h1><p>{BODY}</p><p>{MORE}</p>{extra}</article>"
            "<footer>Imprint and contact</footer></body></html>").encode()  # fmt: skip


def test_metrics_on_a_written_set(tmp_path: Path) -> None:
    base = tmp_path / "article_extraction"
    (base / "trafilatura_eval" / "html").mkdir(parents=True)
    (base / "scrapinghub" / "html").mkdir(parents=True)
    (base / "trafilatura_eval" / "html" / "a.html").write_bytes(_page())
    evaldata = {"u": {"file": "a.html", "with": ["joint plan for Arctic rescue", "helicopters and training"],
                      "without": ["Imprint and contact", "Home"]},
                "v": {"file": "missing.html", "with": ["x"], "without": []}}  # fmt: skip
    (base / "trafilatura_eval" / "evaldata.json").write_text(json.dumps(evaldata), encoding="utf-8")
    (base / "scrapinghub" / "html" / "k.html.gz").write_bytes(gzip.compress(_page()))
    truth = {"k": {"articleBody": f"{BODY}\n\n{MORE}", "url": "u"}}
    (base / "scrapinghub" / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    report = extraction.run(tmp_path)
    snippets = {row["label"]: row for row in report.tables["trafilatura_eval"]}
    assert snippets["with found"]["foedus"] == 1.0 and snippets["without absent"]["foedus"] == 1.0
    tokens = {row["label"]: row for row in report.tables["scrapinghub"]}
    assert tokens["recall"]["foedus"] == 1.0 and tokens["precision"]["foedus"] >= 0.9
    assert set(tokens["f1"]) == {"label", "foedus", "trafilatura"}
    assert "trafilatura_eval: 1 pages" in report.notes[0]


def test_absent_data_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DataUnavailable):
        extraction.run(tmp_path)


@pytest.mark.gold
def test_foedus_at_least_as_good_as_trafilatura_on_a_sample(eval_dir: Path) -> None:
    report = extraction.run(eval_dir, limit=40)
    for name in ("trafilatura_eval", "scrapinghub"):
        f1 = next(row for row in report.tables[name] if row["label"] == "f1")
        assert f1["foedus"] >= f1["trafilatura"] - 0.005, (name, f1)
