"""The token rule and the body cap."""

from fastapi.testclient import TestClient

from foedus.serve import ServeSettings, create_app
from foedus.serve.settings import is_loopback, token_from_env
from tests.serve.conftest import SIGNING, TOKEN, assert_error


def test_writes_are_disabled_without_a_configured_token(client: TestClient) -> None:
    assert_error(client.post("/api/analyse", json={"text": SIGNING, "store": True}), 403, "writes_disabled")
    assert_error(client.post("/api/ingest", json={"documents": [{"text": SIGNING}]}), 403, "writes_disabled")


def test_writes_need_the_right_token(token_client: TestClient) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"X-Foedus-Token": "nope"}, {"Authorization": TOKEN}):
        res = token_client.post("/api/ingest", json={"documents": [{"text": SIGNING}]}, headers=headers)
        assert_error(res, 401, "unauthorized")
        assert res.headers["www-authenticate"].startswith("Bearer")
    res = token_client.post("/api/analyse", json={"text": SIGNING, "store": True}, headers={"X-Foedus-Token": "x"})
    assert_error(res, 401)


def test_right_token_passes_the_gate(token_client: TestClient) -> None:
    # no store behind this app: passing the token rule leads to the "no store" answer, not 401
    for headers in ({"Authorization": f"Bearer {TOKEN}"}, {"X-Foedus-Token": TOKEN}):
        res = token_client.post("/api/ingest", json={"documents": [{"text": SIGNING}]}, headers=headers)
        assert_error(res, 503, "no_store")


def test_reads_are_open_on_localhost_without_token(token_client: TestClient) -> None:
    assert token_client.post("/api/analyse", json={"text": SIGNING}).status_code == 200


def test_reads_need_the_token_off_localhost() -> None:
    remote = TestClient(create_app(ServeSettings(host="0.0.0.0", token=TOKEN)))
    assert_error(remote.post("/api/analyse", json={"text": SIGNING}), 401)
    res = remote.post("/api/analyse", json={"text": SIGNING}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert res.status_code == 200


def test_body_cap_by_content_length() -> None:
    small = TestClient(create_app(ServeSettings(max_body=200)))
    err = assert_error(small.post("/api/analyse", json={"text": "a" * 500}), 413, "too_large")
    assert "200" in err["message"]
    assert small.post("/api/analyse", json={"text": "Germany criticized Iran."}).status_code == 200


def test_body_cap_while_streaming_without_content_length() -> None:
    small = TestClient(create_app(ServeSettings(max_body=200)))

    def chunks():
        for _ in range(10):
            yield b"a" * 50

    res = small.post("/api/analyse", content=chunks(), headers={"Content-Type": "text/plain"})
    assert "content-length" not in {k.lower() for k in res.request.headers}
    assert_error(res, 413, "too_large")


def test_invalid_content_length_is_a_bad_request(client: TestClient) -> None:
    res = client.post("/api/analyse", content=b"x", headers={"Content-Length": "abc", "Content-Type": "text/plain"})
    assert_error(res, 400)


def test_loopback_detection() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1") and is_loopback("127.5.0.1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4") and not is_loopback("example.org")


def test_token_from_flag_then_env(monkeypatch) -> None:
    monkeypatch.setenv("FOEDUS_TOKEN", "from-env")
    assert token_from_env(None) == "from-env"
    assert token_from_env("flag") == "flag"
    monkeypatch.setenv("FOEDUS_TOKEN", "")
    assert token_from_env(None) is None
