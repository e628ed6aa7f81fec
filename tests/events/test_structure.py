"""Issue 5, round 10: the structure of hard wire copy. The main clause's event wins over decoys in an opening
phrase, a comma-set aside or relative clause and an "after" clause; their names take no role; stories and
analysts' scenarios code no event; force stated as the consequence of a condition is a threat
(tests/events/data/structure.tsv, written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.evaluate.plover import pick
from foedus.events.lexicon import load_lexicon
from foedus.events.sentence import build_view
from foedus.records import Actor, Analysis, Mention, Sentence
from tests.events.conftest import assert_main_event, codes, view_of, word_at

CASES = [r for r in read_tsv(Path(__file__).parent / "data" / "structure.tsv") if len(r) == 5]


def test_cases_cover_english_and_two_other_languages() -> None:
    assert {lang for lang, *_ in CASES} >= {"en", "de", "ru"}
    assert sum(event == "NONE" for _, event, *_ in CASES) >= 6


@pytest.mark.parametrize(
    ("lang", "event", "actor", "recipient", "text"), CASES, ids=[f"{i}-{c[0]}-{c[1]}" for i, c in enumerate(CASES)]
)
def test_main_event(
    code: Callable[..., Analysis], lang: str, event: str, actor: str, recipient: str, text: str
) -> None:
    main = assert_main_event(code(text, lang).events, event, actor, recipient)
    assert main is None or "hypothetical" not in main.aux, main


def test_names_in_an_opening_phrase_take_no_role(code: Callable[..., Analysis]) -> None:
    events = code("In a step sure to dismay [Washington|USA], [Cuba|CUB] accused [Spain|ESP] of meddling.").events
    assert all("USA" not in codes(e.actor) | codes(e.recipient) for e in events)


def test_an_opening_phrase_after_a_dateline_ends_at_its_comma() -> None:
    v = view_of("LIMA, June 4 - Faced with a strike by miners, [Peru|PER] declared an emergency in the south.", "en")
    strike = word_at(v, "strike")
    declared = word_at(v, "declared")
    assert v.opened is not None and v.clause_of[strike] == v.opened[0] and v.clause_of[declared] == v.opened[1]
    assert v.background(strike) and not v.background(declared)


def test_a_comma_set_aside_is_background_and_the_main_verb_is_not() -> None:
    v = view_of("[Chile|CHL], alarmed by raids on its fishing fleet, expelled [Peru's|PER] consul.", "en")
    raids = word_at(v, "raids")
    expelled = word_at(v, "expelled")
    assert v.background(raids) and not v.background(expelled)


def test_a_bare_condition_stays_hypothetical(code: Callable[..., Analysis]) -> None:
    """No speaker states the consequence: an analyst's "if" is no threat."""
    events = code("If [Iran|IRN] closed the strait, [American|USA] warships would strike its ports.").events
    assert all(e.event != "THREATEN" for e in events)
    assert all("hypothetical" in e.aux for e in events)


def test_a_noun_opening_in_a_names_the_main_act_only_without_a_main_trigger(code: Callable[..., Analysis]) -> None:
    named = pick(code("In a rare concession to the opposition, [Belarus|BLR] set free a jailed blogger.").events)
    assert named is not None and named.event in ("CONCEDE", "RETREAT")


def test_a_relative_clause_after_the_object_is_background(code: Callable[..., Analysis]) -> None:
    """ "that had banned" describes the decree; "warned that its troops would" is the warning's content."""
    events = code("[Algeria|DZA] repealed a decree that had banned street protests in the capital.").events
    main = pick(events)
    assert main is not None and main.event == "CONCEDE"
    assert all(e.confidence < main.confidence for e in events if e is not main)
    v = view_of("[Iran|IRN] warned that its troops would strike [Israel|ISR].", "en")
    warned = word_at(v, "warned")
    assert v.object_relatives([warned]) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In the event of an attack on [Japan|JPN], [the United States|USA] would send warships to its waters."),
        ("en", "Should [Serbia|SRB] move troops to the border, [Kosovo|XKX] would ask [NATO|IGO] for help."),
        ("de", "Sollte [Serbien|SRB] Truppen an die Grenze verlegen, würde [Kosovo|XKX] die [NATO|IGO] anrufen."),
    ],
)
def test_a_condition_opening_the_sentence_governs_its_main_clause(
    code: Callable[..., Analysis], lang: str, text: str
) -> None:
    events = code(text, lang).events
    assert events and not any(e.factual for e in events), [(e.event, e.aux) for e in events]


def test_a_subjects_own_verbs_are_no_speakers_phrase(code: Callable[..., Analysis]) -> None:
    events = code("[Russia|RUS] attacked [Ukraine|UKR] and said it would keep up the strikes.").events
    main = pick(events)
    assert main is not None and main.event == "ASSAULT" and codes(main.actor) == {"RUS"}


def test_a_sentence_that_is_all_dateline_has_no_opening_phrase() -> None:
    # "(ISW) – „" is a byline and a stray quote: the dateline holds every token, so there is no first
    # word after it to be a participle (found by the attribution stage's property test)
    lex = load_lexicon(DATA_DIR, "de")
    text = "(ISW) – „"
    actor = Actor(id="ISW", name="Institute for the Study of War", kind="source", code="USA", sector="EDU")
    view = build_view(Sentence(0, len(text), text, "de"), [Mention(1, 4, "ISW", actor)], lex)
    assert view.opened is None and len(view.clause_of) == len(view.tokens)
