"""Versioned schema migrations: ``migrations/NNN_name.sql`` applied in order, once each."""

from __future__ import annotations

from pathlib import Path

import duckdb

MIGRATIONS = Path(__file__).parent / "migrations"


def migrations(directory: Path = MIGRATIONS) -> list[tuple[int, str, str]]:
    """``(version, name, sql)`` for every migration file, in version order."""
    out = []
    for path in sorted(directory.glob("*.sql")):
        version, _, name = path.stem.partition("_")
        out.append((int(version), name, path.read_text(encoding="utf-8")))
    return out


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest applied migration (0 for an empty database); reads only, so works read-only."""
    tables = {r[0] for r in con.execute("SHOW TABLES").fetchall()}
    if "schema_migrations" not in tables:
        return 0
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection, directory: Path = MIGRATIONS) -> list[int]:
    """Apply every pending migration, each in its own transaction; returns the versions applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    current = schema_version(con)
    applied = []
    for version, name, sql in migrations(directory):
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
