"""The event stage: run the configured coder, date events, merge repeats."""

from __future__ import annotations

from foedus.config import Config
from foedus.events.coder import make_coder
from foedus.events.merge import merge_events
from foedus.records import Analysis, Event


class EventStage:
    name = "events"
    needs = ("sentences", "mentions", "times")
    adds = ("events",)

    def __init__(self, config: Config) -> None:
        self.coder = make_coder(config)

    def __call__(self, analysis: Analysis) -> Analysis:
        events = self.coder(analysis)
        for ev in events:
            _date(ev, analysis)
            _attribute(ev, analysis)
        analysis.events = merge_events(events)
        return analysis


def _date(ev: Event, analysis: Analysis) -> None:
    """The first day-precise time expression in the evidence sentence, else the publication date."""
    if ev.date:
        return
    span = ev.evidence[0]
    for t in analysis.times:
        if span.start <= t.start < span.end and t.value and t.relation == "at":
            ev.date = t.value
            return
    ev.date = analysis.doc.date


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
