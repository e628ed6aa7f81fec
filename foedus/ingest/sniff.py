"""What a byte stream holds, judged from its first bytes (not its file name)."""

from __future__ import annotations

import gzip
import re
import zlib

from foedus.ingest.decode import looks_binary
from foedus.ingest.html import looks_html

_FEED = re.compile(rb"<(?:rss|rdf:RDF|feed)[\s>]", re.I)
_JSON_LINE = re.compile(rb"\A\s*\{\s*\"")


def sniff(head: bytes) -> str:
    """One of ``warc``, ``gzip``, ``feed``, ``html``, ``jsonl``, ``binary``, ``text``."""
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        inner = gunzip_head(head)
        return "warc" if inner.startswith(b"WARC/") else "gzip"
    if looks_binary(head):
        return "binary"
    start = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if _FEED.search(start) and not re.search(rb"<html[\s>]", start, re.I):
        return "feed"
    if looks_html(head):
        return "html"
    if _JSON_LINE.match(head):
        return "jsonl"
    return "text"


def gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a (possibly partial) gzip stream."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b""


def gunzip(data: bytes, limit: int, source: str) -> bytes:
    """Decompress a gzip file, refusing to inflate past ``limit`` bytes (zip bombs)."""
    from foedus.errors import InputError

    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(data, limit + 1)
    except (zlib.error, gzip.BadGzipFile) as exc:
        raise InputError(f"corrupt gzip data ({exc})", source) from exc
    if len(out) > limit:
        raise InputError(f"decompressed size over the {limit // 2**20} MiB cap", source)
    return out
