from pathlib import Path

import duckdb

from foedus.store.schema import migrate, migrations, schema_version


def test_migrations_apply_once_in_order(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "s.duckdb"))
    versions = [v for v, _, _ in migrations()]
    assert versions == sorted(versions) and versions[0] == 1
    assert migrate(con) == versions
    assert migrate(con) == []  # a second run applies nothing
    assert schema_version(con) == versions[-1]
    tables = {r[0] for r in con.execute("SHOW TABLES").fetchall()}
    assert {"documents", "sentences", "actors", "mentions", "event_mentions", "event_evidence", "attributions",
            "quantities", "commitments", "events", "schema_migrations"} <= tables  # fmt: skip


def test_a_new_migration_file_is_applied_after_the_shipped_ones(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "s.duckdb"))
    migrate(con)
    extra = tmp_path / "migrations"
    extra.mkdir()
    for version, name, sql in migrations():
        (extra / f"{version:03d}_{name}.sql").write_text(sql)
    (extra / "900_notes.sql").write_text("CREATE TABLE notes (id VARCHAR);")
    assert migrate(con, extra) == [900]
    assert con.execute("SELECT name FROM schema_migrations WHERE version = 900").fetchone() == ("notes",)
