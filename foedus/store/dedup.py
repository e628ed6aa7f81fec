"""Cross-document event de-duplication: reports of the same event become one event.

Two reports match when they have the same PLOVER type and factuality, the same
participants (for symmetric types like AGREE, in either role), dates within a
window, and a combined score of date closeness and evidence similarity above a
threshold. Evidence in different languages shares few character n-grams, so
the date carries most of the weight and similar wording can make up for a few
days' difference. A report dated only by its publication date (no date in its
evidence) counts as close to any event of the window's days before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Types where "A with B" and "B with A" (or both as actors) report the same thing.
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})


@dataclass(frozen=True)
class MergeRules:
    """Thresholds of the cross-document merge."""

    window_days: int = 3
    threshold: float = 0.55
    date_weight: float = 0.6
    text_weight: float = 0.4


@dataclass
class Report:
    """What the merge looks at in one event report."""

    id: str
    event: str
    factual: bool
    actors: frozenset[str]
    recipients: frozenset[str]
    date: date | None
    evidence: str
    dated_by_publication: bool = False  # no date stated: the event may be from the days before publication
    _grams: frozenset[str] | None = field(default=None, repr=False, compare=False)

    @property
    def grams(self) -> frozenset[str]:
        """Character trigrams of the evidence, computed on first use (most candidates fail cheaper tests)."""
        if self._grams is None:
            self._grams = trigrams(self.evidence)
        return self._grams

    @property
    def participants(self) -> frozenset[str]:
        return self.actors | self.recipients


def trigrams(text: str) -> frozenset[str]:
    """Character trigrams of the lower-cased text with whitespace collapsed."""
    t = " ".join(text.lower().split())
    return frozenset(t[i : i + 3] for i in range(len(t) - 2))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two trigram sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


def match_score(new: Report, head: Report, rules: MergeRules) -> float:
    """How likely two reports describe one event (0 when a hard condition fails)."""
    if new.event != head.event or new.factual != head.factual or not new.participants:
        return 0.0
    same_roles = new.actors == head.actors and new.recipients == head.recipients
    if not same_roles and not (new.event in SYMMETRIC and new.participants == head.participants):
        return 0.0
    if new.date and head.date:
        gap = date_gap(new, head, rules.window_days)
        if gap > rules.window_days:
            return 0.0
        date_part = 1.0 - gap / (rules.window_days + 1)
    else:
        date_part = 0.0
    return rules.date_weight * date_part + rules.text_weight * similarity(new.grams, head.grams)


def date_gap(a: Report, b: Report, window: int) -> int:
    """Days between two reports; 0 when one is dated by publication only and the other falls in the days before."""
    days = (a.date - b.date).days if a.date and b.date else 0
    if (a.dated_by_publication and 0 <= days <= window) or (b.dated_by_publication and 0 <= -days <= window):
        return 0
    return abs(days)


def best_head(new: Report, heads: list[Report], rules: MergeRules) -> Report | None:
    """The head report the new one merges into, or None when it starts a new event."""
    best, best_score = None, rules.threshold
    for head in heads:
        s = match_score(new, head, rules)
        if s >= best_score and (best is None or s > best_score or head.id < best.id):
            best, best_score = head, s
    return best
