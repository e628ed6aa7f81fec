"""Offline language identification with lingua (models load lazily, per language)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# The languages foedus has lexicons for, plus neighbours it must tell them apart from.
LANGS = ("en", "de", "fr", "es", "ru", "uk", "ar", "it", "pt", "pl", "nl", "tr", "zh", "fa", "be", "bg")


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in LANGS]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when unsure or too short."""
    sample = text[:2000]
    if sum(ch.isalpha() for ch in sample) < 12:
        return None
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None
