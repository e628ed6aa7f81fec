"""Issue 5: what is particular to the French per-code CAMEO table (tests/events/data/cameo_fr_all.tsv): the limits of
its triggers and its grammar. The checks every language's table passes are in test_cameo_tables.py."""

from __future__ import annotations

import pytest

from foedus.config import DATA_DIR
from foedus.events.lexicon import load_lexicon


def test_new_triggers_keep_their_limits() -> None:
    """Readiness is intent only for cooperative acts; a promised release is CONCEDE, a done one RETREAT; a declared
    ceasefire is CONCEDE, one in force RETREAT; an elided article is reached ("l'embargo")."""
    lex = load_lexicon(DATA_DIR, "fr")

    def events(text: str) -> list[tuple[str, str | None]]:
        return [(t.event, t.mode) for _, t in lex.find_triggers(text)]

    assert ("AGREE", None) in events("Le Qatar s'est dit prêt à négocier avec l'Iran.")
    assert events("Le Qatar s'est dit prêt à riposter.") == []
    assert events("L'Iran a promis de libérer les marins.") == [("CONCEDE", None)]
    assert events("L'Iran a libéré les marins.") == [("RETREAT", "release")]
    assert events("Les rebelles ont décrété un cessez-le-feu.") == [("CONCEDE", None)]
    assert events("Le cessez-le-feu est entré en vigueur à minuit.") == [("RETREAT", "ceasefire")]
    assert events("Washington a assoupli l'embargo contre Cuba.") == [("RETREAT", None)]
    assert events("Paris a expulsé des diplomates russes.") == [("SANCTION", "expel")]
    assert events("Paris a expulsé des migrants vers l'Algérie.") == [("COERCE", "deport")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tokyo a présenté ses excuses à Séoul.", ("CONCEDE", None)),
        ("Kigali a accepté les excuses de Paris.", ("SUPPORT", None)),
        ("Dakar a levé le couvre-feu.", ("CONCEDE", None)),
        ("Un juge a émis un mandat d'arrêt contre l'ancien président.", ("THREATEN", "arrest")),
        ("Le président a annulé sa visite à Alger.", ("REJECT", "meet")),
        ("Le tribunal a condamné l'État à verser dix millions d'euros aux victimes.", ("SANCTION", "convict")),
        ("Le syndicat a retiré sa demande de hausse des salaires.", ("CONCEDE", None)),
    ],
)
def test_french_rows_follow_the_conventions(text: str, want: tuple[str, str | None]) -> None:
    """Boundary cases of docs/conventions.md, at the trigger level (the first trigger of the sentence)."""
    lex = load_lexicon(DATA_DIR, "fr")
    assert [(t.event, t.mode) for _, t in lex.find_triggers(text)][:1] == [want]


def test_a_health_emergency_is_no_coercion() -> None:
    lex = load_lexicon(DATA_DIR, "fr")
    assert not lex.find_triggers("Le pays reste sous état d'urgence sanitaire.")
