"""`foedus actors` (mentions in a text or file) and `foedus actor` (look one actor up)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from foedus.actors.lookup import ActorInfo, find_actors
from foedus.cli.common import RunReport, documents, err
from foedus.records import Document, Mention, to_dict

console = Console(width=160)


def register(app: typer.Typer) -> None:
    app.command("actors")(actors_cmd)
    app.command("actor")(actor_cmd)


def actors_cmd(
    source: Annotated[str, typer.Argument(help="A text, a file or directory, or '-' for stdin.")],
    date: Annotated[str | None, typer.Option("--date", help="Document date YYYY-MM-DD (picks office holders).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per mention.")] = False,
) -> None:
    """Print the actor mentions found in a text or file, resolved to canonical actors."""
    from foedus.actors.tagger import ActorTagger
    from foedus.config import Config
    from foedus.pipeline import Pipeline
    from foedus.text.stage import TextStage

    config = Config()
    pipeline = Pipeline(config, stages=[TextStage(config), ActorTagger(config)])
    report = RunReport()
    if source == "-" or Path(source).exists():
        docs = list(documents([source], report, date, None))
        report.exit_if_nothing()
    else:
        docs = [Document(id="text", text=source, raw=source, date=date, source="argument")]
    for doc in docs:
        mentions = pipeline(doc).mentions
        if as_json:
            for m in mentions:
                print(json.dumps({"doc_id": doc.id, **to_dict(m)}, ensure_ascii=False))
        else:
            console.print(mention_table(mentions, title=doc.source or doc.id))


def mention_table(mentions: list[Mention], title: str = "") -> Table:
    t = Table(title=f"{title}: {len(mentions)} mentions")
    for col in ("span", "text", "actor", "kind", "code", "sector", "role", "score"):
        t.add_column(col)
    for m in mentions:
        t.add_row(f"{m.start}-{m.end}", m.text, f"{m.actor.name} ({m.actor.id})", m.actor.kind, m.actor.code or "",
                  m.sector or "", m.role or "", f"{m.score:.2f}")  # fmt: skip
    return t


def actor_cmd(
    name: Annotated[str, typer.Argument(help="An actor id (RUS, NATO, putin), a code, or a name in any language.")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    db: Annotated[
        Path | None, typer.Option("--db", help="A corpus store: add partners and adversaries from its events.")
    ] = None,
) -> None:
    """Look an actor up: codes, names per language, offices held (and, with --db, partners and adversaries)."""
    infos = find_actors(name)
    if not infos:
        err.print(f"[red]error:[/] no actor known as {name!r}")
        raise typer.Exit(1)
    if db is not None:
        from foedus.cli.corpus import add_relations

        add_relations(infos, db)
    for info in infos:
        if as_json:
            print(json.dumps(info.to_dict(), ensure_ascii=False))
        else:
            render_actor(info)


def render_actor(info: ActorInfo) -> None:
    """A readable card of one actor; extension facts (``info.extra``) are listed at the end."""
    a = info.actor
    t = Table(title=f"{a.name} ({a.id})", show_header=False)
    t.add_column("field")
    t.add_column("value")
    for k, v in (("kind", a.kind), ("code", a.code), ("sector", a.sector), ("wikidata", a.wikidata)):
        t.add_row(k, v or "")
    for lang, names in sorted(info.names.items()):
        t.add_row(f"names {lang}", ", ".join(names))
    for o in info.offices:
        t.add_row("office", f"{o.office} ({o.code}) {o.start or '…'} – {o.end or 'today'}")
    for k, v in info.extra.items():
        t.add_row(k, json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v)
    console.print(t)
