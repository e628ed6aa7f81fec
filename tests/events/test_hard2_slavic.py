"""Issue 5, hard wire copy round 2: Russian and Ukrainian. A clause that opens with a name in an oblique case takes its
subject after the verb (case endings in ``roles.hard2.tsv``); weekday phrases mark no place; a dateline split off as a
sentence codes no event; agency idioms name the act (tests/events/data/hard2_slavic.tsv, written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from foedus.config import DATA_DIR
from foedus.events.lexicon import load_lexicon
from foedus.records import Analysis
from tests.events.conftest import codes


@pytest.mark.parametrize(
    ("lang", "word", "case"),
    [
        ("ru", "Сирии", "gen"),  # genitive, dative or locative: may own the noun before it
        ("ru", "Таджикистану", "obl"),
        ("ru", "Москвой", "obl"),
        ("ru", "Россия", "nom"),
        ("ru", "японское", "nom"),
        ("ru", "американской", "gen"),
        ("ru", "Баку", None),  # indeclinable: its -у is no dative
        ("ru", "Ким", None),  # a person's name that only looks instrumental
        ("ru", "Кишинёв", None),  # zero ending: nominative or accusative
        ("uk", "Україні", "obl"),
        ("uk", "України", "gen"),
        ("uk", "Києву", "obl"),
        ("uk", "Сполучені", "nom"),
        ("uk", "українські", "nom"),
        ("uk", "Нетаньягу", None),
    ],
)
def test_case_endings_tell_the_case(lang: str, word: str, case: str | None) -> None:
    assert load_lexicon(DATA_DIR, lang).case_of(word) == case


def test_languages_without_case_endings_tell_none() -> None:
    assert load_lexicon(DATA_DIR, "en").case_of("Russia") is None


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("uk", "ЛЬВІВ. [Польща|POL] пригрозила [Угорщині|HUN] санкціями.", {"POL"}, {"HUN"}),
        ("ru", "[ТБИЛИСИ|GEO], 5 июня. [Греция|GRC] обвинила [Турцию|TUR] в провокации.", {"GRC"}, {"TUR"}),
    ],
)
def test_a_dateline_sentence_codes_no_event(
    code: Callable[..., Analysis], lang: str, text: str, actor: set[str], recipient: set[str]
) -> None:
    text = text.replace("ЛЬВІВ", "[ЛЬВІВ|UKR]")
    events = code(text, lang).events
    assert [(codes(e.actor), codes(e.recipient)) for e in events] == [(actor, recipient)]
