"""`foedus serve`: the REST API and the web workbench."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Annotated

import typer

from foedus.cli.common import err
from foedus.serve.settings import DEFAULT_MAX_BODY, TOKEN_ENV, ServeSettings, token_from_env


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    db: Annotated[
        Path | None, typer.Option("--db", help="The corpus store to serve (default: ./foedus.duckdb if present).")
    ] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; localhost by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535)] = 8000,
    token: Annotated[
        str | None, typer.Option("--token", help=f"Token for writing endpoints (default: ${TOKEN_ENV}).")
    ] = None,
    max_body: Annotated[int, typer.Option("--max-body", min=1, help="Largest request body, bytes.")] = DEFAULT_MAX_BODY,
) -> None:
    """Serve the REST API (docs at /docs) and the web workbench."""
    import uvicorn

    from foedus.serve import create_app
    from foedus.store import DEFAULT_DB

    if db is None and Path(DEFAULT_DB).exists():
        db = Path(DEFAULT_DB)  # the store `foedus ingest` builds here by default
    settings = ServeSettings(db=db, host=host, port=port, token=token_from_env(token), max_body=max_body)
    if not settings.local_only and settings.token is None:
        err.print(
            f"[red]error:[/] listening on {host} exposes the corpus: set --token or {TOKEN_ENV}",
            soft_wrap=True,
            highlight=False,
        )
        raise typer.Exit(2)
    if db is not None and not db.exists():
        err.print(
            f"[red]error:[/] {db}: no such store (build one with `foedus ingest INPUT --db {db}`)",
            soft_wrap=True,
            highlight=False,
        )
        raise typer.Exit(2)
    sock = _bind(host, port)
    settings = ServeSettings(db=db, host=host, port=sock.getsockname()[1], token=settings.token, max_body=max_body)
    writes = "writing enabled (token set)" if settings.token else f"read-only (set --token or {TOKEN_ENV} to write)"
    store = f"store {db}" if db else "no store: analysis only (--db FILE to serve a corpus)"
    where = f"foedus workbench: {settings.address}  API docs: {settings.address}docs"
    typer.echo(f"{where}  [{store}; {writes}]  (Ctrl-C stops it)")
    config = uvicorn.Config(create_app(settings), log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])


def _bind(host: str, port: int) -> socket.socket:
    """Bind before starting so a busy port gets a one-line message, not a traceback."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        err.print(
            f"[red]error:[/] cannot listen on {host}:{port}: {exc.strerror or exc}", soft_wrap=True, highlight=False
        )
        raise typer.Exit(2) from None
    sock.set_inheritable(True)
    return sock
