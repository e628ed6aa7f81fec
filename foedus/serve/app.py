"""The FastAPI application: API routers, workbench pages, access rules and the one error shape."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from foedus import __version__
from foedus.pipeline import Pipeline
from foedus.serve import api_analyse, api_corpus, api_export, pages
from foedus.serve.errors import install_error_handlers
from foedus.serve.guard import BodySizeLimit
from foedus.serve.settings import ServeSettings
from foedus.serve.state import Workbench

DESCRIPTION = """\
News to political event data (PLOVER), and the corpus it builds.

**Access.** Reading endpoints are open while the server listens on localhost.
Writing endpoints (`POST /api/ingest`, and `POST /api/analyse` with `store`)
need the token the server was started with (`--token` or `FOEDUS_TOKEN`), sent
as `Authorization: Bearer TOKEN`; without a configured token, writing is off.
Off localhost every endpoint needs the token.

**Errors** all have one shape: `{"error": {"status", "code", "message", "detail"}}`.
"""


def create_app(
    settings: ServeSettings | None = None, pipeline: Pipeline | None = None, corpus: Any = None, fetcher: Any = None
) -> FastAPI:
    """An app over a store (``settings.db``, or a ready ``corpus``) and a pipeline (default: the offline one).

    ``fetcher`` reads URLs (a ``foedus.ingest.Fetcher``; default: the safe HTTP one, no private addresses).
    """
    settings = settings or ServeSettings()
    bench = Workbench(settings, pipeline=pipeline, corpus=corpus, fetcher=fetcher)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        bench.close()

    app = FastAPI(
        title="foedus",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.workbench = bench
    install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_body=settings.max_body)
    for module in (api_analyse, api_corpus, api_export):
        app.include_router(module.router)
    pages.mount(app)
    return app
