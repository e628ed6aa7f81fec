"""HTML main text and metadata with trafilatura.

Paragraphs of the extracted text are separated by blank lines, so later
stages see headings and paragraphs as units. The page's declared language
(``<html lang>``) is kept in ``meta["html_lang"]``: templates often declare
the wrong one, so the text stage detects the language and only falls back to
the declared one.
"""

from __future__ import annotations

import re

from foedus.errors import InputError
from foedus.records import Document

MAX_HTML_BYTES = 10 * 1024 * 1024  # real article pages are far smaller; bigger ones stall the parser
_HTML_SNIFF = re.compile(rb"<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]|<p[\s>]|<div[\s>]|<article[\s>]", re.I)
_LANG = re.compile(r"<html[^>]*?\slang\s*=\s*[\"']?([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)?", re.I)
_CANONICAL = re.compile(r"<link[^>]+rel\s*=\s*[\"']?canonical[\"']?[^>]*>", re.I)
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([a-zA-Z0-9_.:-]+)", re.I)
_HREF = re.compile(r"href\s*=\s*[\"']([^\"']+)[\"']", re.I)


def looks_html(head: bytes | str) -> bool:
    """True when the first bytes look like an HTML page (content sniffing, not the extension)."""
    data = head.encode("utf-8", "ignore") if isinstance(head, str) else head
    return _HTML_SNIFF.search(data[:4096]) is not None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag of its head, if any."""
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def check_size(n_bytes: int, source: str) -> None:
    """Refuse HTML too big to parse in reasonable time, with a message saying so."""
    if n_bytes > MAX_HTML_BYTES:
        raise InputError(
            f"HTML too large to parse ({n_bytes / 2**20:.1f} MiB > {MAX_HTML_BYTES // 2**20} MiB cap)", source
        )


def extract_text(html: str) -> dict[str, object] | None:
    """trafilatura's result as a dict (text and metadata), or None when it finds no main text."""
    import trafilatura

    result = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    if result is None:
        return None
    return result.as_dict() if hasattr(result, "as_dict") else dict(result)


def extract_html(html: str, source: str, url: str | None = None) -> Document:
    """Extract the article body and metadata; raise InputError when there is no main text."""
    check_size(len(html), source)  # characters: close enough to bytes for a cap
    try:
        data = extract_text(html)
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise InputError(f"HTML could not be parsed ({type(exc).__name__})", source) from exc
    text = str((data or {}).get("text") or "").strip()
    if not data or not text:
        raise InputError("no main text found in HTML", source)
    head = html[:20000]
    meta: dict[str, object] = {}
    if m := _LANG.search(head):
        meta["html_lang"] = m.group(1).lower()
    canonical = _canonical(head) or data.get("url")
    if canonical:
        meta["canonical_url"] = canonical
    if data.get("description"):
        meta["description"] = data["description"]
    text = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    return Document(
        id=Document.make_id(text, source),
        text=text,
        raw=html,
        source=source,
        url=url or (str(canonical) if canonical else None),
        title=_str(data.get("title")),
        date=_str(data.get("date")),
        author=_str(data.get("author")),
        site=_str(data.get("sitename") or data.get("hostname")),
        fmt="html",
        meta=meta,
    )


def _canonical(head: str) -> str | None:
    tag = _CANONICAL.search(head)
    href = _HREF.search(tag.group()) if tag else None
    return href.group(1) if href else None


def _str(value: object) -> str | None:
    return str(value) if value not in (None, "", "None") else None
