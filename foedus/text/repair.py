"""Repair scraped and machine-translated text; every edit is recorded as a Repair."""

from __future__ import annotations

import html
import re
import unicodedata

from foedus.records import Repair

_STRAY_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*\s*/?\s*>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
# Trailing site furniture; per-language lists belong in data files (text issue deepens this).
_FURNITURE = re.compile(
    r"^(leave a reply|related topics:?|verwandte themen:?|weitere neuigkeiten|читайте також:?|"
    r"читайте также:?|share this:?|subscribe.*|teilen:?|mehr zum thema:?)\s*$",
    re.I,
)


def repair(text: str) -> tuple[str, list[Repair]]:
    """Return the repaired text and the list of repairs made."""
    repairs: list[Repair] = []
    norm = unicodedata.normalize("NFC", text)
    if norm != text:
        repairs.append(Repair("unicode", "", "normalised to NFC"))
    text = norm
    for m in _STRAY_TAG.finditer(text):
        repairs.append(Repair("stray_tag", m.group(), "HTML tag left in text"))
    text = _STRAY_TAG.sub("", text)
    for m in _ENTITY.finditer(text):
        repairs.append(Repair("entity", m.group(), "HTML entity decoded"))
    text = _ENTITY.sub(lambda m: html.unescape(m.group()), text).replace("\xa0", " ")
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    kept: list[str] = []
    for para in paragraphs:
        if any(_similar(para, k) for k in kept[-3:]):
            repairs.append(Repair("duplicate_paragraph", para, "repeats an earlier paragraph"))
        else:
            kept.append(para)
    while kept and _FURNITURE.match(kept[-1]):
        repairs.append(Repair("boilerplate", kept.pop(), "trailing site furniture"))
    return "\n\n".join(re.sub(r"[ \t]+", " ", p) for p in kept), repairs


def _similar(a: str, b: str) -> bool:
    """Near-duplicate paragraphs: word-set Jaccard over 0.6 for paragraphs of similar length."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    if not wa or not wb or min(len(a), len(b)) / max(len(a), len(b)) < 0.7:
        return False
    return len(wa & wb) / len(wa | wb) >= 0.6
