"""Site furniture (navigation, sharing, comment and related-link blocks) from per-language data files."""

from __future__ import annotations

import re
from functools import lru_cache

from foedus.records import Repair
from foedus.text.data import Furniture, load_furniture

PREFIX_MAX_WORDS = 25
TAIL_SHARE = 0.6  # a "cut" heading only starts the tail in the last 40% of the paragraphs
_TRIM = " \t:：;.…!»>|-–—•·*#"


def _key(text: str) -> str:
    return " ".join(text.lower().split()).strip(_TRIM)


class FurnitureFilter:
    """Removes furniture paragraphs; built once from the data files of every shipped language."""

    def __init__(self, entries: tuple[Furniture, ...] | None = None) -> None:
        entries = entries if entries is not None else load_furniture()
        self.lines: dict[str, Furniture] = {}
        prefixes: dict[str, Furniture] = {}
        for e in entries:
            if e.action == "prefix":
                prefixes.setdefault(e.phrase.lower(), e)
            else:
                self.lines.setdefault(_key(e.phrase), e)
        self.prefixes = prefixes
        alternatives = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
        self._prefix = re.compile(rf"^\W{{0,3}}(?P<p>{alternatives})(?!\w)", re.I) if prefixes else None

    def __call__(self, paragraphs: list[str], repairs: list[Repair]) -> list[str]:
        """The paragraphs without furniture; each removal is appended to ``repairs``."""
        kept: list[str] = []
        n = len(paragraphs)
        for i, para in enumerate(paragraphs):
            entry = self.lines.get(_key(para))
            if entry and entry.action == "cut" and i >= 1 and i >= n * TAIL_SHARE:
                why = f"page tail from {entry.lang} furniture heading {para.strip()!r}"
                repairs.extend(Repair("boilerplate", p, why) for p in paragraphs[i:])
                break
            if entry and entry.action == "line":
                repairs.append(Repair("boilerplate", para, f"{entry.lang} site furniture line"))
                continue
            match = self._match_prefix(para)
            if match:
                repairs.append(
                    Repair("boilerplate", para, f"{match.lang} site furniture line starting {match.phrase!r}")
                )
                continue
            kept.append(para)
        while kept and (entry := self.lines.get(_key(kept[-1]))) is not None:
            repairs.append(Repair("boilerplate", kept.pop(), f"trailing {entry.lang} site furniture"))
        return kept

    def _match_prefix(self, para: str) -> Furniture | None:
        if self._prefix is None or para.count(" ") >= PREFIX_MAX_WORDS:
            return None
        m = self._prefix.match(para)
        return self.prefixes.get(m.group("p").lower()) if m else None


@lru_cache(maxsize=1)
def default_filter() -> FurnitureFilter:
    return FurnitureFilter()
