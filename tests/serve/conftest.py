"""Fixtures for the API tests: apps with and without a token, the error-shape check."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from foedus.serve import ServeSettings, create_app

TOKEN = "test-token-123"
SIGNING = "Russia and North Korea signed a mutual defence treaty yesterday in Pyongyang, Putin said."


def assert_error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    """The response is an error in the one shape, with this status (and code)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) == {"status", "code", "message", "detail"}
    assert err["status"] == status
    assert isinstance(err["message"], str) and err["message"]
    if code is not None:
        assert err["code"] == code
    return err


ARTICLES = Path(__file__).parent / "corpus" / "articles.jsonl"


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once from our four test articles (closed, so apps can open copies)."""
    from foedus.store import Corpus

    path = tmp_path_factory.mktemp("store") / "articles.duckdb"
    with Corpus(path) as corpus:
        report = corpus.ingest([ARTICLES])
    assert report.stored == 4, report.to_dict()
    return path


def copy_db(built: Path, dest: Path) -> Path:
    """A private copy of a built store, so apps opening it read-write and read-only never share a file."""
    target = dest / built.name
    shutil.copy(built, target)
    return target


@pytest.fixture(scope="module")
def store_client(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """Reads over the built store; writing is enabled with TOKEN (on a private copy)."""
    db = copy_db(built_db, tmp_path_factory.mktemp("db"))
    with TestClient(create_app(ServeSettings(db=db, token=TOKEN))) as c:
        yield c


@pytest.fixture(scope="module")
def client() -> TestClient:
    """No store, no token: analysis only, writing disabled."""
    return TestClient(create_app(ServeSettings()))


@pytest.fixture(scope="module")
def token_client() -> TestClient:
    return TestClient(create_app(ServeSettings(token=TOKEN)))


# --- a live server and headless Chromium for the browser tests -------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


class LiveServer:
    """uvicorn on a free localhost port, in a thread, for the whole session."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"chromium is not installed at {CHROMIUM} (`make browser-deps` installs it as root)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed (pip install -e '.[dev]')")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class RecordedPage:
    """A browser page that records every request it makes, for the same-origin check."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=base)
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.context.set_default_timeout(10_000)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def outside(self) -> list[str]:
        return [u for u in self.requests if not (u.startswith(self.base + "/") or u.startswith("data:"))]

    def shot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path
