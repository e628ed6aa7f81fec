"""Load the per-language text data (``data/text/<lang>/``) once per process."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR

TEXT_DIR = DATA_DIR / "text"
FURNITURE_ACTIONS = ("line", "prefix", "cut")


@dataclass(frozen=True)
class LanguageData:
    """What segmentation and the cheap language check know about one language."""

    code: str
    script: str = "latin"
    ordinal_dot: bool = False
    letters: str = ""
    function_words: frozenset[str] = field(default_factory=frozenset)
    months: frozenset[str] = field(default_factory=frozenset)
    abbreviations: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Furniture:
    """One site-furniture phrase of one language and what to do when it is found."""

    phrase: str
    action: str
    lang: str


@lru_cache(maxsize=4)
def load_languages(text_dir: Path = TEXT_DIR) -> dict[str, LanguageData]:
    """Every ``<lang>/language.yaml`` under ``text_dir``, by language code."""
    out = {}
    for path in sorted(text_dir.glob("*/language.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        code = path.parent.name
        out[code] = LanguageData(
            code=code,
            script=str(raw.get("script", "latin")),
            ordinal_dot=bool(raw.get("ordinal_dot", False)),
            letters=str(raw.get("letters", "")),
            function_words=frozenset(str(w).lower() for w in raw.get("function_words", [])),
            months=frozenset(str(m).lower() for m in raw.get("months", [])),
            abbreviations=frozenset(str(a).lower() for a in raw.get("abbreviations", [])),
        )
    return out


@lru_cache(maxsize=4)
def load_furniture(text_dir: Path = TEXT_DIR) -> tuple[Furniture, ...]:
    """Every ``<lang>/furniture.tsv`` row; an unknown action is a data error, reported with its file."""
    out = []
    for path in sorted(text_dir.glob("*/furniture.tsv")):
        for row in read_tsv(path):
            if len(row) < 2 or not row[0]:
                continue
            if row[1] not in FURNITURE_ACTIONS:
                raise ValueError(f"{path}: unknown furniture action {row[1]!r} for {row[0]!r}")
            out.append(Furniture(phrase=row[0], action=row[1], lang=path.parent.name))
    return tuple(out)
