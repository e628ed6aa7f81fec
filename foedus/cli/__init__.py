"""The command-line interface: parse, call the library, render. No logic of its own."""

from __future__ import annotations

import typer

from foedus.cli import actors as _actors
from foedus.cli import code as _code
from foedus.cli import corpus as _corpus
from foedus.cli import evaluation as _evaluation
from foedus.cli import serve as _serve

app = typer.Typer(
    name="foedus",
    help="Turn news into political event data (PLOVER): who did what to whom, when, and who says so.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
for _module in (_code, _evaluation, _actors, _corpus, _serve):
    _module.register(app)


def main() -> None:
    app()
