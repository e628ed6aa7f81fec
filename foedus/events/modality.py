"""Modality of one event (PLOVER auxiliary modes): negated, hypothetical, future, historical.

Cues come from ``modality.tsv`` with a scope: ``clause`` cues count only in the trigger's
clause (negation and future words near the trigger), ``sentence`` cues anywhere ("if",
"im Falle", "last year"). An event dated in an earlier year than the publication is historical.
"""

from __future__ import annotations

from foedus.events.sentence import SentenceView
from foedus.records import TimeExpr

NEAR_BEFORE = {"negated": 5, "future": 6}
NEAR_AFTER = {"negated": 2, "future": 2}


def modality(view: SentenceView, trig: int) -> set[str]:
    """Flags for the event whose trigger is token ``trig``."""
    flags: set[str] = set()
    clause = view.clause_of[trig] if view.tokens else 0
    for i, _j, (flag, scope) in view.modality:
        if scope == "sentence":
            flags.add(flag)
        elif view.clause_of[i] == clause:
            if flag in NEAR_BEFORE:
                if trig - NEAR_BEFORE[flag] <= i <= trig + NEAR_AFTER[flag]:
                    flags.add(flag)
            else:
                flags.add(flag)
    if "hypothetical" in flags:
        flags.discard("future")  # "if attacked, Russia will help": conditional, not a plan
    return flags


def historical_by_date(times: list[TimeExpr], pub: str | None) -> bool:
    """True when a point in time of the sentence lies in an earlier year than the publication."""
    if not pub:
        return False
    for t in times:
        if t.value and t.relation == "at" and t.value[:4].isdigit() and int(t.value[:4]) < int(pub[:4]):
            return True
    return False
