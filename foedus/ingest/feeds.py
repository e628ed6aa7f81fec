"""RSS and Atom feeds: one document per item, from the item's page or its description."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from foedus.errors import FoedusError, InputError
from foedus.ingest.fetch import Fetcher
from foedus.ingest.html import extract_html
from foedus.ingest.skipped import Record, Skipped
from foedus.records import Document


def read_feed(data: bytes, source: str, fetcher: Fetcher | None) -> Iterator[Record]:
    """Yield a Document per item. With a fetcher, each item's page is fetched; on failure,
    or without one, the item's description or content is used, and the reason kept in ``meta``."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        if feed.bozo:
            raise InputError(f"not a readable feed ({feed.bozo_exception})", source)
        raise InputError("feed has no items", source)
    site = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        where = f"{source}#{n}"
        try:
            doc = _item(entry, where, fetcher)
        except FoedusError as exc:
            yield Skipped(where, str(exc).removeprefix(f"{where}: "))
            continue
        doc.site = doc.site or site
        doc.fmt = "feed"
        yield doc


def _item(entry: Any, where: str, fetcher: Fetcher | None) -> Document:
    link = entry.get("link")
    note = None
    if fetcher is not None and link:
        try:
            page = fetcher.fetch(link)
            from foedus.ingest.decode import decode

            html, _ = decode(page.content, link)
            doc = extract_html(html, where, url=page.url)
            _fill(doc, entry)
            return doc
        except FoedusError as exc:
            note = f"item page not used: {exc}"
    body = _description(entry)
    if not body:
        raise InputError(note or "item has neither a fetchable page nor a description", where)
    doc = _from_description(body, where, link)
    _fill(doc, entry)
    doc.meta["from"] = "description"
    if note:
        doc.meta["fetch_error"] = note
    return doc


def _description(entry: Any) -> str:
    contents = entry.get("content") or []
    values = [c.get("value", "") for c in contents] + [entry.get("summary", "")]
    return max(values, key=len).strip() if values else ""


def _from_description(body: str, where: str, link: str | None) -> Document:
    if "<" in body and ">" in body:
        import lxml.html

        paragraphs = [t.strip() for t in lxml.html.fromstring(f"<div>{body}</div>").itertext() if t.strip()]
        text = "\n\n".join(paragraphs)
    else:
        text = body
    return Document(id=Document.make_id(text, where), text=text, raw=body, source=where, url=link)


def _fill(doc: Document, entry: Any) -> None:
    doc.title = doc.title or entry.get("title")
    doc.author = doc.author or entry.get("author")
    doc.url = entry.get("link") or doc.url
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed and not doc.date:
        doc.date = time.strftime("%Y-%m-%d", parsed)
