"""Within-document merging: repeated mentions of one event become one event with all evidence.

Two events merge when they have the same type, the same parties (as a set for reciprocal
types, as actor and recipient otherwise), the same modality, and compatible dates: equal,
or one of them only carries the publication date because its sentence stated none.
"""

from __future__ import annotations

from foedus.records import Event

SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def party_key(ev: Event) -> object:
    actors = frozenset(a.code for a in ev.actor)
    recipients = frozenset(r.code for r in ev.recipient)
    return actors | recipients if ev.event in SYMMETRIC else (actors, recipients)


def merge_events(events: list[Event], dated: set[int] | None = None) -> list[Event]:
    """Merge repeats; ``dated`` holds ``id()`` of events whose date the text stated."""
    dated = dated if dated is not None else {id(e) for e in events}
    kept: list[Event] = []
    index: dict[tuple[object, ...], list[Event]] = {}
    explicit: dict[int, bool] = {id(e): id(e) in dated for e in events}
    for ev in events:
        key = (ev.event, party_key(ev), tuple(sorted(ev.aux)))
        target = next((k for k in index.get(key, []) if _dates_fit(k, ev, explicit)), None)
        if target is None:
            index.setdefault(key, []).append(ev)
            kept.append(ev)
            continue
        target.evidence.extend(e for e in ev.evidence if e not in target.evidence)
        target.confidence = max(target.confidence, ev.confidence)
        target.mode = target.mode or ev.mode
        target.context = sorted(set(target.context) | set(ev.context))
        target.event_loc = target.event_loc or ev.event_loc
        if explicit[id(ev)] and not explicit[id(target)]:
            target.date = ev.date
            explicit[id(target)] = True
    return kept


def _dates_fit(a: Event, b: Event, explicit: dict[int, bool]) -> bool:
    return a.date == b.date or not explicit[id(a)] or not explicit[id(b)]
