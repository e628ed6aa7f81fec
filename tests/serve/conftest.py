"""Fixtures for the API tests: apps with and without a token, the error-shape check."""

from __future__ import annotations

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


@pytest.fixture(scope="module")
def client() -> TestClient:
    """No store, no token: analysis only, writing disabled."""
    return TestClient(create_app(ServeSettings()))


@pytest.fixture(scope="module")
def token_client() -> TestClient:
    return TestClient(create_app(ServeSettings(token=TOKEN)))
