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


def test_a_store_of_an_older_version_is_migrated_on_open(tmp_path: Path) -> None:
    from foedus.store.corpus import Corpus

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    old = tmp_path / "v1"
    old.mkdir()
    version, name, sql = migrations()[0]
    (old / f"{version:03d}_{name}.sql").write_text(sql)
    migrate(con, old)
    con.close()
    with Corpus(db, read_only=True) as corpus:  # a reader migrates an older store once, then reads
        assert corpus.stats()["schema_version"] == migrations()[-1][0] > 1
        assert corpus.events() == []
        cols = {r[0] for r in corpus.con.execute("DESCRIBE event_mentions").fetchall()}
        assert "dated_by_publication" in cols


def test_a_store_from_a_newer_foedus_is_refused(tmp_path: Path) -> None:
    import pytest

    from foedus.errors import StoreError
    from foedus.store.corpus import Corpus

    db = tmp_path / "new.duckdb"
    with Corpus(db) as corpus:
        corpus.con.execute("INSERT INTO schema_migrations (version, name) VALUES (999, 'future')")
    with pytest.raises(StoreError, match="newer foedus"):
        Corpus(db, read_only=True)
