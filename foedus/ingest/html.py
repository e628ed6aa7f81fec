"""HTML main text and metadata with trafilatura."""

from __future__ import annotations

import re

from foedus.errors import InputError
from foedus.records import Document

_HTML_SNIFF = re.compile(rb"<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]|<p[\s>]|<div[\s>]|<article[\s>]", re.I)


def looks_html(head: bytes | str) -> bool:
    """True when the first bytes look like an HTML page (content sniffing, not the extension)."""
    data = head.encode("utf-8", "ignore") if isinstance(head, str) else head
    return len(_HTML_SNIFF.findall(data[:4096])) >= 1


def extract_html(html: str, source: str, url: str | None = None) -> Document:
    """Extract the article body and metadata; raise InputError when there is no main text."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html, url=url, include_comments=False, with_metadata=True, favor_precision=False
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise InputError(f"HTML could not be parsed ({type(exc).__name__})", source) from exc
    if result is None:
        raise InputError("no main text found in HTML", source)
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError("no main text found in HTML", source)
    title = data.get("title")
    return Document(
        id=Document.make_id(text, source),
        text=text,
        raw=html,
        source=source,
        url=data.get("url") or url,
        title=title,
        date=data.get("date"),
        lang=data.get("language"),
        author=data.get("author"),
        site=data.get("sitename") or data.get("hostname"),
        fmt="html",
    )
