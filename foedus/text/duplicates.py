"""Near-duplicate paragraphs and sentences inside one document (doubled headlines and leads).

Scrapers and machine translation often repeat the headline or the lead, and
the repeat is rarely exact ("vielbeachteter" / "hochkarätiger"). Units are
compared as sets of word stems (first five letters, so inflection matters
less); the first occurrence stays and later repeats go.
"""

from __future__ import annotations

import re

from foedus.records import Repair
from foedus.text.segment import segment

_WORD = re.compile(r"\w+")
STEM = 5
MIN_WORDS = 6
JACCARD = 0.5
LENGTH_RATIO = 0.6
LEAD_ZONE = 6  # leads are looked for among the first paragraphs only
LEAD_MAX_SENTENCES = 2


def stems(text: str) -> frozenset[str]:
    return frozenset(w[:STEM] for w in _WORD.findall(text.lower()) if len(w) > 1 or w.isdigit())


def near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    """Similar length and most stems shared: a repeat, not a paraphrase of a different fact."""
    if len(a) < MIN_WORDS or len(b) < MIN_WORDS:
        return False
    if min(len(a), len(b)) / max(len(a), len(b)) < LENGTH_RATIO:
        return False
    return len(a & b) / len(a | b) >= JACCARD


def drop_repeats(paragraphs: list[str], repairs: list[Repair], lang: str | None = None) -> list[str]:
    """Remove paragraphs repeating an earlier one, and body sentences repeating an earlier short lead."""
    kept: list[tuple[str, frozenset[str]]] = []
    for para in paragraphs:
        fp = stems(para)
        twin = next((k for k, kfp in kept if near_duplicate(fp, kfp)), None)
        if twin is not None:
            repairs.append(Repair("duplicate_paragraph", para, f"repeats an earlier paragraph: {_clip(twin)!r}"))
            continue
        kept.append((para, fp))
    leads = [(i, p, fp) for i, (p, fp) in enumerate(kept[:LEAD_ZONE]) if len(segment(p, lang)) <= LEAD_MAX_SENTENCES]
    out = [p for p, _ in kept]
    if leads:
        for i in range(1, len(out)):
            earlier = [(p, fp) for j, p, fp in leads if j < i]
            if earlier:
                out[i] = _drop_lead_sentences(out[i], earlier, repairs, lang)
    return [p for p in out if p]


def _drop_lead_sentences(
    para: str, leads: list[tuple[str, frozenset[str]]], repairs: list[Repair], lang: str | None
) -> str:
    """``para`` without the sentences that repeat one of the earlier short ``leads``."""
    sentences = segment(para, lang)
    if len(sentences) < 2:
        return para
    keep = []
    for sent in sentences:
        fp = stems(sent.text)
        lead = next((lp for lp, lfp in leads if near_duplicate(fp, lfp)), None)
        if lead is not None:
            repairs.append(Repair("duplicate_sentence", sent.text, f"repeats the lead paragraph: {_clip(lead)!r}"))
        else:
            keep.append(sent.text)
    return " ".join(keep) if len(keep) != len(sentences) else para


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
