"""The hard wire-copy tables of the language rounds (tests/events/data/<table>.tsv: lang, event, actor, recipient,
marked-up text; our own sentences, never held-out ones): each row's main event, as ``eval plover`` picks it, has the
type and the actor and recipient codes given. One module for every round's table: a round adds a table here, not a
test module. A table's ``spared`` events are those a NONE row may still hold (told as not factual)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.records import Analysis, Event
from tests.events.conftest import assert_main_event

DATA = Path(__file__).parent / "data"


def _nothing(e: Event) -> bool:
    return False


def _not_factual(e: Event) -> bool:
    return not e.factual


def _conditional_or_denied(e: Event) -> bool:
    return bool({"hypothetical", "negated"} & set(e.aux))


def _conditional(e: Event) -> bool:
    return "hypothetical" in e.aux


TABLES: dict[str, Callable[[Event], bool]] = {
    "hard_romance": _nothing,  # fr, es (session 8)
    "hard2_romance": _nothing,  # fr, es (session 9)
    "hard_slavic": _conditional_or_denied,  # ru, uk (session 8)
    "hard2_slavic": _conditional,  # ru, uk (session 9)
    "hard_de_ar": _not_factual,  # de, ar (session 8)
    "hard2_de_ar": _not_factual,  # de, ar (session 9)
}
PAIRS = tuple(TABLES)  # the language-pair rounds' tables, each covering two languages with a negative
TABLES |= {
    "roles_hard3": _nothing,  # de, ru, uk, ar roles (session 10)
    "dev3_types_b": _nothing,  # ru, uk, ar types from the fresh development files (session 10)
    "dev4_typesA": _nothing,  # en, fr, es types from the fourth development files (session 12)
    "litotes": _nothing,  # a negated objection is consent, seven languages (session 11)
    "dev4_roles": _not_factual,  # home scenes, clashes, pressure, sponsors of talks, seats as venues (session 12)
    "dev4_negatives": _not_factual,  # forecasts, headlines, commemorations, figures, notices (session 12)
    "dev4_typesC": _nothing,  # German types from the fourth development files (session 12)
    "dev4_typesB": _nothing,  # ru, uk idiom families from the fourth development files (session 12)
    "dev4_es_lead": _nothing,  # Spanish idioms, second pass over the fourth development file (session 12)
}
CASES = [(name, *row) for name in TABLES for row in read_tsv(DATA / f"{name}.tsv") if len(row) == 5]


@pytest.mark.parametrize("table", PAIRS)
def test_each_table_has_two_languages_with_several_types_and_a_negative(table: str) -> None:
    langs = {lang for name, lang, *_ in CASES if name == table}
    assert len(langs) == 2, langs
    for lang in langs:
        events = [e for name, lg, e, *_ in CASES if name == table and lg == lang]
        assert "NONE" in events and len(set(events) - {"NONE"}) >= 6, lang


@pytest.mark.parametrize(
    ("table", "lang", "event", "actor", "recipient", "text"),
    CASES,
    ids=[f"{c[0]}-{i}-{c[1]}-{c[2]}" for i, c in enumerate(CASES)],
)
def test_main_event(
    code: Callable[..., Analysis], table: str, lang: str, event: str, actor: str, recipient: str, text: str
) -> None:
    assert_main_event(code(text, lang).events, event, actor, recipient, TABLES[table])
