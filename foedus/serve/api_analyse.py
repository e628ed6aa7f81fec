"""POST /api/analyse (analyse, optionally store) and POST /api/ingest (store a batch)."""

from __future__ import annotations

import dataclasses
import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field, ValidationError

from foedus.errors import InputError
from foedus.records import Document
from foedus.serve.documents import DocumentIn, to_document
from foedus.serve.errors import ApiError, error_responses
from foedus.serve.guard import Settings, check_token, require_read, require_write
from foedus.serve.state import Workbench, analysis_json
from foedus.store import IngestReport

router = APIRouter(prefix="/api", tags=["analyse"])
RAW_TYPES = ("text/plain", "text/html")
MAX_BATCH = 500


class AnalyseIn(DocumentIn):
    store: bool = Field(False, description="Also store the analysis in the corpus (needs the token).")


class AnalyseOut(BaseModel):
    analysis: dict[str, Any] = Field(description="Every layer: doc, repairs, sentences, mentions, events, ...")
    stored: bool = Field(description="True when the analysis was written to the store now.")
    already_stored: bool = Field(False, description="True when the store held this document (id or text) before.")


class IngestIn(BaseModel):
    documents: list[DocumentIn] = Field(min_length=1, max_length=MAX_BATCH)


class Skip(BaseModel):
    source: str
    reason: str


class IngestOut(BaseModel):
    ids: list[str] = Field(description="Ids of the documents read, in order (stored now or before).")
    stored: int = Field(description="Documents stored now.")
    already: int = Field(description="Documents the store held before (same id or text): stored once.")
    events: int = Field(description="Event reports added.")
    skipped: list[Skip] = Field(description="Inputs that held no document, with the reason.")
    failed: list[dict[str, str]] = Field(description="Documents the pipeline failed on: id and error.")


def workbench(request: Request) -> Workbench:
    return request.app.state.workbench


Bench = Annotated[Workbench, Depends(workbench)]

_ANALYSE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": AnalyseIn.model_json_schema()},
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    }
}


@router.post(
    "/analyse",
    response_model=AnalyseOut,
    dependencies=[Depends(require_read)],
    openapi_extra=_ANALYSE_BODY,
    responses=error_responses(400, 401, 403, 413, 415, 422, 502, 503),
)
async def analyse(
    request: Request,
    bench: Bench,
    settings: Settings,
    date: Annotated[str | None, Query(description="Publication date, for text/plain and text/html bodies.")] = None,
    lang: Annotated[str | None, Query(description="Language code, for text/plain and text/html bodies.")] = None,
    store: Annotated[bool, Query(description="Store the analysis too, for raw bodies (needs the token).")] = False,
) -> AnalyseOut:
    """Analyse one article (JSON ``{text|html|url, date, lang}``, or a raw text/HTML body) and return every layer."""
    item = _parse_body(await request.body(), request.headers.get("content-type", ""), date, lang, store)
    if item.store:
        check_token(request, settings)
        bench.corpus()  # fail before analysing when there is no store
    doc = await run_in_threadpool(to_document, item, "api", bench.fetch_document)
    analysis = await run_in_threadpool(bench.analyse, dataclasses.replace(doc))
    if not item.store:
        return AnalyseOut(analysis=analysis_json(analysis), stored=False)
    report = await run_in_threadpool(_store, bench, [doc])
    return AnalyseOut(analysis=analysis_json(analysis), stored=report.stored == 1, already_stored=report.already == 1)


@router.post(
    "/ingest",
    response_model=IngestOut,
    dependencies=[Depends(require_write)],
    responses=error_responses(400, 401, 403, 413, 422, 503),
)
async def ingest(body: IngestIn, bench: Bench) -> IngestOut:
    """Analyse and store a batch of documents (the JSONL input contract as a JSON list); needs the token."""
    bench.corpus()  # fail before reading anything when there is no store
    docs, skipped = [], []
    for n, item in enumerate(body.documents):
        where = item.id or item.url or f"documents[{n}]"
        try:
            docs.append(await run_in_threadpool(to_document, item, where, bench.fetch_document))
        except InputError as exc:  # FetchError included: one bad URL does not sink the batch
            skipped.append(Skip(source=where, reason=str(exc).removeprefix(f"{where}: ")))
    report = await run_in_threadpool(_store, bench, docs)
    d = report.to_dict()
    skipped += [Skip(**s) for s in d["skipped"]]
    return IngestOut(ids=[doc.id for doc in docs], stored=d["stored"], already=d["already"], events=d["events"],
                     skipped=skipped, failed=d["failed"])  # fmt: skip


def _parse_body(raw: bytes, content_type: str, date: str | None, lang: str | None, store: bool) -> AnalyseIn:
    kind = content_type.split(";")[0].strip().lower() or "application/json"
    try:
        if kind == "application/json":
            try:
                data = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise ApiError(400, f"body is not valid JSON ({exc})", "bad_request") from None
            if not isinstance(data, dict):
                raise ApiError(422, "body must be a JSON object")
            data = {"date": date, "lang": lang, "store": store} | {k: v for k, v in data.items() if v is not None}
            return AnalyseIn.model_validate(data)
        if kind in RAW_TYPES:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise ApiError(400, "body is not UTF-8", "bad_request") from None
            field = "html" if kind == "text/html" else "text"
            return AnalyseIn.model_validate({field: text, "date": date, "lang": lang, "store": store})
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False), body=None) from None
    raise ApiError(415, f"unsupported content type {kind!r}: use application/json, text/plain or text/html")


def _store(bench: Workbench, docs: list[Document]) -> IngestReport:
    """Store documents through the corpus's own idempotent ingest (same id or text: stored once)."""
    with bench.corpus_lock, bench.pipeline_lock:
        return bench.corpus().ingest(docs)
