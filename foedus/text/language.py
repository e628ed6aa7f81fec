"""Offline language identification with lingua, per document and per sentence.

lingua loads the trigram models of a restricted language set lazily (about
50 MB, not the 1 GB of every language at high accuracy). A sentence is only sent to lingua when a cheap
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
_LETTER = re.compile(r"[^\W\d_]")
# Letters outside a script: when a sentence has none, it is in its document's script.
_FOREIGN = {
    "latin": re.compile(r"[Ѐ-ӿ؀-ۿ一-鿿]"),
    "cyrillic": re.compile(r"[A-Za-zÀ-ɏ؀-ۿ一-鿿]"),
    "arabic": re.compile(r"[A-Za-zÀ-ɏЀ-ӿ一-鿿]"),
    "han": re.compile(r"[A-Za-zÀ-ɏЀ-ӿ؀-ۿ]"),
}
SAMPLE = 1000  # characters a document's language is judged on: lingua's time grows with the length
MIN_LETTERS = 12
GUESS_MIN_WORDS = 40  # the function-word vote needs a paragraph or more
GUESS_MIN_VOTES = 5
GUESS_SHARE = 0.04  # the winner's own function words: at least 4% of the words (news prose: 5-25%)
GUESS_MARGIN = 5.0  # and five times the votes of any other language


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in LANGS]
    # Low-accuracy mode (trigram models only): ~50 MB and 0.1 s to load instead of ~370 MB and 3 s
    # for the high-accuracy models, and right on sentences of a few words or more.
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def _lingua(text: str) -> str | None:
    lang = _detector().detect_language_of(text)
    return lang.iso_code_639_1.name.lower() if lang is not None else None


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when unsure or too short."""
    sample = text[:SAMPLE]
    if len(_LETTER.findall(sample[:400])) < MIN_LETTERS and len(_LETTER.findall(sample)) < MIN_LETTERS:
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
        self.documents_guessed = 0  # documents decided by function words alone
        self.owners: dict[str, list[str]] = {}  # function word -> languages listing it
        for code, d in self.languages.items():
            for w in d.function_words:
                self.owners.setdefault(w, []).append(code)
        self._letters = {
            code: re.compile(f"[{re.escape(d.letters)}]") for code, d in self.languages.items() if d.letters
        }  # letters only this language has within its script

    def script(self, lang: str) -> str:
        data = self.languages.get(lang)
        return data.script if data else _SCRIPT_OF.get(lang, "latin")

    def may_differ(self, text: str, doc_lang: str) -> bool:
        """Cheap check: could this sentence be in another language than its document?"""
        if len(text) < MIN_LETTERS:
            return False
        own_script = self.script(doc_lang)
        foreign = _FOREIGN.get(own_script)
        script = script_of(text) if foreign is None or foreign.search(text) else own_script
        if script is None:
            return False
        if script != own_script:
            return True
        for code, letters in self._letters.items():
            if code != doc_lang and self.languages[code].script == script and letters.search(text):
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

    def document(self, text: str) -> str | None:
        """The document's language: by function words when one language clearly wins, else lingua."""
        guess = self.by_function_words(text[:SAMPLE])
        if guess is not None:
            self.documents_guessed += 1
            return guess
        return detect(text)

    def by_function_words(self, sample: str) -> str | None:
        """The language whose own function words (listed by no other language: "the", "und", "що")
        clearly outvote every other's; None when the sample is short or the vote unclear (lingua decides)."""
        words = _WORD.findall(sample.lower())
        if len(words) < GUESS_MIN_WORDS:
            return None
        votes: dict[str, int] = {}
        for w in words:
            owners = self.owners.get(w, ())
            if len(owners) == 1:
                votes[owners[0]] = votes.get(owners[0], 0) + 1
        if not votes:
            return None
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        best, n = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        clear = n >= GUESS_MIN_VOTES and n >= GUESS_SHARE * len(words) and n >= GUESS_MARGIN * max(1, runner_up)
        return best if clear else None

    def tag(self, sentences: list[Sentence], doc_lang: str | None) -> None:
        """Set ``lang`` on every sentence."""
        for sent in sentences:
            sent.lang = doc_lang
            if doc_lang and self.may_differ(sent.text, doc_lang):
                self.checked += 1
                sent.lang = _lingua(sent.text) or doc_lang
            elif doc_lang is None and len(_LETTER.findall(sent.text)) >= MIN_LETTERS:
                self.checked += 1
                sent.lang = _lingua(sent.text)
