"""Issue 5, round hard: French and Spanish hard wire copy. Journalese triggers (triggers.hard.tsv), elided articles
(fr clitics.tsv), structure cues (roles.hard_structure.tsv, modality.hard_structure.tsv) and the templates that teach
them (templates.hard.tsv): the main clause's act wins over decoys in an opening phrase or an "after" clause, stories
and analysts' scenarios code no event, sport told with war words is no event (tests/events/data/hard_romance.tsv,
written for these tests)."""

from __future__ import annotations

import pytest

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.events.lexicon import load_lexicon
from foedus.events.modality import SCENARIO, modality
from foedus.records import PLOVER_TYPES
from tests.events.conftest import view_of, word_at

LANGS = ("fr", "es")


@pytest.mark.parametrize("lang", LANGS)
def test_templates_teach_every_type_and_hard_negatives(lang: str) -> None:
    rows = [r for r in read_tsv(DATA_DIR / "training" / lang / "templates.hard.tsv") if len(r) >= 4]
    assert {r[0] for r in rows} == set(PLOVER_TYPES) | {"NONE"}
    assert sum(r[0] == "NONE" for r in rows) >= 10
    assert all("{A}" in r[3] or "{A:" in r[3] for r in rows if r[0] != "NONE")


@pytest.mark.parametrize("lang", LANGS)
def test_journalese_covers_every_type_and_blocks_decoys(lang: str) -> None:
    rows = [r for r in read_tsv(DATA_DIR / "lexicons" / lang / "triggers.hard.tsv") if len(r) >= 2]
    assert {r[1] for r in rows} == set(PLOVER_TYPES) | {"-"}


def test_french_triggers_reach_past_an_elided_article() -> None:
    lex = load_lexicon(DATA_DIR, "fr")

    def found(text: str) -> list[str]:
        return [t.event for _, t in lex.find_triggers(text)]

    assert found("Rabat a annoncé l'expulsion de deux diplomates.") == ["SANCTION"]
    assert found("Bamako a décidé d\u2019expulser l'ambassadeur.") == ["SANCTION"]
    assert found("La Cédéao a tenu un sommet.") == ["CONSULT"]  # a name is no "cédé"


def test_spanish_decoys_are_blocked() -> None:
    lex = load_lexicon(DATA_DIR, "es")
    for decoy in ("Lanzó una ofensiva de encanto en Europa.", "Es una ofensiva diplomática."):
        assert [t.event for _, t in lex.find_triggers(decoy)] == [], decoy
    assert [t.event for _, t in lex.find_triggers("Lanzó una ofensiva en el norte.")] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("lang", "text", "decoy", "act"),
    [
        ("fr", "Sous la pression de [Berlin|DEU], [la Pologne|POL] a levé le couvre-feu.", "pression", "levé"),
        ("fr", "Quelques heures après l'attaque, [la France|FRA] a expulsé deux diplomates.", "l'attaque", "expulsé"),
        ("es", "Presionado por [Berlín|DEU], [Polonia|POL] levantó el toque de queda.", "presionado", "levantó"),
        ("es", "Pocas horas después del ataque, [Francia|FRA] expulsó a dos diplomáticos.", "ataque", "expulsó"),
    ],
)
def test_an_opening_phrase_is_background(lang: str, text: str, decoy: str, act: str) -> None:
    v = view_of(text, lang)
    first = word_at(v, decoy)
    main = word_at(v, act)
    assert v.opened is not None and v.background(first) and not v.background(main)


@pytest.mark.parametrize(
    ("lang", "text", "act"),
    [
        ("fr", "[Le Tchad|TCD] a bombardé les rebelles après avoir signé un accord avec [le Soudan|SDN].", "signé"),
        ("es", "[Chad|TCD] bombardeó a los rebeldes tras firmar un acuerdo con [Sudán|SDN].", "firmar"),
        ("fr", "[Le Togo|TGO] a libéré les otages, provoquant la colère de [la France|FRA].", "colère"),
    ],
)
def test_an_act_after_an_after_cue_is_background(lang: str, text: str, act: str) -> None:
    v = view_of(text, lang)
    assert v.background(word_at(v, act))


@pytest.mark.parametrize(
    ("lang", "text", "act"),
    [
        ("fr", "Si [Pékin|CHN] venait un jour à envahir [Taïwan|TWN], le monde basculerait.", "envahir"),
        ("fr", "Il serait naïf de croire que [Moscou|RUS] attaquera [Kiev|UKR].", "attaquera"),
        ("es", "Si [Pekín|CHN] llegara a invadir [Taiwán|TWN], el mundo cambiaría.", "invadir"),
        ("es", "Sería ingenuo pensar que [Moscú|RUS] atacará [Kiev|UKR].", "atacará"),
    ],
)
def test_an_analysts_scenario_is_flagged(lang: str, text: str, act: str) -> None:
    v = view_of(text, lang)
    trig = word_at(v, act)
    assert SCENARIO in modality(v, trig, "v", trig, "ASSAULT")
    pv = view_of(text.split(",")[-1] if "," in text else "[Moscou|RUS] a attaqué [Kiev|UKR].", lang)
    assert all(SCENARIO not in modality(pv, i, "v", i, "ASSAULT") for i in range(len(pv.tokens)))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Dans le nouveau film de la plateforme, un agent [russe|RUS] enlève un ministre."),
        ("es", "En la nueva novela del autor, un espía [ruso|RUS] secuestra a un ministro."),
    ],
)
def test_a_story_told_is_no_news(lang: str, text: str) -> None:
    assert view_of(text, lang).told_story()
    assert not view_of(text.split(", ", 1)[1], lang).told_story()
