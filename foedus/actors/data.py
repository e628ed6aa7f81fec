"""Load actor data files (``data/actors``): canonical actors, names per language, offices, role words.

Layout (every file TSV with ``#`` provenance/header lines):

- ``states.tsv``, ``igos.tsv``, ``people.tsv``, ``sources.tsv``, ``groups.tsv``: canonical actors,
  columns ``id kind code sector wikidata name`` (extra columns are ignored here);
- ``names/<lang>/*.tsv``: aliases, columns ``id alias type sector flags``;
- ``offices.tsv``: who held which office when, columns ``person code office start end``;
- ``successions.tsv``: states born in our period, columns ``code from before`` (the code before that date);
- ``roles/<lang>.tsv``: role words, columns ``word sector role offices alone``;
- ``people/*.tsv``: office holders in one compact row per term, columns
  ``id code sector office seat start end name variants surnames flags`` (see ``load_people``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from foedus.config import DATA_DIR
from foedus.errors import ConfigError
from foedus.records import Actor

ACTOR_FILES = ("states.tsv", "igos.tsv", "groups.tsv", "sources.tsv", "people.tsv")
KINDS = {"state", "igo", "person", "source", "group"}
# Compact people rows give Latin-script names, written alike in these languages' news.
PEOPLE_LANGS = ("en", "de", "fr", "es")


@dataclass(frozen=True)
class Alias:
    """One surface form of an actor in one language.

    ``type``: name | short | adj | demonym | capital | seat | person | surname | abbr | block.
    ``flags``: ``cs`` exact case only; ``ctx`` only when the actor is named more fully in the
    same document; ``amb`` also a common person name, rejected next to other capitalised names;
    ``noinfl`` no case endings.
    """

    actor_id: str
    text: str
    lang: str
    type: str = "name"
    sector: str | None = None
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Office:
    person: str
    code: str
    office: str
    start: str  # ISO date, "" = open
    end: str  # ISO date, "" = still in office


@dataclass(frozen=True)
class RoleWord:
    word: str
    sector: str | None
    role: str
    offices: tuple[str, ...] = ()  # office keys tried in order when a state and a date are known
    alone: str = ""  # names an actor by itself: "state" institution, "group" without country, "ngo"


def read_tsv(path: Path) -> Iterator[list[str]]:
    """Rows of a TSV data file, skipping ``#`` comment lines (headers and provenance)."""
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader((ln for ln in fh if ln.strip() and not ln.startswith("#")), delimiter="\t"):
            yield [c.strip() for c in row]


def _pad(row: list[str], n: int) -> list[str]:
    return (row + [""] * n)[:n]


@lru_cache(maxsize=4)
def load_actors(data_dir: Path = DATA_DIR) -> dict[str, Actor]:
    """All canonical actors by id."""
    actors: dict[str, Actor] = {}
    for fname in ACTOR_FILES:
        path = data_dir / "actors" / fname
        if not path.exists():
            continue
        for row in read_tsv(path):
            aid, kind, code, sector, wikidata, name = _pad(row, 6)
            if kind not in KINDS:
                raise ConfigError(f"actor {aid!r} has unknown kind {kind!r}", source=str(path))
            actors[aid] = Actor(id=aid, name=name, kind=kind, code=code or None,
                                sector=sector or None, wikidata=wikidata or None)  # fmt: skip
    for actor in load_people(data_dir)[0]:
        actors.setdefault(actor.id, actor)
    return actors


@lru_cache(maxsize=4)
def load_alias_records(data_dir: Path = DATA_DIR) -> tuple[Alias, ...]:
    """Every alias of every language (``names/<lang>/*.tsv``)."""
    out = []
    for path in sorted((data_dir / "actors" / "names").glob("*/*.tsv")):
        lang = path.parent.name
        for row in read_tsv(path):
            aid, text, typ, sector, flags = _pad(row, 5)
            if aid and text:
                out.append(Alias(aid, text, lang, typ or "name", sector or None,
                                 _flags(flags)))  # fmt: skip
    out += load_people(data_dir)[2]
    return tuple(out)


def _flags(text: str) -> frozenset[str]:
    return frozenset(f for f in text.replace(" ", ",").split(",") if f)


def load_aliases(data_dir: Path = DATA_DIR) -> list[tuple[str, str, str]]:
    """``(alias, actor id, language)`` for every alias (blocking entries excluded)."""
    return [(a.text, a.actor_id, a.lang) for a in load_alias_records(data_dir) if a.type != "block"]


@lru_cache(maxsize=4)
def load_offices(data_dir: Path = DATA_DIR) -> tuple[Office, ...]:
    path = data_dir / "actors" / "offices.tsv"
    rows = tuple(Office(*_pad(row, 5)) for row in read_tsv(path)) if path.exists() else ()
    return rows + load_people(data_dir)[1]


@lru_cache(maxsize=4)
def load_people(data_dir: Path = DATA_DIR) -> tuple[tuple[Actor, ...], tuple[Office, ...], tuple[Alias, ...]]:
    """Actors, office terms and Latin-script aliases from the compact ``people/*.tsv`` files.

    One row per term: ``id code sector office seat start end name variants surnames flags``.
    ``seat`` defaults to ``code`` (an organisation id for its officers, a group id for rebel leaders);
    ``sector`` defaults to GOV. A person's later rows may leave the name columns empty. ``variants``
    are other full names and ``surnames`` the short forms news uses alone ("Mubarak"), both ``|``-separated;
    ``flags`` apply to the surnames (``ctx`` only with the full name in the document, ``cs``, ``amb``).
    """
    actors: dict[str, Actor] = {}
    offices: list[Office] = []
    aliases: list[Alias] = []
    for path in sorted((data_dir / "actors" / "people").glob("*.tsv")):
        for row in read_tsv(path):
            pid, code, sector, office, seat, start, end, name, more, surnames, flags = _pad(row, 11)
            if not pid or not code:
                raise ConfigError(f"people row without id or code: {row!r}", source=str(path))
            if office:
                offices.append(Office(pid, seat or code, office, start, end))
            if pid not in actors and name:
                actors[pid] = Actor(id=pid, name=name, kind="person", code=code, sector=sector or "GOV")
            for lang in PEOPLE_LANGS:
                aliases += [Alias(pid, n, lang, "person") for n in [name, *more.split("|")] if n]
                aliases += [Alias(pid, n, lang, "surname", None, _flags(flags)) for n in surnames.split("|") if n]
    return tuple(actors.values()), tuple(offices), tuple(aliases)


@dataclass(frozen=True)
class Succession:
    code: str
    start: str  # ISO date the state came into being
    before: str  # code of the state the territory belonged to until then


@lru_cache(maxsize=4)
def load_successions(data_dir: Path = DATA_DIR) -> dict[str, Succession]:
    """States that split off within our period, by code (``successions.tsv``)."""
    path = data_dir / "actors" / "successions.tsv"
    if not path.exists():
        return {}
    out = {}
    for row in read_tsv(path):
        code, start, before = _pad(row, 3)
        if not (code and start and before):
            raise ConfigError(f"succession row needs code, date and predecessor: {row!r}", source=str(path))
        out[code] = Succession(code, start, before)
    return out


@lru_cache(maxsize=4)
def load_roles(data_dir: Path = DATA_DIR) -> dict[str, dict[str, RoleWord]]:
    """Role words per language: ``{lang: {matching key: RoleWord}}``; ``<lang>.<topic>.tsv`` files add to ``<lang>``."""
    from foedus.actors.normalize import key_of

    out: dict[str, dict[str, RoleWord]] = {}
    for path in sorted((data_dir / "actors" / "roles").glob("*.tsv")):
        table = out.setdefault(path.name.split(".")[0], {})
        for row in read_tsv(path):
            word, sector, role, offices, alone = _pad(row, 5)
            if word:
                table[key_of(word)] = RoleWord(word, sector or None, role, tuple(o for o in offices.split("|") if o),
                                               alone)  # fmt: skip
    return out
