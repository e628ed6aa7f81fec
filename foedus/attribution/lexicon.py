"""Per-language attribution data (``data/attribution/<lang>/*.tsv``), loaded once and compiled.

Each language folder holds ``cues.tsv`` (speech verbs and source cues),
``words.tsv`` (complementizers, pronouns, publication nouns...),
``numbers.tsv``, ``quantities.tsv`` (bounds, units, counted things) and
``dates.tsv``. Adding a language is adding a folder.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR


@dataclass(frozen=True)
class Cue:
    """A compiled cue: ``kind`` speech | cites | relays; ``scope`` sentence | back | document."""

    pattern: str
    kind: str
    scope: str
    regex: re.Pattern[str]
    slot_at_end: bool  # the source follows the cue with no closing words ("laut {X}")


@dataclass
class Lexicon:
    """Everything attribution needs for one language."""

    lang: str
    cues: list[Cue] = field(default_factory=list)
    words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    numbers: dict[str, tuple[float, str]] = field(default_factory=dict)
    bounds: dict[str, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    counted: dict[str, str] = field(default_factory=dict)
    dates: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    ago: list[str] = field(default_factory=list)
    cased_dates: bool = False  # month/weekday names are capitalised (en, de): lower-case ones are other words

    def is_word(self, word: str, cls: str) -> bool:
        return word.lower() in self.words.get(cls, ())


def alternation(words: list[str] | set[str] | dict[str, object]) -> str:
    """A regex alternation of literal phrases, longest first, inner spaces flexible."""
    parts = sorted({str(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts if p)


def compile_cue(pattern: str, kind: str, scope: str) -> Cue:
    """``laut {X}`` / ``wie in {X} angegeben`` / ``stellte ... klar`` as one regex with groups X and G."""
    body = re.escape(pattern).replace(r"\ ", r"\s+")
    body = body.replace(r"\.\.\.\s+", r"(?P<G>(?:[\w\-’']+\s+){0,4}?)")
    slot_at_end = pattern.endswith("{X}")
    if r"\{X\}" in body:
        head, tail = body.split(r"\{X\}")
        if tail:
            # A bounded slot: up to 100 characters of one clause (brackets allowed: "(ISW)").
            body = f'{head}(?P<X>[^,.;:!?\\n«»„“”"]{{1,100}}?){tail}'
        else:
            body = f"{head.removesuffix(chr(92) + 's+')}(?=\\s)(?P<X>)"
    if body.startswith(r"\s+"):
        body = body[3:]
    regex = re.compile(rf"(?<!\w){body}(?!\w)" if not slot_at_end else rf"(?<!\w){body}", re.I)
    return Cue(pattern, kind, scope, regex, slot_at_end)


_CLAUSE_MARKS = ',.;:!?\n«»„“”"'


class CueIndex:
    """One pass over the text for many cues: an alternation of each cue's first word, then the
    cue's own regex is tried only where its first word occurs (cues starting with {X} are scanned apart)."""

    def __init__(self, cues: list[Cue]) -> None:
        self.by_word: dict[str, list[Cue]] = defaultdict(list)
        self.slot_first = [c for c in cues if c.pattern.startswith("{X}")]
        for c in cues:
            if not c.pattern.startswith("{X}"):
                self.by_word[c.pattern.split()[0].lower()].append(c)
        self.tails = [(c, re.compile(rf"\s+{alternation([c.pattern[3:].strip()])}(?!\w)", re.I))
                      for c in self.slot_first]  # fmt: skip
        alt = alternation(self.by_word)
        self.first = re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.I) if alt else None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[Cue, re.Match[str]]]:
        """Every (cue, match) in ``text[start:end]``, in text order, longest cue first at one position."""
        end = len(text) if end is None else end
        out: list[tuple[Cue, re.Match[str]]] = []
        if self.first is not None:
            for w in self.first.finditer(text, start, end):
                cands = [(c, c.regex.match(text, w.start(), end)) for c in self.by_word[w.group().lower()]]
                hits = [(c, m) for c, m in cands if m]
                if hits:
                    out.append(max(hits, key=lambda h: h[1].end() - h[1].start()))
        for c, tail in self.tails:
            for t in tail.finditer(text, start, end):
                # the source is the clause before the tail word ("US-Beamten zufolge"): match from its start
                lo = max(start, t.start() - 100, *(text.rfind(ch, 0, t.start()) + 1 for ch in _CLAUSE_MARKS))
                while lo < t.start() and text[lo].isspace():
                    lo += 1
                m = c.regex.match(text, lo, t.end())
                if m:
                    out.append((c, m))
        return sorted(out, key=lambda h: h[1].start())


def _load(lang_dir: Path) -> Lexicon:
    lex = Lexicon(lang=lang_dir.name)
    if (lang_dir / "cues.tsv").exists():
        for row in read_tsv(lang_dir / "cues.tsv"):
            pattern, kind, scope = [*row, "", "speech", "sentence"][:3]
            lex.cues.append(compile_cue(pattern, kind, scope or "sentence"))
    if (lang_dir / "words.tsv").exists():
        for row in read_tsv(lang_dir / "words.tsv"):
            lex.words[row[1]].add(row[0].lower())
    if (lang_dir / "numbers.tsv").exists():
        for row in read_tsv(lang_dir / "numbers.tsv"):
            lex.numbers[row[0].lower()] = (float(row[1]), row[2])
    if (lang_dir / "quantities.tsv").exists():
        for row in read_tsv(lang_dir / "quantities.tsv"):
            surface, kind, value = [*row, "", "", ""][:3]
            {"bound": lex.bounds, "unit": lex.units, "counted": lex.counted}[kind][surface.lower()] = value
    if (lang_dir / "dates.tsv").exists():
        for row in read_tsv(lang_dir / "dates.tsv"):
            surface, kind, value = [*row, "", "", ""][:3]
            if kind == "month" and surface[:1].isupper():
                lex.cased_dates = True
            if kind == "ago":
                lex.ago.append(surface)
            else:
                lex.dates[kind][surface.lower()] = value
    return lex


@lru_cache(maxsize=4)
def load_lexicons(data_dir: Path = DATA_DIR) -> dict[str, Lexicon]:
    """Every shipped language's attribution data, by language code."""
    root = data_dir / "attribution"
    if not root.is_dir():
        return {}
    return {d.name: _load(d) for d in sorted(root.iterdir()) if d.is_dir()}
