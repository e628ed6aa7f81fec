"""Actor and recipient accuracy on our own training sentences (``data/training``): no gold data needed.

Every expanded template and hand-written sentence keeps its actor and recipient spans, so the
whole pipeline (actors, triggers, roles) can be checked against them: the event the PLOVER
harness would pick must have the labelled actor and recipient country sets. Role rules are
chosen on these figures; the gold set only checks that a principle does not make things worse.
The classifier has seen these sentences, so the event *type* figure is not a held-out one
(``foedus eval training`` cross-validates types); roles come from rules, not from the model.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from foedus.config import Config
from foedus.evaluate import Report
from foedus.evaluate.metrics import per_language
from foedus.evaluate.plover import pick
from foedus.events.roles import RECIPROCAL
from foedus.events.training import NONE, Example, load_examples
from foedus.pipeline import Pipeline
from foedus.records import Document, Event

DATE = "2001-06-20"  # the era of most templates; office holders resolve on it


def role_hits(ev: Event | None, event: str, actor: set[str], recipient: set[str]) -> tuple[bool, bool, bool]:
    """Whether a picked event has the labelled type, actor code set and recipient code set."""
    if ev is None:
        return False, not actor, not recipient
    return ev.event == event, {a.code for a in ev.actor} == actor, {r.code for r in ev.recipient} == recipient


def score(examples: Iterable[Example], pipeline: Pipeline) -> dict[str, dict[str, float]]:
    """Per language (and ``all``): sentences, type, actor, recipient and both-roles accuracy."""
    counts: dict[str, list[int]] = {}
    for ex in examples:
        if ex.event == NONE or not ex.actor:
            continue
        ev = pick(pipeline(Document(id="roles", text=ex.text, raw=ex.text, date=DATE, lang=ex.lang)).events)
        want_a, want_r = {s.code for s in ex.actor}, {s.code for s in ex.recipient}
        hits = (True, *role_hits(ev, ex.event, want_a, want_r))
        right = codebook_roles(ev, ex.event, want_a, want_r)
        for key in (ex.lang, "all"):
            row = counts.setdefault(key, [0, 0, 0, 0, 0, 0])
            for i, hit in enumerate((*hits, hits[2] and hits[3], right)):
                row[i] += int(hit)
    return {
        lang: {"sentences": n, "type": t / n, "actor": a / n, "recipient": r / n, "both": b / n, "codebook": c / n}
        for lang, (n, t, a, r, b, c) in counts.items()
    }


def codebook_roles(ev: Event | None, event: str, want_a: set[str], want_r: set[str]) -> bool:
    """Whether the picked event's actor and recipient code sets equal the labels, or are right by the codebook
    where the dyadic labels differ (``codebook``)."""
    actor = {a.code for a in ev.actor} if ev else set()
    recipient = {r.code for r in ev.recipient} if ev else set()
    return (actor == want_a and recipient == want_r) or codebook(event, want_a, want_r, actor, recipient)


def codebook(event: str, want_a: set[str], want_r: set[str], actor: set[str], recipient: set[str]) -> bool:
    """Whether roles that differ from the dyadic labels are still right by the PLOVER codebook: a
    reciprocal event (meeting, agreement, cooperation) lists every party as actor with no recipient;
    an act on the actor's own people ("police in X arrested protesters") may name them as recipient
    (the labels, written as {A}/{B} templates, name no recipient there)."""
    if event in RECIPROCAL and actor == want_a | want_r and not recipient:
        return True
    return actor == want_a and not want_r and bool(recipient) and recipient <= actor


def run(data_dir: Path | None = None, config: Config | None = None) -> Report:
    """Score the default pipeline's roles on the shipped training sentences (``data_dir`` is not needed)."""
    config = config or Config()
    figures = score(load_examples(config.data_dir), Pipeline(config))
    report = Report("roles")
    overall = figures.get("all", {})
    report.metrics = {f"{k}_acc" if k != "sentences" else k: round(v, 3) for k, v in overall.items()}
    report.tables["per_language"] = per_language(figures)
    report.notes.append(
        "our own training sentences with labelled actor/recipient spans; the picked event's country sets must "
        "equal the labels; type is not held out (the classifier was trained on these sentences); codebook: both "
        "roles right, or right by PLOVER where the dyadic labels differ (a reciprocal event's parties all as "
        "actors; the actor's own people as recipient of a domestic act)"
    )
    return report
