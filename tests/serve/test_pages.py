"""The workbench pages and the API docs are served from local files."""

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient


@pytest.mark.parametrize("path", ["/", "/events", "/relations", "/alliances", "/docs"])
def test_pages_load_only_local_assets(client: TestClient, path: str) -> None:
    res = client.get(path)
    assert res.status_code == 200
    assert res.headers["content-type"].startswith("text/html")
    refs = re.findall(r'(?:src|href)\s*=\s*["\']([^"\']+)', res.text) + re.findall(r'url:\s*["\']([^"\']+)', res.text)
    assert refs
    for ref in refs:
        assert not re.match(r"^(https?:)?//", ref), f"{path} loads {ref} from outside the app"
        if ref.startswith("/") and not ref.startswith("/api/"):
            assert client.get(ref).status_code == 200, ref


def test_static_scripts_fetch_nothing_external(client: TestClient) -> None:
    for name in ("common.js", "analyse.js", "annotate.js", "events.js", "graph.js", "relations.js", "alliances.js"):
        js = client.get(f"/static/{name}").text
        assert not re.search(r"""(fetch|import)\s*\(?\s*["'`]https?://""", js), name


def test_openapi_spec_lists_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["info"]["title"] == "foedus"
    assert "/api/analyse" in spec["paths"]
    assert "/" not in spec["paths"]  # pages are not API


def test_readme_documents_every_endpoint(client: TestClient) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## REST API and web workbench", 1)[1].split("\n## ", 1)[0]
    for path in client.get("/openapi.json").json()["paths"]:
        stem = re.sub(r"\{[^}]+\}", "", path).rstrip("/")
        assert stem in section, f"README's API table misses {path}"
