"""Modality per event and language: negation, conditionals, counterfactuals, treaty clauses (issue 5)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.records import Analysis, TimeExpr
from tests.events.conftest import MARK

CASES = list(read_tsv(Path(__file__).parent / "data" / "modality.tsv"))


@pytest.mark.parametrize(("lang", "event", "flags", "text"), CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
def test_modality(code: Callable[..., Analysis], lang: str, event: str, flags: str, text: str) -> None:
    want = set() if flags == "-" else set(flags.split(","))
    events = [e for e in code(text, lang).events if e.event == event]
    assert events, code(text, lang).events
    assert set(events[0].aux) == want
    assert events[0].factual == (not want & {"negated", "hypothetical", "future"})


def test_negation_scope_stays_in_its_clause(code: Callable[..., Analysis]) -> None:
    # "nicht" negates "hinwegtäuschen", not the cooperation in the dass-clause.
    a = code("Das kann nicht darüber hinwegtäuschen, dass die Zusammenarbeit zwischen [Moskau|RUS] und "
             "[Pjöngjang|PRK] wächst.", "de")  # fmt: skip
    coop = [e for e in a.events if e.event == "COOPERATE"]
    assert coop and coop[0].factual


def test_earlier_year_makes_an_event_historical(code: Callable[..., Analysis]) -> None:
    text = "[Russia|RUS] attacked [Georgia|GEO] on 8 August 2008."
    at = MARK.sub(r"\1", text).index("8 August")
    a = code(text, "en", times=[TimeExpr("8 August 2008", at, at + 13, "2008-08-08")])
    ev = next(e for e in a.events if e.event == "ASSAULT")
    assert "historical" in ev.aux and ev.factual and ev.date == "2008-08-08"
