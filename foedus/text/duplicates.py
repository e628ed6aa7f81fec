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

_LETTERS = re.compile(r"[^\W\d_]{2,}")  # words of two or more letters
_NUMBER = re.compile(r"\d+")
STEM = 4
MIN_WORDS = 10
JACCARD = 0.6
LENGTH_RATIO = 0.6
TOP = 10  # paragraphs at the top of the page, where repeats are debris
LEAD_ZONE = 6  # leads are looked for among the first paragraphs only
LEAD_MAX_SENTENCES = 2
LONGER = 1.1
CHAR_RATIO = 0.5  # paragraphs whose lengths differ more cannot pass LENGTH_RATIO on stems


@dataclass(frozen=True)
class Fingerprint:
    stems: frozenset[str]
    numbers: frozenset[str]


def fingerprint(text: str) -> Fingerprint:
    low = text.lower()
    return Fingerprint(frozenset(w[:STEM] for w in _LETTERS.findall(low)), frozenset(_NUMBER.findall(low)))


def near_duplicate(a: Fingerprint, b: Fingerprint) -> bool:
    """Long enough, similar length, the same numbers and most stems shared: a repeat, not another fact."""
    x, y = a.stems, b.stems
    if len(x) < MIN_WORDS or len(y) < MIN_WORDS or a.numbers != b.numbers:
        return False
    if min(len(x), len(y)) / max(len(x), len(y)) < LENGTH_RATIO:
        return False
    return len(x & y) / len(x | y) >= JACCARD


def drop_repeats(paragraphs: list[str], repairs: list[Repair], lang: str | None = None) -> list[str]:
    """Remove paragraphs repeating an earlier one, and short leads repeated in the body."""
    kept = _drop_repeated_paragraphs(paragraphs, repairs)
    return _drop_repeated_leads(kept, repairs, lang)


def _drop_repeated_paragraphs(paragraphs: list[str], repairs: list[Repair]) -> list[str]:
    kept: list[str] = []
    prints: dict[int, Fingerprint] = {}  # by position in ``kept``, computed only when compared

    def fp(k: int) -> Fingerprint:
        if k not in prints:
            prints[k] = fingerprint(kept[k])
        return prints[k]

    for i, para in enumerate(paragraphs):
        first = 0 if i < TOP else max(0, len(kept) - 1)
        own = None
        at = None
        for k in range(first, len(kept)):
            if min(len(para), len(kept[k])) < max(len(para), len(kept[k])) * CHAR_RATIO:
                continue  # lengths too different for a repeat: skip the fingerprints
            own = own or fingerprint(para)
            if near_duplicate(own, fp(k)):
                at = k
                break
        if at is None:
            kept.append(para)
        elif len(para) > len(kept[at]) * LONGER:  # the repeat says more: keep it, drop the short copy
            repairs.append(
                Repair("duplicate_paragraph", kept[at], f"a shorter copy of a later paragraph: {_clip(para)!r}")
            )
            kept[at] = para
            prints.pop(at, None)
        else:
            repairs.append(Repair("duplicate_paragraph", para, f"repeats an earlier paragraph: {_clip(kept[at])!r}"))
    return kept


def _drop_repeated_leads(paras: list[str], repairs: list[Repair], lang: str | None) -> list[str]:
    """Drop a short lead/teaser paragraph at the top whose every sentence a longer top paragraph repeats."""
    leads = [i for i in range(min(LEAD_ZONE, len(paras))) if _may_be_lead(i, paras[i])]  # few words: cheap
    if not leads:
        return paras
    body: dict[int, list[Fingerprint]] = {}

    def sentences(j: int) -> list[Fingerprint]:
        if j not in body:
            body[j] = [fingerprint(s.text) for s in segment(paras[j], lang)]
        return body[j]

    whole: dict[int, Fingerprint] = {}
    dropped = set()
    for i in leads:
        lead = sentences(i)
        if not lead or len(lead) > LEAD_MAX_SENTENCES:
            continue
        for j in range(i + 1, min(TOP, len(paras))):
            if len(paras[j]) <= len(paras[i]):
                continue
            # Cheap necessary condition before segmenting paragraph j: a repeated sentence shares at
            # least JACCARD of its stems, so j must contain that share of the stems of some lead sentence.
            stems_j = (whole.get(j) or whole.setdefault(j, fingerprint(paras[j]))).stems
            if not any(len(s.stems & stems_j) >= JACCARD * len(s.stems) for s in lead):
                continue
            if len(sentences(j)) > len(lead) and all(any(near_duplicate(s, t) for t in sentences(j)) for s in lead):
                why = f"a lead/teaser repeated in the body: {_clip(paras[j])!r}"
                repairs.append(Repair("duplicate_lead", paras[i], why))
                dropped.add(i)
                break
    return [p for i, p in enumerate(paras) if i not in dropped]


def _may_be_lead(i: int, para: str) -> bool:
    headline = i == 0 and not para.rstrip().endswith((".", "!", "?", "…", '"', "“", "»"))
    return not headline and para.count(" ") + 1 >= MIN_WORDS


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
