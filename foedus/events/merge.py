"""Within-document merging: repeated mentions of one event become one event."""

from __future__ import annotations

from foedus.records import Event


def merge_events(events: list[Event]) -> list[Event]:
    """Merge events with the same type, actor and recipient codes, modality and date."""
    merged: dict[tuple[object, ...], Event] = {}
    for ev in events:
        key = (
            ev.event,
            frozenset(a.code for a in ev.actor) | frozenset(r.code for r in ev.recipient)
            if ev.event in {"AGREE", "CONSULT", "COOPERATE"}  # symmetric types: direction aside
            else (frozenset(a.code for a in ev.actor), frozenset(r.code for r in ev.recipient)),
            tuple(sorted(ev.aux)),
            ev.date,
        )
        if key in merged:
            keep = merged[key]
            keep.evidence.extend(e for e in ev.evidence if e not in keep.evidence)
            keep.confidence = max(keep.confidence, ev.confidence)
        else:
            merged[key] = ev
    return list(merged.values())
