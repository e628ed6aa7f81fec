"""Reading the store: events, one event, documents, dyads, actors, the relations graph, obligations."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field

from foedus.records import PLOVER_TYPES
from foedus.serve import corpus_view
from foedus.serve.errors import error_responses
from foedus.serve.guard import require_read
from foedus.serve.state import Workbench

router = APIRouter(prefix="/api", tags=["corpus"], dependencies=[Depends(require_read)])
READ_ERRORS = error_responses(401, 404, 422, 503)

CODE = r"^[A-Za-z][A-Za-z0-9_.-]{1,15}$"
Code = Annotated[str, Path(pattern=CODE, description="Actor code: ISO3 or an IGO code, e.g. RUS, NATO.")]
OptCode = Annotated[str | None, Query(pattern=CODE)]
Day = Annotated[dt.date | None, Query(description="YYYY-MM-DD")]
EventType = Annotated[str | None, Query(pattern="^(" + "|".join(PLOVER_TYPES) + ")$", description="PLOVER type")]
Factual = Annotated[bool | None, Query(description="true: only events asserted as fact; false: only the others")]
Limit = Annotated[int, Query(ge=1, le=5000)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Id = Annotated[str, Path(min_length=1, max_length=200)]


class Locked:
    """The store, used under the workbench's lock for the length of one request."""

    def __init__(self, request: Request) -> None:
        self.bench: Workbench = request.app.state.workbench

    def __enter__(self) -> Any:
        self.bench.corpus_lock.acquire()
        try:
            return self.bench.corpus()
        except BaseException:
            self.bench.corpus_lock.release()
            raise

    def __exit__(self, *exc: object) -> None:
        self.bench.corpus_lock.release()


Store = Annotated[Locked, Depends(Locked)]


class EventList(BaseModel):
    events: list[dict[str, Any]] = Field(description="Merged events, by date, each with n_documents and doc_ids.")
    count: int = Field(description="How many are in this page.")
    more: bool = Field(description="True when further events match (raise offset).")


class DocumentList(BaseModel):
    documents: list[dict[str, Any]]
    count: int
    more: bool


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@router.get("/stats", responses=READ_ERRORS)
def stats(store: Store) -> dict[str, int]:
    """Row counts of the store's tables and the number of merged events."""
    with store as corpus:
        return corpus.stats()


@router.get("/events", response_model=EventList, responses=READ_ERRORS)
def events(
    store: Store,
    type: EventType = None,
    actor: OptCode = None,
    recipient: OptCode = None,
    involving: OptCode = None,
    start: Day = None,
    end: Day = None,
    factual: Factual = None,
    source: Annotated[str | None, Query(max_length=200, description="Outlet or cited source (substring).")] = None,
    limit: Limit = 500,
    offset: Offset = 0,
) -> EventList:
    """Merged events matching every filter given (type, actor, recipient, date range, factual, source)."""
    with store as corpus:
        rows = corpus.events(
            types=type, actor=actor, recipient=recipient, involving=involving, start=iso(start), end=iso(end),
            factual=factual, source=source, limit=offset + limit + 1,
        )  # fmt: skip
    page = rows[offset : offset + limit]
    return EventList(events=page, count=len(page), more=len(rows) > offset + limit)


@router.get("/events/{event_id}", responses=READ_ERRORS)
def event(event_id: Id, store: Store) -> dict[str, Any]:
    """One event: its fields, every report of it, each evidence span in context, and the documents."""
    with store as corpus:
        return corpus_view.event_detail(corpus, event_id)


@router.get("/documents", response_model=DocumentList, responses=READ_ERRORS)
def documents(store: Store, limit: Limit = 500, offset: Offset = 0) -> DocumentList:
    """Stored documents (metadata only), in ingest order."""
    with store as corpus:
        rows = corpus_view.document_list(corpus, limit + 1, offset)
    return DocumentList(documents=rows[:limit], count=len(rows[:limit]), more=len(rows) > limit)


@router.get("/documents/{doc_id}", responses=READ_ERRORS)
def document(doc_id: Id, store: Store) -> dict[str, Any]:
    """A stored document with every annotation layer (the shape of ``POST /api/analyse``)."""
    with store as corpus:
        return {"analysis": corpus_view.document_analysis(corpus, doc_id)}


@router.get("/dyads/{a}/{b}", responses=READ_ERRORS)
def dyad(
    a: Code,
    b: Code,
    store: Store,
    period: Annotated[str, Query(pattern="^(day|week|month|quarter|year)$")] = "month",
    directed: bool = False,
    start: Day = None,
    end: Day = None,
    factual: Annotated[bool, Query(description="Only events asserted as fact.")] = False,
) -> dict[str, Any]:
    """The events between two actors and a series per period (quad counts, intensity, balance)."""
    with store as corpus:
        return corpus.dyad(
            a.upper(), b.upper(), period=period, directed=directed, start=iso(start), end=iso(end),
            factual_only=factual,
        )  # fmt: skip


@router.get("/actors/{code}", responses=READ_ERRORS)
def actor(code: Code, store: Store, start: Day = None, end: Day = None) -> dict[str, Any]:
    """An actor's profile: event counts by type, partners and adversaries, recent events."""
    with store as corpus:
        return corpus_view.actor_profile(corpus, code, iso(start), iso(end))


@router.get("/graph", responses=READ_ERRORS)
def graph(
    store: Store,
    start: Day = None,
    end: Day = None,
    factual: Annotated[bool, Query(description="Only events asserted as fact.")] = True,
    actor: Annotated[str | None, Query(pattern=CODE, description="Only this actor and its neighbours.")] = None,
) -> dict[str, Any]:
    """The relations graph as JSON: nodes (actors) and edges with event counts and cooperation/conflict balance."""
    with store as corpus:
        g = corpus.graph_json(start=iso(start), end=iso(end), factual_only=factual)
    edges = g.get("links", [])
    nodes = g.get("nodes", [])
    if actor:
        code = actor.upper()
        edges = [e for e in edges if code in (e["source"], e["target"])]
        keep = {code} | {e["source"] for e in edges} | {e["target"] for e in edges}
        nodes = [n for n in nodes if n["id"] in keep]
    return {"nodes": nodes, "edges": [e | {"count": e.get("events", 0)} for e in edges]}


@router.get("/obligations", responses=READ_ERRORS)
def obligations(
    store: Store,
    attacked: Annotated[str, Query(pattern=CODE, description="The state attacked, e.g. PRK.")],
    on: Annotated[dt.date | None, Query(description="The day of the attack (default today).")] = None,
    depth: Annotated[int, Query(ge=1, le=4, description="1: direct allies; 2: allies of allies, ...")] = 2,
) -> dict[str, Any]:
    """Who is bound to respond if ``attacked`` is attacked on ``on``: chain, treaty and evidence per link."""
    with store as corpus:
        return corpus.obligations(attacked.upper(), on=iso(on), depth=depth)


@router.get("/commitments", responses=READ_ERRORS)
def commitments(
    store: Store,
    state: Annotated[str | None, Query(pattern=CODE, description="Only this state's commitments.")] = None,
    on: Annotated[dt.date | None, Query(description="Status on this day (default today).")] = None,
) -> dict[str, Any]:
    """Commitments by state: treaties in the data, corpus commitments confirmed, and ones the corpus proposes."""
    day = on or dt.date.today()
    with store as corpus:
        found = corpus_view.commitments_by_state(corpus, state, day)
        proposed = [p for p in corpus.proposed_commitments() if not state or state.upper() in (p.get("members") or [])]
    state = state.upper() if state else None
    return {"state": state, "on": day.isoformat(), "commitments": found, "proposed": proposed}
