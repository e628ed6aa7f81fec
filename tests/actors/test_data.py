"""The actor data files: complete, consistent, and loadable by generic code."""

from __future__ import annotations

from pathlib import Path

from foedus.actors.data import load_actors, load_alias_records, load_offices, load_people, load_roles, read_tsv
from foedus.config import DATA_DIR

LANGUAGES = ("en", "de", "fr", "es", "ru", "uk", "ar")
SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL",
           "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}  # fmt: skip
NONSTATE_CODES = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}


def test_every_un_member_and_observer_is_a_state() -> None:
    actors = load_actors()
    sovereign = [a for a in actors.values() if a.kind == "state" and a.id == a.code]
    assert len(sovereign) >= 193 + 2  # UN members, Holy See, Palestine
    for code in ("RUS", "PRK", "USA", "UKR", "VAT", "PSE", "TWN", "XKX"):
        assert actors[code].kind == "state" and actors[code].wikidata


def test_codes_and_sectors_are_plover() -> None:
    actors = load_actors()
    states = {a.code for a in actors.values() if a.kind == "state"}
    for a in actors.values():
        assert a.sector is None or a.sector in SECTORS, a
        if a.code:
            assert a.code in states or a.code in NONSTATE_CODES, a
    assert actors["UN"].code == "UNO" and actors["EU"].code == "EUR" and actors["NATO"].code == "IGO"
    assert actors["ABKH"].code == "GEO" and actors["ABKH"].sector == "PRE"


def test_aliases_name_known_actors_in_every_language() -> None:
    actors = load_actors()
    aliases = load_alias_records()
    for a in aliases:
        assert a.actor_id in actors or a.type == "block", a
        assert a.sector is None or a.sector in SECTORS, a
    for lang in LANGUAGES:
        have = {a.actor_id for a in aliases if a.lang == lang}
        assert {"RUS", "PRK", "USA", "UKR", "CHN", "NATO", "UN", "EU"} <= have, lang
        assert sum(1 for a in aliases if a.lang == lang and actors.get(a.actor_id, None) and a.type == "name") >= 190


def test_offices_and_roles_are_consistent() -> None:
    actors = load_actors()
    offices = load_offices()
    assert offices
    keys = {o.office for o in offices}
    for o in offices:
        assert o.person in actors and actors[o.person].kind == "person", o
        assert not o.end or o.start <= o.end, o
    roles = load_roles()
    assert set(LANGUAGES) <= set(roles)
    for table in roles.values():
        for rw in table.values():
            assert rw.sector is None or rw.sector in SECTORS, rw
            assert set(rw.offices) <= keys | {"leader", "supreme_leader", "king", "chancellor"}, rw


def test_every_data_file_has_a_provenance_header() -> None:
    for path in (DATA_DIR / "actors").rglob("*.tsv"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# "), path
        assert list(read_tsv(path)), path


def test_a_new_language_is_a_data_change(tmp_path: Path) -> None:
    """Adding names/<lang>/x.tsv makes the tagger know a new language with no code change."""
    import shutil

    from foedus.actors.tagger import ActorTagger
    from foedus.config import Config

    shutil.copytree(DATA_DIR / "actors", tmp_path / "actors")
    (tmp_path / "actors" / "names" / "it").mkdir()
    (tmp_path / "actors" / "names" / "it" / "states.tsv").write_text(
        "# it: test names, written by foedus.\nRUS\tRussia\tname\t\t\nRUS\trussi\tadj\t\t\n", encoding="utf-8"
    )
    (tmp_path / "actors" / "roles" / "it.tsv").write_text("# it roles\nmilitari\tMIL\ttroops\t\n", encoding="utf-8")
    tagger = ActorTagger(Config(data_dir=tmp_path))
    (m,) = tagger.tag("i militari russi")
    assert (m.text, m.actor.id, m.sector) == ("militari russi", "RUS", "MIL")
    assert ActorTagger().tag("i militari russi") == []  # the shipped data has no Italian


def test_a_new_office_holder_is_a_data_change(tmp_path: Path) -> None:
    """A row in people/*.tsv gives a person, its names and its term, with no code change."""
    import shutil

    from foedus.actors.tagger import ActorTagger
    from foedus.config import Config

    shutil.copytree(DATA_DIR / "actors", tmp_path / "actors")
    (tmp_path / "actors" / "people" / "test.tsv").write_text(
        "# test people, written by foedus.\n"
        "quill\tISL\t\tpresident\t\t2030-01-01\t2034-12-31\tAda Quill\tAda B. Quill\tQuill\t\n"
        "quill\tISL\t\tforeign_minister\t\t2026-01-01\t2029-12-31\t\t\t\t\n",
        encoding="utf-8",
    )
    tagger = ActorTagger(Config(data_dir=tmp_path))
    assert [m.actor.id for m in tagger.tag("Quill met Ada B. Quill.", "2031-01-01")] == ["quill", "quill"]
    (m,) = tagger.tag("Iceland's president spoke.", "2031-05-01", "en")
    assert (m.actor.id, m.sector) == ("quill", "GOV")
    (m,) = tagger.tag("Iceland's foreign minister spoke.", "2027-05-01", "en")
    assert m.actor.id == "quill"
    (m,) = tagger.tag("Quill spoke.", "2040-01-01", "en")
    assert m.sector == "ELI"  # after every term: a former official
    assert "quill" not in load_actors()  # the shipped data is untouched


def test_compact_people_rows_are_complete() -> None:
    actors, offices, aliases = load_people()
    assert len(actors) >= 600
    assert {"kabbah", "mandela", "boutros_ghali", "savimbi", "rabin"} <= {a.id for a in actors}
    every = load_actors()
    for o in offices:
        assert o.person in every and o.start, o
        assert len(o.start) == 10 and (not o.end or len(o.end) == 10), o
    for a in aliases:
        assert a.type in ("person", "surname") and a.text.strip() == a.text, a
    for table in load_roles().values():
        assert {rw.alone for rw in table.values()} <= {"", "state", "group", "ngo"}
