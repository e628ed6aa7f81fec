"""Expand user inputs (files, directories, stdin, URLs, JSONL, feeds, WARC) into Documents.

What a file holds is sniffed from its first bytes, not its name. Bad inputs
become ``Skipped`` records with a reason, never exceptions, so a corpus run
goes on and can report what it passed over.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from foedus.errors import FoedusError, InputError
from foedus.ingest.decode import decode
from foedus.ingest.feeds import read_feed
from foedus.ingest.fetch import Fetcher, HttpFetcher
from foedus.ingest.html import MAX_HTML_BYTES, check_size, declared_charset, extract_html
from foedus.ingest.skipped import Record, Skipped
from foedus.ingest.sniff import gunzip, sniff
from foedus.ingest.warc import read_warc
from foedus.records import Document

MAX_BYTES = 64 * 1024 * 1024
SIDECAR = ".meta.json"
HEAD = 8192


@dataclass
class IngestOptions:
    """How inputs are read: network access and its safety, and what feeds fetch."""

    allow_private: bool = False  # let URLs reach loopback/private/link-local addresses
    fetcher: Fetcher | None = None  # None: a safe HttpFetcher is made on first use
    fetch_feed_items: bool = True  # fetch each feed item's page, else use its description

    def get_fetcher(self) -> Fetcher:
        if self.fetcher is None:
            self.fetcher = HttpFetcher(allow_private=self.allow_private)
        return self.fetcher


def read_inputs(
    inputs: Iterable[str], date: str | None = None, lang: str | None = None, options: IngestOptions | None = None
) -> Iterator[Record]:
    """Yield a Document per readable input; ``date``/``lang`` fill gaps in metadata."""
    reader = _Reader(options or IngestOptions())
    for item in inputs:
        for rec in reader.expand(item):
            if isinstance(rec, Document):
                rec.date = rec.date or date
                rec.lang = rec.lang or lang
            yield rec


def read_bytes(
    data: bytes, source: str, kind: str | None = None, options: IngestOptions | None = None
) -> Iterator[Record]:
    """Documents from bytes already in memory (``kind`` as returned by ``sniff``, else sniffed);
    errors become one Skipped naming ``source``."""
    reader = _Reader(options or IngestOptions())
    return reader.guard(source, lambda: reader.from_bytes(data, source, kind=kind))


def is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


class _Reader:
    def __init__(self, options: IngestOptions) -> None:
        self.options = options

    def expand(self, item: str) -> Iterator[Record]:
        if item == "-":
            yield from self.guard("stdin", lambda: self.from_bytes(sys.stdin.buffer.read(), "stdin"))
        elif is_url(item):
            yield from self.guard(item, lambda: self.from_url(item))
        else:
            path = Path(item)
            if not path.exists():
                yield Skipped(item, "no such file or directory")
            elif path.is_dir():
                for child in sorted(p for p in path.rglob("*") if p.is_file()):
                    if not child.name.endswith(SIDECAR) and not child.name.startswith("."):
                        yield from self.expand(str(child))
            else:
                yield from self.guard(item, lambda: self.from_file(path))

    def guard(self, source: str, make: Callable[[], Iterator[Record]]) -> Iterator[Record]:
        """Run ``make``; its errors become one Skipped naming ``source``."""
        try:
            yield from make()
        except FoedusError as exc:
            yield Skipped(exc.source or source, str(exc).removeprefix(f"{exc.source}: "))
        except OSError as exc:
            yield Skipped(source, exc.strerror or str(exc))

    def from_file(self, path: Path) -> Iterator[Record]:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(HEAD)
            kind = sniff(head)
            if kind == "warc":
                fh.seek(0)
                yield from read_warc(fh, str(path))  # streamed: never whole in memory
                return
        if path.suffix == ".jsonl" or kind == "jsonl":
            yield from read_jsonl(path)
            return
        if size > MAX_BYTES:
            raise InputError(f"file too large ({size // 2**20} MiB > {MAX_BYTES // 2**20} MiB)", str(path))
        if kind == "html":
            check_size(size, str(path))  # before reading 50 MB of markup
        docs = list(self.from_bytes(path.read_bytes(), str(path), kind=kind))
        sidecar = path.with_name(path.name + SIDECAR)
        if sidecar.exists() and len(docs) == 1 and isinstance(docs[0], Document):
            _apply_meta(docs[0], json.loads(sidecar.read_text(encoding="utf-8")))
        yield from docs

    def from_url(self, url: str) -> Iterator[Record]:
        page = self.options.get_fetcher().fetch(url)
        yield from self.from_bytes(page.content, url, url=page.url)

    def from_bytes(self, data: bytes, source: str, kind: str | None = None, url: str | None = None) -> Iterator[Record]:
        kind = kind or sniff(data[:HEAD])
        if kind == "gzip":
            data = gunzip(data, MAX_BYTES, source)
            kind = sniff(data[:HEAD])
        if kind == "warc":
            yield from read_warc(io.BytesIO(data), source)
        elif kind == "feed":
            fetcher = self.options.get_fetcher() if self.options.fetch_feed_items else None
            yield from read_feed(data, source, fetcher)
        elif kind == "jsonl" and source == "stdin":
            yield from _jsonl_lines(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace"), source)
        else:
            yield _text_or_html(data, source, kind, url)


def _text_or_html(data: bytes, source: str, kind: str, url: str | None) -> Document:
    if kind == "html":
        check_size(len(data), source)
    text, _enc = decode(data, source, declared=declared_charset(data) if kind == "html" else None)
    if kind == "html":
        return extract_html(text, source, url=url)
    text = text.strip()
    return Document(id=Document.make_id(text, source), text=text, raw=text, source=source, url=url)


def _apply_meta(doc: Document, meta: dict[str, Any]) -> None:
    for key in ("id", "date", "url", "lang", "title", "site", "author"):
        if meta.get(key):
            setattr(doc, key, str(meta[key]))


def read_jsonl(path: Path) -> Iterator[Record]:
    """One document per line: ``id``, ``text`` or ``html``, optional ``date``, ``url``, ``lang``, ``title``."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        yield from _jsonl_lines(fh, str(path))


def _jsonl_lines(lines: Iterable[str], source: str) -> Iterator[Record]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"invalid JSON ({exc.msg})")
            continue
        if not isinstance(rec, dict):
            yield Skipped(where, "line is not a JSON object")
            continue
        try:
            yield _from_record(rec, where)
        except FoedusError as exc:
            yield Skipped(where, str(exc).removeprefix(f"{where}: "))


def _from_record(rec: dict[str, Any], where: str) -> Document:
    if rec.get("html"):
        html = str(rec["html"])
        check_size(len(html), where)
        doc = extract_html(html, where, url=rec.get("url"))
    elif str(rec.get("text") or "").strip():
        text = str(rec["text"]).strip()
        doc = Document(id="", text=text, raw=text, source=where, fmt="jsonl")
    else:
        raise InputError("record has neither 'text' nor 'html'", where)
    doc.id = str(rec.get("id") or Document.make_id(doc.text, where))
    _apply_meta(doc, {k: v for k, v in rec.items() if k != "id"})
    return doc


__all__ = ["MAX_HTML_BYTES", "IngestOptions", "Skipped", "is_url", "read_bytes", "read_inputs", "read_jsonl"]
