"""Issue 5: every CAMEO code of the conversion table (03-20, but 057) coded in French from one marked-up sentence
written from the code's description (tests/events/data/cameo_fr_all.tsv, not in the training set), with the PLOVER
type of the table as overridden by the codebook (docs/conventions.md) and the actor/recipient roles; the facts are
those of the English and Russian tables, so the same fact is coded the same in every language. The dropped CAMEO
categories 01 (public statements) and 02 (appeals) are covered too: no event, and REQUEST."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.events.lexicon import load_lexicon
from foedus.records import Analysis
from tests.events.conftest import CAMEO_FIELDS, assert_cases_cover, cameo_cases, table_types, template_blocks
from tests.events.test_lexicon_coder import assert_type_and_roles_or_none

CASES = [r for r in read_tsv(Path(__file__).parent / "data" / "cameo_fr_all.tsv") if len(r) == 5]
TEMPLATES = DATA_DIR / "training" / "fr" / "templates.cameo_fr_all.tsv"
RANGE = tuple(f"{n:02d}" for n in range(3, 21))
DROPPED = {"01": "NONE", "02": "REQUEST"}  # CAMEO categories PLOVER dropped: statements, and appeals (requests)
# Codes whose sentence the coder still misses (reason given), kept visible rather than dropped.
XFAIL: dict[str, str] = {}


def test_cases_cover_every_code_once() -> None:
    assert_cases_cover(CASES, RANGE + tuple(DROPPED))


def test_every_code_has_three_templates_of_its_type() -> None:
    found = template_blocks(TEMPLATES)
    thin = {c: rows for c, (event, rows) in found.items() if len([e for e in rows if e == event]) < 3}
    assert not thin, thin
    assert set(found) == {c for c, *_ in CASES}


def test_types_follow_the_table_and_the_codebook(eval_dir: Path) -> None:
    """Block and test types are the table's, with cameo_codebook.tsv's overrides (055, 0813, 0814, 0871, 035x)."""
    table = table_types(eval_dir, RANGE)
    table.pop("057")
    want = table | DROPPED
    assert {c: e for c, (e, _) in template_blocks(TEMPLATES).items()} == want
    assert {c: e for c, e, *_ in CASES} == want
    assert {table[c] for c in ("055", "0813", "0814", "0871", "0353", "0356")} == {"CONCEDE"}


def test_everyday_senses_are_taught_as_none() -> None:
    rows = [r for r in read_tsv(TEMPLATES) if r and r[0] == "NONE"]
    assert len(rows) >= 20


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


@pytest.mark.parametrize(CAMEO_FIELDS, cameo_cases(CASES, XFAIL))
def test_code_type_and_roles(
    code: Callable[..., Analysis], cameo: str, event: str, actor: str, recipient: str, text: str
) -> None:
    assert_type_and_roles_or_none(code(text, "fr"), event, actor, recipient)


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
