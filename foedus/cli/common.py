"""Shared CLI plumbing: reading inputs with a progress bar, reporting skips and duplicates, output files."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from foedus.errors import FoedusError
from foedus.ingest import IngestOptions, Skipped, read_inputs
from foedus.records import Document
from foedus.text.neardup import Duplicate, DuplicateIndex

err = Console(stderr=True, soft_wrap=True)  # one message, one line

AllowPrivateOpt = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Let URLs and feeds reach loopback, private and link-local addresses (refused by default).",
    ),
]


class RunReport:
    """Counts what a corpus run read, skipped and found duplicated, for the summary and exit code."""

    def __init__(self) -> None:
        self.read = 0
        self.skipped: list[Skipped] = []
        self.duplicates: list[Duplicate] = []

    def exit_if_nothing(self) -> None:
        if self.read == 0:
            err.print("[red]error:[/] no input could be processed")
            raise typer.Exit(1)

    def summary(self) -> str:
        """One line: read, skipped (by reason), exact and near duplicates."""
        parts = [f"{self.read} read", f"{len(self.skipped)} skipped"]
        if self.skipped:
            reasons = Counter(_reason_kind(s.reason) for s in self.skipped)
            parts[-1] += " (" + "; ".join(f"{n}× {r}" for r, n in reasons.most_common()) + ")"
        kinds = Counter(d.kind for d in self.duplicates)
        parts.append(f"{kinds['exact']} exact duplicates")
        parts.append(f"{kinds['near']} near duplicates")
        return ", ".join(parts)


def _reason_kind(reason: str) -> str:
    """A short group name for a skip reason ("HTTP 404" and "HTTP 500" stay apart; paths do not matter)."""
    return reason.split(" (")[0].split(":")[0][:60]


def documents(
    inputs: list[str], report: RunReport, date: str | None, lang: str | None, allow_private: bool = False
) -> Iterator[Document]:
    """Documents from the inputs, with a progress bar on a terminal; each skip is reported on stderr in
    one line naming the input; duplicates are marked in ``doc.meta``; a summary line ends the run."""
    index = DuplicateIndex()
    options = IngestOptions(allow_private=allow_private)
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    ) as progress:  # fmt: skip
        task = progress.add_task("reading", total=None)
        for rec in read_inputs(inputs, date=date, lang=lang, options=options):
            if isinstance(rec, Skipped):
                report.skipped.append(rec)
                progress.console.print(f"[yellow]skipped[/] {rec.source}: {rec.reason}", highlight=False)
            else:
                report.read += 1
                dup = index.add(rec.id, rec.text)
                if dup is not None:
                    report.duplicates.append(dup)
                    rec.meta[f"{dup.kind}_duplicate_of"] = dup.of
                    rec.meta["duplicate_similarity"] = dup.similarity
                yield rec
            progress.update(task, description=f"{report.read} read, {len(report.skipped)} skipped")
    err.print(report.summary(), highlight=False)


@contextmanager
def output(path: Path | None) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
    else:
        with path.open("w", encoding="utf-8") as fh:
            yield fh


@contextmanager
def exit_on_error(code: int = 2) -> Iterator[None]:
    """Turn a FoedusError into a one-line message and exit ``code`` (the CLI's one error path)."""
    try:
        yield
    except FoedusError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(code) from exc
