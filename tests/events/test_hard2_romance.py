"""Issue 5, round 2 (fix2_romance): French and Spanish hard wire copy. The round-2 trigger families
(triggers.hard2.tsv), role cues (roles.hard2.tsv), names (actors/names/<lang>/*.hard2.tsv) and the templates that
teach them (templates.hard2.tsv): each family codes its type in sentences written for these tests
(tests/events/data/hard2_romance.tsv), decoys stay silent, and the prepositional cues give the right recipient."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.events.lexicon import load_lexicon
from foedus.records import PLOVER_TYPES, Analysis
from tests.events.conftest import assert_main_event

LANGS = ("fr", "es")


@pytest.mark.parametrize("lang", LANGS)
def test_templates_teach_every_type_with_slots_and_hard_negatives(lang: str) -> None:
    rows = [r for r in read_tsv(DATA_DIR / "training" / lang / "templates.hard2.tsv") if len(r) >= 4]
    assert {r[0] for r in rows} == set(PLOVER_TYPES) | {"NONE"}
    assert sum(r[0] == "NONE" for r in rows) >= 5
    assert all("{A}" in r[3] for r in rows if r[0] != "NONE")


@pytest.mark.parametrize("lang", LANGS)
def test_trigger_families_cover_every_type_and_block_decoys(lang: str) -> None:
    rows = [r for r in read_tsv(DATA_DIR / "lexicons" / lang / "triggers.hard2.tsv") if len(r) >= 5]
    assert {r[1] for r in rows} == set(PLOVER_TYPES) | {"-"}
    assert {r[4] for r in rows} <= {"v", "n", "x"}


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        # a stem reads every tense and person of the verb
        ("fr", "Le gouvernement renoncera à la réforme.", "CONCEDE"),
        ("fr", "Le gouvernement renonçait à la réforme.", "CONCEDE"),
        ("es", "Los milicianos saquearon el pueblo.", "ASSAULT"),
        ("es", "Los milicianos saquean el pueblo.", "ASSAULT"),
        ("es", "Un desconocido agredió al diputado.", "ASSAULT"),
        ("es", "El diputado fue agredido en la calle.", "ASSAULT"),
        # idioms with their inflections
        ("fr", "Les rebelles ont mis à feu et à sang la ville.", "ASSAULT"),
        ("es", "Los ministros se vieron las caras en Ginebra.", "CONSULT"),
    ],
)
def test_stems_and_idioms_find_their_type(lang: str, text: str, event: str) -> None:
    assert event in [t.event for _, t in load_lexicon(DATA_DIR, lang).find_triggers(text)]


@pytest.mark.parametrize(
    ("lang", "text", "hidden"),
    [
        ("fr", "Les demandeurs d'asile attendent à la frontière.", "REQUEST"),
        ("fr", "Les négociants en cacao ont relevé leurs prix.", "CONSULT"),
        ("es", "El Ejército de Liberación Nacional publicó un comunicado.", "RETREAT"),
        ("es", "Las Fuerzas de Apoyo Rápido publicaron un comunicado.", "SUPPORT"),
    ],
)
def test_decoy_names_hide_their_event_words(lang: str, text: str, hidden: str) -> None:
    assert hidden not in [t.event for _, t in load_lexicon(DATA_DIR, lang).find_triggers(text)]


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("fr", "Les Forces armées de la RDC ont attaqué des positions tenues par les miliciens Wazalendo.", "COD", "*"),
        ("fr", "La junte birmane a fait arrêter trois journalistes étrangers.", "MMR", "*"),
        ("es", "La Alianza Atlántica bombardeó posiciones serbias en las colinas.", "IGO", "*"),
        ("es", "Los grecochipriotas rechazaron el plan de reunificación.", "CYP", "-"),
        ("es", "Sicarios del cártel de Sinaloa atacaron una patrulla del ejército.", "MEX", "*"),
    ],
)
def test_new_names_resolve_to_their_codes(lang: str, text: str, actor: str, recipient: str) -> None:
    from foedus.config import Config
    from foedus.pipeline import Pipeline
    from foedus.records import Document

    analysis = _pipeline(Pipeline, Config)(Document(id="t", text=text, raw=text, date="2025-06-15", lang=lang))
    assert_main_event(analysis.events, assert_any_event(analysis), actor, recipient)


def assert_any_event(analysis: Analysis) -> str:
    """The type of the main event, which must exist (names are tested, not types)."""
    assert analysis.events, "no event"
    from foedus.evaluate.plover import pick

    main = pick(analysis.events)
    assert main is not None
    return main.event


_PIPELINES: dict[str, object] = {}


def _pipeline(pipeline: type, config: type) -> Callable[[object], Analysis]:
    """One full pipeline for the module (loading it takes a second)."""
    if "p" not in _PIPELINES:
        _PIPELINES["p"] = pipeline(config())
    return _PIPELINES["p"]  # type: ignore[return-value]
