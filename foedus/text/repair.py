"""Repair scraped and machine-translated text; every edit is recorded as a Repair.

Order matters: bytes-level damage first (mojibake, invisible characters,
Unicode normal form), then markup debris (stray tags, entities), then
paragraph-level debris (repeats, site furniture), then spacing.
"""

from __future__ import annotations

import html
import re
import unicodedata

from foedus.records import Repair
from foedus.text.duplicates import drop_repeats
from foedus.text.furniture import FurnitureFilter, default_filter

_TAGS = (
    "a|abbr|article|aside|b|blockquote|br|center|cite|code|dd|div|dl|dt|em|figcaption|figure|font|footer|h[1-6]|"
    "header|hr|i|iframe|img|li|main|nav|noscript|ol|p|picture|pre|q|s|script|section|small|source|span|strong|"
    "style|sub|sup|table|tbody|td|th|thead|tr|u|ul|video"
)
_STRAY_TAG = re.compile(rf"<\s*/?\s*(?:{_TAGS})\b(?:\s+[^<>]{{0,300}}?)?\s*/?\s*>", re.I)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
# Typical UTF-8-read-as-cp1252/latin-1 sequences: a lead byte char followed by a continuation char.
_MOJIBAKE = re.compile(r"[ÃÂÅÐÑâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE_BEFORE_STOP = re.compile(r"(?<=\w)[ \t]+([.,])(?=\s|$|[\"“”»])")
_BLANK = re.compile(r"\n[ \t]*\n\s*")


def repair(text: str, lang: str | None = None, furniture: FurnitureFilter | None = None) -> tuple[str, list[Repair]]:
    """Return the repaired text and the list of repairs made, in the order they were made."""
    repairs: list[Repair] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _fix_encoding(text, repairs)
    text = _fix_characters(text, repairs)
    text = _fix_markup(text, repairs)
    paragraphs, sep = split_paragraphs(text)
    paragraphs = drop_repeats(paragraphs, repairs, lang)
    paragraphs = (furniture or default_filter())(paragraphs, repairs)
    text = sep.join(re.sub(r"[ \t]+", " ", p).strip() for p in paragraphs)
    return _fix_spacing(text, repairs), repairs


def split_paragraphs(text: str) -> tuple[list[str], str]:
    """Paragraphs and the separator to join them with.

    Blank lines separate paragraphs. Text without blank lines is one paragraph
    per line when its lines are long (an export), else hard-wrapped prose whose
    lines belong together.
    """
    if _BLANK.search(text.strip()):
        return [p.strip() for p in _BLANK.split(text) if p.strip()], "\n\n"
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) > 1 and max(len(ln) for ln in lines) > 200:
        return lines, "\n\n"
    return ([text.strip()] if text.strip() else []), "\n\n"


def _fix_encoding(text: str, repairs: list[Repair]) -> str:
    if not _MOJIBAKE.search(text):
        return text
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if fixed != text:
        old_lines, new_lines = text.split("\n"), fixed.split("\n")
        pairs = zip(old_lines, new_lines, strict=False) if len(old_lines) == len(new_lines) else [(text, fixed)]
        for old, new in pairs:
            if old != new:
                repairs.append(Repair("mojibake", _clip(old), f"mis-decoded text, read as {_clip(new)!r}"))
    return fixed


def _fix_characters(text: str, repairs: list[Repair]) -> str:
    norm = unicodedata.normalize("NFC", text)
    if norm != text:
        repairs.append(Repair("unicode", "", "normalised to NFC (composed characters)"))
    found = _INVISIBLE.findall(norm)
    if found:
        names = sorted({unicodedata.name(c, f"U+{ord(c):04X}") for c in found})
        repairs.append(
            Repair("invisible", "".join(found), f"{len(found)} invisible/control characters: {', '.join(names)}")
        )
        norm = _INVISIBLE.sub("", norm)
    return norm


def _fix_markup(text: str, repairs: list[Repair]) -> str:
    for m in _STRAY_TAG.finditer(text):
        repairs.append(Repair("stray_tag", m.group(), "HTML tag left in text", raw_start=m.start()))
    text = _STRAY_TAG.sub("", text)
    for m in _ENTITY.finditer(text):
        decoded = html.unescape(m.group())
        if decoded != m.group():
            repairs.append(Repair("entity", m.group(), f"HTML entity decoded to {decoded!r}"))
    text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    return text.replace("\xa0", " ")


def _fix_spacing(text: str, repairs: list[Repair]) -> str:
    for m in _SPACE_BEFORE_STOP.finditer(text):
        repairs.append(Repair("spacing", m.group(), "space before punctuation removed", raw_start=m.start()))
    return _SPACE_BEFORE_STOP.sub(r"\1", text)


def _clip(text: str, n: int = 120) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
