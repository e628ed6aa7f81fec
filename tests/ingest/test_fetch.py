"""Safe URL fetching (issue 3): addresses checked at every hop, caps, content types; all offline."""

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from foedus.errors import FetchError
from foedus.ingest import HttpFetcher, IngestOptions, MemoryFetcher, Skipped, read_inputs
from foedus.ingest.fetch import USER_AGENT, check_url
from foedus.records import Document

PUBLIC = {"news.example": ["93.184.216.34"], "intranet.example": ["192.168.1.20"], "evil.example": ["169.254.169.254"]}


def fake_resolver(host: str) -> list[str]:
    return PUBLIC.get(host, [host])


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1/", "http://[::1]/", "http://10.1.2.3/x", "http://intranet.example/", "http://evil.example/latest",
     "http://[::ffff:127.0.0.1]/"],
)  # fmt: skip
def test_non_public_addresses_are_refused_unless_allowed(url: str) -> None:
    with pytest.raises(FetchError, match="non-public address"):
        check_url(url, resolver=fake_resolver)
    check_url(url, allow_private=True, resolver=fake_resolver)


def test_public_address_and_scheme_rules() -> None:
    check_url("https://news.example/a", resolver=fake_resolver)
    with pytest.raises(FetchError, match="only http and https"):
        check_url("file:///etc/passwd", resolver=fake_resolver)


def _mock(routes: dict[str, httpx.Response], seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return routes.get(str(request.url), httpx.Response(404))

    return httpx.MockTransport(handler)


ARTICLE = (b"<html><body><article><p>Kenya and Ethiopia agreed to reopen their border crossing after talks in "
           b"Nairobi on Thursday, officials said.</p></article></body></html>")  # fmt: skip


def test_redirect_to_a_private_address_is_refused_at_that_hop() -> None:
    seen: list[httpx.Request] = []
    routes = {"http://news.example/a": httpx.Response(302, headers={"location": "http://intranet.example/admin"})}
    fetcher = HttpFetcher(resolver=fake_resolver, transport=_mock(routes, seen))
    with pytest.raises(FetchError, match=r"intranet\.example resolves to non-public address 192\.168\.1\.20"):
        fetcher.fetch("http://news.example/a")
    assert [str(r.url) for r in seen] == ["http://news.example/a"]  # the private hop was never requested
    assert seen[0].headers["user-agent"] == USER_AGENT


def test_redirects_followed_up_to_a_limit_then_refused() -> None:
    seen: list[httpx.Request] = []
    routes = {f"http://news.example/{i}": httpx.Response(301, headers={"location": f"/{i + 1}"}) for i in range(10)}
    routes["http://news.example/2"] = httpx.Response(200, headers={"content-type": "text/html"}, content=ARTICLE)
    fetcher = HttpFetcher(resolver=fake_resolver, transport=_mock(routes, seen))
    page = fetcher.fetch("http://news.example/0")
    assert page.url == "http://news.example/2" and page.content == ARTICLE
    routes["http://news.example/2"] = httpx.Response(301, headers={"location": "/3"})
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.fetch("http://news.example/0")


def test_content_type_size_and_status_are_checked() -> None:
    routes = {
        "http://news.example/img": httpx.Response(200, headers={"content-type": "image/png"}, content=b"\x89PNG"),
        "http://news.example/big": httpx.Response(200, headers={"content-type": "text/html"}, content=b"x" * 5000),
        "http://news.example/gone": httpx.Response(410),
    }
    fetcher = HttpFetcher(resolver=fake_resolver, transport=_mock(routes, []), max_bytes=1000)
    with pytest.raises(FetchError, match=r"not HTML, text or a feed \(content-type image/png\)"):
        fetcher.fetch("http://news.example/img")
    with pytest.raises(FetchError, match="too large"):
        fetcher.fetch("http://news.example/big")
    with pytest.raises(FetchError, match="HTTP 410"):
        fetcher.fetch("http://news.example/gone")


@pytest.fixture
def local_server(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "article.html").write_bytes(ARTICLE)
    (tmp_path / "data.bin").write_bytes(b"\x00\x01" * 100)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_local_server_needs_the_allow_private_flag(local_server: str) -> None:
    urls = [f"{local_server}/article.html", f"{local_server}/data.bin", f"{local_server}/missing.html",
            "http://127.0.0.1:9/closed"]  # fmt: skip
    refused = list(read_inputs(urls[:1]))
    assert isinstance(refused[0], Skipped) and "non-public address 127.0.0.1" in refused[0].reason
    assert "--allow-private" in refused[0].reason
    recs = list(read_inputs(urls, options=IngestOptions(allow_private=True)))
    assert isinstance(recs[0], Document) and "Kenya and Ethiopia" in recs[0].text
    assert recs[0].url == f"{local_server}/article.html"
    reasons = [r.reason for r in recs[1:] if isinstance(r, Skipped)]
    assert reasons[0] == "not HTML, text or a feed (content-type application/octet-stream)"
    assert reasons[1] == "HTTP 404"
    assert reasons[2].startswith("unreachable (ConnectError")


def test_memory_fetcher_is_a_drop_in_twin() -> None:
    fetcher = MemoryFetcher({"https://news.example/a": ("text/html; charset=utf-8", ARTICLE)})
    recs = list(
        read_inputs(["https://news.example/a", "https://news.example/b"], options=IngestOptions(fetcher=fetcher))
    )
    assert isinstance(recs[0], Document) and isinstance(recs[1], Skipped)
    assert recs[1].reason == "unreachable (no such page)"
    assert fetcher.requested == ["https://news.example/a", "https://news.example/b"]


def test_connected_address_is_checked_again_after_resolution(local_server: str) -> None:
    # the resolver answers with a public address, the connection lands on loopback (DNS rebinding)
    fetcher = HttpFetcher(resolver=lambda host: ["93.184.216.34"])
    with pytest.raises(FetchError, match=r"connected to non-public address 127\.0\.0\.1"):
        fetcher.fetch(f"{local_server}/article.html")
    fetcher.close()
