"""Expand user inputs (files, directories, stdin, JSONL) into Documents.

Bad inputs become ``Skipped`` records with a reason, never exceptions, so a
corpus run goes on and can report what it passed over.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from foedus.errors import InputError
from foedus.ingest.decode import decode
from foedus.ingest.html import extract_html, looks_html
from foedus.records import Document

MAX_BYTES = 64 * 1024 * 1024
SIDECAR = ".meta.json"


@dataclass
class Skipped:
    """An input (or a line of one) that produced no document, and why."""

    source: str
    reason: str


def read_inputs(
    inputs: Iterable[str], date: str | None = None, lang: str | None = None
) -> Iterator[Document | Skipped]:
    """Yield a Document per readable input; ``date``/``lang`` fill gaps in metadata."""
    for item in inputs:
        for rec in _expand(item):
            if isinstance(rec, Document):
                rec.date = rec.date or date
                rec.lang = rec.lang or lang
            yield rec


def _expand(item: str) -> Iterator[Document | Skipped]:
    if item == "-":
        yield from _guard("stdin", lambda: _from_bytes(sys.stdin.buffer.read(), "stdin"))
        return
    path = Path(item)
    if not path.exists():
        yield Skipped(item, "no such file or directory")
    elif path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if not child.name.endswith(SIDECAR) and not child.name.startswith("."):
                yield from _expand(str(child))
    elif path.suffix == ".jsonl":
        yield from read_jsonl(path)
    else:
        yield from _guard(item, lambda: _from_file(path))


def _guard(source: str, make: Any) -> Iterator[Document | Skipped]:
    try:
        doc = make()
    except InputError as exc:
        yield Skipped(source, str(exc).removeprefix(f"{source}: "))
    except OSError as exc:
        yield Skipped(source, exc.strerror or str(exc))
    else:
        yield doc


def _from_file(path: Path) -> Document:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"file too large ({size // 2**20} MiB > {MAX_BYTES // 2**20} MiB)", str(path))
    doc = _from_bytes(path.read_bytes(), str(path))
    sidecar = path.with_name(path.name + SIDECAR)
    if sidecar.exists():
        _apply_meta(doc, json.loads(sidecar.read_text(encoding="utf-8")))
    return doc


def _from_bytes(data: bytes, source: str) -> Document:
    text, _enc = decode(data, source)
    if looks_html(data):
        return extract_html(text, source)
    text = text.strip()
    return Document(id=Document.make_id(text, source), text=text, raw=text, source=source)


def _apply_meta(doc: Document, meta: dict[str, Any]) -> None:
    for key in ("id", "date", "url", "lang", "title", "site", "author"):
        if meta.get(key):
            setattr(doc, key, str(meta[key]))


def read_jsonl(path: Path) -> Iterator[Document | Skipped]:
    """One document per line: ``id``, ``text`` or ``html``, optional ``date``, ``url``, ``lang``, ``title``."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Skipped(where, f"invalid JSON ({exc.msg})")
                continue
            if not isinstance(rec, dict):
                yield Skipped(where, "line is not a JSON object")
                continue
            yield from _guard(where, lambda rec=rec, where=where: _from_record(rec, where))


def _from_record(rec: dict[str, Any], where: str) -> Document:
    if rec.get("html"):
        doc = extract_html(str(rec["html"]), where, url=rec.get("url"))
    elif str(rec.get("text") or "").strip():
        text = str(rec["text"]).strip()
        doc = Document(id="", text=text, raw=text, source=where, fmt="jsonl")
    else:
        raise InputError("record has neither 'text' nor 'html'", where)
    doc.id = str(rec.get("id") or Document.make_id(doc.text, where))
    _apply_meta(doc, {k: v for k, v in rec.items() if k != "id"})
    return doc
