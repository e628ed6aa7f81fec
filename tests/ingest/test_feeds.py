"""RSS and Atom feeds (issue 3): item pages fetched through the Fetcher, else descriptions used."""

from pathlib import Path

from foedus.errors import FetchError
from foedus.ingest import IngestOptions, MemoryFetcher, Skipped, read_inputs
from foedus.records import Document

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example World News</title><link>https://news.example/</link>
<item><title>Border reopens</title><link>https://news.example/border</link>
<pubDate>Thu, 20 Jun 2024 08:00:00 GMT</pubDate><description>Short teaser.</description></item>
<item><title>Grain deal</title><link>https://news.example/grain</link>
<pubDate>Fri, 21 Jun 2024 09:30:00 +0200</pubDate>
<description>&lt;p&gt;Turkey and Ukraine extended the grain corridor agreement for another year.&lt;/p&gt;
</description></item>
<item><title>Nothing</title><link>https://news.example/nothing</link></item>
</channel></rss>"""

PAGE = (b"<html><body><article><p>Kenya and Ethiopia agreed to reopen their border crossing after talks in "
        b"Nairobi on Thursday, officials said.</p></article></body></html>")  # fmt: skip

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Beispiel</title>
<entry><title>Gipfel</title><link href="https://zeitung.example/gipfel"/><updated>2024-06-19T12:00:00Z</updated>
<author><name>Erika Muster</name></author>
<content type="html">&lt;p&gt;Die Außenminister trafen sich in Berlin.&lt;/p&gt;
&lt;p&gt;Weitere Gespräche folgen.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_items_use_their_pages_and_fall_back_to_descriptions(tmp_path: Path) -> None:
    feed = tmp_path / "world.xml"
    feed.write_bytes(RSS)
    fetcher = MemoryFetcher({
        "https://news.example/border": ("text/html", PAGE),
        "https://news.example/grain": FetchError("unreachable (timeout)", "https://news.example/grain"),
    })  # fmt: skip
    recs = list(read_inputs([str(feed)], options=IngestOptions(fetcher=fetcher)))
    border, grain, nothing = recs
    assert isinstance(border, Document) and "Kenya and Ethiopia" in border.text
    assert (border.title, border.date, border.site, border.fmt) == (
        "Border reopens",
        "2024-06-20",
        "Example World News",
        "feed",
    )
    assert (
        isinstance(grain, Document)
        and grain.text == "Turkey and Ukraine extended the grain corridor agreement for another year."
    )
    assert grain.meta["from"] == "description" and "timeout" in grain.meta["fetch_error"]
    assert isinstance(nothing, Skipped) and nothing.source.endswith("world.xml#3")


def test_atom_feed_from_a_url_without_fetching_items() -> None:
    fetcher = MemoryFetcher({"https://zeitung.example/feed": ("application/atom+xml", ATOM.encode())})
    options = IngestOptions(fetcher=fetcher, fetch_feed_items=False)
    (doc,) = list(read_inputs(["https://zeitung.example/feed"], options=options))
    assert isinstance(doc, Document)
    assert doc.text == "Die Außenminister trafen sich in Berlin.\n\nWeitere Gespräche folgen."
    assert (doc.author, doc.date, doc.url) == ("Erika Muster", "2024-06-19", "https://zeitung.example/gipfel")
    assert fetcher.requested == ["https://zeitung.example/feed"]


def test_a_feed_item_cannot_reach_private_addresses(tmp_path: Path) -> None:
    feed = tmp_path / "evil.rss"
    feed.write_bytes(RSS.replace(b"https://news.example/border", b"http://127.0.0.1:9/admin"))
    recs = list(read_inputs([str(feed)]))  # the real HttpFetcher, private addresses refused
    first = recs[0]
    assert isinstance(first, Document) and first.text == "Short teaser."
    assert "non-public address 127.0.0.1" in first.meta["fetch_error"]
