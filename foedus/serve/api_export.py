"""GET /api/export/{format}: the events (CSV, Parquet, PLOVER JSONL) or the graph (GraphML, GEXF) as a file."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from foedus.serve.api_corpus import CODE, Day, EventType, Factual, Store, iso
from foedus.serve.errors import error_responses
from foedus.serve.guard import require_read

router = APIRouter(prefix="/api", tags=["export"], dependencies=[Depends(require_read)])


class Format(StrEnum):
    csv = "csv"
    parquet = "parquet"
    jsonl = "jsonl"
    graphml = "graphml"
    gexf = "gexf"


MEDIA = {
    Format.csv: "text/csv",
    Format.parquet: "application/vnd.apache.parquet",
    Format.jsonl: "application/x-ndjson",
    Format.graphml: "application/graphml+xml",
    Format.gexf: "application/gexf+xml",
}
_FILE = {"content": {m: {"schema": {"type": "string", "format": "binary"}} for m in MEDIA.values()}}


@router.get(
    "/export/{fmt}",
    response_class=FileResponse,
    responses={200: {"description": "the export file", **_FILE}} | error_responses(401, 422, 503),
)
def export(
    fmt: Format,
    store: Store,
    type: EventType = None,
    actor: Annotated[str | None, Query(pattern=CODE)] = None,
    recipient: Annotated[str | None, Query(pattern=CODE)] = None,
    start: Day = None,
    end: Day = None,
    factual: Factual = None,
    source: Annotated[str | None, Query(max_length=200)] = None,
) -> FileResponse:
    """Download the (filtered) events or the relations graph; graphs take only the date range."""
    fd, name = tempfile.mkstemp(prefix="foedus-export-", suffix=f".{fmt.value}")
    os.close(fd)
    filters = {"start": iso(start), "end": iso(end)}
    if fmt not in (Format.graphml, Format.gexf):
        filters |= {"types": [type] if type else None, "actor": actor, "recipient": recipient}
        filters |= {"factual": factual, "source": source}
    try:
        with store as corpus:
            corpus.export(name, fmt.value, **filters)
    except BaseException:
        os.unlink(name)
        raise
    stamp = dt.date.today().isoformat()
    return FileResponse(
        name,
        media_type=MEDIA[fmt],
        filename=f"foedus-{stamp}.{fmt.value}",
        background=BackgroundTask(os.unlink, name),
    )
