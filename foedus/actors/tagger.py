"""The actor stage: find mentions of states, organisations, people and sources and resolve them.

One pass of an Aho–Corasick automaton over the document's token string finds every
alias (with inflection endings); overlapping hits are settled leftmost-longest, exact
before inflected; guards drop case mismatches ("turkey", "us"), context-only names
("Kim" without Kim Jong Un in the document) and common first names ("Chad Smith").
Role words next to a mention set its sector ("US officials" → GOV) and, with an office
and the document date, resolve it to the office holder ("der russische Präsident" → Putin).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from foedus.actors.data import Alias, RoleWord, load_actors, load_alias_records, load_offices, load_roles
from foedus.actors.matcher import AliasMatcher, Entry, Hit, is_cs
from foedus.actors.normalize import WORD, TokenText
from foedus.actors.people import GarbleIndex, OfficeIndex
from foedus.config import Config
from foedus.records import Actor, Analysis, Mention

# Type preference when one span names several actors (a name beats a surname, ...).
_TYPE_RANK = {"block": 0, "name": 1, "short": 2, "abbr": 2, "person": 2, "seat": 3, "capital": 3, "adj": 4,
              "demonym": 4, "surname": 5}  # fmt: skip
_ROLE_WINDOW = 3  # longest role phrase, in tokens


@dataclass
class _Pick:
    first: int
    last: int
    actor: Actor
    alias: Alias
    exact: bool
    score: float = 1.0
    sector: str | None = None
    role: str | None = None
    others: tuple[str, ...] = ()  # every actor the alias could name, for context-only aliases


class ActorTagger:
    """Recognise and resolve actor mentions; fills ``analysis.mentions``."""

    name = "actors"
    needs = ("sentences",)
    adds = ("mentions",)

    def __init__(self, config: Config | None = None) -> None:
        config = config or Config()
        self.actors = load_actors(config.data_dir)
        aliases = [a for a in load_alias_records(config.data_dir) if a.type == "block" or a.actor_id in self.actors]
        self.matcher = AliasMatcher(aliases)
        self.offices = OfficeIndex(load_offices(config.data_dir))
        self.garble = GarbleIndex(aliases)
        self.roles: dict[str, RoleWord] = {}
        for table in load_roles(config.data_dir).values():
            for key, rw in table.items():
                self.roles.setdefault(key, rw)
        self.linkers = {k for k, rw in self.roles.items() if rw.role == "link"}

    def __call__(self, analysis: Analysis) -> Analysis:
        analysis.mentions = self.tag(analysis.doc.text, analysis.doc.date)
        return analysis

    def tag(self, text: str, date: str | None = None) -> list[Mention]:
        """Resolved mentions in ``text``; ``date`` (ISO) picks office holders and former officials."""
        tt = TokenText.of(text)
        picks = self._select(tt, self.matcher.find(tt), date)
        taken = bytearray(len(tt.spans))
        for p in picks:
            taken[p.first : p.last + 1] = b"\x01" * (p.last - p.first + 1)
        for p in picks:
            self._role(tt, p, date, taken)
        out = []
        for p in picks:
            start, end = tt.spans[p.first][0], tt.spans[p.last][1]
            out.append(Mention(start, end, text[start:end], p.actor, sector=p.sector or self._sector(p, date),
                               role=p.role, score=p.score))  # fmt: skip
        return out

    # -- selection -----------------------------------------------------------------------------------------

    def _select(self, tt: TokenText, hits: list[Hit], date: str | None) -> list[_Pick]:
        cands = []
        for h in hits:
            ok = [e for e in h.entries if _case_ok(e.alias, tt, h.first, h.last)]
            if ok:
                cands.append((h, ok))
        cands.sort(key=lambda c: (-(c[0].last - c[0].first), not c[0].exact, c[0].first))
        taken = bytearray(len(tt.spans))
        chosen: list[tuple[Hit, list[Entry]]] = []
        for h, entries in cands:
            if any(taken[h.first : h.last + 1]):
                continue
            taken[h.first : h.last + 1] = b"\x01" * (h.last - h.first + 1)
            chosen.append((h, entries))
        chosen.sort(key=lambda c: c[0].first)
        strong = {e.alias.actor_id for h, es in chosen for e in es if "ctx" not in e.alias.flags}
        picks: list[_Pick] = []
        for h, entries in chosen:
            live = [e for e in entries if e.alias.type != "block"]
            if not live:
                continue
            pick = self._garbled(tt, h, live, taken) if any(e.alias.type == "surname" for e in live) else None
            if pick:
                strong.add(pick.actor.id)
            picks.append(pick or self._choose(h, live, date))
        out = []
        for p in picks:
            if "ctx" in p.alias.flags and p.actor.id not in strong:
                alt = [a for a in p.others if a in strong]
                if not alt:
                    continue
                p.actor = self.actors[alt[0]]
            if "amb" in p.alias.flags and _next_to_name(tt, p.first, p.last):
                continue
            if p.alias.type == "surname" and "ctx" in p.alias.flags and _hyphen_compound(tt, p.last):
                continue
            out.append(p)
        return out

    def _choose(self, h: Hit, entries: list[Entry], date: str | None) -> _Pick:
        def rank(e: Entry) -> tuple[int, int, int]:
            in_office = self.offices.in_office(e.alias.actor_id, date)
            return ("ctx" in e.alias.flags, in_office is False, _TYPE_RANK.get(e.alias.type, 6))

        best = min(entries, key=rank)
        return _Pick(h.first, h.last, self.actors[best.alias.actor_id], best.alias, h.exact,
                     score=1.0 if h.exact else 0.95, sector=best.alias.sector,
                     others=tuple(e.alias.actor_id for e in entries))  # fmt: skip

    def _garbled(self, tt: TokenText, h: Hit, entries: list[Entry], taken: bytearray) -> _Pick | None:
        people = {e.alias.actor_id for e in entries if e.alias.type == "surname"}
        found = self.garble.extend(tt, h.last, people)
        if not found:
            return None
        person, last, score = found
        if any(taken[h.last + 1 : last + 1]):
            return None
        alias = next(e.alias for e in entries if e.alias.actor_id == person)
        taken[h.last + 1 : last + 1] = b"\x01" * (last - h.last)
        return _Pick(h.first, last, self.actors[person], replace(alias, flags=frozenset()), False, score=score)

    # -- roles and sectors ---------------------------------------------------------------------------------

    def _role(self, tt: TokenText, p: _Pick, date: str | None, taken: bytearray) -> None:
        """Attach a free role phrase right after (or before) the mention: sector, role, office holder."""
        if p.actor.kind == "source":
            return
        found = self._role_after(tt, p.last)
        if found and not any(taken[p.last + 1 : found[1] + 1]):
            rw, last = found
            taken[p.last + 1 : last + 1] = b"\x01" * (last - p.last)
            p.last = last
        else:
            found = self._role_before(tt, p.first)
            if not found or any(taken[found[1] : p.first]):
                return
            rw, first = found
            taken[first : p.first] = b"\x01" * (p.first - first)
            p.first = first
        p.role, p.sector = rw.role, rw.sector or p.sector
        if p.actor.kind == "state" and p.actor.code and rw.offices:
            for office in rw.offices:
                pid = self.offices.holder(p.actor.code, office, date)
                if pid and pid in self.actors:
                    p.actor = self.actors[pid]
                    p.sector = self._sector(p, date) if rw.sector in (None, "GOV") else rw.sector
                    break

    def _role_after(self, tt: TokenText, last: int) -> tuple[RoleWord, int] | None:
        t = last + 1
        if t >= len(tt.spans) or not _joined(tt, last, t):
            return None
        for k in range(min(_ROLE_WINDOW, len(tt.spans) - t), 0, -1):
            if k > 1 and not all(_joined(tt, i, i + 1) for i in range(t, t + k - 1)):
                continue
            rw = self._role_word([tt.norm_token(i) for i in range(t, t + k)])
            if rw and rw.role != "link":
                return rw, t + k - 1
        return None

    def _role_before(self, tt: TokenText, first: int) -> tuple[RoleWord, int] | None:
        end = first - 1
        while end >= 0 and tt.norm_token(end) in self.linkers and first - end <= 2:
            end -= 1
        if end < 0 or not all(_joined(tt, i, i + 1) for i in range(end, first)):
            return None
        for k in range(min(_ROLE_WINDOW, end + 1), 0, -1):
            s = end - k + 1
            if k > 1 and not all(_joined(tt, i, i + 1) for i in range(s, end)):
                continue
            rw = self._role_word([tt.norm_token(i) for i in range(s, end + 1)])
            if rw and rw.role != "link":
                return rw, s
        return None

    def _role_word(self, tokens: list[str]) -> RoleWord | None:
        """The role of a phrase; its last word may carry a case ending of up to four letters."""
        head, last = " ".join(tokens[:-1]), tokens[-1]
        for cut in range(0, min(4, len(last) - 3) + 1):
            key = (head + " " if head else "") + (last[:-cut] if cut else last)
            rw = self.roles.get(key)
            if rw:
                return rw
        return None

    def _sector(self, p: _Pick, date: str | None) -> str | None:
        if p.actor.kind == "person":
            return "ELI" if self.offices.in_office(p.actor.id, date) is False else (p.actor.sector or "GOV")
        return p.alias.sector or p.actor.sector


def _case_ok(alias: Alias, tt: TokenText, first: int, last: int) -> bool:
    """Exact-case aliases must match exactly; capitalised aliases need a capital in the text."""
    surface = tt.surface(first)
    if is_cs(alias):
        want = "".join(WORD.findall(alias.text))
        return "".join(tt.surface(i) for i in range(first, last + 1)) == want
    lead = alias.text.lstrip()[:1]
    return not (lead.isupper() and not surface[:1].isupper())


def _joined(tt: TokenText, i: int, j: int) -> bool:
    """Tokens ``i`` and ``j`` are neighbours separated only by a space or a hyphen."""
    gap = tt.text[tt.spans[i][1] : tt.spans[j][0]]
    return len(gap) <= 3 and not gap.strip(" -‐‑\u00a0")


def _next_to_name(tt: TokenText, first: int, last: int) -> bool:
    """A capitalised word right before or after: "Chad Smith", "Michael Jordan"."""
    for j, a, b in ((first - 1, first - 1, first), (last + 1, last, last + 1)):
        if 0 <= j < len(tt.spans) and _joined(tt, a, b) and tt.surface(j)[:1].isupper():
            if j == first - 1 and _sentence_start(tt, j):
                continue
            return True
    return False


def _hyphen_compound(tt: TokenText, last: int) -> bool:
    """The token is the first part of a hyphenated compound ("Kim-Dynastie")."""
    if last + 1 >= len(tt.spans):
        return False
    gap = tt.text[tt.spans[last][1] : tt.spans[last + 1][0]]
    return gap in ("-", "‐", "‑")


def _sentence_start(tt: TokenText, j: int) -> bool:
    before = tt.text[: tt.spans[j][0]].rstrip()
    return not before or before[-1] in '.!?:\n"“„«'
