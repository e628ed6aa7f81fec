"""Load actor data files (``data/actors``): canonical actors and per-language aliases."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from foedus.config import DATA_DIR
from foedus.records import Actor


def read_tsv(path: Path) -> Iterator[list[str]]:
    """Rows of a TSV data file, skipping ``#`` comment lines (headers and provenance)."""
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader((ln for ln in fh if ln.strip() and not ln.startswith("#")), delimiter="\t"):
            yield [c.strip() for c in row]


@lru_cache(maxsize=4)
def load_actors(data_dir: Path = DATA_DIR) -> dict[str, Actor]:
    """All canonical actors by id."""
    actors = {}
    for row in read_tsv(data_dir / "actors" / "actors.tsv"):
        aid, kind, code, sector, wikidata, name = (row + [""] * 6)[:6]
        actors[aid] = Actor(id=aid, name=name, kind=kind, code=code or None,
                            sector=sector or None, wikidata=wikidata or None)  # fmt: skip
    return actors


def load_aliases(data_dir: Path = DATA_DIR) -> list[tuple[str, str, str]]:
    """``(alias, actor id, language)`` for every alias file ``names/<lang>.tsv``."""
    out = []
    for path in sorted((data_dir / "actors" / "names").glob("*.tsv")):
        for row in read_tsv(path):
            if len(row) >= 2:
                out.append((row[1], row[0], path.stem))
    return out
