"""Turn what a client sends (text, HTML, a URL) into a Document, with the same rules as file input."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from pydantic import BaseModel, Field, field_validator, model_validator

from foedus.errors import InputError
from foedus.ingest.html import extract_html
from foedus.records import Document

_LANG = re.compile(r"^[a-z]{2,3}$")


class DocumentIn(BaseModel):
    """One document, as in the JSONL input contract: ``text``, ``html`` or ``url``, plus optional metadata."""

    text: str | None = Field(None, description="Plain article text.")
    html: str | None = Field(None, description="An HTML page; its main text is extracted.")
    url: str | None = Field(None, description="A page to fetch (http/https; private addresses refused).")
    id: str | None = Field(None, max_length=200, description="Your id for the document; kept as doc_id.")
    date: str | None = Field(None, description="Publication date YYYY-MM-DD; relative dates resolve against it.")
    lang: str | None = Field(None, description="ISO 639-1 language code, to skip detection.")
    title: str | None = Field(None, max_length=1000)

    @field_validator("date")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                dt.date.fromisoformat(v)
            except ValueError:
                raise ValueError("date must be YYYY-MM-DD") from None
            if len(v) != 10:
                raise ValueError("date must be YYYY-MM-DD")
        return v

    @field_validator("lang")
    @classmethod
    def _lang(cls, v: str | None) -> str | None:
        if v is not None and not _LANG.match(v):
            raise ValueError("lang must be a 2- or 3-letter lower-case language code")
        return v

    @field_validator("url")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v is not None and not re.match(r"^https?://[^\s/]+", v):
            raise ValueError("url must start with http:// or https://")
        return v

    @model_validator(mode="after")
    def _one_source(self) -> DocumentIn:
        given = [k for k in ("text", "html", "url") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of 'text', 'html' or 'url'")
        return self


def to_document(item: DocumentIn, source: str, fetch: Callable[[str], Document]) -> Document:
    """The Document for a request item (``fetch`` reads URLs); raises InputError when it holds no text."""
    if item.url is not None:
        doc = fetch(item.url)
    elif item.html is not None:
        doc = extract_html(item.html, source)
    else:
        text = (item.text or "").strip()
        if not text:
            raise InputError("the text is empty", source)
        doc = Document(id=Document.make_id(text, source), text=text, raw=text, source=source)
    doc.id = item.id or doc.id
    doc.date = item.date or doc.date
    doc.lang = item.lang or doc.lang
    doc.title = item.title or doc.title
    return doc
