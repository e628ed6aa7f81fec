"""The default coder on one written sentence per language and PLOVER type (issue 5)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.records import PLOVER_TYPES, Analysis
from tests.events.conftest import codes

CASES = list(read_tsv(Path(__file__).parent / "data" / "types.tsv"))


def test_every_language_covers_every_type() -> None:
    by_lang: dict[str, set[str]] = {}
    for lang, event, *_ in CASES:
        by_lang.setdefault(lang, set()).add(event)
    assert set(by_lang) == {"en", "de", "ru", "uk", "fr", "es", "ar"}
    for lang, events in by_lang.items():
        assert events == set(PLOVER_TYPES), lang


@pytest.mark.parametrize(("lang", "event", "actor", "recipient", "text"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_type_and_roles(code: Callable[..., Analysis], lang: str, event: str, actor: str, recipient: str,
                        text: str) -> None:  # fmt: skip
    events = code(text, lang).events
    want_r = set() if recipient == "-" else set(recipient.split(","))
    got = [(e.event, codes(e.actor), codes(e.recipient), e.factual) for e in events]
    assert (event, set(actor.split(",")), want_r, True) in got, got


def test_blocking_entries_and_word_boundaries() -> None:
    from foedus.config import DATA_DIR
    from foedus.events.lexicon import load_lexicon

    lex = load_lexicon(DATA_DIR, "en")
    found = [(m.group(), t.event) for m, t in lex.find_triggers("The press release on free trade was significant.")]
    assert found == []
    found = [(m.group(), t.event) for m, t in lex.find_triggers("Several hostages were freed in Bangladesh.")]
    assert found == [("freed", "RETREAT")]
    de = load_lexicon(DATA_DIR, "de")
    assert [t.event for _, t in de.find_triggers("Kiew wies das Angebot Moskaus zurück.")] == ["REJECT"]
    assert [t.event for _, t in de.find_triggers("Die Unterzeichnungszeremonie war lang.")] == []


def test_trigger_that_needs_a_companion_word() -> None:
    from foedus.config import DATA_DIR
    from foedus.events.lexicon import load_lexicon

    de = load_lexicon(DATA_DIR, "de")
    assert [t.event for _, t in de.find_triggers("Es gelang, einen Aufklärungssatelliten zu starten.")] == ["MOBILIZE"]
    assert [t.event for _, t in de.find_triggers("Beide wollen neue Gespräche zu starten versuchen.")] != ["MOBILIZE"]


def test_mode_from_weapon_words_when_the_trigger_has_none(code) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in code("[Russia|RUS] attacked [Kharkiv|UKR] with drones overnight.", "en").events)
    assert (ev.event, ev.mode) == ("ASSAULT", "drone")
    ev = next(e for e in code("[Russland|RUS] griff [Charkiw|UKR] mit Raketen an.", "de").events)
    assert (ev.event, ev.mode) == ("ASSAULT", "heavy-weapons")
