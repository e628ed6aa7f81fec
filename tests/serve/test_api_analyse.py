from fastapi.testclient import TestClient

from tests.serve.conftest import SIGNING, assert_error


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
