"""Every failure has the one JSON shape, unexpected ones included."""

from fastapi.testclient import TestClient

from foedus.records import Analysis
from foedus.serve import ServeSettings, create_app
from tests.serve.conftest import assert_error


def test_unknown_route_and_method(client: TestClient) -> None:
    assert_error(client.get("/api/nothing-here"), 404, "not_found")
    assert_error(client.get("/api/analyse"), 405, "method_not_allowed")


def test_unexpected_exception_keeps_the_shape() -> None:
    class Broken:
        def __call__(self, doc) -> Analysis:
            raise RuntimeError("boom")

    app = TestClient(create_app(ServeSettings(), pipeline=Broken()), raise_server_exceptions=False)
    err = assert_error(app.post("/api/analyse", json={"text": "Germany criticized Iran."}), 500, "internal")
    assert "boom" not in err["message"]  # no internals leak to the client
