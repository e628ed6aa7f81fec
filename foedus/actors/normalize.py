"""Text normalisation for matching: word tokens, case and accent folding, inflection endings.

Matching runs over a *token string*: the document's word tokens, folded and joined by
single spaces, so hyphen and spacing variants ("Kim Jong-un", "Kim Jong -un") and
punctuation ("U.S.") meet the same key. Offsets map back token by token.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"\w+")
# Gaps allowed inside one multi-word name: spaces, hyphens, dots of abbreviations, apostrophes.
NAME_GAP = re.compile(r"[\s\-‐‑–.'’ʼ`]*")

LATIN_ENDINGS = frozenset({"s", "es", "e", "en", "er", "em", "n", "ern", "ns", "ens", "ne", "nes"})
SHORT_LATIN_ENDINGS = frozenset({"s"})
# Russian and Ukrainian case endings (nouns and adjectives), folded (й→и, ё→е, ї→і).
_CYRILLIC_ENDINGS = (
    ("а", "я", "у", "ю", "е", "є", "і", "и", "ы", "о", "ь", "ой", "ей", "ою", "ею", "єю", "ом", "ем", "ам", "ям",
     "ах", "ях", "ами", "ями", "ов", "ев", "ии", "ыи", "ого", "его", "ому", "ему", "им", "ым", "ім", "их", "ых", "іх",
     "ая", "яя", "ую", "юю", "ые", "ие", "ої", "ій", "ью", "ию", "ий", "ый", "ей", "ів", "ям", "ом",
     "ими", "ыми", "іми", "ое", "ее")
)  # fmt: skip
CYRILLIC_TRIM = frozenset("аяоеьиыіює")  # final letters dropped to form a stem ("Россия" → "Росси")
ARABIC_PREFIXES = frozenset({"و", "ب", "ل", "ف", "ك", "ال", "وال", "بال", "لل", "فال", "ول", "وب", "ولل", "فلل"})
ARABIC_ARTICLE = "ال"
CONTRACTED = "لل"  # "li" + the article, written without the article's alef


@lru_cache(maxsize=200_000)
def fold(token: str) -> str:
    """Lower-case, strip accents and combining marks (also Arabic vowel marks); ß → ss."""
    low = token.lower()
    if low.isascii():
        return low
    low = low.replace("ß", "ss").replace("ё", "е").replace("ї", "і").replace("й", "и").replace("ґ", "г")
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


# Folded like the text (й→и, ї→і), since endings are compared with folded tokens.
CYRILLIC_ENDINGS = frozenset(fold(e) for e in _CYRILLIC_ENDINGS)


def script_of(word: str) -> str:
    """``latin``, ``cyrillic``, ``arabic`` or ``other`` by the first letter."""
    for ch in word:
        if ch.isalpha():
            if "\u0400" <= ch <= "\u04ff":
                return "cyrillic"
            if "\u0600" <= ch <= "\u06ff":
                return "arabic"
            return "latin" if ch.isascii() or "\u00c0" <= ch <= "\u024f" else "other"
    return "other"


def key_of(text: str) -> str:
    """The matching key of an alias: folded word tokens joined by single spaces."""
    return " ".join(fold(t) for t in WORD.findall(text))


@dataclass
class TokenText:
    """A document as a token string, with the map back to character offsets."""

    text: str
    norm: str  # folded tokens joined by " "
    tokens: list[str]  # the folded tokens
    starts: list[int]  # offset of each token in ``norm``
    spans: list[tuple[int, int]]  # each token's (start, end) in ``text``
    token_at: dict[int, int]  # norm offset of a token start -> token index

    @classmethod
    def of(cls, text: str) -> TokenText:
        spans = [m.span() for m in WORD.finditer(text)]
        parts = [fold(text[s:e]) for s, e in spans]
        starts, pos = [], 0
        for p in parts:
            starts.append(pos)
            pos += len(p) + 1
        return cls(text, " ".join(parts), parts, starts, spans, {s: i for i, s in enumerate(starts)})

    def token_end(self, i: int) -> int:
        """Offset in ``norm`` just past token ``i``."""
        return self.starts[i] + len(self.tokens[i])

    def norm_token(self, i: int) -> str:
        return self.tokens[i]

    def surface(self, i: int) -> str:
        s, e = self.spans[i]
        return self.text[s:e]


_RU_LATIN = dict(
    zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
         "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g"], strict=True)
)  # fmt: skip
_UK_LATIN = {**_RU_LATIN, "г": "h", "и": "y", "й": "i", "х": "kh", "щ": "shch", "ь": ""}


def transliterate(text: str, lang: str) -> str:
    """A Latin spelling of a Russian or Ukrainian name (BGN/PCGN-like, e.g. "Шойгу" → "Shoigu")."""
    table = _UK_LATIN if lang == "uk" else _RU_LATIN
    out = []
    for ch in text:
        low = ch.lower()
        lat = table.get(low)
        if lat is None:
            out.append(ch)
        else:
            out.append(lat.capitalize() if ch != low else lat)
    return "".join(out)
