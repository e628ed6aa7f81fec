"""Find alias occurrences in a token string with one Aho–Corasick automaton.

Each alias becomes one or more keys (Russian/Ukrainian stems, adjective forms of the
first word of a phrase); a key must start at a token start and may end inside a token
when the rest of the token is an allowed inflection ending for the alias' script.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace

import ahocorasick

from foedus.actors.data import Alias
from foedus.actors.normalize import (
    ARABIC_ARTICLE,
    ARABIC_PREFIXES,
    CONTRACTED,
    CYRILLIC_ENDINGS,
    LATIN_ENDINGS,
    NAME_GAP,
    SHORT_LATIN_ENDINGS,
    WORD,
    TokenText,
    fold,
    key_of,
    script_of,
    transliterate,
)

# Adjective endings (folded) of Russian/Ukrainian first words in phrases ("Северная Корея").
_ADJ_ENDINGS = ("ая", "ои", "ую", "ыи", "ого", "ому", "ым", "ом", "ое", "ые", "ых", "ыми", "ии", "его", "ему",
                "им", "ем", "ее", "ие", "их", "ими", "оі", "ою", "іи", "і", "ім", "іх", "е", "а", "у")  # fmt: skip
_ADJ_STRIP = ("ая", "яя", "ыи", "ии", "ои", "ое", "ее", "ые", "ие", "а", "е", "і")
_NOUN_ENDINGS = ("", "а", "у", "ом", "ові", "ем", "і", "е", "ю", "и", "ы", "ой", "ей", "ою", "ею", "я", "ым", "им")
# Adjective endings of a word's last position, as written (before folding).
_ADJ_STRIP_FULL = ("ий", "ый", "ой", "ій", "ая", "яя", "ое", "ее", "ые", "ие", "ьі")

NO_ENDINGS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Entry:
    """An alias under one key, with the endings a token may add after the key."""

    alias: Alias
    endings: frozenset[str]
    stem_cut: bool = False  # the key is a stem: the token must go on with an ending
    compound: bool = False  # may head a German closed compound ("Russlandkriegen")
    contracted: bool = False  # an Arabic "ال" name without its article: only after "لل" ("للأمم المتحدة")


@dataclass
class Hit:
    first: int  # first token index
    last: int  # last token index (inclusive)
    entries: list[Entry]
    exact: bool  # the alias ends where the token ends
    key: str = ""


def is_cs(alias: Alias) -> bool:
    """Exact-case aliases: flagged ``cs``, or short all-caps codes (US, UN, EU, AP)."""
    letters = "".join(WORD.findall(alias.text))
    return "cs" in alias.flags or (letters.isupper() and len(letters) <= 3)


def variants(alias: Alias) -> list[Alias]:
    """The alias and the spellings it implies: "Kim Jong-un" → "Kim Jongun"; "Шойгу" → "Shoigu"."""
    out = [alias]
    if alias.type not in ("person", "surname"):
        return out
    script = script_of(alias.text)
    if script == "latin" and "-" in alias.text and alias.type == "person":
        out.append(replace(alias, text=alias.text.replace("-", "")))
    if script == "cyrillic" and alias.lang in ("ru", "uk"):
        out.append(replace(alias, text=transliterate(alias.text, alias.lang), lang=f"{alias.lang}-Latn"))
    return out


def keys_for(alias: Alias) -> list[tuple[str, Entry]]:
    """The automaton keys of an alias with their allowed endings."""
    key = key_of(alias.text)
    if not key:
        return []
    script = script_of(alias.text)

    if is_cs(alias) or "noinfl" in alias.flags or alias.type == "block":
        return [(key, Entry(alias, NO_ENDINGS))]
    if script == "latin":
        compound = alias.lang == "de" and alias.type in ("name", "short") and len(key) >= 5 and " " not in key
        return [(key, Entry(alias, LATIN_ENDINGS if len(key) > 4 else SHORT_LATIN_ENDINGS, compound=compound))]
    if script == "arabic" and key.startswith(ARABIC_ARTICLE) and len(key) > len(ARABIC_ARTICLE) + 2:
        # "li" + "al" is written "لل": "للأمم المتحدة" holds no "الأمم المتحدة" to match
        return [
            (key, Entry(alias, NO_ENDINGS)),
            (key[len(ARABIC_ARTICLE) :], Entry(alias, NO_ENDINGS, contracted=True)),
        ]
    if script != "cyrillic":
        return [(key, Entry(alias, NO_ENDINGS))]
    words = key.split(" ")
    heads = [" ".join(words[:-1])] if len(words) > 1 else [""]
    if len(words) > 1:
        first = words[0]
        for end in _ADJ_STRIP:
            if first.endswith(end) and len(first) - len(end) >= 3:
                stem = first[: -len(end)]
                # adjectives after the first agree with it: "Международного уголовного суда"
                mids = [(w[: -len(end)], True) if w.endswith(end) and len(w) - len(end) >= 3 else (w, False)
                        for w in words[1:-1]]  # fmt: skip
                heads = [" ".join([stem + e, *(m + e if adj else m for m, adj in mids)]) for e in _ADJ_ENDINGS] + heads
                break
    if alias.type == "person" and len(words) > 1:
        # first names decline too: "Владимира Путина", "Володимиром Зеленським"
        first, raw_first = words[0], alias.text.split()[0].lower()
        stem = first[:-1] if raw_first[-1:] in "аяйь" else first  # "Даниэль" -> "Даниэля"
        rest = " ".join(words[1:-1])
        heads += [" ".join(x for x in (stem + fold(e), rest) if x) for e in _NOUN_ENDINGS]
    last = words[-1]
    raw_last = alias.text.split()[-1].lower()
    stem, endings = _cyrillic_stem(last, raw_last, multiword=len(words) > 1, person=alias.type == "person")
    return [((head + " " if head else "") + stem, Entry(alias, endings, stem_cut=stem != last))
            for head in dict.fromkeys(heads)]  # fmt: skip


def _cyrillic_stem(last: str, raw: str, multiword: bool, person: bool) -> tuple[str, frozenset[str]]:
    """The stem a Russian/Ukrainian word is matched by, and the endings it may take.

    Adjectives lose their ending ("российский" → "российск-"), nouns in -а/-я/-ь/-й their last
    letter ("Россия" → "Росси-"), single foreign names in other vowels do not decline ("Мали",
    "Того", "Перу"), and short words take no endings unless they end a person's name.
    """
    min_stem = 3 if multiword else 4
    for end in _ADJ_STRIP_FULL:
        if raw.endswith(end) and len(last) - len(end) >= min_stem:
            return last[: -len(end)], CYRILLIC_ENDINGS
    if raw[-1:] in "аяьй" and len(last) - 1 >= min_stem:
        return last[:-1], CYRILLIC_ENDINGS
    if raw[-1:] in "оуеиіюэыє":
        if not multiword:
            return last, NO_ENDINGS
        if len(last) - 1 >= min_stem:
            return last[:-1], CYRILLIC_ENDINGS
    inflects = len(last) >= 4 or (multiword and (person or len(last) >= 3))  # "Международного уголовного суда"
    return last, CYRILLIC_ENDINGS if inflects else NO_ENDINGS


class AliasMatcher:
    """All aliases in one automaton; ``find`` returns every admissible occurrence."""

    def __init__(self, aliases: Iterable[Alias]) -> None:
        aliases = list(aliases)
        aliases = [v for a in aliases for v in variants(a)]
        merged: dict[tuple[str, str], Alias] = {}
        for alias in aliases:
            # The same name from several files (CLDR, hand-written) is one alias; flags add up.
            k = (alias.actor_id, alias.text)
            old = merged.get(k)
            merged[k] = alias if old is None else replace(old, flags=old.flags | alias.flags)
        table: dict[str, list[Entry]] = {}
        self.key_langs: dict[str, set[str]] = {}
        for alias in aliases:
            for key, _ in keys_for(alias):
                self.key_langs.setdefault(key, set()).add(alias.lang)
        for alias in merged.values():
            for key, entry in keys_for(alias):
                entries = table.setdefault(key, [])
                same = [i for i, e in enumerate(entries) if e.alias.actor_id == alias.actor_id]
                if not same:
                    entries.append(entry)
                else:  # one entry per actor and key: the most permissive case and endings win
                    old = entries[same[0]]
                    keep = entry if _looser(entry.alias, old.alias) else old
                    entries[same[0]] = replace(keep, compound=old.compound or entry.compound,
                                               endings=old.endings | entry.endings,
                                               contracted=old.contracted and entry.contracted)  # fmt: skip
        self.automaton = ahocorasick.Automaton()
        for key, entries in table.items():
            self.automaton.add_word(key, (key, tuple(entries)))
        self.automaton.make_automaton()
        self.size = len(table)

    def find(self, tt: TokenText) -> list[Hit]:
        hits: list[Hit] = []
        if not tt.norm:
            return hits
        starts, norm = tt.starts, tt.norm
        for end_idx, (key, entries) in self.automaton.iter(norm):
            start = end_idx - len(key) + 1
            first = tt.token_at.get(start)
            arabic_prefix = False
            if first is None:
                first = bisect_right(starts, start) - 1
                if norm[starts[first] : start] not in ARABIC_PREFIXES:
                    continue
                arabic_prefix = True
            last = bisect_right(starts, end_idx) - 1
            ending = norm[end_idx + 1 : tt.token_end(last)]
            prefix = norm[starts[first] : start] if arabic_prefix else ""
            ok = [
                e
                for e in entries
                if _ending_ok(e, ending)
                and (not arabic_prefix or e.alias.lang == "ar")
                and (not e.contracted or prefix.endswith(CONTRACTED))
            ]
            if not ok or (last > first and not _tight(tt, first, last)):
                continue
            hits.append(Hit(first, last, ok, exact=not ending, key=key))
        return hits


def _looser(a: Alias, b: Alias) -> bool:
    """``a`` accepts more spellings than ``b``: no ``cs`` beats ``cs``, fewer capitalised words win."""
    if is_cs(a) != is_cs(b):
        return is_cs(b)
    return _capitals(a.text) < _capitals(b.text)


def _capitals(text: str) -> int:
    return sum(1 for w in WORD.findall(text) if w[:1].isupper())


def _ending_ok(entry: Entry, ending: str) -> bool:
    if not ending:
        return True
    return ending in entry.endings or (entry.compound and len(ending) >= 4 and ending.isalpha())


def _tight(tt: TokenText, first: int, last: int) -> bool:
    """Tokens of one name are separated only by spaces, hyphens, abbreviation dots or apostrophes."""
    text = tt.text
    for i in range(first, last):
        gap = text[tt.spans[i][1] : tt.spans[i + 1][0]]
        if NAME_GAP.fullmatch(gap) is None or gap.count("\n") > 0:
            return False
    return True
