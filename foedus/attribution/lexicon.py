"""Per-language attribution data (``data/attribution/<lang>/*.tsv``), loaded once and compiled.

Each language folder holds ``cues.tsv`` (speech verbs and source cues),
``words.tsv`` (complementizers, pronouns, publication nouns...),
``numbers.tsv``, ``quantities.tsv`` (bounds, units, counted things) and
``dates.tsv``. Adding a language is adding a folder.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR


@dataclass(frozen=True)
class Cue:
    """A compiled cue: ``kind`` speech | cites | relays; ``scope`` sentence | back | document; ``needs``
    "clause" for a word that reports only with a complement clause ("Ich sehe, dass …", not "Ich sehe Sie")."""

    pattern: str
    kind: str
    scope: str
    regex: re.Pattern[str]
    slot_at_end: bool  # the source follows the cue with no closing words ("laut {X}")
    needs: str = ""


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
    ranges: dict[str, str] = field(default_factory=dict)  # "to"/"bis": "to"; "and": "and"; "between"/"von": "from"
    dates: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    ago: list[str] = field(default_factory=list)
    cased_dates: bool = False  # month/weekday names are capitalised (en, de): lower-case ones are other words

    @property
    def nouns_capitalised(self) -> bool:
        """German-style orthography (``words.tsv`` setting): a capitalised word is a noun."""
        return "nouns-capitalised" in self.words.get("setting", ())

    @property
    def verb_second(self) -> bool:
        """German-style word order (``words.tsv`` setting): the finite verb comes second, the subject may follow."""
        return "verb-second" in self.words.get("setting", ())

    def is_word(self, word: str, cls: str) -> bool:
        return word.lower() in self.words.get(cls, ())


def alternation(words: list[str] | set[str] | dict[str, object]) -> str:
    """A regex alternation of literal phrases, longest first, inner spaces flexible."""
    parts = sorted({str(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts if p)


def compile_cue(pattern: str, kind: str, scope: str, needs: str = "") -> Cue:
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
    first = body[0]
    if first.isalpha() and first.islower():
        # Case as written, but a capital is allowed where a sentence or clause starts: "Laut …", not "United States".
        body = rf"(?:{first}|(?<![\w,;:] ){first.upper()}){body[1:]}"
    lead = r"(?<!\w)" if pattern[:1].isalnum() or pattern.startswith("{") else ""  # ", so" follows a word
    regex = re.compile(rf"{lead}{body}(?!\w)" if not slot_at_end else rf"{lead}{body}")
    return Cue(pattern, kind, scope, regex, slot_at_end, needs)


_CLAUSE_MARKS = ',.;:!?\n«»„“”"'


_WORD = re.compile(r"\w+(?:['’]\w+)*")
_cache: tuple[str, list[int], list[tuple[int, str]]] = ("", [], [])


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """``(start, lower-case word)`` for the words in ``text[start:end]``; the whole text is tokenised
    once and reused while the same text object is asked about (one document at a time)."""
    global _cache
    cached = _cache  # one read: safe if another thread swaps the cache
    if cached[0] is not text:
        found = [(m.start(), m.group().lower()) for m in _WORD.finditer(text)]
        cached = _cache = (text, [f[0] for f in found], found)
    lo = bisect_left(cached[1], start)
    hi = bisect_left(cached[1], len(text) if end is None else end)
    return cached[2][lo:hi]


class CueIndex:
    """One pass over the text for many cues: its words are looked up by their lower-case form, and a
    cue's own regex is tried only where its first word occurs (cues starting with {X} where their
    next word occurs, matched back to the clause start)."""

    def __init__(self, cues: list[Cue]) -> None:
        self.by_word: dict[str, list[Cue]] = defaultdict(list)
        self.by_tail: dict[str, list[Cue]] = defaultdict(list)
        marks = set()
        for c in cues:
            if c.pattern.startswith("{X}"):
                self.by_tail[c.pattern[3:].split()[0].lower()].append(c)
            else:
                first = c.pattern.split()[0].lower()
                self.by_word[first].append(c)
                if not first[:1].isalnum():
                    marks.add(first)
        self.marks = re.compile(alternation(marks)) if marks else None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[Cue, re.Match[str]]]:
        """Every (cue, match) in ``text[start:end]``, in text order, longest cue first at one position."""
        end = len(text) if end is None else end
        out: list[tuple[Cue, re.Match[str]]] = []
        starts = words(text, start, end)
        if self.marks is not None:
            starts += [(m.start(), m.group()) for m in self.marks.finditer(text, start, end)]
        for pos, key in starts:
            if key in self.by_word:
                hits = [(c, m) for c in self.by_word[key] if (m := c.regex.match(text, pos, end))]
                if hits:
                    out.append(max(hits, key=lambda h: h[1].end() - h[1].start()))
            for c in self.by_tail.get(key, ()):
                # the source is the clause before the tail word ("US-Beamten zufolge"): match from its start
                lo = max(start, pos - 100, *(text.rfind(ch, 0, pos) + 1 for ch in _CLAUSE_MARKS))
                while lo < pos and text[lo].isspace():
                    lo += 1
                m = c.regex.match(text, lo, end)
                if m and m.start("X") < pos:
                    out.append((c, m))
        return sorted(out, key=lambda h: h[1].start())


def _load(lang_dir: Path) -> Lexicon:
    lex = Lexicon(lang=lang_dir.name)
    if (lang_dir / "cues.tsv").exists():
        for row in read_tsv(lang_dir / "cues.tsv"):
            pattern, kind, scope, needs = [*row, "", "", "", ""][:4]
            lex.cues.append(compile_cue(pattern, kind or "speech", scope or "sentence", needs))
    if (lang_dir / "words.tsv").exists():
        for row in read_tsv(lang_dir / "words.tsv"):
            lex.words[row[1]].add(row[0].lower())
    if (lang_dir / "numbers.tsv").exists():
        for row in read_tsv(lang_dir / "numbers.tsv"):
            lex.numbers[row[0].lower()] = (float(row[1]), row[2])
    if (lang_dir / "quantities.tsv").exists():
        for row in read_tsv(lang_dir / "quantities.tsv"):
            surface, kind, value = [*row, "", "", ""][:3]
            tables = {"bound": lex.bounds, "unit": lex.units, "counted": lex.counted, "range": lex.ranges}
            tables[kind][surface.lower()] = value
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
