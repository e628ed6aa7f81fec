"""Issue 5, hard wire copy, conflict side: idioms and journalese of CAMEO roots 10-20 (protests without the word
protest, refusals, threats, coercion and attacks in idiom) and hard negatives that use conflict words, coded from
marked-up sentences written for the tests (tests/events/data/hard_conf.tsv)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.evaluate.plover import pick
from foedus.events.lexicon import load_lexicon, tokenize
from foedus.records import PLOVER_TYPES, Analysis

ROWS = [r for r in read_tsv(Path(__file__).parent / "data" / "hard_conf.tsv") if len(r) >= 2]
CASES = [(r[0], r[1]) for r in ROWS]
CONFLICT = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}


def test_cases_cover_every_conflict_type_and_negatives() -> None:
    # RETREAT: eased sanctions, the other side of the SANCTION vocabulary
    assert {e for e, _ in CASES} == CONFLICT | {"NONE", "RETREAT"}
    assert all(e in PLOVER_TYPES or e == "NONE" for e, _ in CASES)


@pytest.mark.parametrize(
    ("event", "text"),
    [pytest.param(r[0], r[1], marks=pytest.mark.xfail(reason=r[2], strict=True)) if len(r) > 2 and r[2] else r[:2]
     for r in ROWS],
    ids=[f"{i}-{r[0]}" for i, r in enumerate(ROWS)],
)  # fmt: skip
def test_main_event_type(code: Callable[..., Analysis], event: str, text: str) -> None:
    events = [e for e in code(text).events if e.factual] if event == "NONE" else code(text).events
    main = pick(events)
    got = main.event if main else "NONE"
    assert got == event, [(e.event, e.trigger.text if e.trigger else None, e.confidence, e.factual) for e in events]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("They hammered out a compromise overnight.", "AGREE"),  # a deal (triggers.hard_coop.tsv), not a bombardment
        ("Flights were routed through Dubai.", None),  # kind x: needs the classifier, never a lexicon-only ASSAULT
        ("The ministry refused food aid from abroad.", None),  # aid refused, not a hunger strike
        ("The match went into stoppage time.", None),
        ("Citing a terrorist threat, the council banned the rally.", "COERCE"),  # the reason cited is no threat made
        ("The army hammered rebel positions.", "ASSAULT"),
        ("Hundreds refused food in the camp.", "PROTEST"),
        ("Voters threw out the peace plan.", "REJECT"),
        ("The junta threw out the weapons inspectors.", "SANCTION"),  # the longer phrase wins over the refusal
        ("Dockers stopped work for a day.", "PROTEST"),
    ],
)
def test_hard_triggers_and_their_blocks(text: str, event: str | None) -> None:
    lex = load_lexicon(DATA_DIR, "en")
    found = [t for _, t in lex.find_triggers(text, tokenize(text)) if t.kind != "x"]
    assert (found[0].event if found else None) == event, [(t.phrase, t.event) for t in found]
