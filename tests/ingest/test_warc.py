"""WARC / WARC.gz (issue 3): streamed in constant memory; a truncated archive keeps its whole records."""

import io
import json
import tracemalloc
from pathlib import Path

from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from foedus.cli import app
from foedus.ingest import Skipped, read_inputs
from foedus.records import Document

STORY = ("Russia and North Korea signed a treaty in Pyongyang on 19 June 2024. " * 3).encode()


def write_warc(path: Path, n: int, gz: bool = True, kind: str = "html", pad: int = 0) -> Path:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for i in range(n):
            if kind == "html":
                body = b"<html><body><article><p>" + STORY + f" Report {i}.".encode() + b"</p></article></body></html>"
                ctype = "text/html; charset=utf-8"
            else:
                body = STORY + f" Report {i}. ".encode() + b"Filler words for size. " * pad
                ctype = "text/plain; charset=utf-8"
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://news.example/{i}", "response", payload=io.BytesIO(body), http_headers=http))  # fmt: skip
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
        photo = io.BytesIO(b"\xff\xd8\xff" * 10)
        record = writer.create_warc_record(
            "https://news.example/photo.jpg", "response", payload=photo, http_headers=image
        )
        writer.write_record(record)
    return path


def test_warc_streams_through_foedus_code(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "news.warc.gz", 3)
    res = CliRunner().invoke(app, ["code", str(warc), "--date", "2024-06-20"])
    assert res.exit_code == 0, res.output
    events = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert any(e["event"] == "AGREE" for e in events)
    assert "content-type image/jpeg" in res.stderr
    assert "3 read, 1 skipped" in res.stderr


def test_records_carry_url_and_crawl_date(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "plain.warc", 2, gz=False)
    docs = [r for r in read_inputs([str(warc)]) if isinstance(r, Document)]
    assert [d.url for d in docs] == ["https://news.example/0", "https://news.example/1"]
    assert all(d.fmt == "warc" and d.meta["crawl_date"] for d in docs)


def _peak_bytes(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    n = sum(1 for r in read_inputs([str(path)]) if isinstance(r, Document))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return n, peak


def test_memory_stays_constant_as_the_archive_grows(tmp_path: Path) -> None:
    small = write_warc(tmp_path / "small.warc.gz", 20, kind="text", pad=2000)
    large = write_warc(tmp_path / "large.warc.gz", 200, kind="text", pad=2000)  # ~10x the bytes
    n_small, peak_small = _peak_bytes(small)
    n_large, peak_large = _peak_bytes(large)
    assert (n_small, n_large) == (20, 200)
    assert large.stat().st_size > 8 * small.stat().st_size
    assert peak_large < peak_small * 1.5 + 200_000, (peak_small, peak_large)


def test_truncated_warc_keeps_whole_records_and_names_the_broken_one(tmp_path: Path) -> None:
    for gz in (True, False):
        whole = write_warc(tmp_path / f"whole{gz}.warc", 5, gz=gz).read_bytes()
        for cut in (150, 400, 900):
            broken = tmp_path / f"cut{gz}{cut}.warc"
            broken.write_bytes(whole[: len(whole) - cut])
            recs = list(read_inputs([str(broken)]))
            docs = [r for r in recs if isinstance(r, Document)]
            skipped = [r for r in recs if isinstance(r, Skipped)]
            assert len(docs) >= 3, (gz, cut, recs)
            assert [d.url for d in docs] == [f"https://news.example/{i}" for i in range(len(docs))]
            assert len(skipped) == 1 and "truncated" in skipped[0].reason, (gz, cut, recs)
            assert f"record {len(docs) + 1}" in skipped[0].source
