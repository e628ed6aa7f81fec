"""`foedus code` and `foedus analyze`."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from foedus.cli.common import AllowPrivateOpt, RunReport, documents, output
from foedus.pipeline import default_pipeline
from foedus.records import Event, event_to_plover

Inputs = Annotated[
    list[str], typer.Argument(help="Files, directories, URLs, feeds, WARC files, '-' for stdin, or .jsonl files.")
]
DateOpt = Annotated[str | None, typer.Option("--date", help="Publication date YYYY-MM-DD where the input has none.")]
LangOpt = Annotated[str | None, typer.Option("--lang", help="Language code where detection should be skipped.")]
OutOpt = Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")]


class Format(StrEnum):
    jsonl = "jsonl"
    table = "table"


def register(app: typer.Typer) -> None:
    app.command("code")(code)
    app.command("analyze")(analyze)


def code(
    inputs: Inputs,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.jsonl,
    out: OutOpt = None,
    date: DateOpt = None,
    lang: LangOpt = None,
    factual: Annotated[
        bool | None,
        typer.Option(
            "--factual/--all",
            help="Only events asserted as fact (default for tables), or all events "
            "with their modality (default for JSONL).",
        ),
    ] = None,
    allow_private: AllowPrivateOpt = False,
) -> None:
    """Code PLOVER events: one JSON record per line, or a table."""
    report = RunReport()
    pipeline = default_pipeline()
    events: list[Event] = []
    with output(out) as fh:
        for doc in documents(inputs, report, date, lang, allow_private):
            for ev in pipeline(doc).events:
                if (factual if factual is not None else fmt is Format.table) and not ev.factual:
                    continue
                if fmt is Format.jsonl:
                    fh.write(json.dumps(event_to_plover(ev), ensure_ascii=False) + "\n")
                else:
                    events.append(ev)
        if fmt is Format.table:
            Console(file=fh, width=160).print(event_table(events))
    report.exit_if_nothing()


def analyze(
    inputs: Inputs,
    out: OutOpt = None,
    date: DateOpt = None,
    lang: LangOpt = None,
    allow_private: AllowPrivateOpt = False,
) -> None:
    """Print every layer of the analysis, one JSON object per document."""
    report = RunReport()
    pipeline = default_pipeline()
    with output(out) as fh:
        for doc in documents(inputs, report, date, lang, allow_private):
            d = pipeline(doc).to_dict()
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    report.exit_if_nothing()


def event_table(events: list[Event]) -> Table:
    """A readable table of events (factual first, modality shown)."""
    table = Table(show_lines=False)
    for col in ("date", "event", "mode", "actor", "recipient", "aux", "evidence"):
        table.add_column(col, overflow="fold")
    for ev in sorted(events, key=lambda e: (not e.factual, e.date or "")):
        table.add_row(
            ev.date or "",
            ev.event,
            ev.mode or "",
            ", ".join(str(a.code) for a in ev.actor),
            ", ".join(str(r.code) for r in ev.recipient),
            ",".join(ev.aux),
            _clip(ev.evidence[0].text if ev.evidence else "", 90),
        )
    return table


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
