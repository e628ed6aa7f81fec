"""Roles of the session-10 de/ru/uk/ar round (tests/events/data/roles_hard3.tsv, our own sentences): a one-sided act
told by the side that gets it ("Rückendeckung bekam X von Y") has the giver act; a reciprocal event's parties named as
whole coordinated phrases ("Министерство обороны Сербии и Генеральный штаб Венгрии") all act; a government named by
its seat ("die Militärjunta in Naypyidaw", "السلطات في ميانمار") is that government, no place; a subject named after
its verb mediates between the parties it stands before ("vermittelt X zwischen Y und Z"); an Arabic apposition of
capacity (بصفتها) names no party of the main act; a protest's actor named by its country alone is its people, apart
from their own leader or government, who receives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.records import Analysis
from tests.events.conftest import assert_main_event, view_of

CASES = [row for row in read_tsv(Path(__file__).parent / "data" / "roles_hard3.tsv") if len(row) == 5]


@pytest.mark.parametrize(
    ("lang", "event", "actor", "recipient", "text"), CASES, ids=[f"{i}-{c[0]}-{c[1]}" for i, c in enumerate(CASES)]
)
def test_main_event(
    code: Callable[..., Analysis], lang: str, event: str, actor: str, recipient: str, text: str
) -> None:
    assert_main_event(code(text, lang).events, event, actor, recipient)


def test_the_seat_joins_the_institution_named_before_it() -> None:
    view = view_of("Die [Militärjunta|MMR/MIL] in [Naypyidaw|MMR] ließ Beobachter ins Land.", "de")
    junta, seat = view.mentions
    assert seat.group == junta.group and seat.role is None


def test_a_seat_takes_the_cue_before_its_institution() -> None:
    view = view_of("[Berlin|DEU] sprach mit der Übergangsregierung in [Kabul|AFG].", "de")
    assert view.mentions[1].role == "with"
