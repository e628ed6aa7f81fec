"""Speaker and source phrases: find the noun phrase next to a cue and resolve it to an actor.

Resolution goes through the actor stage's mentions (so people, states and
sources like "The Telegraph" or "ISW" come from the actor data); a phrase with
no mention keeps its text (e.g. "westlicher Geheimdienste"), with the code of a
state mentioned inside it ("US-Beamte" → USA).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from foedus.attribution.lexicon import Lexicon
from foedus.records import ActorRef, Mention

_TOKEN = re.compile(r"\w+(?:[-’'.]\w+)*|[^\w\s]")
_KIND_RANK = {"source": 0, "person": 1, "igo": 2, "group": 3, "state": 4}
_MAX_NP = 8
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_APPOSITION = re.compile(r"(?<!\w)(?P<p>\w+),\s*(?P<np>[^\W\d][^,.;:!?\n]{0,60}?)\s*,\s*$")


@dataclass
class Speaker:
    """A resolved speaker or source; ``publication`` when it is an anaphor like "die Zeitung"."""

    ref: ActorRef
    publication: bool = False
    pronoun: bool = False


def refer(pronoun: ActorRef, antecedent: ActorRef) -> ActorRef:
    """A pronoun mention that stands for ``antecedent`` (its identity, the pronoun's place)."""
    return ActorRef(text=pronoun.text, code=antecedent.code, sector=antecedent.sector, wikidata=antecedent.wikidata,
                    name=antecedent.name or antecedent.text, start=pronoun.start, end=pronoun.end)  # fmt: skip


class SpeakerResolver:
    """Finds and resolves speaker phrases in one document."""

    def __init__(self, lex: Lexicon, text: str, mentions: list[Mention], stops: Sequence[tuple[int, int]] = ()) -> None:
        self.lex = lex
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.stop_at = {s for s, _e in stops}  # a phrase ends where a time expression starts
        self._whole_np = "whole-np-source" in lex.words.get("setting", ())  # "die Kollegin von der FDP", as written

    def _last_mention_before(self, pos: int) -> Mention | None:
        """The last actor mention ending before ``pos`` with no sentence end between them."""
        before = [m for m in self.mentions if m.end <= pos and m.actor.kind != "source"]
        if not before or _SENTENCE_END.search(self.text, before[-1].end, pos):
            return None
        return before[-1]

    def np_after(self, pos: int, limit: int) -> tuple[int, int] | None:
        """The noun phrase starting at ``pos`` (a source after "laut", an inverted subject)."""
        toks = [(m.start() + pos, m.end() + pos, m.group()) for m in _TOKEN.finditer(self.text[pos:limit])]
        out: list[tuple[int, int, str]] = []
        depth = 0
        seen_noun = False
        if toks and self.lex.is_word(toks[0][2], "pronoun") and toks[0][0] not in self.stop_at:
            return toks[0][0], toks[0][1]  # "fordern wir mehr Geld": the pronoun is the whole subject
        for s, e, w in toks:
            if w == "(":
                depth += 1
            elif w == ")" and depth:
                depth -= 1
                out.append((s, e, w))
                continue
            if depth:
                out.append((s, e, w))
                continue
            if (not w[0].isalnum() and w not in "-$") or s in self.stop_at:
                break
            if any(self.lex.is_word(w, c) for c in ("stop", "aux", "complementizer", "conjunction", "relative")):
                break
            if self.lex.nouns_capitalised and seen_noun and w[0].islower() and not self.lex.is_word(w, "np-link"):
                break  # German nouns are capitalised: "westlicher Geheimdienste | liegt", "Seiten | eine"
            out.append((s, e, w))
            seen_noun = seen_noun or (w[0].isupper() and not self._function_word(w))
            if len(out) >= _MAX_NP:
                break
        while out and self._function_word(out[-1][2]):
            out.pop()
        return (out[0][0], out[-1][1]) if out else None

    def np_before(self, pos: int, floor: int) -> tuple[int, int] | None:
        """The subject phrase ending at ``pos``, back to the clause start (at most a few words)."""
        chunk = self.text[floor:pos]
        cut = max(chunk.rfind(c) for c in ',;:.!?\n„“”«»"')
        start = floor + cut + 1
        toks = list(_TOKEN.finditer(self.text[start:pos]))
        if self.lex.verb_second:
            found = self._v2_subject(start, pos, toks)
            if found is None and (not toks or self.lex.is_word(toks[0].group(), "aux")):
                found = self._apposition(floor, start)
            return found
        # "China has | denied", "und die Bundesregierung | verlangte": auxiliaries and conjunctions are not the subject
        while toks and (self._function_word(toks[-1].group()) or self.lex.is_word(toks[-1].group(), "stop")):
            toks.pop()
        while toks and self.lex.is_word(toks[0].group(), "conjunction"):
            toks = toks[1:]
        if not toks or len(toks) > 6 or all(self.lex.is_word(t.group(), "preposition") for t in toks):
            return None
        clause = any(
            self.lex.is_word(t.group(), "conjunction") or self.lex.is_word(t.group(), "relative") for t in toks
        )
        if clause and not any(m.start >= start + toks[0].start() and m.end <= pos for m in self.mentions):
            return None  # "wollte den Vertrag nicht bewerten und", "who": a clause, not a named subject
        return start + toks[0].start(), start + toks[-1].end()

    def _apposition(self, floor: int, start: int) -> tuple[int, int] | None:
        """A pronoun with its apposition before the clause ("Sie, Herr Kollege, | haben gesagt")."""
        m = _APPOSITION.search(self.text, floor, start)
        if m and self.lex.is_word(m.group("p"), "pronoun"):
            return m.start(), m.end("np")
        return None

    def _v2_subject(self, start: int, pos: int, toks: list[re.Match[str]]) -> tuple[int, int] | None:
        """The subject before a cue in a verb-second language: the words before the finite verb ("Wir | haben
        immer gesagt"), or the noun phrase after it when an adverb or phrase leads ("Gestern hat | die Ministerin |
        erklärt", "Deshalb | fordern wir" → None: the subject follows the cue)."""
        subordinate = False
        while toks and (
            self.lex.is_word(toks[0].group(), "subordinator") or self.lex.is_word(toks[0].group(), "conjunction")
        ):
            subordinate = subordinate or self.lex.is_word(toks[0].group(), "subordinator")
            toks = toks[1:]  # "weil | wir fordern", "und | die Regierung verlangt"
        if not toks:
            return None
        if subordinate and not any(self.lex.is_word(t.group(), "aux") for t in toks):
            # verb-final: the subject is the first phrase ("wie | der Kollege | richtig gesagt hat")
            if self.lex.is_word(toks[0].group(), "expletive") or self.lex.is_word(toks[0].group(), "adverb"):
                return None
            return self.np_after(start + toks[0].start(), pos)
        verb = next((i for i, t in enumerate(toks) if self.lex.is_word(t.group(), "aux")), None)
        lead = toks[:verb] if verb is not None else toks
        first = lead[0].group() if lead else ""
        fronted = len(lead) == 1 and self.lex.is_word(first, "demonstrative")  # "Das | habe ich gesagt"
        fronted = fronted or self.lex.is_word(first, "oblique")  # "Den Antrag | lehnen wir ab": an object leads
        if not lead or fronted or self.lex.is_word(first, "adverb") or self.lex.is_word(first, "preposition"):
            rest = toks[verb + 1 :] if verb is not None else []
            while rest and self.lex.is_word(rest[0].group(), "adverb"):
                rest = rest[1:]  # "Gestern hat (doch) die Ministerin erklärt"
            return self.np_after(start + rest[0].start(), pos) if rest else None
        while lead and (self._function_word(lead[-1].group()) or self.lex.is_word(lead[-1].group(), "stop")):
            lead.pop()
        if len(lead) == 1 and self.lex.is_word(lead[0].group(), "expletive"):
            return None  # "Es wurde gesagt": no one is named
        if not lead or len(lead) > 8 or any(self.lex.is_word(t.group(), "relative") for t in lead):
            return None
        if lead[-1].group()[:1].islower() and not self.lex.is_word(lead[-1].group(), "pronoun"):
            return None  # "ich glaube das nicht | und sage": a verb or adverb ends it, not a noun
        return start + lead[0].start(), start + lead[-1].end()

    def resolve(self, start: int, end: int, previous: Speaker | None = None) -> Speaker:
        """An actor reference for the phrase ``text[start:end]``."""
        phrase = self.text[start:end]
        inside = [m for m in self.mentions if start <= m.start and m.end <= end]
        words = [w for w in _TOKEN.findall(phrase) if w[0].isalnum()]
        numbered = any(w.isdigit() for w in words)  # "in Artikel 4" is a clause of a text, not a publication
        if (
            not numbered
            and any(self._publication(w) for w in words)
            and not any(m.actor.kind == "source" for m in inside)
        ):
            return Speaker(ActorRef(text=phrase, code=None, start=start, end=end), publication=True)
        pronoun = len(words) == 1 and self.lex.is_word(words[0], "pronoun")
        if pronoun or (len(words) == 1 and self.lex.is_word(words[0], "possessive")):
            here = ActorRef(text=phrase, code=None, start=start, end=end)
            # "ihren Wunsch", "seiner Meinung nach": a possessive's owner is the last actor named
            # before it in this sentence; otherwise (and for "er", "she") the previous speaker
            owner = None if pronoun else self._last_mention_before(start)
            if owner is not None:
                return Speaker(refer(here, owner.ref()), pronoun=True)
            published = bool(pronoun and previous and previous.publication)
            return Speaker(refer(here, previous.ref) if previous else here, published, pronoun=True)
        core = self._core(start, end)
        inside = [m for m in inside if core[0] <= m.start] or inside
        if inside:
            best = min(inside, key=lambda m: (_KIND_RANK.get(m.actor.kind, 5), m.start))
            a = best.actor
            lead = [w for w in _TOKEN.findall(self.text[core[0] : best.start]) if w[0].isalnum()]
            if self._whole_np and lead and all(self.lex.is_word(w, "article") for w in lead):
                # "Die Opposition": the actor, with the phrase as written
                return Speaker(ActorRef(text=self.text[core[0] : best.end], code=a.code, sector=best.sector or a.sector,
                                        wikidata=a.wikidata, name=a.name, start=core[0], end=best.end))  # fmt: skip
            bare = self._strip_articles(core[0], core[1])
            if a.kind in ("state", "igo") and (bare[1] - bare[0]) > (best.end - best.start) + 1:
                # "US-Beamte", "NATO Secretary General Jens Stoltenberg": someone of the state, not the state
                text = self.text[core[0] : core[1]]
                return Speaker(ActorRef(text=text, code=a.code, sector=best.sector, start=core[0], end=core[1]))
            return Speaker(best.ref())
        text = self.text[core[0] : core[1]]
        return Speaker(ActorRef(text=text, code=None, start=core[0], end=core[1]))

    def _core(self, start: int, end: int) -> tuple[int, int]:
        """Drop leading articles and a report noun: "einem neuen Bericht des ISW" → "ISW"."""
        toks = [(m.start() + start, m.end() + start, m.group()) for m in _TOKEN.finditer(self.text[start:end])]
        for i, (_s, _e, w) in enumerate(toks):
            if self.lex.is_word(w, "document") and i + 1 < len(toks):
                rest = toks[i + 1 :]
                while len(rest) > 1 and self.lex.is_word(rest[0][2], "article"):
                    rest = rest[1:]
                return rest[0][0], rest[-1][1]
        named = {m.start for m in self.mentions}
        while len(toks) > 1 and (
            (self.lex.is_word(toks[0][2], "article") and toks[0][0] not in named and not self._whole_np)
            or self.lex.is_word(toks[0][2], "preposition")
        ):
            toks = toks[1:]  # an article stays only inside a known name ("The Telegraph"); "von Experten" → "Experten"
        return (toks[0][0], toks[-1][1]) if toks else (start, end)

    def _strip_articles(self, start: int, end: int) -> tuple[int, int]:
        """The phrase without leading articles of any case ("Dem Pentagon" → "Pentagon")."""
        toks = [(m.start() + start, m.group()) for m in _TOKEN.finditer(self.text[start:end])]
        while len(toks) > 1 and self.lex.is_word(toks[0][1], "article"):
            toks = toks[1:]
        return (toks[0][0], end) if toks else (start, end)

    def _publication(self, w: str) -> bool:
        """A publication noun, also as the head of a German-style compound ("Tageszeitung")."""
        low = w.lower()
        return self.lex.is_word(low, "publication") or (
            len(low) > 8 and any(low.endswith(p) for p in self.lex.words.get("publication", ()) if len(p) >= 7)
        )

    def _function_word(self, w: str) -> bool:
        return self.lex.is_word(w, "article") or self.lex.is_word(w, "connector")
