"""People: who held an office on a date, and garbled names anchored on a surname.

Machine translation mangles Korean and Chinese names ("Kim Than Jong Jong",
"Kim Jong Jong-un", "Kim Jong -un"). A garbled run is accepted only after a surname
anchor and only when at least one of its capitalised tokens is a given-name token of
a person with that surname; nothing is fuzzy-matched without such an anchor.
"""

from __future__ import annotations

from collections.abc import Iterable

from foedus.actors.data import Alias, Office
from foedus.actors.normalize import TokenText, fold, key_of

_MAX_RUN = 4


class OfficeIndex:
    """Office holders by country and office, queried by date."""

    def __init__(self, offices: Iterable[Office]) -> None:
        self.by_seat: dict[tuple[str, str], list[Office]] = {}
        self.by_person: dict[str, list[Office]] = {}
        for o in offices:
            self.by_seat.setdefault((o.code, o.office), []).append(o)
            self.by_person.setdefault(o.person, []).append(o)
        for seat in self.by_seat.values():
            seat.sort(key=lambda o: o.start)

    def holder(self, code: str, office: str, date: str | None) -> str | None:
        """The person holding ``office`` of ``code`` on ``date`` (latest holder when no date)."""
        terms = self.by_seat.get((code, office))
        if not terms:
            return None
        if not date:
            open_terms = [t for t in terms if not t.end]
            return (open_terms or terms)[-1].person
        for t in reversed(terms):
            if (not t.start or t.start <= date) and (not t.end or date <= t.end):
                return t.person
        return None

    def in_office(self, person: str, date: str | None) -> bool | None:
        """True/False when the person has known terms and a date is given, else None."""
        terms = self.by_person.get(person)
        if not terms or not date:
            return None
        return any((not t.start or t.start <= date) and (not t.end or date <= t.end) for t in terms)

    def offices_of(self, person: str) -> list[Office]:
        return self.by_person.get(person, [])


class GarbleIndex:
    """Given-name tokens of every person, grouped by the folded surname anchor."""

    def __init__(self, aliases: Iterable[Alias]) -> None:
        surnames: dict[str, set[str]] = {}  # person -> folded surnames
        full: dict[str, set[str]] = {}  # person -> folded tokens of full-name aliases
        for a in aliases:
            if a.type == "surname":
                surnames.setdefault(a.actor_id, set()).add(key_of(a.text))
            elif a.type == "person":
                full.setdefault(a.actor_id, set()).update(key_of(a.text).split())
        self.by_surname: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for person, names in surnames.items():
            for s in names:
                given = frozenset(full.get(person, set()) - {s})
                if given:
                    self.by_surname.setdefault(s, []).append((person, given))

    def extend(self, tt: TokenText, anchor: int, candidates: set[str]) -> tuple[str, int, float] | None:
        """``(person, last token, score)`` for a garbled run after the surname at token ``anchor``."""
        people = [(p, g) for p, g in self.by_surname.get(tt.norm_token(anchor), []) if p in candidates]
        if not people:
            return None
        run: list[tuple[int, str]] = []
        for j in range(anchor + 1, min(anchor + 1 + _MAX_RUN, len(tt.spans))):
            gap = tt.text[tt.spans[j - 1][1] : tt.spans[j][0]]
            word = tt.surface(j)
            if gap.strip(" -‐‑") or "\n" in gap:
                break
            if not (word[:1].isupper() or "-" in gap):
                break
            run.append((j, fold(word)))
        best: tuple[str, int, float] | None = None
        best_n = 0
        for person, given in people:
            matched = [j for j, tok in run if _near(tok, given)]
            if len(matched) > best_n:
                best_n = len(matched)
                best = (person, matched[-1], round(0.6 + 0.3 * min(1.0, len(matched) / len(given)), 2))
        return best


def _near(token: str, given: frozenset[str]) -> bool:
    """Exact given-name token, or one edit away for tokens of four letters or more."""
    if token in given:
        return True
    return len(token) >= 4 and any(abs(len(token) - len(g)) <= 1 and _edit1(token, g) for g in given if len(g) >= 4)


def _edit1(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]
