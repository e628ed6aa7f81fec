"""The event stage: run the configured coder, date and place events, apply PLOVER rules, merge repeats."""

from __future__ import annotations

import re

from foedus.config import Config
from foedus.errors import ConfigError
from foedus.events.coder import make_coder
from foedus.events.lexicon import TOKEN, load_lexicon
from foedus.events.merge import merge_events
from foedus.events.modality import historical_by_date
from foedus.events.recoding import recode
from foedus.records import Analysis, Event, TimeExpr


class EventStage:
    name = "events"
    needs = ("sentences", "mentions", "times")
    adds = ("events",)

    def __init__(self, config: Config) -> None:
        self.coder = make_coder(config)
        self.config = config
        self._relative: dict[str, frozenset[str]] = {}

    def relative_words(self, lang: str | None) -> frozenset[str]:
        """The language's relative pronouns ("which", "который"): a time inside a clause they open
        after a comma describes a party, not the event."""
        lang = lang or "en"
        if lang not in self._relative:
            try:
                cues = load_lexicon(self.config.data_dir, lang).roles.by_first
            except (ConfigError, OSError):
                cues = {}
            self._relative[lang] = frozenset(
                w for w, seqs in cues.items() for seq, (role, _side) in seqs if role == "relative" and len(seq) == 1
            )
        return self._relative[lang]

    def __call__(self, analysis: Analysis) -> Analysis:
        events = self.coder(analysis)
        dated: set[int] = set()
        relative = self.relative_words(analysis.doc.lang)
        for ev in events:
            if date_event(ev, analysis, relative):
                dated.add(id(ev))
            plover_rules(ev)
            _attribute(ev, analysis)
        analysis.events = merge_events(events, dated=dated)
        return analysis


def date_event(ev: Event, analysis: Analysis, relative: frozenset[str] = frozenset()) -> bool:
    """Date from the time expression nearest the trigger in the evidence sentence, else the
    publication date. Returns True when the sentence stated the date; marks earlier years historical.
    A time in a comma-set relative clause (opened by one of ``relative``) that does not hold the
    trigger describes a party ("Armenia, which lost Karabakh in 2023, accused ...") and is ignored."""
    span = ev.evidence[0]
    at = ev.trigger.start if ev.trigger else span.start
    text = analysis.doc.text
    inside = [
        t
        for t in analysis.times
        if span.start <= t.start < span.end
        and not _described(text, span.start, t, at, relative)
        and not _POSSESSIVE.match(text, t.end)  # "last year's earthquake": the time of a thing named, not of the act
    ]
    points = [t for t in inside if t.value and t.relation == "at"]
    best: TimeExpr | None = min(points, key=lambda t: abs(t.start - at), default=None)
    # the act's own time decides: "demanded on Sunday that X lift the ban slapped last year" is no act of last year
    if best is not None and _object_time(text, ev, best, analysis.doc.lang):
        # "handed back vessels seized a year ago", "crimes committed during the 2008 war": the time of what the act's
        # object underwent, not of the act
        inside = [t for t in inside if t is not best]
        points = [t for t in points if t is not best]
        best = min(points, key=lambda t: abs(t.start - at), default=None)
    own = inside
    if best is not None:  # with a time written right next to it ("آب/أغسطس 2008": two month names, one year)
        own = [
            t
            for t in points
            if t is best or -TOUCH <= t.start - best.end <= TOUCH or -TOUCH <= best.start - t.end <= TOUCH
        ]
    if historical_by_date(own, analysis.doc.date) and "historical" not in ev.aux:
        ev.aux = sorted({*ev.aux, "historical"})
    if ev.date:
        return True
    if best is not None:
        ev.date = best.value
        return True
    ev.date = analysis.doc.date
    return False


_BREAK = re.compile(r"[,;\u2013\u2014(]")
# Past participles of languages that set them after their noun ("vessels seized", "crímenes cometidos"): a time
# after one dates what the noun underwent (French "-é(e)s" ends too many nouns: "années", "armée").
_PARTICIPLE = {
    # lower-case (not "United"), and not the few words that only end like one ("hundred", "need")
    "en": re.compile(
        r"\b(?!(?:hundred|need|speed|seed|feed|breed|greed|shed|bred|indeed)\b)[a-z]\w{2,}ed\b"
        r"|\b(?:taken|held|built|shot|caught|stolen)\b"
    ),
    # plural forms only: a singular "-ado", "-ada" is as often a noun ("Estado", "madrugada", "el año pasado")
    "es": re.compile(r"\b\w{3,}(?:ados|adas|idos|idas)\b"),
}
TOUCH = 2  # characters between two time expressions that are one ("آب/أغسطس 2008")
_POSSESSIVE = re.compile(r"['\u2019]s?\b")  # "last year's", "yesterday's", "the allies'" after a time


def _object_time(text: str, ev: Event, t: TimeExpr, lang: str | None) -> bool:
    """Whether time ``t`` dates a participle phrase describing the act's object: it follows the trigger, with a past
    participle between them and no clause break ("returned ships seized off Crimea a year ago", "una investigación
    sobre crímenes cometidos durante la guerra de 2008")."""
    pattern = _PARTICIPLE.get(lang or "")
    if pattern is None or ev.trigger is None or t.start <= ev.trigger.end:
        return False
    between = text[ev.trigger.end : t.start]
    return not _BREAK.search(between) and bool(pattern.search(between))


def _described(text: str, floor: int, t: TimeExpr, at: int, relative: frozenset[str]) -> bool:
    """Whether time ``t`` stands in a comma-set relative clause that does not hold offset ``at``."""
    if not relative:
        return False
    cut = max((m.end() for m in _BREAK.finditer(text, floor, t.start)), default=-1)
    if cut < 0:
        return False
    first = TOKEN.search(text, cut, t.start)
    if first is None or first.group().lower() not in relative:
        return False
    close = _BREAK.search(text, t.end)
    return not (cut <= at < (close.start() if close else len(text)))


def plover_rules(ev: Event) -> None:
    """Recode future cooperation as PLOVER prescribes and future force as a threat (the category
    carries the future)."""
    event, aux = recode(ev.event, ev.aux)
    if event != ev.event and event == "CONCEDE":
        ev.mode = None  # CONCEDE has no modes (codebook): a retreat's "withdraw" does not carry over
    ev.event, ev.aux = event, list(aux)


def _attribute(ev: Event, analysis: Analysis) -> None:
    """The innermost attribution whose span covers the evidence."""
    span = ev.evidence[0]
    best = None
    for att in analysis.attributions:
        if att.span is None:
            best = best or att.id
        elif att.span.start <= span.start and span.end <= att.span.end:
            best = att.id
    ev.attribution = best
