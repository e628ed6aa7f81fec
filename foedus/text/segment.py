"""Sentence segmentation with offsets into the clean text."""

from __future__ import annotations

import re

from foedus.records import Sentence

# A boundary: end punctuation (optionally closing quotes/brackets), whitespace, then an
# upper-case letter, digit or opening quote. Not after a known abbreviation or a lone
# initial, and never inside dates like "19. Juni" (lowercase or month follows).
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'»“”)\]]*\s+(?=[\"'«„“(\[]?[A-ZÄÖÜА-ЯЁЇІЄҐ\u0600-\u06FF0-9])")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"Nr|bzw|z\.B|u\.a|d\.h|ca|vgl|Abs|Art|Hr|Fr|No|vs|etc|Inc|Ltd|Co|U\.S|U\.N|г|гг|им|т\.е|т\.д|ул|св|ст)|"
    r"\b[A-ZА-Я]|\d)\.$"
)
_MONTH_AFTER = re.compile(
    r"^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b"
)


def segment(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; paragraphs (blank lines) always end a sentence."""
    sentences: list[Sentence] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        start = para.start()
        chunk = para.group()
        cut = 0
        for m in _BOUNDARY.finditer(chunk):
            before = chunk[cut : m.start()]
            after = chunk[m.end() :]
            if _ABBREV.search(before) and not before.endswith(("..", "!", "?")):
                if before[-2:-1].isdigit() and not _MONTH_AFTER.match(after):
                    pass  # "in 2023. The" is a boundary; "19. Juni" is not
                else:
                    continue
            _add(sentences, text, start + cut, start + m.start())
            cut = m.end()
        _add(sentences, text, start + cut, start + len(chunk))
    return sentences


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start=start, end=end, text=text[start:end]))
