"""Reading endpoints over a store built from tests/serve/corpus/articles.jsonl."""

from __future__ import annotations

from fastapi.testclient import TestClient

from foedus.serve import ServeSettings, create_app
from tests.serve.conftest import TOKEN, assert_error


def _events(client: TestClient, **params: object) -> list[dict]:
    res = client.get("/api/events", params=params)
    assert res.status_code == 200, res.text
    return res.json()["events"]


def _agree(client: TestClient) -> dict:
    (agree,) = [e for e in _events(client, type="AGREE") if set(e["actor_codes"]) == {"RUS", "PRK"}]
    return agree


def test_events_lists_the_signing_once_with_both_reports(store_client: TestClient) -> None:
    agree = _agree(store_client)
    assert agree["date"] == "2024-06-19"
    assert agree["n_documents"] == 2
    assert sorted(agree["doc_ids"]) == ["pact-en", "pakt-de"]


def test_event_filters(store_client: TestClient) -> None:
    every = _events(store_client)
    assert {e["event"] for e in _events(store_client, type="ACCUSE")} == {"ACCUSE"}
    assert all("UKR" in e["actor_codes"] for e in _events(store_client, actor="UKR"))
    assert all("RUS" in e["recipient_codes"] for e in _events(store_client, recipient="RUS"))
    july = _events(store_client, start="2024-07-01", end="2024-07-31")
    assert july and all(e["date"].startswith("2024-07") for e in july)
    factual = _events(store_client, factual=True)
    other = _events(store_client, factual=False)
    assert len(factual) + len(other) == len(every) and other
    assert all(not e["factual"] for e in other)
    german = _events(store_client, source="zeitung.example.de")
    assert german and all("pakt-de" in e["doc_ids"] for e in german)


def test_event_paging(store_client: TestClient) -> None:
    every = _events(store_client)
    page = store_client.get("/api/events", params={"limit": 2, "offset": 1}).json()
    assert page["count"] == 2 and page["more"] is (len(every) > 3)
    assert [e["id"] for e in page["events"]] == [e["id"] for e in every[1:3]]


def test_event_filters_are_validated(store_client: TestClient) -> None:
    assert_error(store_client.get("/api/events", params={"type": "HUG"}), 422)
    assert_error(store_client.get("/api/events", params={"start": "June"}), 422)
    assert_error(store_client.get("/api/events", params={"actor": "R'; DROP TABLE events;--"}), 422)
    assert_error(store_client.get("/api/events", params={"limit": 0}), 422)


def test_one_event_with_evidence_in_context_and_documents(store_client: TestClient) -> None:
    agree = _agree(store_client)
    res = store_client.get(f"/api/events/{agree['id']}")
    assert res.status_code == 200, res.text
    body = res.json()
    assert body["event"]["id"] == agree["id"]
    assert {d["id"] for d in body["documents"]} == {"pact-en", "pakt-de"}
    assert len(body["evidence"]) == 2
    en = next(e for e in body["evidence"] if e["doc_id"] == "pact-en")
    assert "signed" in en["text"] and en["after"].startswith(" Putin said")
    assert_error(store_client.get("/api/events/no-such-event"), 404, "not_found")


def test_documents_and_their_annotations(store_client: TestClient) -> None:
    docs = store_client.get("/api/documents").json()
    assert docs["count"] == 4 and {d["id"] for d in docs["documents"]} >= {"pact-en", "pakt-de"}
    a = store_client.get("/api/documents/pact-en").json()["analysis"]
    text = a["doc"]["text"]
    assert a["doc"]["title"] == "Russia and North Korea sign mutual defence pact"
    assert {m["actor"]["code"] for m in a["mentions"]} >= {"RUS", "PRK"}
    for m in a["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]
    agree = next(e for e in a["events"] if e["event"] == "AGREE")
    assert text[agree["trigger"]["start"] : agree["trigger"]["end"]] == agree["trigger"]["text"]
    assert agree["factual"] is True and agree["event_id"] == _agree(store_client)["id"]
    assert any(t["value"] == "2024-06-19" for t in a["times"])
    assert_error(store_client.get("/api/documents/nope"), 404)


def test_dyad_time_series(store_client: TestClient) -> None:
    res = store_client.get("/api/dyads/RUS/PRK", params={"period": "month"})
    assert res.status_code == 200, res.text
    body = res.json()
    assert body["series"] and body["series"][0]["cooperation"] >= 1
    assert "AGREE" in {e["event"] for e in body["events"]}
    assert_error(store_client.get("/api/dyads/RUS/PRK", params={"period": "fortnight"}), 422)


def test_actor_profile(store_client: TestClient) -> None:
    body = store_client.get("/api/actors/rus").json()
    assert body["code"] == "RUS" and body["name"] == "Russia"
    assert "PRK" in {p["code"] for p in body["partners"]}
    assert "UKR" in {p["code"] for p in body["adversaries"]}
    assert body["by_type"]["AGREE"] >= 1
    assert_error(store_client.get("/api/actors/XYZ"), 404)


def test_relations_graph(store_client: TestClient) -> None:
    g = store_client.get("/api/graph").json()
    assert {"RUS", "PRK", "UKR"} <= {n["id"] for n in g["nodes"]}
    rus_prk = [e for e in g["edges"] if {e["source"], e["target"]} == {"RUS", "PRK"}]
    assert rus_prk and all(e["balance"] > 0 and e["count"] >= 1 for e in rus_prk)
    ukr = [e for e in g["edges"] if e["source"] == "UKR"]
    assert ukr and ukr[0]["balance"] < 0
    may = store_client.get("/api/graph", params={"end": "2024-05-31"}).json()
    # May: Iran supplied drones to Russia; China and Russia pledged a deeper partnership (AGREE).
    assert {n["id"] for n in may["nodes"]} == {"CHN", "IRN", "RUS"}
    around = store_client.get("/api/graph", params={"actor": "UKR"}).json()
    assert all("UKR" in (e["source"], e["target"]) for e in around["edges"])


def test_obligations(store_client: TestClient) -> None:
    body = store_client.get("/api/obligations", params={"attacked": "PRK", "on": "2025-01-01"}).json()
    bound = {b["code"]: b for b in body["bound"]}
    assert {"RUS", "CHN"} <= set(bound)
    rus = bound["RUS"]["links"][0]
    assert rus["id"] == "russia-dprk-2024"
    assert rus["evidence"]["corpus"], "the corpus reports of the signing are evidence for the link"
    before = store_client.get("/api/obligations", params={"attacked": "PRK", "on": "2024-01-01"}).json()
    assert "RUS" not in {b["code"] for b in before["bound"]}
    assert_error(store_client.get("/api/obligations"), 422)
    assert_error(store_client.get("/api/obligations", params={"attacked": "PRK", "on": "soon"}), 422)


def test_commitments_by_state(store_client: TestClient) -> None:
    body = store_client.get("/api/commitments", params={"state": "prk", "on": "2025-01-01"}).json()
    ids = {c.get("id") for c in body["commitments"]}
    assert "russia-dprk-2024" in ids
    assert all("PRK" in c["members"] for c in body["commitments"])
    assert any(set(p["members"]) == {"RUS", "PRK"} for p in body["proposed"])


def test_corpus_endpoints_without_a_store(client: TestClient) -> None:
    for path in ("/api/events", "/api/graph", "/api/documents", "/api/export/csv", "/api/stats"):
        assert_error(client.get(path), 503, "no_store")


def test_reads_off_localhost_need_the_token(built_db, tmp_path) -> None:
    from tests.serve.conftest import copy_db

    remote = TestClient(create_app(ServeSettings(db=copy_db(built_db, tmp_path), host="0.0.0.0", token=TOKEN)))
    assert_error(remote.get("/api/events"), 401)
    assert remote.get("/api/events", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_stats(store_client: TestClient) -> None:
    stats = store_client.get("/api/stats").json()
    assert stats["documents"] >= 4 and stats["events"] >= 1 and stats["schema_version"] >= 1


def test_a_store_that_cannot_be_opened_is_a_503(tmp_path) -> None:
    not_a_store = tmp_path / "x.duckdb"
    not_a_store.write_bytes(b"this is not a database")
    app = TestClient(create_app(ServeSettings(db=not_a_store)))
    err = assert_error(app.get("/api/events"), 503, "store_unavailable")
    assert "x.duckdb" in err["message"]
