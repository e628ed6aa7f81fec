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

from foedus.actors.data import Alias, RoleWord, load_actors, load_alias_records, load_offices, load_successions
from foedus.actors.matcher import AliasMatcher, Entry, Hit, is_cs, variants
from foedus.actors.normalize import WORD, TokenText, fold, key_of, script_of
from foedus.actors.people import GarbleIndex, OfficeIndex
from foedus.actors.roles import ROLE_WINDOW, RoleLexicon, joined
from foedus.config import Config
from foedus.records import Actor, Analysis, Mention

# Roles that name one person, so a name may follow them ("Foreign Minister X").
PERSON_ROLES = {"minister", "official", "spokesperson", "general", "ambassador", "envoy", "diplomat", "commander",
                "counterpart", "rebel_leader", "opposition_leader", "cleric", "judge", "lawmaker",
                "governor"}  # fmt: skip
# Offices a bare role phrase ("the president") may stand for, given the document's main state.
BARE_ROLES = {"president", "prime_minister", "chancellor", "foreign_minister", "defence_minister", "king",
              "supreme_leader"}  # fmt: skip
_DETERMINERS = {"the", "der", "des", "dem", "den", "die", "le", "la", "l", "el", "del", "du", "al"}
# Type preference when one span names several actors (a name beats a surname, ...).
_TYPE_RANK = {"block": 0, "name": 1, "short": 2, "abbr": 2, "person": 2, "seat": 3, "capital": 3, "adj": 4,
              "demonym": 4, "region": 5, "surname": 5}  # fmt: skip


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
    surname: int = -1  # token of the surname a role phrase's unknown holder is named by ("Minister Jamal Qaderi")


# Russian and Ukrainian adjective endings as written ("российский", "українські"): a word in one heads a noun phrase
_CYRILLIC_ADJ_ENDINGS = ("ий", "ый", "ой", "ій", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым",
                         "им", "ых", "их", "ыми", "ими", "ую", "юю", "ей", "а", "я", "е", "є", "і", "ім", "іх", "іми",
                         "у", "ю", "ою", "ої")  # fmt: skip


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
        self.garble = GarbleIndex(v for a in aliases for v in variants(a))
        self.rolex = RoleLexicon(config.data_dir)
        self.successions = load_successions(config.data_dir)
        # first letters of the titles that may stand before a name or for an office holder: a cheap pre-check
        self.title_heads = {k[:3] for k, rw in self.rolex.roles.items() if rw.offices or rw.role in PERSON_ROLES}

    def __call__(self, analysis: Analysis) -> Analysis:
        analysis.mentions = self.tag(analysis.doc.text, analysis.doc.date, analysis.doc.lang)
        return analysis

    def tag(self, text: str, date: str | None = None, lang: str | None = None) -> list[Mention]:
        """Resolved mentions in ``text``.

        ``date`` (ISO) picks office holders and former officials; ``lang`` (ISO 639-1), when it is
        one of our languages, keeps Latin-script names of other languages out ("Island" is
        Iceland only in German) and reads role words in that language only.
        """
        tt = TokenText.of(text)
        lang = lang if lang in self.rolex.by_lang else None
        self.rolex.lang = lang
        hits = self.matcher.find(tt)
        if lang:
            hits = [h for h in hits if self._spelled_in(h, lang)]
        picks, waiting = self._select(tt, hits, date)
        taken = bytearray(len(tt.spans))
        for p in picks:
            taken[p.first : p.last + 1] = b"\x01" * (p.last - p.first + 1)
        for p in picks:
            self._role(tt, p, date, taken)
        for p in picks:
            if "eth" in p.alias.flags:
                self._ethnic(tt, p, picks)
        named = {p.actor.id for p in picks}
        unresolved = []
        for p in waiting:
            alt = [a for a in p.others if a in named]
            if alt and not any(taken[p.first : p.last + 1]) and not _hyphen_compound(tt, p.last):
                p.actor = self.actors[alt[0]]
                taken[p.first : p.last + 1] = b"\x01" * (p.last - p.first + 1)
                picks.append(p)
            else:
                unresolved.append(p)
        picks += self._bare_surnames(tt, unresolved, picks, taken, date)
        picks += self._unnamed_officials(tt, picks, taken, date)
        picks += self._surname_refs(tt, picks, taken)
        picks += self._alone_roles(tt, picks, taken)
        picks.sort(key=lambda p: p.first)
        out = []
        for p in picks:
            start, end = tt.spans[p.first][0], tt.spans[p.last][1]
            sector = p.sector or self._sector(p, date)
            out.append(Mention(start, end, text[start:end], self._as_of(p.actor, date), sector=sector,
                               role=p.role, score=p.score))  # fmt: skip
        return out

    def _as_of(self, actor: Actor, date: str | None) -> Actor:
        """The actor as coded on ``date``: a state born later is still part of its predecessor then."""
        succ = self.successions.get(actor.code or "")
        if succ is None or not date or date >= succ.start:
            return actor
        if actor.kind == "state" and actor.id == actor.code and succ.before in self.actors:
            return self.actors[succ.before]  # "South Sudan" in 2005 is the south of Sudan
        return replace(actor, code=succ.before)

    # -- selection -----------------------------------------------------------------------------------------

    def _spelled_in(self, h: Hit, lang: str) -> bool:
        langs = self.matcher.key_langs.get(h.key, set())
        if lang in langs or any(x.endswith("-Latn") for x in langs):  # transliterations serve every language
            return True
        return not any(script_of(e.alias.text) == "latin" for e in h.entries)

    def _select(self, tt: TokenText, hits: list[Hit], date: str | None) -> tuple[list[_Pick], list[_Pick]]:
        """Non-overlapping picks, and context-only picks still waiting for their person to be named."""
        cands = []
        for h in hits:
            ok = [e for e in h.entries if _case_ok(e.alias, tt, h.first, h.last)]
            if ok and h.first == h.last and _sentence_start(tt, h.first):
                # "Того ..." opens a Russian sentence as a pronoun far more often than it names Togo
                ok = [e for e in ok if tt.norm_token(h.first) not in self.rolex.function_words]
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
        strong: dict[str, list[int]] = {}  # actors named without context, and where
        for h, es in chosen:
            for e in es:
                if "ctx" not in e.alias.flags:
                    strong.setdefault(e.alias.actor_id, []).append(h.first)
        picks: list[_Pick] = []
        for h, entries in chosen:
            live = [e for e in entries if e.alias.type != "block"]
            if not live:
                continue
            pick = self._garbled(tt, h, live, taken) if any(e.alias.type == "surname" for e in live) else None
            if pick:
                strong.setdefault(pick.actor.id, []).append(pick.first)
            picks.append(pick or self._choose(h, live, date))
        out: list[_Pick] = []
        waiting: list[_Pick] = []
        for p in picks:
            if "ctx" in p.alias.flags:
                alt = [a for a in dict.fromkeys(p.others) if a in strong]
                if not alt:
                    waiting.append(p)  # may still be named by a role phrase ("der nordkoreanische Führer")
                    continue
                # several named ("Saddam Hussein", "King Hussein"): the one named last before, else first after
                p.actor = self.actors[min(alt, key=lambda a: _distance(strong[a], p.first))]
            if (
                "amb" in p.alias.flags
                and _next_to_name(tt, p.first, p.last, self.rolex.function_words)
                and not _declined(tt, p)
            ):
                continue
            if p.alias.type == "surname" and "ctx" in p.alias.flags and _hyphen_compound(tt, p.last):
                continue
            if "own" in p.alias.flags and out and _owned_by(tt, out[-1], p):
                out[-1].last, out[-1].sector = p.last, p.alias.sector or "GOV"  # "Russian Security Council"
                continue
            out.append(p)
        return out, waiting

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

    # -- surnames alone -----------------------------------------------------------------------------------

    def _bare_surnames(
        self, tt: TokenText, waiting: list[_Pick], picks: list[_Pick], taken: bytearray, date: str | None
    ) -> list[_Pick]:
        """Context-only surnames the document names no one for ("President Clinton", "Castro said").

        The candidates are the people the surname may name who fit the document date (all of them
        without a date); a title before it keeps those holding that office then. One candidate left
        names that person, several of one country an unnamed person of that country, several
        countries nothing ("Hussein" in 1995: Saddam or King Hussein). As such surnames are also
        common names and words, each needs a title or form of address before it or its country named
        in the document, and no other capitalised name next to it ("James Taylor"); an ``amb`` one
        ("Christopher") without a title must be followed by a lower-case word ("Christopher said").
        """
        codes = {p.actor.code for p in picks if p.actor.code}
        out = []
        for p in waiting:
            if p.alias.type != "surname" or any(taken[p.first : p.last + 1]) or _hyphen_compound(tt, p.last):
                continue
            if not self._bare(tt, p.first, p.last) or self._common_word(tt, p.first):
                continue
            title = self._title_before(tt, p.first)
            addressed = title is not None or self._honorific_before(tt, p.first)
            if "amb" in p.alias.flags and not addressed and not _lower_next(tt, p.last):
                continue
            people = [a for a in dict.fromkeys(p.others) if self.actors[a].kind == "person"]
            fits = [a for a in people if self.offices.in_office(a, date) is not False]
            if title is not None and title[0].offices:
                fits = [a for a in fits if self._holds(a, title[0].offices, date)] or fits
            countries = {self.actors[a].code for a in fits}
            if len(countries) != 1:
                continue
            code = countries.pop()
            if not (addressed or code in codes):
                continue
            if len(fits) == 1:
                p.actor, p.score = self.actors[fits[0]], 0.8
            else:
                sectors = {self.actors[a].sector for a in fits}
                name = tt.surface(p.last)
                p.actor = Actor(id=f"?{name}", name=name, kind="person", code=code,
                                sector=sectors.pop() if len(sectors) == 1 else None)  # fmt: skip
                p.score = 0.6
            if title is not None and not any(taken[title[1] : p.first]):
                p.first, p.role, p.sector = title[1], title[0].role, title[0].sector
            taken[p.first : p.last + 1] = b"\x01" * (p.last - p.first + 1)
            out.append(p)
        return out

    def _surname_refs(self, tt: TokenText, picks: list[_Pick], taken: bytearray) -> list[_Pick]:
        """A bare surname names the person the document names in full ("Warren Christopher ... Christopher said").

        Only a free capitalised token with no other capitalised name next to it; a surname two people of the
        document share names them only when they are of one country (then an unnamed person of it).
        """
        by_key: dict[str, dict[str, _Pick]] = {}
        for p in picks:
            if p.surname >= 0:  # "Interior Minister Jamal Qaderi": the state's office holder, as first named
                last = tt.surface(p.surname)
            elif p.actor.kind == "person" and p.alias.type == "person":
                words = WORD.findall(p.alias.text)
                last = words[-1] if len(words) > 1 else ""
            else:
                continue
            if len(last) >= 3 and last[:1].isupper() and last[1:].islower():
                by_key.setdefault(fold(last), {}).setdefault(p.actor.id, p)
        out: list[_Pick] = []
        if not by_key:
            return out
        for i, tok in enumerate(tt.tokens):
            named = by_key.get(tok)
            if named is None or taken[i] or not tt.surface(i)[:1].isupper() or _hyphen_compound(tt, i):
                continue
            if not self._bare(tt, i, i) or self._common_word(tt, i):
                continue
            codes = {q.actor.code for q in named.values()}
            if len(codes) != 1:
                continue
            name = tt.surface(i)
            first = next(iter(named.values()))
            if len(named) == 1:
                actor, sector, role = first.actor, first.sector, first.role
            else:
                actor, sector, role = Actor(id=f"?{name}", name=name, kind="person", code=codes.pop()), None, None
            taken[i] = 1
            out.append(_Pick(i, i, actor, Alias(actor.id, name, "", "surname"), True, 0.7, sector, role))
        return out

    def _bare(self, tt: TokenText, first: int, last: int) -> bool:
        """No other capitalised name right before (a title or form of address may stand there) or after."""
        nxt = last + 1
        if nxt < len(tt.spans) and joined(tt, last, nxt) and tt.surface(nxt)[:1].isupper():
            return False
        prev = first - 1
        if prev < 0 or not joined(tt, prev, first) or not tt.surface(prev)[:1].isupper():
            return True
        if self._honorific_before(tt, first) or self._title_before(tt, first) is not None:
            return True
        return _sentence_start(tt, prev) and tt.norm_token(prev) in self.rolex.function_words

    def _title_before(self, tt: TokenText, first: int) -> tuple[RoleWord, int] | None:
        """A person's title right before token ``first`` ("President", "Secretary of State"): (role, first token)."""
        found = self.rolex.before(tt, first)
        if found is None or not (found[0].offices or found[0].role in PERSON_ROLES):
            return None
        return found

    def _honorific_before(self, tt: TokenText, first: int) -> bool:
        """A form of address right before token ``first`` ("Mr", "Frau")."""
        prev = first - 1
        if prev < 0 or tt.norm_token(prev) not in self.rolex.honorifics:
            return False
        gap = tt.text[tt.spans[prev][1] : tt.spans[first][0]]
        return gap.lstrip(".") in (" ", "\u00a0")  # "Mr Blair", "Mr. Clinton", "M. Chirac"

    def _common_word(self, tt: TokenText, i: int) -> bool:
        """Token ``i`` opens a sentence and is written lower-case elsewhere in the text ("Major powers ...")."""
        if not _sentence_start(tt, i) or self._honorific_before(tt, i):  # "Mr. Major" ends no sentence
            return False
        tok = tt.tokens[i]
        return any(t == tok and tt.surface(j).islower() for j, t in enumerate(tt.tokens) if j != i)

    def _holds(self, person: str, offices: tuple[str, ...], date: str | None) -> bool:
        """The person held one of ``offices`` on ``date`` (ever, without a date)."""
        return any(
            o.office in offices and (not date or ((not o.start or o.start <= date) and (not o.end or date <= o.end)))
            for o in self.offices.offices_of(person)
        )

    # -- roles and sectors ---------------------------------------------------------------------------------

    def _role(self, tt: TokenText, p: _Pick, date: str | None, taken: bytearray) -> None:
        """Attach a free role phrase right after (or before) the mention: sector, role, office holder."""
        if p.actor.kind == "source":
            return
        # Russian and Ukrainian put a noun's owner after it ("уряд Литви"): a role word after a Cyrillic name that is
        # no adjective heads the next phrase ("передав Молдові уряд Естонії"), it is not that name's
        # ("Сербии правительство": "серб-" + "ии" is the noun "Сербия", no adjective, though a demonym stem matched it)
        own_after = script_of(p.alias.text) != "cyrillic" or (
            p.alias.type in ("adj", "demonym") and tt.surface(p.last).lower().endswith(_CYRILLIC_ADJ_ENDINGS)
        )
        found = self.rolex.after(tt, p.last) if own_after else None
        if found is None and p.alias.type in ("adj", "demonym"):
            # An adjective heads a noun phrase: "Albanian ethnic rebels", "russische Feuersysteme".
            t = p.last + 1
            if (
                t < len(tt.spans)
                and joined(tt, t - 1, t)
                and tt.surface(t).islower()
                and tt.norm_token(t) not in self.rolex.function_words
                and tt.norm_token(t) not in self.rolex.backer_words  # "Rwandan-backed rebels" are not Rwanda's
            ):
                found = self.rolex.after(tt, t)
        if found and not any(taken[p.last + 1 : found[1] + 1]):
            rw, last = found
            taken[p.last + 1 : last + 1] = b"\x01" * (last - p.last)
            p.last = last
        else:
            found = self.rolex.before(tt, p.first)
            if not found or any(taken[found[1] : p.first]):
                return
            rw, first = found
            taken[first : p.first] = b"\x01" * (p.first - first)
            p.first = first
        p.role, p.sector = rw.role, rw.sector or p.sector
        if p.alias.sector == "CVL" and p.sector == "GOV":
            p.sector = "ELI"  # "Tamil leaders": a people's leaders are its elite, not a government
        if p.actor.kind == "state" and p.actor.code and rw.offices:
            for office in rw.offices:
                pid = self.offices.holder(p.actor.code, office, date)
                if pid and pid in self.actors:
                    p.actor = self.actors[pid]
                    p.sector = self._sector(p, date) if rw.sector in (None, "GOV") else rw.sector
                    break

    def _ethnic(self, tt: TokenText, p: _Pick, picks: list[_Pick]) -> None:
        """An ethnic adjective names people who are coded where they live, as event coders do.

        "ethnic Albanians" (rebels, villagers) in a sentence that names a place or state of another
        country (Macedonia, Kosovo, Montenegro), else in a document about one, belong to that country;
        "Albanian troops" stay Albania's. A people with no state of its own (Kurds, Hutus, Pashtuns)
        is always coded where it lives.
        """
        before = p.first - 1
        ethnic = before >= 0 and tt.norm_token(before) in self.rolex.ethnic_words and joined(tt, before, p.first)
        if p.actor.id != p.alias.actor_id:
            return  # the role phrase named a person ("Russian Foreign Minister" -> Ivanov)
        if p.actor.kind == "state" and not ethnic:
            return  # "Albanian rebels" may come from Albania; only "ethnic" says they are a people elsewhere
        others = [q for q in picks if q.actor.kind == "state" and q.actor.code and q.actor.code != p.actor.code
                  and not (q.first <= p.first and p.last <= q.last)]  # fmt: skip
        home = _resident_state(tt, others, p)
        if home is None:
            main = self._main_state(others)
            home = main if main is not None and main.code != p.actor.code else None
        if home is not None:
            # a people named alone is its civilians; a religious community keeps its sector (REL)
            own = p.actor.sector if p.actor.kind != "state" else None
            p.actor = home
            p.sector = p.sector if p.role else (p.alias.sector or own or "CVL")

    def _unnamed_officials(self, tt: TokenText, picks: list[_Pick], taken: bytearray, date: str | None) -> list[_Pick]:
        """Office holders we have no data on ("President Abdelaziz Bouteflika").

        A name after a state's role phrase joins that mention ("Kyrgyz President Askar Akayev");
        a name after a bare person role ("President X") gets the document's most mentioned state,
        with a low score, and nothing when the document names no state.
        """
        apposed = []
        for p in picks:
            if p.role and p.actor.kind == "state":
                end = self.rolex.name_after(tt, p.last, taken)
                if end is not None:
                    taken[p.last + 1 : end + 1] = b"\x01" * (end - p.last)
                    p.last = p.surname = end
                    continue
                span = self.rolex.apposed_name(tt, p.first, taken)
                if span is not None:
                    name = " ".join(tt.surface(k) for k in range(span[0], span[1] + 1))
                    actor = Actor(id=f"?{name}", name=name, kind="person", code=p.actor.code, sector=p.sector)
                    taken[span[0] : span[1] + 1] = b"\x01" * (span[1] - span[0] + 1)
                    apposed.append(_Pick(span[0], span[1], actor, Alias(actor.id, name, "", "person"), True, 0.5,
                                         p.sector, p.role))  # fmt: skip
        main = self._main_state(picks)
        if main is None:
            return apposed
        state_picks = sorted((p for p in picks if p.actor.kind == "state"), key=lambda p: -p.last)
        out = []
        for i in range(len(tt.spans)):
            if taken[i] or tt.tokens[i][:3] not in self.title_heads:
                continue
            rw, head = self.rolex.word([tt.norm_token(i)]), i
            if i + 1 < len(tt.spans) and not taken[i + 1] and joined(tt, i, i + 1):
                two = self.rolex.word([tt.norm_token(i), tt.norm_token(i + 1)])  # "rebel leader", "Field Marshal"
                if two and two.role in PERSON_ROLES:
                    rw, head = two, i + 1
            if not rw or not (rw.offices or rw.role in PERSON_ROLES):
                continue
            # the sentence's own state before the title, else after it ("Regierungssprecher X sagte, Japan ..."):
            # the document's main state is only a last resort, it is often the other side (PRK in a JPN quote)
            state = _nearest_state(tt, state_picks, i) or _next_state(tt, state_picks, i) or main
            # a capitalised title ("President X"), or a two-word one in running text ("rebel leader X")
            titled = tt.surface(i)[:1].isupper() or head > i
            end = self.rolex.name_after(tt, head, taken) if titled else None
            if end is not None:
                name = " ".join(tt.surface(k) for k in range(head + 1, end + 1))
                actor = Actor(id=f"?{name}", name=name, kind="person", code=state.code, sector=rw.sector)
                pick = _Pick(i, end, actor, Alias(actor.id, name, "", "person"), True, 0.5, rw.sector, rw.role)
            elif rw.role in BARE_ROLES and _determined(tt, i) and not self._specified(tt, i):
                # "the president", "der Außenminister": the office holder of the document's main state
                pid = next((h for o in rw.offices if (h := self.offices.holder(state.id, o, date))), None)
                actor = self.actors.get(pid or "", state)
                pick = _Pick(i, i, actor, Alias(actor.id, tt.surface(i), "", "seat"), True, 0.6, rw.sector, rw.role)
            else:
                continue
            taken[pick.first : pick.last + 1] = b"\x01" * (pick.last - pick.first + 1)
            out.append(pick)
        return apposed + out

    def _main_state(self, picks: list[_Pick]) -> Actor | None:
        """The document's most mentioned state, when one state leads."""
        counts: dict[str, int] = {}
        for p in picks:
            if p.actor.kind == "state" and p.actor.code:
                counts[p.actor.code] = counts.get(p.actor.code, 0) + 1
        top = sorted(counts.items(), key=lambda kv: -kv[1])
        if not top or (len(top) > 1 and top[0][1] == top[1][1]):
            return None
        return self.actors.get(top[0][0])

    def _alone_roles(self, tt: TokenText, picks: list[_Pick], taken: bytearray) -> list[_Pick]:
        """Role words that name an actor by themselves: "the rebels", "police", "aid agencies", "die Regierung".

        A state institution ("the government", "troops") belongs, with a low score, to the state named just
        before it in the same sentence ("In Liberia, troops ..."), else to the document's most mentioned state.
        A group ("rebels", "protesters") belongs where it acts, as event coders assign it: to the country of a
        place named in its sentence ("in northern Uganda", "near Kabul"), else to the sentence's one state,
        else to no state. NGOs always get the code NGO.
        A run of role words names its last one ("government troops" → MIL).
        """
        state_picks = sorted((p for p in picks if p.actor.kind == "state"), key=lambda p: -p.last)
        # a national group acting in the sentence ("the Taliban killed five policemen") places it as a state does
        group_homes = [
            replace(p, actor=home)
            for p in picks
            if p.actor.kind == "group" and (home := self.actors.get(p.actor.code or "")) and home.kind == "state"
        ]
        main = self._main_state(picks)
        out = []
        i = 0
        while i < len(tt.spans):
            found = self._alone_at(tt, i, taken)
            if found is None:
                i += 1
                continue
            rw, last = found
            while last + 1 < len(tt.spans) and joined(tt, last, last + 1):
                more = self._alone_at(tt, last + 1, taken)
                if more is None:
                    break
                rw, last = more
            surface = tt.text[tt.spans[i][0] : tt.spans[last][1]]
            if rw.alone == "state":
                state = _nearest_state(tt, state_picks, i) or main or _group_state(tt, group_homes, i)
            elif rw.alone == "ngo":
                state = None
            else:
                state = _group_state(tt, state_picks + group_homes, i)
            if state is not None:
                actor = state
            elif rw.alone == "ngo":
                actor = Actor(id="?ngo", name=surface, kind="group", code="NGO")
            else:
                actor = Actor(id=f"?{rw.role}", name=rw.role, kind="group", sector=rw.sector)
            taken[i : last + 1] = b"\x01" * (last - i + 1)
            out.append(_Pick(i, last, actor, Alias(actor.id, surface, "", "seat"), True, 0.5, rw.sector, rw.role))
            i = last + 1
        return out

    def _alone_at(self, tt: TokenText, i: int, taken: bytearray) -> tuple[RoleWord, int] | None:
        """A free role phrase naming an actor alone that starts at token ``i``: (role, its last token)."""
        tok = tt.tokens[i]
        if taken[i] or (tok[:5] not in self.rolex.alone_heads and tok[:3] not in self.rolex.alone_heads):
            return None
        for k in range(min(ROLE_WINDOW, len(tt.spans) - i), 0, -1):
            if any(taken[i : i + k]) or (k > 1 and not all(joined(tt, j, j + 1) for j in range(i, i + k - 1))):
                continue
            rw = self.rolex.word([tt.norm_token(j) for j in range(i, i + k)], strict=True)
            if rw is not None and rw.alone:
                return rw, i + k - 1
        return None

    def _specified(self, tt: TokenText, i: int) -> bool:
        """The role is qualified by what follows ("die Außenminister der 27 Mitgliedstaaten")."""
        return i + 1 < len(tt.spans) and tt.norm_token(i + 1) in self.rolex.linkers and joined(tt, i, i + 1)

    def _sector(self, p: _Pick, date: str | None) -> str | None:
        if p.actor.kind == "person":
            return "ELI" if self.offices.in_office(p.actor.id, date) is False else (p.actor.sector or "GOV")
        sector = p.alias.sector or p.actor.sector
        if p.alias.type == "region":
            return sector  # a region names a place, not its state's government
        if sector is None and (p.actor.kind == "state" or (p.actor.kind == "igo" and p.actor.code != "NGO")):
            return "GOV"  # a state or an intergovernmental body named alone acts as its government (PLOVER)
        return sector


def _case_ok(alias: Alias, tt: TokenText, first: int, last: int) -> bool:
    """Exact-case aliases must match exactly; capitalised aliases need a capital in the text."""
    surface = tt.surface(first)
    if is_cs(alias):
        want = "".join(WORD.findall(alias.text))
        return "".join(tt.surface(i) for i in range(first, last + 1)) == want
    words = WORD.findall(alias.text)
    if len(words) != last - first + 1:
        lead = alias.text.lstrip()[:1]
        return not (lead.isupper() and not surface[:1].isupper())
    # every capitalised word of the alias needs a capital in the text ("La Reunión", not "La reunión")
    return all(not w[:1].isupper() or tt.surface(first + i)[:1].isupper() for i, w in enumerate(words))


def _next_to_name(tt: TokenText, first: int, last: int, function_words: set[str]) -> bool:
    """A capitalised word right before or after: "Chad Smith", "Michael Jordan" (not "In Jordan")."""
    for j, a, b in ((first - 1, first - 1, first), (last + 1, last, last + 1)):
        if 0 <= j < len(tt.spans) and joined(tt, a, b) and tt.surface(j)[:1].isupper():
            if j == first - 1 and _sentence_start(tt, j) and tt.norm_token(j) in function_words:
                continue
            return True
    return False


def _declined(tt: TokenText, p: _Pick) -> bool:
    """Whether the name carries a case ending ("Forderungen Washingtons", "Washingtons Regierung"): a German
    genitive of a place, whose capitalised neighbour is a noun, not a first name ("George Washington")."""
    key = key_of(p.alias.text).split(" ")[-1:]
    return bool(key) and script_of(p.alias.text) == "latin" and tt.norm_token(p.last) != key[0]


def _distance(positions: list[int], i: int) -> tuple[int, int]:
    """How far back the nearest earlier position lies from token ``i``; a later one ranks after all earlier."""
    before = [i - k for k in positions if k < i]
    return (0, min(before)) if before else (1, min(k - i for k in positions))


def _lower_next(tt: TokenText, last: int) -> bool:
    """A lower-case word follows token ``last`` in the same clause ("Christopher said")."""
    nxt = last + 1
    return nxt < len(tt.spans) and joined(tt, last, nxt) and tt.surface(nxt)[:1].islower()


def _nearest_state(tt: TokenText, picks: list[_Pick], i: int) -> Actor | None:
    """The closest state named before token ``i`` in the same sentence ("Tokio ... Regierungssprecher X").

    ``picks`` are state mentions, latest first.
    """
    start = tt.spans[i][0]
    for p in picks:  # latest first
        if p.last >= i:
            continue
        between = tt.text[tt.spans[p.last][1] : start]
        if any(c in between for c in ".!?\n"):
            return None
        return p.actor
    return None


_PLACE_TYPES = {"region", "capital"}


def _group_state(tt: TokenText, picks: list[_Pick], i: int) -> Actor | None:
    """The state of a group named by a bare role word at token ``i`` (see ``ActorTagger._alone_roles``)."""
    text, at = tt.text, tt.spans[i][0]
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [e for c in ".!?\n" if (e := text.find(c, at)) >= 0]
    end = min(ends) if ends else len(text)
    inside = [p for p in picks if start <= tt.spans[p.first][0] < end]
    places = [p for p in inside if p.alias.type in _PLACE_TYPES]
    if places:
        return min(places, key=lambda p: abs(p.first - i)).actor
    states = {p.actor.id for p in inside}
    return inside[0].actor if len(states) == 1 else None


def _resident_state(tt: TokenText, others: list[_Pick], p: _Pick) -> Actor | None:
    """The state where an ethnic group named at ``p`` lives: the nearest place of another state named in
    its sentence, else the nearest other state named there."""
    text, at = tt.text, tt.spans[p.first][0]
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [e for c in ".!?\n" if (e := text.find(c, tt.spans[p.last][1])) >= 0]
    end = min(ends) if ends else len(text)
    inside = [q for q in others if start <= tt.spans[q.first][0] < end]
    places = [q for q in inside if q.alias.type in _PLACE_TYPES]
    near = places or inside
    return min(near, key=lambda q: abs(q.first - p.first)).actor if near else None


def _owned_by(tt: TokenText, prev: _Pick, p: _Pick) -> bool:
    """A state's name or adjective right before a generic body's name makes it that state's body."""
    if prev.actor.kind != "state" or prev.alias.type not in ("name", "short", "adj", "abbr") or prev.last >= p.first:
        return False
    gap = tt.text[tt.spans[prev.last][1] : tt.spans[p.first][0]]
    return gap.strip() in ("", "'s", "’s", "-")


def _next_state(tt: TokenText, picks: list[_Pick], i: int) -> Actor | None:
    """The closest state named after token ``i`` in the same sentence; ``picks`` are latest first."""
    end = tt.spans[i][1]
    for p in reversed(picks):
        if p.first <= i:
            continue
        if any(c in tt.text[end : tt.spans[p.first][0]] for c in ".!?\n"):
            return None
        return p.actor
    return None


def _determined(tt: TokenText, i: int) -> bool:
    """A determiner or the start of a sentence before token ``i``, or a capitalised title ("President")."""
    if i == 0 or _sentence_start(tt, i):
        return True
    return tt.norm_token(i - 1) in _DETERMINERS and joined(tt, i - 1, i)


def _hyphen_compound(tt: TokenText, last: int) -> bool:
    """The token is the first part of a hyphenated compound ("Kim-Dynastie")."""
    if last + 1 >= len(tt.spans):
        return False
    gap = tt.text[tt.spans[last][1] : tt.spans[last + 1][0]]
    return gap in ("-", "‐", "‑")


def _sentence_start(tt: TokenText, j: int) -> bool:
    before = tt.text[: tt.spans[j][0]].rstrip()
    return not before or before[-1] in '.!?:\n"“„«'
