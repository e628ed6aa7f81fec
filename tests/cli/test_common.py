"""Corpus runs (issue 3): one-line skip messages, the end-of-run summary, repairs listed by analyze."""

import json
from pathlib import Path

from typer.testing import CliRunner

from foedus.cli import app

runner = CliRunner()
STORY = ("Poland and Lithuania agreed on joint border patrols after a meeting of their interior ministers in "
         "Vilnius on Monday, officials said. The patrols start in July and cover the whole border.")  # fmt: skip


def test_summary_counts_reads_skips_with_reasons_and_duplicates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY.upper(), encoding="utf-8")
    (tmp_path / "c.txt").write_text("Update: " + STORY.replace("Monday", "Tuesday"), encoding="utf-8")
    (tmp_path / "d.bin").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "e.txt").write_bytes("Россия и Китай подписали соглашение о сотрудничестве.".encode("cp1251"))
    res = runner.invoke(app, ["code", str(tmp_path), "http://127.0.0.1:9/feed"])
    assert res.exit_code == 0, res.output
    lines = res.stderr.strip().splitlines()
    assert any(ln.startswith("skipped ") and ln.endswith("d.bin: binary data, not text or HTML") for ln in lines)
    refused = [ln for ln in lines if "127.0.0.1:9" in ln]
    assert len(refused) == 1 and "non-public address" in refused[0] and "--allow-private" in refused[0]
    assert lines[-1] == (
        "4 read, 2 skipped (1× binary data, not text or HTML; 1× refused), 1 exact duplicates, 1 near duplicates"
    )


def test_analyze_lists_each_repair_of_the_seed(seed_path: Path) -> None:
    res = runner.invoke(app, ["analyze", str(seed_path)])
    assert res.exit_code == 0, res.output
    analysis = json.loads(res.stdout.splitlines()[0])
    assert analysis["doc"]["lang"] == "de"
    repairs = [(r["kind"], r["removed"]) for r in analysis["repairs"]]
    assert ("stray_tag", "< /p>") in repairs
    assert ("boilerplate", "Leave a Reply") in repairs and ("boilerplate", "Verwandte Themen:") in repairs
    assert ("boilerplate", "Weitere Neuigkeiten") in repairs
    assert any(k == "duplicate_paragraph" and "hochkarätiger" in r for k, r in repairs)
    assert any(k == "duplicate_lead" and r.startswith("Am Kernstück des Abkommens") for k, r in repairs)
    assert all(r["reason"] for r in analysis["repairs"])
    text = analysis["doc"]["text"]
    assert text.count("Putin wird schwächer und die Gefahr wächst") == 1 and "< /p>" not in text
