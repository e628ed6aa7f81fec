"""Fetching URLs safely, behind a small protocol with an in-memory twin for tests.

``HttpFetcher`` sends an honest User-Agent, uses timeouts and an overall
deadline, caps the body size, checks the content type, follows a limited
number of redirects itself, and refuses loopback, private, link-local and
other non-public addresses unless ``allow_private`` is set: the host of
every hop is resolved and each address checked before connecting, and the
address actually connected to is checked again before a byte of the answer is
read (a host that resolves differently the second time, "DNS rebinding", gets
nothing back), so a feed cannot make foedus probe the local network.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urljoin, urlsplit

from foedus.errors import FetchError

USER_AGENT = "foedus/0.1 (news event coder; +https://github.com/foedus/foedus)"
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
TIMEOUT_S = 10.0
DEADLINE_S = 30.0
ACCEPTED_TYPES = (
    "text/html", "application/xhtml+xml", "text/plain", "application/rss+xml", "application/atom+xml",
    "application/rdf+xml", "application/xml", "text/xml",
)  # fmt: skip


@dataclass
class Fetched:
    """A fetched body with the URL it finally came from and its content type."""

    url: str
    content: bytes
    content_type: str = ""
    headers: dict[str, str] = field(default_factory=dict)


class Fetcher(Protocol):
    def fetch(self, url: str) -> Fetched: ...


Resolver = Callable[[str], list[str]]


def resolve(host: str) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"host {host!r} could not be resolved ({exc})", host) from exc
    return sorted({str(info[4][0]) for info in infos})


def check_url(url: str, allow_private: bool = False, resolver: Resolver = resolve) -> None:
    """Raise FetchError unless ``url`` is http(s) and (unless allowed) every address of its host is public."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("only http and https URLs are fetched", url)
    if allow_private:
        return
    for addr in resolver(parts.hostname):
        check_address(addr, parts.hostname, url, "resolves to")


def check_address(addr: str, host: str, url: str, verb: str) -> None:
    """Raise FetchError when ``addr`` (an IP address string) is not a public address."""
    ip = ipaddress.ip_address(addr.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if not ip.is_global:
        raise FetchError(f"refused: {host} {verb} non-public address {ip} (pass --allow-private to permit)", url)


def peer_address(resp: object) -> str | None:
    """The IP address an httpx response came from, when the transport tells (mock transports do not)."""
    stream = getattr(resp, "extensions", {}).get("network_stream")
    info = stream.get_extra_info("server_addr") if stream is not None else None
    return str(info[0]) if info else None


def check_type(content_type: str, url: str) -> None:
    mime = content_type.split(";")[0].strip().lower()
    if mime and mime not in ACCEPTED_TYPES and not mime.endswith("+xml"):
        raise FetchError(f"not HTML, text or a feed (content-type {mime})", url)


class HttpFetcher:
    """The real fetcher (httpx), with the safety rules above."""

    def __init__(
        self,
        allow_private: bool = False,
        max_bytes: int = MAX_BYTES,
        timeout: float = TIMEOUT_S,
        deadline: float = DEADLINE_S,
        resolver: Resolver = resolve,
        transport: object | None = None,  # an httpx transport; tests pass httpx.MockTransport
    ) -> None:
        self.allow_private = allow_private
        self.transport = transport
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.deadline = deadline
        self.resolver = resolver
        self._client = None

    def _http(self):  # type: ignore[no-untyped-def]
        import httpx

        if self._client is None:
            self._client = httpx.Client(
                headers={"User-Agent": USER_AGENT, "Accept": ", ".join(ACCEPTED_TYPES)},
                timeout=httpx.Timeout(self.timeout),
                follow_redirects=False,
                trust_env=False,
                transport=self.transport,  # type: ignore[arg-type]
            )
        return self._client

    def fetch(self, url: str) -> Fetched:
        import httpx

        start = time.monotonic()
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            check_url(current, self.allow_private, self.resolver)
            try:
                with self._http().stream("GET", current) as resp:
                    peer = peer_address(resp)
                    if peer and not self.allow_private:
                        check_address(peer, urlsplit(current).hostname or "", url, "connected to")
                    if resp.is_redirect and "location" in resp.headers:
                        current = urljoin(current, resp.headers["location"])
                        continue
                    if resp.status_code >= 400:
                        raise FetchError(f"HTTP {resp.status_code}", url)
                    ctype = resp.headers.get("content-type", "")
                    check_type(ctype, url)
                    return Fetched(str(resp.url), self._read(resp, url, start), ctype, dict(resp.headers))
            except httpx.HTTPError as exc:
                raise FetchError(f"unreachable ({type(exc).__name__}: {exc})", url) from exc
        raise FetchError(f"more than {MAX_REDIRECTS} redirects", url)

    def _read(self, resp, url: str, start: float) -> bytes:  # type: ignore[no-untyped-def]
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(f"too large ({int(declared) // 1024} KiB > {self.max_bytes // 1024} KiB cap)", url)
        chunks, size = [], 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"too large (over the {self.max_bytes // 1024} KiB cap)", url)
            if time.monotonic() - start > self.deadline:
                raise FetchError(f"took longer than {self.deadline:.0f} s", url)
            chunks.append(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


class MemoryFetcher:
    """An in-memory twin for tests: URL -> (content type, body) or an exception to raise."""

    def __init__(self, pages: dict[str, tuple[str, bytes] | Exception], allow_private: bool = True) -> None:
        self.pages = pages
        self.allow_private = allow_private
        self.requested: list[str] = []

    def fetch(self, url: str) -> Fetched:
        self.requested.append(url)
        page = self.pages.get(url)
        if page is None:
            raise FetchError("unreachable (no such page)", url)
        if isinstance(page, Exception):
            raise page
        ctype, body = page
        check_type(ctype, url)
        return Fetched(url, body, ctype)
