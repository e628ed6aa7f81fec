"""Roles of the session-12 dev4 roles round (foedus/events/roles.py _home_scene, _home_place, _region, _pressed,
_sponsor, _seat_venue; lexicons/<lang>/roles.dev4.tsv pressure cues; actors/names/<lang>/organisations.dev4.tsv): our
own sentences, none from a held-out set. The table tests/events/data/dev4_roles.tsv is coded in test_hard_tables.py;
here the actor stage runs too, for the names this round added, and the rules are tested one by one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from foedus.evaluate.plover import pick
from foedus.events.roles import _seat_venue
from foedus.pipeline import Pipeline
from foedus.records import Analysis, Document, Event
from tests.events.conftest import assert_main_event, view_of

PIPELINE = Pipeline()


def _events(text: str, lang: str) -> list[Event]:
    return PIPELINE(Document(id="t", text=text, raw=text, date="2024-06-20", lang=lang)).events


def _codes(refs: list) -> set[str]:
    return {r.code for r in refs}


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Brussels rebuked Warsaw on Tuesday over its new media law.", "EUR", "POL"),
        ("de", "Brüssel forderte Belgrad am Montag zu einer Justizreform auf.", "EUR", "SRB"),
        ("ru", "Брюссель потребовал от Белграда провести судебную реформу.", "EUR", "SRB"),
        ("uk", "Брюссель закликав Белград провести судову реформу.", "EUR", "SRB"),
        ("ar", "طالبت بروكسل بلغراد بإجراء إصلاح قضائي شامل.", "EUR", "SRB"),
    ],
)
def test_brussels_as_a_subject_is_the_eu(lang: str, text: str, actor: str, recipient: str) -> None:
    ev = pick(_events(text, lang))
    assert ev is not None
    assert _codes(ev.actor) == {actor} and _codes(ev.recipient) == {recipient}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thousands of Belgian farmers protested in Brussels against the new quotas."),
        ("ru", "Тысячи бельгийских фермеров вышли на акцию протеста в Брюсселе."),
    ],
)
def test_brussels_as_the_place_of_a_protest_is_no_party(lang: str, text: str) -> None:
    ev = pick(_events(text, lang))
    assert ev is not None and ev.event == "PROTEST"
    assert _codes(ev.actor) == {"BEL"} and "EUR" not in _codes(ev.recipient)


@pytest.mark.parametrize(
    ("lang", "text", "recipient"),
    [
        ("en", "Honduras asked the Inter-American Development Bank for an emergency loan.", "IGO"),
        ("fr", "Le Niger a sollicité un prêt d'urgence auprès de la Banque islamique de développement.", "IGO"),
        ("es", "Bolivia pidió un crédito de emergencia al Banco Interamericano de Desarrollo.", "IGO"),
        ("ar", "طلبت موريتانيا قرضاً طارئاً من البنك الإسلامي للتنمية.", "IGO"),
        ("ru", "Гондурас обратился к Святому престолу с просьбой о посредничестве.", "VAT"),
    ],
)
def test_development_banks_and_the_holy_see_are_named(lang: str, text: str, recipient: str) -> None:
    ev = pick(_events(text, lang))
    assert ev is not None and ev.event == "REQUEST"
    assert _codes(ev.recipient) == {recipient}


def test_the_sultanate_of_oman_and_the_twenty_seven_are_named() -> None:
    ev = pick(_events("عرضت سلطنة عمان وساطتها بين الخرطوم وجوبا.", "ar"))
    assert ev is not None and _codes(ev.actor) == {"OMN"}
    ev = pick(_events("Les Vingt-Sept ont exhorté Belgrade à reconnaître le Kosovo.", "fr"))
    assert ev is not None and _codes(ev.actor) == {"EUR"}


def test_a_seat_is_a_venue_an_organisation_is_not() -> None:
    view = view_of("[Russia|RUS] spoke in [Brussels|EUR:igo] and in the [UN Security Council|UNO:igo].", "en")
    _, seat, council = view.mentions
    assert _seat_venue(seat) and not _seat_venue(council)
    inflected = view_of("[Россия|RUS] выступила в [Брюсселе|EUR:igo].", "ru").mentions[1]
    assert _seat_venue(inflected)


def test_a_presser_takes_no_part_in_an_act_it_does_not_yield(code: Callable[..., Analysis]) -> None:
    text = "Under pressure from [Washington|USA], [Serbia|SRB] signed a border deal with [North Macedonia|MKD]."
    assert_main_event(code(text, "en").events, "AGREE", "MKD,SRB", "-")


def test_talks_between_two_parties_named_alone_have_no_sponsor(code: Callable[..., Analysis]) -> None:
    events = code("Talks between [Moscow|RUS] and [Kyiv|UKR] resumed.", "en").events
    assert_main_event(events, "CONSULT", "RUS,UKR", "-")


def test_a_sponsor_of_its_own_talks_is_a_party(code: Callable[..., Analysis]) -> None:
    text = "[Serbia|SRB] held a round of talks between [Serbian|SRB] and [Kosovo|XKX] negotiators."
    ev = pick(code(text, "en").events)
    assert ev is not None and "XKX" in _codes(ev.actor) | _codes(ev.recipient)
