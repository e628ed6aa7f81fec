"""Near-duplicate paragraphs and sentences inside one document (doubled headlines and leads).

Scrapers and machine translation often repeat the headline or the lead, and
the repeat is rarely exact ("vielbeachteter" / "hochkarätiger"). Units are
compared as sets of word stems (first four letters, so inflection matters
less) and must carry the same numbers. The first occurrence stays and later
repeats go; a later copy that says clearly more replaces the first; a short
lead or teaser paragraph whose sentences reappear in a longer body paragraph
is dropped and the body kept whole (the body is the article, the teaser its
copy). Only the top of the page (where doubled headlines and leads sit) and
neighbouring paragraphs are compared: far apart, similar lines are usually a
list or a template ("Termin: 21.02." / "Termin: 29.02."), not debris.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foedus.records import Repair
from foedus.text.segment import segment

_WORD = re.compile(r"\w+")
STEM = 4
MIN_WORDS = 10
JACCARD = 0.6
LENGTH_RATIO = 0.6
TOP = 10  # paragraphs at the top of the page, where repeats are debris
LEAD_ZONE = 6  # leads are looked for among the first paragraphs only
LEAD_MAX_SENTENCES = 2
LONGER = 1.1


@dataclass(frozen=True)
class Fingerprint:
    stems: frozenset[str]
    numbers: frozenset[str]


def fingerprint(text: str) -> Fingerprint:
    words = _WORD.findall(text.lower())
    return Fingerprint(
        frozenset(w[:STEM] for w in words if len(w) > 1 and not w.isdigit()),
        frozenset(w for w in words if w.isdigit()),
    )


def near_duplicate(a: Fingerprint, b: Fingerprint) -> bool:
    """Long enough, similar length, the same numbers and most stems shared: a repeat, not another fact."""
    x, y = a.stems, b.stems
    if len(x) < MIN_WORDS or len(y) < MIN_WORDS or a.numbers != b.numbers:
        return False
    if min(len(x), len(y)) / max(len(x), len(y)) < LENGTH_RATIO:
        return False
    return len(x & y) / len(x | y) >= JACCARD


def drop_repeats(paragraphs: list[str], repairs: list[Repair], lang: str | None = None) -> list[str]:
    """Remove paragraphs repeating an earlier one, and top sentences repeating an earlier short lead."""
    kept: list[tuple[str, Fingerprint]] = []
    for i, para in enumerate(paragraphs):
        fp = fingerprint(para)
        first = 0 if i < TOP else max(0, len(kept) - 1)
        at = next((k for k in range(first, len(kept)) if near_duplicate(fp, kept[k][1])), None)
        if at is None:
            kept.append((para, fp))
        elif len(para) > len(kept[at][0]) * LONGER:  # the repeat says more: keep it, drop the short copy
            twin = kept[at][0]
            repairs.append(Repair("duplicate_paragraph", twin, f"a shorter copy of a later paragraph: {_clip(para)!r}"))
            kept[at] = (para, fp)
        else:
            repairs.append(Repair("duplicate_paragraph", para, f"repeats an earlier paragraph: {_clip(kept[at][0])!r}"))
    paras = [p for p, _ in kept]
    body = [
        (i, [fingerprint(s.text) for s in segment(p, lang)]) for i, p in enumerate(paras[:TOP])
    ]  # sentences of the top paragraphs
    out = []
    for i, para in enumerate(paras):
        headline = i == 0 and not para.rstrip().endswith((".", "!", "?", "…", '"', "“", "»"))
        where = _repeated_in_body(i, body) if i < LEAD_ZONE and not headline else None
        if where is not None:
            why = f"a lead/teaser repeated in the body: {_clip(paras[where])!r}"
            repairs.append(Repair("duplicate_lead", para, why))
        else:
            out.append(para)
    return out


def _repeated_in_body(i: int, body: list[tuple[int, list[Fingerprint]]]) -> int | None:
    """Index of a later, longer paragraph repeating every sentence of short paragraph ``i``, if any."""
    lead = body[i][1]
    if not lead or len(lead) > LEAD_MAX_SENTENCES:
        return None
    for j, sentences in body[i + 1 :]:
        if len(sentences) > len(lead) and all(any(near_duplicate(s, t) for t in sentences) for s in lead):
            return j
    return None


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
