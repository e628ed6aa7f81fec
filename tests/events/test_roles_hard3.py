"""Roles of the session-10 de/ru/uk/ar round (tests/events/data/roles_hard3.tsv, our own sentences): a one-sided act
told by the side that gets it ("Rückendeckung bekam X von Y") has the giver act; a reciprocal event's parties named as
whole coordinated phrases ("Министерство обороны Сербии и Генеральный штаб Венгрии") all act; a government named by
its seat ("die Militärjunta in Naypyidaw", "السلطات في ميانمار") is that government, no place; a subject named after
its verb mediates between the parties it stands before ("vermittelt X zwischen Y und Z"); an Arabic apposition of
capacity (بصفتها) names no party of the main act; a protest's actor named by its country alone is its people, apart
from their own leader or government, who receives. The table's rows are coded in test_hard_tables.py."""

from __future__ import annotations

from foedus.events.roles import _head, _protested
from foedus.events.sentence import MentionView
from foedus.pipeline import Pipeline
from foedus.records import Actor, Document, Mention
from tests.events.conftest import assert_main_event, view_of, word_at


def test_the_seat_joins_the_institution_named_before_it() -> None:
    view = view_of("Die [Militärjunta|MMR/MIL] in [Naypyidaw|MMR] ließ Beobachter ins Land.", "de")
    junta, seat = view.mentions
    assert seat.group == junta.group and seat.role is None


def test_a_seat_takes_the_cue_before_its_institution() -> None:
    view = view_of("[Berlin|DEU] sprach mit der Übergangsregierung in [Kabul|AFG].", "de")
    assert view.mentions[1].role == "with"


def _view(text: str, role: str | None, first: int, group: int) -> MentionView:
    serbia = Actor(id="SRB", name="Serbia", code="SRB")
    return MentionView(Mention(0, len(text), text, serbia, role=role), first, first, 0, group=group)


def test_a_people_protest_their_own_government_not_their_own_city() -> None:
    people, city, government = (
        _view("Serben", None, 1, 0),
        _view("Belgrad", None, 4, 1),
        _view("Regierung", "government", 7, 2),
    )
    assert _protested(government, [people], "PROTEST")
    assert not _protested(city, [people], "PROTEST")
    assert not _protested(government, [people], "ACCUSE")
    assert not _protested(government, [government], "PROTEST")


def test_a_protest_by_a_people_is_directed_at_their_government() -> None:
    text = "Zehntausende Serben protestierten in Belgrad gegen die Regierung."
    events = Pipeline()(Document(id="t", text=text, raw=text, date="2024-06-20", lang="de")).events
    assert_main_event(events, "PROTEST", "SRB", "SRB")


def test_a_seat_phrase_begins_at_its_institution() -> None:
    view = view_of("Damit droht inzwischen die Militärregierung in [Bamako|MLI].", "de")
    assert _head(view, view.mentions[0]) == word_at(view, "militärregierung")
