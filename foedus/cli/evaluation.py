"""`foedus eval` and `foedus bench`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from foedus import evaluate
from foedus.cli.common import err
from foedus.errors import DataUnavailable


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_cmd)
    app.command("bench")(bench_cmd)


def eval_cmd(
    name: Annotated[str, typer.Argument(help=f"Gold set: {', '.join(sorted(evaluate.SETS))}, or 'all'.")],
    data: Annotated[
        Path | None, typer.Option("--data", help="Folder of the gold sets (default ../shared/eval).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Measure quality on a gold set; skips cleanly when the data is absent."""
    names = sorted(evaluate.SETS) if name == "all" else [name]
    for n in names:
        try:
            report = evaluate.run(n, data)
        except DataUnavailable as exc:
            err.print(f"[yellow]skipped[/] eval {n}: {exc}")
            continue
        if as_json:
            print(json.dumps(report.__dict__, ensure_ascii=False))
        else:
            render_report(report)


def render_report(report: evaluate.Report) -> None:
    console = Console(width=140)
    head = Table(title=f"eval {report.name}")
    head.add_column("metric")
    head.add_column("value", justify="right")
    for k, v in report.metrics.items():
        head.add_row(k, f"{v}")
    console.print(head)
    for title, rows in report.tables.items():
        if not rows:
            continue
        t = Table(title=title)
        for col in rows[0]:
            t.add_column(str(col), justify="right" if col != "label" else "left")
        for row in rows:
            t.add_row(*(str(v) for v in row.values()))
        console.print(t)
    for note in report.notes:
        console.print(f"[dim]{note}[/]")


def bench_cmd(
    docs: Annotated[int, typer.Option("--docs", help="Documents in the generated corpus.")] = 300,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Throughput (docs/s, sentences/s on one core) and peak memory, per stage."""
    from foedus.bench import render, run_bench

    result = run_bench(n_docs=docs)
    print(json.dumps(result)) if as_json else render(result)
