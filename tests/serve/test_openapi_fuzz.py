"""Property-based run against the OpenAPI spec (schemathesis): no request makes the server fail.

Every operation, the writing ones included (with the token), runs against a copy of
the test store; responses must also match their documented status codes, media
types and schemas.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from foedus.ingest import MemoryFetcher
from foedus.serve import ServeSettings, create_app
from foedus.store import Corpus
from tests.serve.conftest import ARTICLES, TOKEN

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


# schemathesis needs the app when the module is collected, so the store is built here, not in a fixture
_TMP = tempfile.TemporaryDirectory(prefix="foedus-fuzz-")
_DB = Path(_TMP.name) / "fuzz.duckdb"
with Corpus(_DB) as _corpus:
    _corpus.ingest([ARTICLES])
# URLs are read from memory: a generated address must not make the test resolve or reach any host
APP = create_app(ServeSettings(db=_DB, token=TOKEN, max_body=64 * 1024), fetcher=MemoryFetcher({}))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_server_errors(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=CHECKS, headers={"Authorization": f"Bearer {TOKEN}"})
