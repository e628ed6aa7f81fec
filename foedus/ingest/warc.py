"""WARC / WARC.gz (e.g. Common Crawl News), streamed record by record in constant memory."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from foedus.errors import FoedusError
from foedus.ingest.decode import decode
from foedus.ingest.fetch import ACCEPTED_TYPES
from foedus.ingest.html import check_size, extract_html, looks_html
from foedus.ingest.skipped import Record, Skipped
from foedus.records import Document

DOCUMENT_RECORDS = ("response", "resource", "conversion")
MAX_RECORD_BYTES = 10 * 1024 * 1024


def read_warc(stream: IO[bytes], source: str) -> Iterator[Record]:
    """Yield a Document per HTML or text response; a truncated or corrupt archive yields every
    whole record before it, then one Skipped naming the broken record."""
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    archive = ArchiveIterator(stream, arc2warc=True)
    records = iter(archive)
    while True:
        try:
            record = next(records)
        except StopIteration:
            left = _bytes_left(stream, archive.offset)
            if left:
                where = f"{source} record {n + 1}"
                yield Skipped(
                    where, f"truncated WARC record at byte {archive.offset} ({left} bytes, not a whole record)"
                )
            return
        except Exception as exc:  # warcio and zlib raise assorted errors on truncated input
            yield Skipped(f"{source} record {n + 1}", f"truncated or corrupt WARC record, stopped here ({_why(exc)})")
            return
        n += 1
        if record.rec_type not in DOCUMENT_RECORDS:
            continue
        uri = record.rec_headers.get_header("WARC-Target-URI") or ""
        where = f"{source} record {n} {uri}".rstrip()
        try:
            doc = _document(record, where, uri)
        except FoedusError as exc:
            yield Skipped(where, str(exc).removeprefix(f"{where}: "))
        except Exception as exc:
            yield Skipped(where, f"truncated or corrupt WARC record, stopped here ({_why(exc)})")
            return
        else:
            if doc is not None:
                yield doc


def _document(record: Any, where: str, uri: str) -> Document | None:
    ctype = ""
    if record.http_headers is not None:
        ctype = record.http_headers.get_header("Content-Type") or ""
        status = record.http_headers.get_statuscode()
        if status and not status.startswith("2"):
            return None  # redirects and errors are not articles
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    mime = ctype.split(";")[0].strip().lower()
    if mime and mime not in ACCEPTED_TYPES:
        from foedus.errors import InputError

        raise InputError(f"not HTML or text (content-type {mime})", where)
    body = record.content_stream().read(MAX_RECORD_BYTES + 1)
    _check_whole(record)
    check_size(len(body), where)
    charset = ctype.split("charset=")[-1].strip() if "charset=" in ctype else None
    text, _ = decode(body, where, declared=charset)
    if mime in ("text/html", "application/xhtml+xml") or looks_html(body[:4096]):
        doc = extract_html(text, where, url=uri or None)
    else:
        text = text.strip()
        doc = Document(id=Document.make_id(text, where), text=text, raw=text, source=where, url=uri or None)
    doc.fmt = "warc"
    date = record.rec_headers.get_header("WARC-Date")
    if date:
        doc.meta["crawl_date"] = date[:10]
    return doc


class TruncatedRecord(Exception):
    """The archive ended before the record's declared length."""


def _check_whole(record: Any) -> None:
    """Read the record to its end; fewer bytes than its Content-Length means the file was cut."""
    raw = record.raw_stream
    while raw.read(65536):
        pass
    missing = getattr(raw, "limit", 0)
    if missing > 0:
        raise TruncatedRecord(f"{missing} bytes missing")


def _bytes_left(stream: IO[bytes], offset: int) -> int:
    """Bytes after the last whole record (a header cut short ends warcio's iteration silently)."""
    try:
        total = stream.seek(0, 2)
    except (OSError, ValueError):
        return 0
    if total <= offset:
        return 0
    stream.seek(offset)
    return 0 if not stream.read(4096).strip() else total - offset


def _why(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"[:160]
