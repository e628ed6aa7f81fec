"""Offline language identification with lingua, per document and per sentence.

lingua loads the models of a restricted language set lazily (tens of MB, not
the 1 GB of all languages). A sentence is only sent to lingua when a cheap
check says it may differ from its document: another script, Cyrillic letters
the document's language lacks (Ukrainian ї/є/ґ in Russian text, ы/э/ъ in
Ukrainian), or no function word of the document's language but several of
another one. Everything else inherits the document's language.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from foedus.records import Sentence
from foedus.text.data import LanguageData, load_languages

# The languages foedus has data for, plus neighbours it must tell them apart from.
LANGS = ("en", "de", "fr", "es", "ru", "uk", "ar", "it", "pt", "pl", "nl", "tr", "zh", "fa", "be", "bg")
_SCRIPTS = {
    "latin": re.compile(r"[A-Za-zÀ-ɏ]"),
    "cyrillic": re.compile(r"[Ѐ-ӿ]"),
    "arabic": re.compile(r"[؀-ۿ]"),
    "han": re.compile(r"[一-鿿]"),
}
_SCRIPT_OF = {"ar": "arabic", "fa": "arabic", "zh": "han", "be": "cyrillic", "bg": "cyrillic"}
_WORD = re.compile(r"\w+")
MIN_LETTERS = 12  # lingua is unreliable below this ("Kreml" -> Azerbaijani)


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in LANGS]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def _lingua(text: str) -> str | None:
    lang = _detector().detect_language_of(text)
    return lang.iso_code_639_1.name.lower() if lang is not None else None


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when unsure or too short."""
    sample = text[:2000]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    return _lingua(sample)


def script_of(text: str) -> str | None:
    """The script most of the text's letters are written in (latin, cyrillic, arabic, han), or None."""
    counts = {name: len(rx.findall(text)) for name, rx in _SCRIPTS.items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else None


class SentenceLanguages:
    """Tags sentences with a language, calling lingua only for sentences that may differ."""

    def __init__(self, languages: dict[str, LanguageData] | None = None) -> None:
        self.languages = languages if languages is not None else load_languages()
        self.checked = 0  # sentences sent to lingua, for the bench and tests

    def script(self, lang: str) -> str:
        data = self.languages.get(lang)
        return data.script if data else _SCRIPT_OF.get(lang, "latin")

    def may_differ(self, text: str, doc_lang: str) -> bool:
        """Cheap check: could this sentence be in another language than its document?"""
        script = script_of(text)
        if script is None or len(text) < MIN_LETTERS:
            return False
        if script != self.script(doc_lang):
            return True
        for code, other in self.languages.items():
            if code != doc_lang and other.script == script and any(ch in other.letters for ch in text):
                return True
        own = self.languages.get(doc_lang)
        words = [w.lower() for w in _WORD.findall(text)]
        if len(words) < 5 or own is None or any(w in own.function_words for w in words):
            return False
        return any(
            sum(w in other.function_words for w in words) >= 2
            for code, other in self.languages.items()
            if code != doc_lang and other.script == script
        )

    def tag(self, sentences: list[Sentence], doc_lang: str | None) -> None:
        """Set ``lang`` on every sentence."""
        for sent in sentences:
            sent.lang = doc_lang
            if doc_lang and self.may_differ(sent.text, doc_lang):
                self.checked += 1
                sent.lang = _lingua(sent.text) or doc_lang
            elif doc_lang is None and sum(ch.isalpha() for ch in sent.text) >= MIN_LETTERS:
                self.checked += 1
                sent.lang = _lingua(sent.text)
