"""The sample corpus under examples/ is well formed and reads without loss."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from foedus.ingest.sources import Skipped, read_inputs

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CORPUS = EXAMPLES / "corpus"
TEXTS = sorted(p for p in CORPUS.glob("*.txt"))
PAGES = sorted(CORPUS.glob("*.html"))
META_KEYS = {"id", "date", "url", "title", "site", "lang"}
JSONL_KEYS = {"id", "text", "date", "lang", "title"}


class _HeadMeta(HTMLParser):
    """Collects <html lang>, <meta property/name> and the canonical link of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.lang: str | None = None
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "meta" and ("property" in a or "name" in a):
            self.meta[a.get("property") or a["name"]] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")


def _meta(path: Path) -> dict:
    return json.loads(path.with_name(path.name + ".meta.json").read_text(encoding="utf-8"))


def _head(path: Path) -> _HeadMeta:
    parser = _HeadMeta()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_corpus_size_and_languages() -> None:
    langs = Counter([_meta(p)["lang"] for p in TEXTS] + [_head(p).lang for p in PAGES])
    assert sum(langs.values()) >= 16
    assert len(PAGES) >= 5
    for lang in ("en", "de", "ru", "uk", "fr", "es"):
        assert langs[lang] >= 2, f"fewer than two articles in {lang}: {langs}"


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_text_sidecar_is_complete(path: Path) -> None:
    meta = _meta(path)
    assert meta.keys() >= META_KEYS
    date.fromisoformat(meta["date"])  # raises on anything but YYYY-MM-DD
    text = path.read_bytes().decode(meta.get("encoding", "utf-8"))
    assert meta["title"].split()[0] in text.splitlines()[0]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_page_carries_publication_metadata(path: Path) -> None:
    head = _head(path)
    assert head.lang and head.canonical
    for key in ("og:title", "og:site_name", "author", "article:published_time"):
        assert head.meta.get(key), f"{path.name} lacks <meta {key}>"
    date.fromisoformat(head.meta["article:published_time"][:10])


def test_legacy_encoding_is_declared_and_needed() -> None:
    declared = [p for p in TEXTS if _meta(p).get("encoding", "utf-8").lower() != "utf-8"]
    assert declared, "no text file in a legacy encoding"
    for path in declared:
        with pytest.raises(UnicodeDecodeError):
            path.read_bytes().decode("utf-8")


def test_pipeline_reads_every_article_with_its_date() -> None:
    records = list(read_inputs([str(CORPUS)]))
    skipped = [r for r in records if isinstance(r, Skipped)]
    assert not skipped, skipped
    assert len(records) == len(TEXTS) + len(PAGES)
    by_source = {Path(d.source).name: d for d in records}
    for path in TEXTS:
        assert by_source[path.name].date == _meta(path)["date"]
    for path in PAGES:
        doc = by_source[path.name]
        assert doc.date == _head(path).meta["article:published_time"][:10]
        # the extractor must have dropped the comment section below the article
        comment = re.search(r'<div class="comment-body"><p>(.*?)</p>', path.read_text(encoding="utf-8")).group(1)
        assert comment not in doc.text


def test_jsonl_follows_the_contract() -> None:
    lines = (EXAMPLES / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    for line in lines:
        rec = json.loads(line)
        assert rec.keys() >= JSONL_KEYS
        date.fromisoformat(rec["date"])


def test_rss_feed_has_three_dated_items() -> None:
    items = ET.parse(EXAMPLES / "feeds" / "sample.rss").getroot().findall("./channel/item")
    assert len(items) == 3
    for item in items:
        for tag in ("title", "link", "guid", "pubDate", "description"):
            assert (item.findtext(tag) or "").strip(), f"item lacks {tag}"
