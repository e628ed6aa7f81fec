"""Sentence segmentation with offsets into the clean text.

Rules, not a model: a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any
closing quotes or brackets) before whitespace and a capital letter, digit or
opening quote/dash; a blank line always ends one. A dot does not end a
sentence after an abbreviation or initial of any shipped language, inside a
number ("300.000", no space), before a month ("am 19. Juni"), or after an
ordinal in languages that write ordinals with a dot ("der 2. Weltkrieg").
"""

from __future__ import annotations

import re
from functools import lru_cache

from foedus.records import Sentence
from foedus.text.data import load_languages

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
# End punctuation with closing quotes/brackets, whitespace, then (after an optional opening
# quote or dash) a word character that we check for case in Python.
_CANDIDATE = re.compile(r"([.!?…]+)[\"'»“”’)\]]*\s+(?=[\"'«„“‚(\[—–-]?\s?(\w))|[。！？]")
_DOTTED = re.compile(r"^(?:\w{1,3}\.)+\w{1,3}$")  # "z.B", "U.S", "т.е"
_ORDINAL = re.compile(r"^\d{1,2}$")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Abbreviations and month names of every shipped language; languages writing ordinals with a dot."""
    langs = load_languages()
    abbrevs = frozenset().union(*(d.abbreviations for d in langs.values())) if langs else frozenset()
    months = frozenset().union(*(d.months for d in langs.values())) if langs else frozenset()
    ordinal = frozenset(code for code, d in langs.items() if d.ordinal_dot)
    return abbrevs, months, ordinal


def segment(text: str, lang: str | None = None) -> list[Sentence]:
    """Split ``text`` into sentences with offsets; ``lang`` enables language-specific rules."""
    abbrevs, months, ordinal_langs = _lexicon()
    ordinal = lang in ordinal_langs
    sentences: list[Sentence] = []
    for para in _PARAGRAPH.finditer(text):
        start, chunk = para.start(), para.group()
        cut = 0
        for m in _CANDIDATE.finditer(chunk):
            if m.group(1) is not None:
                nxt = m.group(2)
                if nxt.islower() or nxt == "_":
                    continue
                if m.group(1) == "." and _keeps_going(chunk, m, abbrevs, months, ordinal):
                    continue
            _add(sentences, text, start + cut, start + m.end())
            cut = m.end()
        _add(sentences, text, start + cut, start + len(chunk))
    return sentences


def _keeps_going(chunk: str, m: re.Match[str], abbrevs: frozenset[str], months: frozenset[str], ordinal: bool) -> bool:
    """True when the single dot at ``m`` belongs to an abbreviation, initial or ordinal, not a sentence end."""
    head = chunk[: m.start(1)]
    token = head[head.rfind(" ") + 1 :].lstrip("\"'«„“‚([—–-")
    if not token:
        return False
    low = token.lower()
    if low in abbrevs or _DOTTED.match(token):
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial: "J. Smith"
    if _ORDINAL.match(token):
        after = chunk[m.end() :]
        word = after[: len(after) - len(after.lstrip("\"'«„“‚([—–- "))]
        next_word = after[len(word) :].split(maxsplit=1)[0] if after.strip() else ""
        return next_word.lower().rstrip(".,") in months or ordinal
    return False


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start=start, end=end, text=text[start:end]))
