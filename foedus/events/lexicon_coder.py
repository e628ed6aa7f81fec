"""The offline default coder: trigger lexicons + a small classifier + role and modality rules.

Per document: sentences with an actor mention (or a "beide Länder"-like phrase) are
classified in one vectorised call; each trigger the classifier does not veto becomes an
event, with roles from the mentions around it and modality from cues near it; a sentence
without a trigger yields an event only when the classifier is confident.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

from foedus.config import Config
from foedus.events.classifier import EventClassifier, load_classifier, mask, trigger_hints
from foedus.events.coder import register
from foedus.events.lexicon import Lexicon, Trigger, available_languages, load_lexicon
from foedus.events.modality import SCENARIO, cue_end, historical_by_date, modality
from foedus.events.recoding import THREAT_AS, recode
from foedus.events.roles import MOVES, RECIPROCAL, assign_roles, refs
from foedus.events.sentence import SentenceView, build_view, subject
from foedus.events.training import NONE
from foedus.records import ActorRef, Analysis, Event, Evidence, Mention, Sentence

# A verb of this kind makes a noun trigger in its clause its topic ("welcomed the signing").
EVALUATIVE = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN"})
PROMISES = frozenset({"AGREE"})  # verbs whose clause's nouns name what is promised, not a second act
# Codebook (CONCEDE, RETREAT ambiguities): an announced, promised or offered retreat or concession is a
# CONCEDE, and the announcement is the act ("promised to free", "announced it would lift the curfew").
ANNOUNCED = "announced"  # the modality flag of an announcement cue (modality.tsv)
ANNOUNCEABLE = frozenset({"RETREAT", "CONCEDE"})
# Codebook (THREATEN is ASSAULT + hypothetical, coded as the single type): a hostile act an actor announces or
# promises ("promised to impose sanctions", "said it would strike back") is a threat, made now; its mode is the
# threat's content where THREATEN has that mode.
THREATENED = frozenset({"ASSAULT", "COERCE", "SANCTION"})
THREAT_MODES = {"ASSAULT": "violence", "arrest": "arrest", "expel": "expel", "relations": "relations",
                "restrict": "restrict", "territory": "territory"}  # fmt: skip
# Words between an announcement cue (with the words it asks for) and the hostile act it announces: the act's verb
# comes next ("vowed on Tuesday to strike", "said it would hit"), not further ("promised to end the attacks": an act
# further on is what the announced act does); a verb-second language closes the clause with the infinitive, after
# its objects ("versprach, die Stellungen im Norden anzugreifen").
THREAT_REACH = {"v2": 5}
THREAT_REACH_DEFAULT = 1
CLASSIFIER_ONLY = 0.35  # probability a sentence without trigger needs to yield an event (session 11: chosen on the
# development sets, hard_dev, cameo and general held-out: 0.4 to 0.3 raised type accuracy on each, below 0.35 NONE rows
# gained false events; scripts/sweep_threshold.py)
VETO = {"v": 0.9, "n": 0.7}  # a trigger is dropped when P(no event) reaches this
MAIN_BONUS = 0.3  # confidence added to the sentence's first trigger
PROB_W = 0.5
X_MIN = 0.15  # a trigger of kind x needs its type among the classifier's top two, with this probability
LAST_RESORT_TOP = 0  # when all triggers are vetoed, the first whose type ranks this high (NONE aside) stays
DATELINE_WORDS = 8  # tokens of a dateline sentence at most ("МОСКВА, 3 мая — ТАСС")
SCENE = frozenset({"CONSULT"})  # noun triggers that, before a verb trigger, name the setting of its act
UNREAL = frozenset({"negated", "hypothetical", "future"})  # flags of an event not asserted as fact
TOPIC_PENALTY = 0.25  # confidence lost by a noun trigger that is only the topic of an analytic sentence
# When the classifier's best type reaches this, triggers it ranks below its top two take that type
# (above 1: off; cross-validation gains were within the spread of two template expansions).
RETYPE = 1.01
OFFER_REACH = 3  # tokens from an offer cue to the act it offers ("was ready to work", "pledged on Thursday to deepen")
BACKGROUND_GAP = 0.05  # a background event's confidence stays this far below the main event's (an ordering)
# Sectors of role words that name no political actor in sport, market or culture news ("the local media called it
# an invasion of the pitch", "the company's board rejected the bid")
UNPOLITICAL = frozenset({"JRN", "BUS"})
WEATHER = "weather"  # the domains.tsv domain of storms and forecasts
ECONOMY = "economy"  # the domains.tsv domain of market figures, which reaches only its own clause (``_figures``)
MEMORY_VERB = 3  # tokens from a classifier's stand-in (the word after the actor) to a commemoration cue it stands on
DISASTER = "disaster"  # the domains.tsv domain of quakes and floods, which reaches only its own clause (``_figures``)
DISASTER_FORCE = frozenset({"ASSAULT", "COERCE"})  # the force words a disaster tells ("the quake struck", "hit")
NOTICE = "notice"  # the domains.tsv domain of job and notices ("applications close on", "vacante")
# Weather news cancels the force words it tells of a storm ("attacked", "besieged the coast", "threatens the coast"),
# not other acts told with it: aid for the victims, an appeal, a refusal of help.
WEATHER_FORCE = frozenset({"ASSAULT", "COERCE", "THREATEN"})
CONSEQUENCE_REACH = 4  # tokens from "would"/"will" to the act it makes a consequence ("the army would hit")


@dataclass(frozen=True)
class Decision:
    """The coder's thresholds (defaults above), chosen by grouped cross-validation on our own
    training set (``foedus eval training``, ``scripts/tune_decision.py``) or on the development
    held-out sets (``scripts/sweep_threshold.py``), never on gold or the blind test sets."""

    classifier_only: float = CLASSIFIER_ONLY
    veto_v: float = VETO["v"]
    veto_n: float = VETO["n"]
    main_bonus: float = MAIN_BONUS
    prob_w: float = PROB_W
    x_min: float = X_MIN
    last_resort_top: int = LAST_RESORT_TOP
    topic_penalty: float = TOPIC_PENALTY
    retype: float = RETYPE

    def veto(self, kind: str) -> float:
        return self.veto_n if kind == "n" else self.veto_v


@dataclass
class Candidate:
    start: int  # offset in the sentence
    end: int
    event: str
    mode: str | None
    context: str | None
    kind: str
    prob: float
    penalty: float = 0.0
    announced: str | None = None  # the type of an act told as the content of its actor's announcement


@register("lexicon")
class LexiconCoder:
    """Trigger lexicons per language, vetted and ranked by the event classifier."""

    name = "lexicon"

    def __init__(
        self, config: Config, classifier: EventClassifier | None = None, decision: Decision | None = None
    ) -> None:
        """``classifier`` and ``decision`` default to the shipped model and thresholds (cross-validation swaps them)."""
        self.config = config
        self.classifier = classifier or load_classifier(config.data_dir)
        self.decision = decision or Decision()
        self.col = {label: i for i, label in enumerate(self.classifier.labels)}
        self.languages = config.languages or tuple(available_languages(config.data_dir))
        # loaded on first use: a run mostly reads one or two languages, and compiling all seven (Arabic's vowel-mark
        # patterns above all) would cost seconds of start-up in every CLI call and worker
        self.lexicons: dict[str, Lexicon] = {}
        # "named" (PLOVER 0.8: a recipient only when the text names one) or "domestic" (the
        # CAMEO-era convention of coded data sets: a one-country event's unnamed counterpart is
        # that country, e.g. police arresting protesters).
        self.domestic = config.options.get("recipients", "named") == "domestic"

    def lexicon_for(self, lang: str | None) -> Lexicon:
        """The lexicon of ``lang``; English (else the first language) for a language we have no lexicon for."""
        if lang not in self.languages:
            lang = "en" if "en" in self.languages else self.languages[0]
        if lang not in self.lexicons:
            self.lexicons[lang] = load_lexicon(self.config.data_dir, lang)
        return self.lexicons[lang]

    def __call__(self, analysis: Analysis) -> list[Event]:
        lex = self.lexicon_for(analysis.doc.lang)
        mentions = sorted(analysis.mentions, key=lambda m: m.start)
        views: list[SentenceView] = []
        pairs: list[list[Mention]] = []
        coordinated: list[Mention] = []  # the last two parties named together ("X and Y", "zwischen X und Y")
        previous: list[Mention] = []  # the last named sentence subject, for "he"/"sie" opening a later one
        k = 0
        for sent in analysis.sentences:
            while k < len(mentions) and mentions[k].start < sent.start:
                k += 1
            inside = []
            j = k
            while j < len(mentions) and mentions[j].start < sent.end:
                inside.append(mentions[j])
                j += 1
            if not inside and not (lex.implied_re and lex.implied_re.search(sent.text)):
                continue  # nobody named or implied: no event to code
            view = build_view(sent, inside, lex)
            view.previous_subject = previous
            previous = subject(view) or previous
            if inside or view.implied:
                views.append(view)
                # "both countries": the pair this sentence coordinates, else the last pair named
                # before, else the only two countries this sentence names.
                implied = _coordinated_pair(view) or coordinated or _last_pair(mentions[:k]) or _own_pair(view)
                pairs.append(implied if view.implied else [])
            coordinated = _coordinated_pair(view) or coordinated
        found = [v.lex.find_triggers(v.sent.text, v.tokens) for v in views]
        kept = [i for i, (v, f) in enumerate(zip(views, found, strict=True)) if f or not _dateline_only(v)]
        if len(kept) < len(views):
            views, pairs, found = [views[i] for i in kept], [pairs[i] for i in kept], [found[i] for i in kept]
        texts = [mask(v.sent.text, [(mv.mention.start - v.sent.start, mv.mention.end - v.sent.start)
                                    for mv in v.mentions]) for v in views]  # fmt: skip
        probs = self.classifier.predict_proba(texts, [trigger_hints(f) for f in found])
        events: list[Event] = []
        for view, trigs, p, pair in zip(views, found, probs, pairs, strict=True):
            events.extend(self.code_sentence(analysis, view, p, pair, trigs))
        return events

    def candidates(
        self, view: SentenceView, p: np.ndarray, found: list[tuple[re.Match[str], Trigger]] | None = None
    ) -> list[Candidate]:
        """Triggers the classifier does not veto; else the classifier's own guess when confident."""
        if found is None:
            found = view.lex.find_triggers(view.sent.text, view.tokens)
        d = self.decision
        p_none = float(p[self.col[NONE]]) if NONE in self.col else 0.0
        cands, disputed = [], []
        top2 = {self.classifier.labels[i] for i in np.argsort(-p)[:2]}
        found = [(m, trig) for m, trig in found if not _in_name(view, m.start(), m.end())]
        for m, trig in found:
            prob = float(p[self.col[trig.event]]) if trig.event in self.col else 0.0
            if (trig.kind == "x" and prob >= d.x_min and trig.event in top2) or (
                trig.kind != "x" and p_none < d.veto(trig.kind)
            ):
                cands.append(_candidate(m.start(), m.end(), trig, prob))
            elif trig.kind == "x":
                disputed.append(_candidate(m.start(), m.end(), trig, prob))
        ranked = [self.classifier.labels[i] for i in np.argsort(-p) if self.classifier.labels[i] != NONE]
        agreed = [(m, trig) for m, trig in found if trig.event in ranked[: d.last_resort_top]]
        if not cands and agreed:
            # Every trigger vetoed as eventless: one whose type the classifier still ranks high
            # names the act (a low-confidence event rather than none).
            m, trig = agreed[0]
            cands.append(
                _candidate(m.start(), m.end(), trig, float(p[self.col[trig.event]]) if trig.event in self.col else 0.0)
            )
        best = ranked[0] if ranked else NONE
        if best != NONE and float(p[self.col[best]]) >= d.retype and all(c.event != best for c in cands):
            # The classifier reads the whole sentence ("handed in their weapons" is no AID): a
            # trigger whose type it does not rank in its top two names the act it is sure of, and
            # an ambiguous (kind x) trigger it disputed takes that type ("expelled the attache").
            cands = sorted(cands + disputed, key=lambda c: c.start)
            for c in cands:
                if c.event not in top2:
                    c.event, c.mode, c.context, c.prob = best, None, None, float(p[self.col[best]])
        # An ambiguous hostile verb the classifier disputed is still the act a promise cue announces ("versprach, die
        # Ukraine anzugreifen"): the classifier reads the promise, which the announcement rule makes a THREATEN.
        cands = sorted(cands + [c for c in disputed if _announced_hostility(view, c)], key=lambda c: c.start)
        cands = _drop_topics(view, cands)
        if any(c.event == "ASSAULT" and _asserted(view, c) for c in cands):
            # Codebook: forces moved in the course of an attack are part of the ASSAULT; troops
            # massed "in order to attack" or "who could attack" are a mobilisation of their own,
            # as are reserves called up "after the clashes" (the attack is only its occasion).
            cands = [c for c in cands if c.event != "MOBILIZE"]
        if not cands and (guess := self.main_guess(view, p, cands)) is not None:
            cands.append(guess)  # no trigger at all: the classifier's confident type names the act
        return cands

    def main_guess(self, view: SentenceView, p: np.ndarray, cands: list[Candidate]) -> Candidate | None:
        """The classifier's type for the sentence, if confident and not the type of one of ``cands``, as a stand-in
        event: for a sentence with no trigger, and when every trigger is background (an opening phrase, a relative
        clause, an "after" clause) and the main clause has none ("Despite bitterness over the attacks, X and Y said
        they would swap intelligence")."""
        if not view.mentions or view.coverage_topic() is not None:
            return None  # a headline about a piece of writing ("an article by X about Y") tells no act
        best = next((lab for i in np.argsort(-p) if (lab := self.classifier.labels[i]) != NONE), None)
        if best is None or float(p[self.col[best]]) < self.decision.classifier_only:
            return None
        if any(c.event == best for c in cands):
            return None
        return _stand_in(view, best, float(p[self.col[best]]))

    def analytic_topics(self, cands: list[Candidate], p: np.ndarray) -> None:
        """Noun triggers of a sentence with no event verb, no date and no "took place" are the
        topic of an analysis ("the supply has grown", "cannot hide that the cooperation grows")
        as often as a report: one whose type the classifier does not rank in its top two loses
        confidence (kept, since the analysis may still assert it)."""
        top = {self.classifier.labels[i] for i in np.argsort(-p)[:2]}
        for c in cands:
            if c.event not in top:
                c.penalty = self.decision.topic_penalty

    def code_sentence(
        self,
        analysis: Analysis,
        view: SentenceView,
        p: np.ndarray,
        pair: list[Mention],
        found: list[tuple[re.Match[str], Trigger]] | None = None,
    ) -> list[Event]:
        """The events of one sentence, given its label probabilities and the triggers ``found`` in it."""
        sent = view.sent
        shown = view.original or sent  # as written (the view reads Arabic commas as Latin ones)
        cands = self.candidates(view, p, found)
        # most sentences have no candidate: the domain, context and mode cues are looked up only for those that do
        if cands and (domains := _offside(view)):
            # weather news tells force words of a storm ("the cyclone attacked the coast"), not the aid sent after it
            cands = [c for c in cands if c.event not in WEATHER_FORCE] if domains == {WEATHER} else []
        if cands and (figures := _figures(view)):
            # market figures tell the words of their own clause ("investors attacked the bond market"), not an act told
            # in another ("X imposed sanctions on Y, and the rial fell against the dollar"); a quake or a flood the
            # force words of its clause ("the quake struck the coast"), not a threat made after it
            cands = [
                c
                for c in cands
                if not any(
                    # a classifier's stand-in reads the whole sentence, cue words of other clauses too
                    (c.kind == "c" or view.clause_of[_tokens(view, c)[0]] in clauses)
                    and (domain == ECONOMY or c.event in DISASTER_FORCE)
                    for domain, clauses in figures.items()
                )
            ]
        if not cands or view.told_story() or view.off_record() or view.headline():
            # sport, markets, culture; a story told ("In the new thriller, an agent kidnaps ..."); a denial of reports,
            # a lesson, a commentator's view; a headline of coverage ("Live: ...", "«Title»: an investigation by ...")
            return []
        cands = _remembered(view, analysis, _undenied(view, cands))
        if not cands:
            # "X denied that its troops had crossed into Y": neither the deed nor the denial is an act; "the 25th
            # anniversary of the massacre": what is remembered is no act of today
            return []
        cands = _announcements(view, cands)
        contexts = view.lex.find_contexts(sent.text, view.tokens)
        modes = view.lex.find_modes(sent.text, view.tokens)
        seen: list[tuple[str, frozenset[str | None], Event]] = []
        parties: list[Mention] = []  # the parties of the events coded so far in this sentence
        if all(c.kind == "n" for c in cands) and not _dated(analysis, sent) and not _occurs(view):
            self.analytic_topics(cands, p)
        # The sentence's main event is its first trigger (news leads with the act; later
        # triggers sit in subordinate clauses or background), so it outranks the rest; a trigger
        # told as the occasion of another ("after agreeing", "amid the crackdown") yields to it.
        back = _background(view, cands)
        if all(id(c) in back for c in cands) and (guess := self.main_guess(view, p, cands)) is not None:
            cands = sorted([*cands, guess], key=lambda c: c.start)
        main = _main(view, cands, back)
        d = self.decision
        # The same event named twice keeps its foreground telling ("Israel, which occupies southern
        # Lebanon, launched raids"): the main trigger first, then the foreground, then the background.
        order = {id(c): k for k, c in enumerate(cands)}
        coded: list[tuple[int, Event]] = []
        main_confidence: float | None = None
        for c in sorted(cands, key=lambda c: (c.start != main, id(c) in back, order[id(c)])):
            if c.kind == "n" and any(m.start <= sent.start + c.start and sent.start + c.end <= m.end for m in parties):
                # A noun naming a party of an act already coded ("police arrested protesters") says
                # who took part in it, not that another act took place.
                continue
            trig, end = _tokens(view, c)
            aux = modality(view, trig, c.kind, _phrase_end(c, end), c.event) - {ANNOUNCED}
            if SCENARIO in aux:
                continue  # an analyst's scenario ("If X were ever to blockade Y, ...") is no event
            if c.announced:
                # "announced it would lift": the announcement is the concession (or threat), made now
                aux.discard("future")
            if c.event == "AGREE" and view.said_at and "negated" not in aux:
                # "said it would accept mediation", "assure qu'il appuiera": a promise a speaker states is made now (a
                # signing told for tomorrow with no speaker stays future: "will sign an accord in Vilnius")
                aux.discard("future")
            # a journey the cue words tell makes talks partners hosts ("flew into X for talks with Y": a visit)
            journey = c.mode is None and modes.get(c.event) == "visit"
            intent = _intended(view, c, trig, end, aux)
            # an announced withdrawal moves the actor's own forces, as the withdrawal itself would ("promised to pull
            # its troops out": they are no recipient of the concession)
            acted = c.announced if c.announced in MOVES else c.event
            roles = assign_roles(view, trig, acted, c.mode, c.kind, pair, end, c.context, journey, intent)
            if (speaker := _conditional_threat(view, c, trig, aux, roles.actor)) is not None:
                # Codebook: a threat is conditional by nature. Force an official states as the consequence of
                # another party's act ("Should X fire again, the army would hit Y, the minister said") is the
                # speaker's THREATEN, made now; the one the condition names is threatened when the act names none.
                c.event, c.mode, c.context = "THREATEN", None, None
                aux -= {"hypothetical", "future"}
                own = {m.actor.code for m in speaker}
                rec = [m for m in roles.recipient if m.actor.code not in own]
                rec = rec or [m for m in roles.actor if m.actor.code not in own] or _conditioned(view, trig, own)
                roles.actor, roles.recipient = speaker, rec
            if not roles.actor:
                continue  # PLOVER needs an actor
            codes = frozenset(m.actor.code for m in roles.actor)
            twice = next((ev for e, done, ev in seen if e == c.event and codes & done), None)
            if twice is not None:
                # The same event named twice in one sentence: one event, and the telling that names
                # its recipient says whom ("X, which has long demanded compensation from Y, renewed its demand").
                acting = codes | {a.code for a in twice.actor}  # no actor acting on itself
                others = [m for m in roles.recipient if m.actor.code not in acting]
                if not any(r.text for r in twice.recipient) and others:
                    twice.recipient = refs(others)
                    twice.id = event_id(twice)
                continue
            ctx = sorted(set(contexts) | ({c.context} if c.context else set()))
            confidence = (
                0.35
                + d.prob_w * c.prob
                + (0.1 if c.kind == "v" else 0.0)
                + (d.main_bonus if c.start == main else 0.0)
                - c.penalty
            )
            if id(c) in back and c.start != main and main_confidence is not None:
                # the main event outranks what is told as its background, however sure the classifier is of it
                confidence = min(confidence, main_confidence - BACKGROUND_GAP)
            if c.start == main:
                main_confidence = confidence
            ev = Event(
                id="",
                doc_id=analysis.doc.id,
                event=c.event,
                actor=refs(roles.actor),
                recipient=refs(roles.recipient) or (_domestic(roles.actor, c.event) if self.domestic else []),
                mode=c.mode or modes.get(c.event),
                context=ctx,
                aux=sorted(aux),
                evidence=[Evidence(shown.text, sent.start, sent.end)],
                trigger=Evidence(shown.text[c.start : c.end], sent.start + c.start, sent.start + c.end)
                if c.end > c.start
                else None,
                confidence=round(min(confidence, 1.0), 3),
                coder=self.name,
            )
            if roles.place is not None:
                pl = roles.place
                ev.event_loc = {"text": pl.text, "code": pl.actor.code, "name": pl.actor.name,
                                "wikidata": pl.actor.wikidata, "start": pl.start, "end": pl.end}  # fmt: skip
            ev.id = event_id(ev)
            seen.append((c.event, codes, ev))
            parties.extend(roles.actor + roles.recipient)
            coded.append((order[id(c)], ev))
        return [ev for _, ev in sorted(coded, key=lambda x: x[0])]


def _remembered(view: SentenceView, analysis: Analysis, cands: list[Candidate]) -> list[Candidate]:
    """Drop what a commemoration remembers: a trigger after an anniversary or commemoration cue in its clause ("the
    87th anniversary of the attack"), or after the cue in a clause dated years back ("honoured the insurgents: 80
    years ago they held the city"); an act told in a clause of its own on the day stays ("On the anniversary of the
    1994 genocide, X expelled Y's envoy"); no stand-in of the classifier's where the commemoration is the main verb or
    the day lies years back. A
    rally of supporters a speaker spoke at ("said at a rally") is no protest either."""
    if not view.tokens:
        return cands
    first = min(view.memory_at, default=len(view.tokens))
    sent = view.sent
    old = {
        view.clause_of[view.token_at(t.start - sent.start)]
        for t in analysis.times
        if view.memory_at and sent.start <= t.start < sent.end and historical_by_date([t], analysis.doc.date)
    }

    def remembered(c: Candidate) -> bool:
        trig = _tokens(view, c)[0]
        if c.kind == "c" and (old or any(0 <= m - trig <= MEMORY_VERB for m in view.memory_at)):
            # the classifier's guess in a commemoration ("In X, they honoured the victims of ...", "X marked the
            # anniversary of ...") or of a day years back reads what is remembered
            return True
        if c.event == "PROTEST" and c.kind == "n" and view.at_rally(trig):
            return True
        # what is remembered is named by a noun ("anniversary of the (Srebrenica) massacre": a verb trigger after an
        # article is one too, in an SVO language a word or two after it); a verb after it is the day's act ("Am
        # Jahrestag der Invasion griff X an": a verb-second clause puts its verb right after the fronted phrase)
        reach = 2 if view.lex.order == "svo" else 1
        named = c.kind in ("n", "x") or any(trig - k in view.determiner_at for k in range(1, reach + 1))
        return (named and view.remembered(trig)) or (trig > first and view.clause_of[trig] in old)

    return [c for c in cands if not remembered(c)]


def _undenied(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Drop what a denial tells: its own verb (a statement, not a refusal of anything asked) and the deeds it denies
    ("X denied that its troops had crossed into Y", "a démenti avoir mené la moindre frappe"). An act told before
    the denial stays ("X griff Y an, bestritt aber, dass ..."), as does a main clause joined after a comma
    (", but accused Y of ...")."""
    if not view.tokens or (start := view.denial_start()) is None:
        return cands

    def denied(c: Candidate) -> bool:
        trig, last = _tokens(view, c)
        if last < start:
            return False  # told before the denial (a phrase ending on its verb, "a démenti", is the denial itself)
        return not any(
            start < k <= trig and "," in view.sent.text[view.tokens[k - 1].end : view.tokens[k].start]
            for k in view.coord_at
        )

    return [c for c in cands if not denied(c)]


def _dateline_only(view: SentenceView) -> bool:
    """A dateline split off as a sentence of its own ("КИЇВ.", "ТБИЛИСИ, 5 июня."): it opens with a place in capitals
    and is short; with no trigger word it tells no act (the classifier would code its place as an actor)."""
    return (
        len(view.tokens) <= DATELINE_WORDS
        and any(mv.first == 0 for mv in view.mentions)
        and view.word(0).isupper()
        and len(view.word(0)) > 2
        # the place stands alone, set off by a stop, a comma or a dash: "USA drohen Iran" is no dateline
        and view.sent.text[view.tokens[0].end : view.tokens[0].end + 2].lstrip()[:1] in (".", ",", "\u2014", "-", "")
    )


def _intended(view: SentenceView, c: Candidate, trig: int, end: int, aux: set[str]) -> bool:
    """Whether the act is told as one party's intention (PLOVER AGREE: "offer, promise, or otherwise indicate
    willingness"): a cooperative act in the future (the stage recodes it AGREE), or an agreement whose words offer
    or promise it (roles.tsv ``offer``: "pledged to deepen ties with", "was ready to work with")."""
    if c.event != "AGREE":
        return recode(c.event, sorted(aux))[0] == "AGREE"
    if not view.tokens:
        return False
    clause = view.clause_of[trig]
    # a cue inside the trigger's words may sit in the clause they report ("said it was ready to"); a classifier's
    # stand-in is the word after the subject, so its cue follows it ("Монголия выразила готовность ...")
    near = range(trig - OFFER_REACH, trig + OFFER_REACH + 1 if c.kind == "c" else trig)
    return any(trig <= i <= end or (i in near and view.clause_of[i] == clause) for i in view.offer_at)


def _in_name(view: SentenceView, start: int, end: int) -> bool:
    """Whether a trigger lies inside an actor's own name, not at its start ("International Security Assistance
    Force"): a word of a name is no act. Role words the actor stage took along ("ECOMOG peacekeepers") stay."""
    s, e = start + view.sent.start, end + view.sent.start
    return any(
        mv.mention.role is None and mv.mention.start < s and e <= mv.mention.end and " " in mv.mention.text
        for mv in view.mentions
    )


def _stand_in(view: SentenceView, event: str, prob: float) -> Candidate:
    """A classifier's event without a trigger word: the word after the main clause's first actor (with its
    coordinated partners: "Indian and Pakistani troops exchanged fire") stands in for the trigger. Names in a
    dateline, an opening phrase or a relative clause are no actor of it ("Stung by criticism from X, Y ...")."""
    named = [mv for mv in view.mentions if mv.role != "dateline"] or view.mentions
    lead = next((mv.group for mv in named if not view.aside(mv.clause)), named[0].group)
    last = max(mv.last for mv in view.mentions if mv.group == lead)
    after = last + 1 if last + 1 < len(view.tokens) else last
    at = view.tokens[after].start
    return Candidate(at, at, event, None, None, "c", prob)


def _conditional_threat(
    view: SentenceView, c: Candidate, trig: int, aux: set[str], actor: list[Mention]
) -> list[Mention] | None:
    """The speaker who threatens, when a candidate of force (``THREAT_AS``) is the consequence of a condition: a
    hypothetical cue (if, should, unless) in another clause that names a party, a future modal (would, will)
    before the trigger in its own clause or opening its phrase ("would hit"), and a named speaker. None otherwise
    (a bare condition stays hypothetical: "If Russia attacked, prices would soar")."""
    speakers = [mv for mv in view.mentions if mv.role == "source"]
    if "negated" in aux or not view.tokens or not speakers:
        return None
    speaker = [mv.mention for mv in view.mentions if mv.group == speakers[0].group]
    if c.event == "THREATEN" and not any(m.end <= view.sent.start + c.start for m in actor):
        # "Any attack would be answered with missiles on Haifa, Iran's minister said": no one named before the
        # consequence acts; the one who states it threatens
        return speaker
    if c.event not in THREAT_AS:
        return None
    clause = view.clause_of[trig]
    conditions = [i for i, _j, (flag, _s) in view.modality if flag == "hypothetical" and view.clause_of[i] != clause]
    if not conditions:
        return None
    if not any(
        flag == "future" and view.clause_of[i] == clause and 0 <= trig - i <= CONSEQUENCE_REACH
        for i, _j, (flag, _s) in view.modality
    ):
        return None
    if not any(view.clause_of[mv.first] in {view.clause_of[i] for i in conditions} for mv in view.mentions):
        return None
    return speaker


def _conditioned(view: SentenceView, trig: int, own: set[str | None]) -> list[Mention]:
    """The party a condition names ("Should Hezbollah fire again"): the first name of another clause than the
    trigger's that is not the speaker's side."""
    clause = view.clause_of[trig]
    for mv in view.mentions:
        if view.clause_of[mv.first] != clause and mv.code not in own and mv.role not in ("source", "dateline"):
            return [m.mention for m in view.mentions if m.group == mv.group]
    return []


def _domestic(actor: list[Mention], event: str) -> list[ActorRef]:
    """The unnamed counterpart of a one-country event: its own country ("police dispersed the
    protesters", "the opposition accused the government"), as CAMEO-era data sets code domestic
    events. No text span and no sector: the sentence does not name it. Reciprocal events name
    all their parties, so they get none."""
    if event in RECIPROCAL or len({m.actor.code for m in actor}) != 1:
        return []
    return [
        ActorRef(
            text="", code=actor[0].actor.code, name=actor[0].actor.name if actor[0].actor.kind == "state" else None
        )
    ]


def _offside(view: SentenceView) -> set[str]:
    """The domains (``domains.tsv``: sport, markets, culture, weather) of a sentence that tells of them with no party
    named as a political actor: "Brazil beat Argentina in a World Cup qualifier", "the cyclist attacked on the
    final climb"; none otherwise. Troops, police, rebels or a known leader keep their acts ("rebels attacked a
    stadium")."""
    domains = set(view.lex.find_domains(view.sent.text, view.tokens)) - {ECONOMY, DISASTER}  # a clause's: _figures
    if NOTICE in domains:
        return domains  # a job notice tells no act, whoever posts it ("the ministry invites applications for ...")
    political = [mv for mv in view.mentions if mv.mention.sector not in UNPOLITICAL]
    if not domains or any(mv.mention.role or mv.mention.actor.kind == "person" for mv in political):
        return set()
    return domains


def _figures(view: SentenceView) -> dict[str, set[int]]:
    """The clauses holding a cue of market figures or of a natural disaster (domains ``economy``: "year-on-year",
    "investors", "against the dollar"; ``disaster``: "earthquake", "floods"), by domain, in a sentence with no party
    named as a political actor (as ``_offside``)."""
    if not view.tokens:
        return {}
    found = [(k, d) for k, d in view.lex.find_domain_at(view.sent.text, view.tokens) if d in (ECONOMY, DISASTER)]
    political = [mv for mv in view.mentions if mv.mention.sector not in UNPOLITICAL]
    if not found or any(mv.mention.role or mv.mention.actor.kind == "person" for mv in political):
        return {}
    clauses: dict[str, set[int]] = {}
    for k, domain in found:
        clauses.setdefault(domain, set()).add(view.clause_of[k])
    return clauses


def _dated(analysis: Analysis, sent: Sentence) -> bool:
    return any(sent.start <= t.start < sent.end for t in analysis.times)


def _occurs(view: SentenceView) -> bool:
    """Whether the sentence says an event took place ("fand statt", "was held"): modality.tsv, scope occurred."""
    return any(scope == "occurred" for _i, _j, (_flag, scope) in view.modality)


def _main(view: SentenceView, cands: list[Candidate], back: set[int]) -> int | None:
    """Offset of the sentence's main trigger: the first one not in the background, else the first.
    A meeting named before a verb trigger is the scene of the act ("After talks with the envoy,
    X released ...", "At a meeting in Geneva, X rejected ...")."""
    if not cands:
        return None
    fore = [c for c in cands if id(c) not in back]
    verbs = [c for c in fore if c.kind == "v" and c.event not in SCENE]

    def scene(c: Candidate) -> bool:
        if c.event not in SCENE:
            return False
        later = [v for v in verbs if v.start > c.start]
        # a noun, or a verb set off by a comma ("During a visit by the envoy, X handed over ...")
        return bool(later) and (c.kind == "n" or "," in view.sent.text[c.end : later[0].start])

    acts = [c for c in fore if not scene(c)]
    fore = acts or fore
    # the noun of an opening "In a concession to X," names the main act only when the main clause has no trigger
    told = [c for c in fore if not view.tokens or not view.aside(view.clause_of[view.token_at(c.start)])]
    fore = told or fore
    return min(c.start for c in fore) if fore else min(c.start for c in cands)


def _background(view: SentenceView, cands: list[Candidate]) -> set[int]:
    """Ids of candidates told as background: the occasion of another act ("after agreeing"), or in
    a relative clause describing a party ("Israel, which occupies ...", "two men who attacked a
    settler were detained") or the object of an earlier verb ("scrapped a law that had allowed ..."), or in the
    phrase naming a speaker whose report holds a trigger ("Detainees released from X said they were beaten")."""
    if not view.tokens:
        return set()
    at = {id(c): view.token_at(c.start) for c in cands}
    verbs = sorted(at[id(c)] for c in cands if c.kind in ("v", "x"))
    spans = view.described(verbs) + view.object_relatives(verbs)
    back = {id(c) for c in cands if view.background(at[id(c)], c.kind) or any(r <= at[id(c)] < m for r, m in spans)}
    clauses = {view.clause_of[at[id(c)]] for c in cands}
    # "Detainees released from the prison said they had been beaten": the speaker's description is background
    # to what the speaker reports, when the report holds a trigger
    return back | {id(c) for c in cands if (r := view.speaker_phrase(at[id(c)])) is not None and r in clauses}


def _asserted(view: SentenceView, c: Candidate) -> bool:
    """Whether a candidate is told as a fact of the foreground: no modality flag, no background."""
    first, last = _tokens(view, c)
    return not modality(view, first, c.kind, _phrase_end(c, last)) & UNREAL and not (
        view.tokens and view.background(first, c.kind)
    )


def _announcements(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Acts reached by an announcement cue ("promised to", "offered to", "announced it would") become one event:
    a retreat or concession a CONCEDE, a hostile act a THREATEN. The retyped candidate is marked ``announced``,
    and a promise trigger standing in the cue that reaches it ("offered", "promised") is that same act, so it is
    dropped. A negated one keeps its type ("said it would not withdraw" is no concession, "would not attack" no
    threat)."""
    cues = _announcement_cues(view)
    if not cues:
        return cands
    used: list[tuple[int, int]] = []
    for c in cands:
        act = c.event
        if act in THREATENED:
            if not _announced_hostility(view, c):
                continue
            c.event, c.mode = "THREATEN", THREAT_MODES.get(act) or THREAT_MODES.get(c.mode or "")
        elif act in ANNOUNCEABLE and _announced(view, c):
            c.event, c.mode = "CONCEDE", None
        else:
            continue
        c.announced = act
        first = view.token_at(c.start)
        used.extend((i, end) for i, j, end in cues if j <= first)
    # a promise trigger the cue stands in or overlaps ("kündigte an" of the cue "an, ... zu verhängen")
    return [c for c in cands if not (c.event in PROMISES and any(_overlaps(view, c, i, j) for i, j in used))]


def _overlaps(view: SentenceView, c: Candidate, i: int, j: int) -> bool:
    """Whether the phrase of ``c`` shares a token with tokens ``i`` to ``j`` (exclusive)."""
    first, last = _tokens(view, c)
    return first < j and i <= last


def _announcement_cues(view: SentenceView) -> list[tuple[int, int, int]]:
    """The announcement cues of the sentence: first token, token after the cue, token after the words it asks for."""
    return [(i, j, cue_end(view, i, j, flag, scope)) for i, j, (flag, scope) in view.modality if flag == ANNOUNCED]


def _announced(view: SentenceView, c: Candidate) -> bool:
    """Whether an announcement cue reaches the act of ``c`` (a verb phrase), not negated."""
    if c.kind == "n":
        return False
    first, last = _tokens(view, c)
    flags = modality(view, first, c.kind, _phrase_end(c, last), c.event)
    return ANNOUNCED in flags and "negated" not in flags


def _announced_hostility(view: SentenceView, c: Candidate) -> bool:
    """Whether ``c`` is a hostile act an announcement cue just before it announces ("vowed to strike")."""
    if c.event not in THREATENED or not _announced(view, c):
        return False
    first = view.token_at(c.start)
    # the act may be said with the words the cue asks for ("said it would strike": the trigger "would strike")
    reach = THREAT_REACH.get(view.lex.order, THREAT_REACH_DEFAULT)
    return any(j <= first <= end + reach for _i, j, end in _announcement_cues(view))


def _tokens(view: SentenceView, c: Candidate) -> tuple[int, int]:
    """The first and last token of a candidate's phrase (a classifier's stand-in is its one token)."""
    first = view.token_at(c.start)
    return first, view.token_at(c.end - 1) if c.end > c.start else first


def _phrase_end(c: Candidate, last: int) -> int | None:
    """The last token of the words that say the act, for modality: none for a classifier's stand-in,
    whose token ("could" in "Russia could flatten Kyiv") is no trigger phrase, so a cue on it is the act's
    modality, not part of how the act is said."""
    return None if c.kind == "c" else last


def _candidate(start: int, end: int, trig: Trigger, prob: float) -> Candidate:
    return Candidate(start, end, trig.event, trig.mode, trig.context, trig.kind, prob)


def _drop_topics(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Drop triggers that are the topic of an evaluative verb in the same clause ("condemned the
    attack", "welcomed the signing", "urged Y to release"): nouns anywhere in that clause, other
    words after the verb. PLOVER codes the evaluation, not its object."""
    clause = {id(c): view.clause_of[view.token_at(c.start)] if view.tokens else 0 for c in cands}
    # A participle with its agent ("rebels, backed by Rwanda, attacked") describes a party; it judges nothing. An
    # ambiguous verb (kind x) the classifier kept judges as a plain one ("a appelé X à des négociations").
    judges = [
        c for c in cands if c.kind in ("v", "x") and c.event in EVALUATIVE | PROMISES and not _participle(view, c)
    ]
    # Codebook (PROTEST ambiguities): what a protest demands is its topic, not a REQUEST of its own
    # ("marched in Paris to demand higher wages").
    marches = [c for c in cands if c.kind == "v" and c.event == "PROTEST"]

    def topic(c: Candidate) -> bool:
        return (
            any(
                j is not c
                and j.event != c.event
                and (
                    # a promise or offer makes the noun of its clause its content ("sagte der Ukraine Hilfe zu"),
                    # not a meeting it was made at ("während Putins Besuch vereinbart")
                    (
                        clause[id(j)] == clause[id(c)]
                        and (c.kind == "n" or j.start < c.start)
                        and (j.event not in PROMISES or (c.kind == "n" and c.event not in SCENE))
                    )
                    # "demanded that Iraq withdraw": the demanded act is the REQUEST's content; a demand in
                    # a clause told aside ("X, which has stonewalled U.N. demands, said it would let ...") has none
                    or (
                        j.event == "REQUEST"
                        and clause[id(c)] == clause[id(j)] + 1
                        and j.start < c.start
                        and not view.aside(clause[id(j)])
                    )
                )
                for j in judges
            )
            or any(
                c.event == "REQUEST"
                and j.start < c.start
                and clause[id(c)] in (clause[id(j)], clause[id(j)] + 1)
                and _attached(view.sent.text[j.end : c.start])
                for j in marches
            )
        )

    about = view.coverage_topic()
    return [c for c in cands if not topic(c) and not _covered(view, c, about)]


def _covered(view: SentenceView, c: Candidate, about: int | None) -> bool:
    """Whether a trigger names the topic of a piece of coverage whose "about" is token ``about``: a noun after it ("a
    column by X about the sanctions against Y", "фотовыставка, посвящённая ... подписания ..., — на снимках
    переговоры"), another word after it in its clause ("an article about how Y attacked Z")."""
    if about is None or (trig := view.token_at(c.start)) <= about:
        return False
    return c.kind == "n" or view.clause_of[trig] == view.clause_of[about]


def _attached(gap: str) -> bool:
    """Whether a phrase after this gap hangs on the word before it ("marched to demand", "marched, demanding"),
    rather than opening a clause of its own (", and the opposition demanded", "; it demanded")."""
    gap = gap.rstrip()
    return not re.search(r"[;:\u2013\u2014]", gap) and ("," not in gap or gap.index(",") == len(gap) - 1)


def _participle(view: SentenceView, c: Candidate) -> bool:
    """Whether a verb trigger is a participle with its agent: "backed by Rwanda", "von Iran unterstützte"."""
    first, last = _tokens(view, c)
    # "was urged by France to halt" is a finite passive: it still judges what follows.
    return (last + 1 in view.agent_at and first - 1 not in view.passive_at) or any(
        mv.last == first - 1 and mv.role in ("agent", "backer") for mv in view.mentions
    )


def _coordinated_pair(view: SentenceView) -> list[Mention]:
    """Two parties with different codes named together in one coordinated group, if any."""
    groups: dict[int, dict[str, Mention]] = {}
    for mv in view.mentions:
        if mv.code and mv.role not in ("location", "origin", "dateline"):  # places are not parties ("in Kenya")
            groups.setdefault(mv.group, {}).setdefault(mv.code, mv.mention)
    pairs = [list(g.values())[:2] for g in groups.values() if len(g) >= 2]
    return pairs[-1] if pairs else []


def _own_pair(view: SentenceView) -> list[Mention]:
    """The only two countries a sentence names ("Both countries signed, officials in Seoul and
    Pyongyang said"), when nothing before names a pair."""
    states: dict[str, Mention] = {}
    for mv in view.mentions:
        if mv.code and mv.mention.actor.kind == "state" and mv.role != "dateline":
            states.setdefault(mv.code, mv.mention)
    return list(states.values()) if len(states) == 2 else []


def _last_pair(before: list[Mention]) -> list[Mention]:
    """The two parties a "beide Länder" phrase most likely means: the two states named most
    often so far (the later mention breaks ties); other actors when fewer than two states."""
    for kinds in (("state",), ("state", "igo", "person", "group")):
        count: dict[str, int] = {}
        last: dict[str, int] = {}
        rep: dict[str, Mention] = {}
        for i, m in enumerate(before):
            if m.actor.code and m.actor.kind in kinds:
                count[m.actor.code] = count.get(m.actor.code, 0) + 1
                last[m.actor.code] = i
                rep.setdefault(m.actor.code, m)
        if len(count) >= 2:
            top = sorted(count, key=lambda c: (-count[c], -last[c]))[:2]
            return [rep[c] for c in top]
    return []


def event_id(ev: Event) -> str:
    """Stable id from document, type, actors, recipients and first evidence offset."""
    actors = ",".join(sorted(str(a.code) for a in ev.actor))
    recipients = ",".join(sorted(str(r.code) for r in ev.recipient))
    first = ev.evidence[0].start if ev.evidence else -1
    key = f"{ev.doc_id}|{ev.event}|{actors}|{recipients}|{first}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]
