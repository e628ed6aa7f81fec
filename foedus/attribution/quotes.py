"""Direct quotes (any quote marks) and reported speech, with cue, speaker and message spans.

Direct: a quoted span with a speech cue right before (``Putin sagte: „…“``) or
right after (``„…“, sagte Putin`` / ``"…," he said`` / ``„…“, heißt es in der
Veröffentlichung``). Reported: a speech cue followed by a complement clause
(``erklärte Putin, dass …``), a colon, or closing a sentence after a comma
(``Die Lage sei ernst, sagte Putin.``). Quoted fragments inside a reported
message inherit its speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from foedus.attribution.lexicon import Cue, CueIndex, Lexicon, alternation, words
from foedus.attribution.speakers import Speaker, SpeakerResolver, refer
from foedus.records import ActorRef, Evidence, Quote, Sentence

# opener → closers, in the order pairs are claimed (German „…“ before English “…”).
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("„", "“”"), ("«", "»"), ("»", "«"), ("“", "”"), ("‚", "‘’"), ("‹", "›"), ('"', '"'),
)  # fmt: skip
_DASH_SOURCE = re.compile(r"\s*,?\s*(?P<dash>[–—])\s*((?:[\w\-’']+(?:\.\w+)*\s*){1,4}?)[.!]?\s*$")
_CLOSER_RE = re.compile("[“”»«‘’›]")
_MIN_UNATTRIBUTED = 4
# shorter quoted text with no cue is a title or scare quote
_FULL_STOP = re.compile(r"[.!?](?=\s+[«„“\"]?\s?[A-ZÄÖÜА-ЯЁІЇЄ])")


@dataclass
class Found:
    """A quote with its resolved speaker (kept apart from the record to build the chain)."""

    quote: Quote
    speaker: Speaker | None


class QuoteFinder:
    """Quotes and reported speech in one language; build once per language."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.speech = [c for c in lex.cues if c.kind == "speech"]
        self.relay_after = [c for c in lex.cues if c.kind == "relays" and not c.pattern.startswith("{X}")]
        self.speech_index = CueIndex(self.speech)
        # set phrases with a speech verb that report nothing ("ehrlich gesagt", "das heißt")
        self.formulas = CueIndex([c for c in lex.cues if c.kind == "formula"])
        self.objects = "object-message" in lex.words.get("setting", ())  # a cue's object is its message
        self.whole_clause = "clause-message" in lex.words.get("setting", ())  # "dass …" with its complementizer
        self.after_index = CueIndex(self.speech + self.relay_after)
        comp = alternation(lex.words.get("complementizer", set()))
        self.comp = re.compile(rf"\s*,?\s*(?:{comp})(?!\w)['’]?", re.I) if comp else None
        self.pairs = [(o, re.compile(rf"{re.escape(o)}([^{re.escape(o + c)}\n]{{1,3000}}?)[{re.escape(c)}]"))
                      for o, c in QUOTE_PAIRS]  # fmt: skip
        # British single quotes: an apostrophe inside a word ("Ukraine’s") does not close them
        self.pairs.append(("‘", re.compile(r"(?<!\w)‘((?:[^‘’\n]|’(?=\w)){1,3000}?)’(?!\w)")))

    def __call__(self, text: str, sentences: list[Sentence], resolver: SpeakerResolver,
                 source_cues: Sequence[tuple[Cue, re.Match[str]]] = ()) -> list[Found]:  # fmt: skip
        """Quotes in ``text``; ``source_cues`` (the chain's "laut X"/"wie X berichtet" hits) keep their verbs."""
        marked = self._direct_spans(text)
        direct = [(qs, qe) for qs, qe, _orphan in marked]
        found: list[Found] = []
        previous: Speaker | None = None
        for qs, qe, orphan in marked:
            f = self._attach_direct(text, qs, qe, orphan, sentences, resolver, previous)
            if f:
                found.append(f)
                previous = f.speaker or previous
        cues_used = [(f.quote.cue.start, f.quote.cue.end) for f in found if f.quote.cue]
        # a verb inside a source cue ("Wie die Agentur Reuters berichtet", "Как сообщает ТАСС") is the chain's
        cues_used += [(m.start(), m.end()) for _c, m in source_cues]
        found += self._reported(text, sentences, resolver, direct, cues_used)
        found.sort(key=lambda f: f.quote.message.start)
        _inherit(found)
        _resolve_pronouns(found)
        return [f for f in found if f.speaker or f.quote.cue or len(f.quote.message.text.split()) >= _MIN_UNATTRIBUTED]

    def _direct_spans(self, text: str) -> list[tuple[int, int, bool]]:
        """Quoted spans (marks included) and whether the opener was lost: an unmatched closer after a
        paragraph start opens one too."""
        used: set[int] = set()
        spans: list[tuple[int, int, bool]] = []
        for _opener, rx in self.pairs:
            for m in rx.finditer(text):
                if m.start() in used or m.end() - 1 in used:
                    continue
                spans.append((m.start(), m.end(), False))
                used.update((m.start(), m.end() - 1))
        for c in _CLOSER_RE.finditer(text):
            i = c.start()
            if text[i] in "‘’" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
                continue  # an apostrophe ("Ukraine’s"), not a closing mark
            if i not in used:
                # the lost opener is taken to be at the paragraph start (quotes inside it nest)
                para = text.rfind("\n", 0, i) + 1
                if i - para > 10:
                    spans.append((para, i + 1, True))  # "… Schwäche“, – …": a quote whose opener was lost
        return sorted(spans)

    def _attach_direct(self, text: str, qs: int, qe: int, orphan: bool, sentences: list[Sentence],
                       resolver: SpeakerResolver, previous: Speaker | None) -> Found | None:  # fmt: skip
        inner_s = qs + 1 if text[qs] in '„«»“‚‹‘"' else qs
        while inner_s < qe - 1 and text[inner_s].isspace():
            inner_s += 1
        inner_e = qe - 1
        while inner_e > inner_s and text[inner_e - 1].isspace():
            inner_e -= 1
        message = Evidence(text[inner_s:inner_e], inner_s, inner_e)
        sent_end = _sentence_end(sentences, qe, len(text))
        after = text[qe:sent_end]
        lead = re.match(r"[\s,.;:،؛–—-]*", after)
        gap_start = qe + (lead.end() if lead else 0)
        # cue after: „…“, sagte Putin / "…," he said / „…“, heißt es in der Veröffentlichung
        if lead and lead.end() and gap_start - qe <= 6:
            for cue, m in self.after_index.find(text, gap_start, min(sent_end, gap_start + 80)):
                between = text[gap_start : m.start()]
                if not between or (cue.kind == "speech" and re.fullmatch(r"(?:[\w\-’'.]+\s+){1,4}", between)):
                    speaker = self._speaker_for(cue, m, text, sent_end, resolver, previous, subject_from=gap_start)
                    return Found(Quote(cue=_ev(text, m.start(), _cue_end(m)), message=message,
                                       speaker=speaker.ref if speaker else None, direct=True), speaker)  # fmt: skip
                break
        dash = _DASH_SOURCE.match(text, qe, sent_end)
        if dash:
            # „…“, – Reuters. / «…», — ТАСС: the source after a dash, with no verb
            speaker = resolver.resolve(dash.start(2), dash.end(2), previous)
            return Found(Quote(cue=_ev(text, dash.start("dash"), dash.end("dash")), message=message,
                               speaker=speaker.ref, direct=True), speaker)  # fmt: skip
        # cue before: Putin sagte: „…“ / erklärte Putin: „…“
        before_start = _sentence_start(sentences, qs)
        for cue, m in self.speech_index.find(text, max(before_start, qs - 120), qs):
            gap = text[m.end() : qs]
            if re.fullmatch(r"[\s,:]*", gap) or re.fullmatch(r"\s+[^,.;!?]{1,40}?:\s*", gap):
                speaker = self._speaker_for(cue, m, text, qs, resolver, previous, subject_from=before_start)
                return Found(Quote(cue=_ev(text, m.start(), _cue_end(m)), message=message,
                                   speaker=speaker.ref if speaker else None, direct=True), speaker)  # fmt: skip
        if orphan:
            return None  # an unmatched closing mark with no cue after it is not evidence of a quote
        return Found(Quote(cue=None, message=message, speaker=None, direct=True), None)

    def _speaker_for(self, cue: Cue, m: re.Match[str], text: str, limit: int, resolver: SpeakerResolver,
                     previous: Speaker | None, subject_from: int) -> Speaker | None:  # fmt: skip
        span = None
        g = m.groupdict()
        if g.get("X") is not None and cue.kind != "speech":
            span = (m.start("X"), m.end("X")) if g["X"] else resolver.np_after(m.end(), limit)
        elif g.get("G"):
            # "…, stellte Putin klar": the gap holds the subject; in "Moskau kündigte Gegenmaßnahmen an" the object
            gap = (m.start("G"), m.start("G") + len(g["G"].rstrip()))
            named = any(gap[0] <= x.start and x.end <= gap[1] for x in resolver.mentions)
            if _inverted(text, m) or named or resolver.np_before(m.start(), subject_from) is None:
                span = resolver.np_after(gap[0], gap[1]) or gap
        if span is None:
            nxt = resolver.np_after(m.end(), limit)
            prev = None if cue.pattern.startswith(",") else resolver.np_before(m.start(), subject_from)
            span = prev if prev and (not nxt or (m.start() - prev[1] <= 2 and not _inverted(text, m))) else nxt
        return resolver.resolve(*span, previous=previous) if span else None

    def _reported(self, text: str, sentences: list[Sentence], resolver: SpeakerResolver,
                  direct: list[tuple[int, int]], cues_used: list[tuple[int, int]]) -> list[Found]:  # fmt: skip
        out: list[Found] = []
        previous: Speaker | None = None
        taken: list[tuple[int, int]] = []
        hits = self.speech_index.find(text)
        blocked = [(m.start(), m.end()) for _c, m in self.formulas.find(text)]
        i = 0
        for sent in sentences:
            while i < len(hits) and hits[i][1].start() < sent.start:
                i += 1
            while i < len(hits) and hits[i][1].start() < sent.end:
                cue, m = hits[i]
                i += 1
                if any(s <= m.start() < e for s, e in cues_used + blocked) or any(
                    s < m.start() < e for s, e in direct + taken
                ):
                    continue
                f = self._one_reported(text, sent, cue, m, resolver, previous)
                if f:
                    out.append(f)
                    # German speeches nest reports ("Ich glaube, dass Sie wissen, dass …"): each cue is an event
                    taken.append((m.start(), m.end() if self.objects else f.quote.message.end))
                    previous = f.speaker or previous
        return out

    def _one_reported(self, text: str, sent: Sentence, cue: Cue, m: re.Match[str], resolver: SpeakerResolver,
                      previous: Speaker | None) -> Found | None:  # fmt: skip
        end = sent.end
        while end > sent.start and text[end - 1] in ".!?;":
            end -= 1
        stop = _FULL_STOP.search(text, _cue_end(m), end)
        end = stop.start() + 1 if stop else end  # the segmenter missed a boundary ("… essentiel. « Nous …")
        msg: tuple[int, int] | None = None
        subj_limit = end
        clause = True  # the message is a clause (complement, after a colon or comma), not an object
        if cue.needs == "holder":
            return self._holder(text, m, end, resolver)
        if self.objects and self.lex.nouns_capitalised and cue.pattern[:1].isupper():
            return self._nominal(text, cue, m, end, resolver)
        # "Ich sehe (auch), dass": a clause-only cue takes its clause at once; "Wir wollen sagen, dass" is "sagen"'s
        limit = 2 if cue.needs == "clause" else 5
        if self.comp:
            # "erklärte Putin, dass …": the complementizer within a few words of the cue
            window = text[_cue_end(m) : min(end, _cue_end(m) + 60)]
            for c in self.comp.finditer(text, _cue_end(m), min(end, _cue_end(m) + 60)):
                between = window[: c.start() - _cue_end(m)]
                if len(between.split()) <= limit and not re.search(r"[,;:]", between) and not self._cue_words(between):
                    msg, subj_limit = (self._clause_start(text, c), end), c.start()
                break  # only the first complementizer: "said on Monday, adding that …" is not "said that"
        if msg is None:
            colon = re.match(r"[^,.;:]{0,40}?:\s*", text[_cue_end(m) : end])
            if colon:
                msg, subj_limit = (_cue_end(m) + colon.end(), end), _cue_end(m) + colon.start()
        if msg is None:
            subj = None if cue.pattern.startswith(",") else resolver.np_before(m.start(), sent.start)
            cut = subj[0] if subj else m.start()
            before = text[sent.start : cut].rstrip()
            if cue.pattern.startswith(","):
                before += ","  # ", so Peskow": the comma is part of the cue
            if before.endswith(",") and len(before.split()) >= 3:
                msg = (sent.start, sent.start + len(before) - 1)  # "Die Lage sei ernst, sagte Putin."
                clause = cue.needs != "clause"
        if msg is None:
            comma = re.match(r"([^,.;:]{0,40}?),\s*(?=\S+\s+\S+\s+\S)", text[_cue_end(m) : end])
            if comma and len(comma.group(1).split()) <= min(limit - 1, 4) and not self._cue_words(comma.group(1)):
                # "Putin sagte, die Lage sei ernst" / "сказал он, ..."
                msg, subj_limit = (_cue_end(m) + comma.end(), end), _cue_end(m) + comma.end(1)
        if msg is None and self.lex.lang == "en":
            rest = text[_cue_end(m) : end]
            if len(rest.split()) >= 3 and not re.match(r"\s*[,(]|\s+(?:by|to|in|on|at|of)\b", rest):
                msg = (_cue_end(m) + len(rest) - len(rest.lstrip()), end)  # "Putin said the pact …"
                subj_limit = msg[0]
                clause = False
        if not clause and cue.needs == "clause":
            return None  # "Ich sehe Sie": a perception, not a thought
        bare = msg is None and self.objects
        if bare and cue.needs == "clause":
            return None
        if not bare and (msg is None or msg[1] - msg[0] < 3):
            return None
        speaker = self._speaker_for(cue, m, text, subj_limit, resolver, previous, subject_from=sent.start)
        if bare:
            # "Wir fordern mehr Geld", "Wir lehnen den Antrag ab": the object is the message; "Sie haben es
            # gesagt": a speech event with no message
            clause = max(sent.start, *(text.rfind(ch, 0, m.start()) + 1 for ch in ",;:"))
            if self._passive(text, clause, m):
                # "Das Gesetz wurde beschlossen": no speaker is named, the subject is what was said
                ref = speaker.ref if speaker else None
                named = ref is not None and clause <= ref.start and ref.end <= m.start()
                msg = (ref.start, ref.end) if named and ref else (_cue_end(m), _cue_end(m))
                speaker = None
            elif speaker is None:
                return None
            else:
                msg = self._object(text, m, end, speaker)
                lead = words(text, clause, m.start())
                fronted = lead and any(self.lex.is_word(lead[0][1], c) for c in ("demonstrative", "oblique"))
                if msg[0] == msg[1] and fronted:
                    # "Das | habe ich gesagt", "Den Antrag | lehnen wir ab": the fronted object
                    aux = next((i for i, (_p, w) in enumerate(lead) if self.lex.is_word(w, "aux")), len(lead))
                    if aux:
                        msg = (lead[0][0], lead[aux - 1][0] + len(lead[aux - 1][1]))
        elif msg[0] == sent.start and speaker is None:
            return None
        lo = msg[0] + len(text[msg[0] : msg[1]]) - len(text[msg[0] : msg[1]].lstrip())
        message = Evidence(text[lo : msg[1]], lo, msg[1])
        return Found(Quote(cue=_ev(text, m.start(), _cue_end(m)), message=message,
                           speaker=speaker.ref if speaker else None, direct=False), speaker)  # fmt: skip

    def _clause_start(self, text: str, comp: re.Match[str]) -> int:
        """Where a complement clause's message starts: after the complementizer, or at it where the language's
        data says the whole clause is the message ("…, dass die Lage ernst ist")."""
        if not self.whole_clause:
            return comp.end()
        return comp.start() + len(comp.group()) - len(comp.group().lstrip(" ,"))

    def _holder(self, text: str, m: re.Match[str], end: int, resolver: SpeakerResolver) -> Found | None:
        """ "Für mich ist das ein Erfolg": the words after the cue's first are the holder, the rest of the clause
        (after its copula) what they hold."""
        first = m.group().split()[0]
        holder = (m.start() + len(first) + 1, m.end())
        lo = m.end()
        stop = re.search(r"[,;:–—(]", text[lo:end])
        hi = lo + stop.start() if stop else end
        rest = words(text, lo, hi)
        while rest and self.lex.is_word(rest[0][1], "aux"):
            rest = rest[1:]
        if not rest:
            return None
        speaker = resolver.resolve(*holder)
        lo = rest[0][0]
        return Found(Quote(cue=_ev(text, m.start(), m.end()), message=_ev(text, lo, lo + len(text[lo:hi].rstrip())),
                           speaker=speaker.ref, direct=False), speaker)  # fmt: skip

    def _passive(self, text: str, clause: int, m: re.Match[str]) -> bool:
        """A participle cue after a passive auxiliary ("wurde beschlossen", "wird gefordert"; not the future
        "wird beschließen")."""
        before = [w for _p, w in words(text, clause, m.start())]
        before += [w for _p, w in words(text, m.end(), m.end() + 12)][:1]  # verb-final: "weil es gefordert | wurde"
        if any(self.lex.is_word(w, "passive") for w in before):
            return True
        cue = m.group().split()[0].lower()
        participle = cue.startswith("ge") or not cue.endswith("en")
        return participle and any(self.lex.is_word(w, "passive-present") for w in before)

    def _cue_words(self, span: str) -> bool:
        """Whether ``span`` holds a word that starts a speech cue (the clause after it is that cue's)."""
        return any(w.lower() in self.speech_index.by_word and not self.lex.is_word(w, "aux") for w in span.split())

    def _nominal(self, text: str, cue: Cue, m: re.Match[str], end: int, resolver: SpeakerResolver) -> Found | None:
        """A noun cue ("unsere Forderung nach …", "die Kritik der Opposition", "meiner Meinung nach"): its source
        is a possessive before it or a genitive after it, its message a complement clause, a colon, or the
        prepositional phrase after it; "meiner Meinung nach" takes the rest of its clause."""
        hi = _cue_end(m)
        before = words(text, max(0, m.start() - 40), m.start())[-2:]
        span: tuple[int, int] | None = None
        for i, (pos, w) in enumerate(reversed(before)):
            if self.lex.is_word(w, "possessive"):
                span = (pos, pos + len(w))
                break
            if i or not w.islower() or self.lex.is_word(w, "article"):
                break  # one adjective may stand between: "unsere klare Forderung"
        after = resolver.np_after(hi, end)
        head = next((w for _p, w in words(text, after[0], after[1])), "") if after else ""
        topical = self.lex.is_word(m.group().split()[0], "topic-noun")  # "die Frage der Sicherheit" is its topic
        if span is None and after and self.lex.is_word(head, "genitive") and not topical:
            span, after = after, None  # "die Kritik der Opposition"
        msg = (hi, hi)
        comp = self.comp.match(text, hi, end) if self.comp else None
        colon = re.match(r"\s*:\s*", text[hi:end])
        if comp:
            msg = (self._clause_start(text, comp), end)
        elif colon:
            msg = (hi + colon.end(), end)
        elif cue.needs == "adverbial":
            if span is None:
                return None
            # "aus Sicht der Regierung | ist das richtig": a genitive source after the cue is not the message
            msg = self._object(text, m, end, Speaker(ActorRef(text="", code=None, start=span[0], end=span[1])))
        elif after and self.lex.is_word(head, "preposition") and not topical and not self.lex.is_word(head, "topic"):
            msg = after  # "Forderung nach einem Mindestlohn"
        speaker = resolver.resolve(*span) if span else None
        lo = msg[0] + len(text[msg[0] : msg[1]]) - len(text[msg[0] : msg[1]].lstrip())
        return Found(Quote(cue=_ev(text, m.start(), hi), message=Evidence(text[lo : msg[1]], lo, msg[1]),
                           speaker=speaker.ref if speaker else None, direct=False), speaker)  # fmt: skip

    def _object(self, text: str, m: re.Match[str], end: int, speaker: Speaker) -> tuple[int, int]:
        """The object of a cue as its message: the words after it (or inside a particle verb's gap) to the
        clause end, without the subject when it follows the verb; empty (at the cue's end) when there are none."""
        if m.groupdict().get("G"):
            lo, hi = m.start("G"), m.start("G") + len(m.group("G").rstrip())
        else:
            lo = _cue_end(m)
            stop = re.search(r"[,;:–—(]", text[lo:end])
            hi = lo + stop.start() if stop else end
        if lo <= speaker.ref.start < hi:
            lo = max(lo, speaker.ref.end)
        toks = words(text, lo, hi)
        while toks and any(self.lex.is_word(toks[0][1], c) for c in ("adverb", "addressee")):
            toks = toks[1:]  # "fordern (heute) mehr Geld", "sage (Ihnen) die Wahrheit"
        if all(self.lex.is_word(w, "aux") for _p, w in toks):
            toks = []  # "wie er gesagt | hat": the auxiliary of a verb-final clause
        lo = toks[0][0] if toks else hi
        span = text[lo:hi]
        first = toks[0][1] if toks else ""
        if not span.strip() or self.lex.is_word(first, "topic"):  # "Wir sprechen über …": a topic, not a message
            return _cue_end(m), _cue_end(m)
        lo += len(span) - len(span.lstrip())
        return lo, lo + len(text[lo:hi].rstrip())


def _inherit(found: list[Found]) -> None:
    """A quoted fragment inside a reported message has the reporter's speaker; so has a quote
    running straight on into an attributed one („…“ „…“, sagte X)."""
    for cur, nxt in zip(found[::-1][1:], found[::-1], strict=False):
        gap = nxt.quote.message.start - cur.quote.message.end
        if cur.speaker is None and cur.quote.direct and nxt.quote.direct and nxt.speaker and 0 <= gap <= 4:
            cur.speaker, cur.quote.speaker, cur.quote.cue = nxt.speaker, nxt.quote.speaker, nxt.quote.cue
    for inner in found:
        if inner.speaker is not None or not inner.quote.direct:
            continue
        for outer in found:
            msg = outer.quote.message
            inside = msg.start <= inner.quote.message.start < msg.end
            if outer is not inner and (outer.speaker or outer.quote.cue) and inside:
                inner.speaker = outer.speaker  # "auf dem verkündet wurde, dass „…“": the cue, even with no speaker
                inner.quote.speaker = outer.speaker.ref if outer.speaker else None
                inner.quote.cue = outer.quote.cue
                break


def _resolve_pronouns(found: list[Found]) -> None:
    """ "he said" / "сказал он": the last named speaker before."""
    last: Speaker | None = None
    for f in found:
        if f.speaker and f.speaker.pronoun and f.speaker.ref.code is None and f.speaker.ref.name is None and last:
            f.speaker = Speaker(refer(f.speaker.ref, last.ref), last.publication, pronoun=True)
            f.quote.speaker = f.speaker.ref
        elif f.speaker and not f.speaker.pronoun:
            last = f.speaker


def _inverted(text: str, m: re.Match[str]) -> bool:
    """A verb-first clause after a comma or at sentence start: "…, erklärte Putin"."""
    before = text[: m.start()].rstrip()
    return not before or before[-1] in ",.;:!?\n“”»«"


def _cue_end(m: re.Match[str]) -> int:
    return m.end()


def _ev(text: str, start: int, end: int) -> Evidence:
    return Evidence(text[start:end], start, end)


def _sentence_end(sentences: list[Sentence], pos: int, default: int) -> int:
    for s in sentences:
        if s.start <= pos <= s.end:
            return s.end
        if s.start > pos:
            return s.start  # pos fell between sentences (the segmenter leaves closing quotes out)
    return default


def _sentence_start(sentences: list[Sentence], pos: int) -> int:
    start = 0
    for s in sentences:
        if s.start <= pos:
            start = s.start
    return start
