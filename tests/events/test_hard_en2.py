"""Issue 5, round hard2 (session 9): English idiom families (a flat no, reacted with fury, put on notice, propped
up, quit as broker, asked forgiveness, ...), the doer of a nominalised act named after its object ("the expulsion of
twenty Russian diplomats by Britain") and hard negatives, coded from sentences written for the tests
(tests/events/data/hard_en2.tsv)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.events.roles import assign_roles
from foedus.records import PLOVER_TYPES, Analysis
from tests.events.conftest import assert_main_event, view_of, word_at

CASES = [r for r in read_tsv(Path(__file__).parent / "data" / "hard_en2.tsv") if len(r) == 4]


def test_cases_have_negatives_and_both_sides() -> None:
    assert sum(e == "NONE" for e, *_ in CASES) >= 2
    assert {"REJECT", "ACCUSE", "AID", "CONCEDE", "SANCTION"} <= {e for e, *_ in CASES}


@pytest.mark.parametrize(
    ("event", "actor", "recipient", "text"), CASES, ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)]
)
def test_main_event(code: Callable[..., Analysis], event: str, actor: str, recipient: str, text: str) -> None:
    assert_main_event(code(text).events, event, actor, recipient)


def test_templates_teach_the_families_and_hard_negatives() -> None:
    rows = [r for r in read_tsv(DATA_DIR / "training" / "en" / "templates.hard2.tsv") if len(r) >= 4]
    assert {r[0] for r in rows} <= set(PLOVER_TYPES) | {"NONE"}
    assert sum(r[0] == "NONE" for r in rows) >= 5
    assert all("{A}" in r[3] for r in rows if r[0] != "NONE")


@pytest.mark.parametrize(
    ("text", "noun", "actor", "recipient"),
    [
        ("The arrest of three [Egyptian|EGY] activists by [Israeli|ISR] police drew protests.", "arrest", "ISR", "EGY"),
        ("The seizure of an [Iranian|IRN] tanker by [Britain|GBR] angered Tehran.", "seizure", "GBR", "IRN"),
        ("Deliveries of grain from [Ukraine|UKR] to [Egypt|EGY] resumed.", "deliveries", "UKR", "EGY"),
    ],
)
def test_a_nouns_doer_may_follow_its_object(text: str, noun: str, actor: str, recipient: str) -> None:
    view = view_of(text)
    trig = word_at(view, noun)
    roles = assign_roles(view, trig, "COERCE" if noun != "deliveries" else "AID", None, "n", [])
    assert {m.actor.code for m in roles.actor} == {actor} and {m.actor.code for m in roles.recipient} == {recipient}


def test_a_comma_ends_the_nouns_phrase() -> None:
    # "by X" after a comma belongs to a later clause, not to the noun ("the arrest of ..., condemned by X")
    view = view_of("The arrest of two [Turkish|TUR] reporters, condemned by [Germany|DEU], went ahead.")
    roles = assign_roles(view, word_at(view, "arrest"), "COERCE", None, "n", [])
    assert "DEU" not in {m.actor.code for m in roles.actor}
