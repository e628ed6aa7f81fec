"""Per-language trigger and modality lexicons (``data/lexicons/<lang>/``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from foedus.actors.data import read_tsv


@dataclass(frozen=True)
class Trigger:
    phrase: str
    event: str
    mode: str | None
    context: str | None


@dataclass
class Lexicon:
    triggers: list[Trigger]
    trigger_re: re.Pattern[str] | None
    modality: list[tuple[re.Pattern[str], str]]

    def find_triggers(self, text: str) -> list[tuple[re.Match[str], Trigger]]:
        if self.trigger_re is None:
            return []
        return [(m, self.triggers[int(m.lastgroup[1:])]) for m in self.trigger_re.finditer(text)]  # type: ignore[index]


@lru_cache(maxsize=32)
def load_lexicon(data_dir: Path, lang: str) -> Lexicon:
    """The lexicon for ``lang``; an empty one when the language has none."""
    base = data_dir / "lexicons" / lang
    triggers: list[Trigger] = []
    if (base / "triggers.tsv").exists():
        for row in read_tsv(base / "triggers.tsv"):
            row = row + [""] * 4
            triggers.append(Trigger(row[0].lower(), row[1], row[2] or None, row[3] or None))
    parts = [f"(?P<t{i}>(?<!\\w){_phrase(t.phrase)}\\w*)" for i, t in enumerate(triggers)]
    trigger_re = re.compile("|".join(parts), re.I) if parts else None
    modality = []
    if (base / "modality.tsv").exists():
        for row in read_tsv(base / "modality.tsv"):
            modality.append((re.compile(f"(?<!\\w){_phrase(row[0])}(?!\\w)", re.I), row[1]))
    return Lexicon(triggers, trigger_re, modality)


def _phrase(p: str) -> str:
    return re.escape(p).replace(r"\ ", r"\s+")
