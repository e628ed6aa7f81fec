from fastapi.testclient import TestClient

from foedus.serve import ServeSettings, create_app
from tests.serve.conftest import SIGNING, TOKEN, assert_error


def test_analyse_json_text_returns_every_layer(client: TestClient) -> None:
    res = client.post("/api/analyse", json={"text": SIGNING, "date": "2024-06-20", "lang": "en"})
    assert res.status_code == 200, res.text
    body = res.json()
    assert body["stored"] is False
    a = body["analysis"]
    layers = {"doc", "repairs", "sentences", "mentions", "events", "quotes", "attributions", "quantities", "times"}
    assert layers <= set(a)
    assert "raw" not in a["doc"]
    agree = [e for e in a["events"] if e["event"] == "AGREE"]
    assert agree and agree[0]["factual"] is True
    assert {r["code"] for r in agree[0]["actor"]} == {"RUS", "PRK"}
    assert agree[0]["date"] == "2024-06-19"
    ev = agree[0]["evidence"][0]
    assert a["doc"]["text"][ev["start"] : ev["end"]] == ev["text"]


def test_conditional_events_are_marked_not_factual(client: TestClient) -> None:
    text = "If North Korea is attacked, Russia would come to its aid."
    events = client.post("/api/analyse", json={"text": text, "lang": "en"}).json()["analysis"]["events"]
    assert events and all(e["factual"] is False for e in events)
    assert all("hypothetical" in e["aux"] for e in events)


def test_analyse_raw_text_body_with_query_metadata(client: TestClient) -> None:
    res = client.post(
        "/api/analyse?date=2024-06-20&lang=en", content=SIGNING.encode(), headers={"Content-Type": "text/plain"}
    )
    assert res.status_code == 200, res.text
    assert res.json()["analysis"]["doc"]["date"] == "2024-06-20"
    assert "AGREE" in {e["event"] for e in res.json()["analysis"]["events"]}


def test_analyse_html_extracts_main_text(client: TestClient) -> None:
    page = (
        "<html><head><title>Pact</title></head><body><nav>Home | World | Sport</nav><article>"
        + "".join(f"<p>{SIGNING} Paragraph {i} adds detail about the visit.</p>" for i in range(4))
        + "</article><footer>Leave a Reply</footer></body></html>"
    )
    res = client.post("/api/analyse", json={"html": page, "date": "2024-06-20"})
    assert res.status_code == 200, res.text
    doc = res.json()["analysis"]["doc"]
    assert doc["fmt"] == "html"
    assert "Home | World" not in doc["text"]
    assert "signed" in doc["text"]


def test_analyse_needs_exactly_one_source(client: TestClient) -> None:
    assert_error(client.post("/api/analyse", json={}), 422, "invalid_request")
    assert_error(client.post("/api/analyse", json={"text": "a", "html": "<p>a</p>"}), 422, "invalid_request")


def test_analyse_rejects_bad_metadata(client: TestClient) -> None:
    err = assert_error(client.post("/api/analyse", json={"text": "x", "date": "2024-02-30"}), 422)
    assert err["detail"][0]["loc"] == ["date"]
    assert_error(client.post("/api/analyse", json={"text": "x", "lang": "English"}), 422)
    assert_error(client.post("/api/analyse", json={"url": "file:///etc/passwd"}), 422)


def test_analyse_bad_bodies_get_the_error_shape(client: TestClient) -> None:
    assert_error(client.post("/api/analyse", content=b"{not json", headers={"Content-Type": "application/json"}), 400)
    assert_error(client.post("/api/analyse", content=b"[1, 2]", headers={"Content-Type": "application/json"}), 422)
    assert_error(client.post("/api/analyse", content=b"\xff\xfe", headers={"Content-Type": "text/plain"}), 400)
    assert_error(client.post("/api/analyse", content=b"x", headers={"Content-Type": "image/png"}), 415)


def test_empty_text_is_a_clear_input_error(client: TestClient) -> None:
    err = assert_error(client.post("/api/analyse", json={"text": "   "}), 400, "bad_input")
    assert "empty" in err["message"]


def test_html_without_main_text_is_an_input_error(client: TestClient) -> None:
    err = assert_error(client.post("/api/analyse", json={"html": "<html><body></body></html>"}), 400, "bad_input")
    assert "main text" in err["message"]


def test_ingest_stores_documents_once(store_client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = "France and Germany agreed on Tuesday to coordinate arms deliveries to Ukraine."
    good = {"id": "fr-de", "text": text, "date": "2024-09-03", "lang": "en"}
    batch = {"documents": [good, {"html": "<html></html>"}]}
    res = store_client.post("/api/ingest", json=batch, headers=auth)
    assert res.status_code == 200, res.text
    body = res.json()
    assert body["ids"] == ["fr-de"] and body["stored"] == 1 and body["already"] == 0
    assert body["skipped"][0]["source"] == "documents[1]" and "main text" in body["skipped"][0]["reason"]
    again = store_client.post("/api/ingest", json=batch, headers=auth).json()
    assert again["stored"] == 0 and again["already"] == 1
    assert store_client.get("/api/documents/fr-de").status_code == 200
    events = store_client.get("/api/events", params={"start": "2024-09-01"}).json()["events"]
    assert any("fr-de" in e["doc_ids"] for e in events)


def test_analyse_and_store(store_client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    item = {"id": "pl-sanction", "text": "Germany criticized Iran on Friday.", "date": "2024-10-04"}
    first = store_client.post("/api/analyse", json=item | {"store": True}, headers=auth)
    assert first.status_code == 200, first.text
    assert first.json()["stored"] is True and first.json()["already_stored"] is False
    assert "ACCUSE" in {e["event"] for e in first.json()["analysis"]["events"]}
    stored = store_client.get("/api/documents/pl-sanction").json()["analysis"]
    assert stored["doc"]["text"] == first.json()["analysis"]["doc"]["text"]
    second = store_client.post("/api/analyse", json=item | {"store": True}, headers=auth).json()
    assert second["stored"] is False and second["already_stored"] is True
    plain = store_client.post("/api/analyse", json=item | {"id": "other-id"}).json()
    assert plain["stored"] is False
    assert store_client.get("/api/documents/other-id").status_code == 404


def _page(body: str) -> bytes:
    paras = "".join(f"<p>{body} Paragraph {i} gives more detail on the talks.</p>" for i in range(4))
    return (
        f"<html><head><title>Talks</title></head><body><nav>Home</nav><article>{paras}</article></body></html>".encode()
    )


def test_analyse_a_url_through_the_safe_fetcher() -> None:
    from foedus.ingest import MemoryFetcher

    fetcher = MemoryFetcher(
        {
            "https://news.example.org/pact": ("text/html; charset=utf-8", _page(SIGNING)),
            "https://news.example.org/image": ("image/png", b"\x89PNG"),
        }
    )
    app = TestClient(create_app(ServeSettings(), fetcher=fetcher))
    res = app.post("/api/analyse", json={"url": "https://news.example.org/pact", "date": "2024-06-20"})
    assert res.status_code == 200, res.text
    doc = res.json()["analysis"]["doc"]
    assert doc["url"] == "https://news.example.org/pact" and "signed" in doc["text"]
    assert "AGREE" in {e["event"] for e in res.json()["analysis"]["events"]}
    assert_error(app.post("/api/analyse", json={"url": "https://news.example.org/missing"}), 502, "fetch_failed")
    err = assert_error(app.post("/api/analyse", json={"url": "https://news.example.org/image"}), 502)
    assert "image/png" in err["message"]


def test_urls_to_private_addresses_are_refused(client: TestClient) -> None:
    # the default fetcher checks the address before connecting: nothing is sent
    for url in ("http://127.0.0.1:9/admin", "http://10.0.0.1/", "http://[::1]/"):
        err = assert_error(client.post("/api/analyse", json={"url": url}), 502, "fetch_failed")
        assert "private" in err["message"] or "loopback" in err["message"] or "not public" in err["message"]
