"""Shared CLI plumbing: reading inputs with progress, reporting skips, output files."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import typer
from rich.console import Console

from foedus.ingest import Skipped, read_inputs
from foedus.records import Document

err = Console(stderr=True)


class RunReport:
    """Counts what a corpus run read and skipped, for the end-of-run summary and exit code."""

    def __init__(self) -> None:
        self.read = 0
        self.skipped: list[Skipped] = []

    def exit_if_nothing(self) -> None:
        if self.read == 0:
            err.print("[red]error:[/] no input could be processed")
            raise typer.Exit(1)

    def summary(self) -> str:
        return f"{self.read} read, {len(self.skipped)} skipped"


def documents(inputs: list[str], report: RunReport, date: str | None, lang: str | None) -> Iterator[Document]:
    """Documents from the inputs; each skip is reported on stderr in one line, naming the input."""
    for rec in read_inputs(inputs, date=date, lang=lang):
        if isinstance(rec, Skipped):
            report.skipped.append(rec)
            err.print(f"[yellow]skipped[/] {rec.source}: {rec.reason}", highlight=False)
        else:
            report.read += 1
            yield rec


@contextmanager
def output(path: Path | None) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
    else:
        with path.open("w", encoding="utf-8") as fh:
            yield fh
