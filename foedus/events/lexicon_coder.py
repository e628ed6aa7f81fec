"""The offline default coder: trigger lexicons, actors around the trigger, modality cues."""

from __future__ import annotations

import hashlib

from foedus.config import Config
from foedus.events.coder import register
from foedus.events.lexicon import Lexicon, load_lexicon
from foedus.records import ActorRef, Analysis, Event, Evidence, Mention, Sentence


@register("lexicon")
class LexiconCoder:
    """One event per sentence and trigger with at least one actor in the sentence."""

    def __init__(self, config: Config) -> None:
        self.config = config

    def __call__(self, analysis: Analysis) -> list[Event]:
        doc = analysis.doc
        lex = load_lexicon(self.config.data_dir, doc.lang or "en")
        events = []
        for sent in analysis.sentences:
            mentions = [m for m in analysis.mentions if sent.start <= m.start < sent.end]
            if not mentions:
                continue
            for match, trig in lex.find_triggers(sent.text):
                t_start = sent.start + match.start()
                actor, recipient = _roles(mentions, t_start)
                if not actor:
                    continue
                ev = Event(
                    id="",
                    doc_id=doc.id,
                    event=trig.event,
                    actor=actor,
                    recipient=recipient,
                    mode=trig.mode,
                    context=[trig.context] if trig.context else [],
                    aux=_modality(lex, sent),
                    evidence=[Evidence(sent.text, sent.start, sent.end)],
                    trigger=Evidence(match.group(), t_start, sent.start + match.end()),
                    confidence=0.5,
                )
                ev.id = event_id(ev)
                events.append(ev)
                break  # first trigger per sentence in this simple coder
        return events


def _roles(mentions: list[Mention], trigger_at: int) -> tuple[list[ActorRef], list[ActorRef]]:
    before = [m for m in mentions if m.start < trigger_at]
    after = [m for m in mentions if m.start >= trigger_at]
    actor_m = before or after[:1]
    codes = {m.actor.code for m in actor_m}
    recip_m = [m for m in (after if before else after[1:]) if m.actor.code not in codes]
    return _refs(actor_m), _refs(recip_m[:1])


def _refs(mentions: list[Mention]) -> list[ActorRef]:
    seen: dict[str | None, ActorRef] = {}
    for m in mentions:
        if m.actor.code not in seen:
            seen[m.actor.code] = ActorRef(
                text=m.text, code=m.actor.code, sector=m.sector, wikidata=m.actor.wikidata,
                name=m.actor.name, start=m.start, end=m.end,
            )  # fmt: skip
    return list(seen.values())


def _modality(lex: Lexicon, sent: Sentence) -> list[str]:
    return sorted({flag for rx, flag in lex.modality if rx.search(sent.text)})


def event_id(ev: Event) -> str:
    """Stable id from document, type, actors, recipients and first evidence offset."""
    actors = ",".join(sorted(str(a.code) for a in ev.actor))
    recipients = ",".join(sorted(str(r.code) for r in ev.recipient))
    first = ev.evidence[0].start if ev.evidence else -1
    key = f"{ev.doc_id}|{ev.event}|{actors}|{recipients}|{first}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]
