"""Modality per event and language: negation, conditionals, counterfactuals, treaty clauses (issue 5);
purpose clauses, opinions, capability and danger frames, and analytic sentences (precision of factual events)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus import analyze
from foedus.actors.data import read_tsv
from foedus.errors import ConfigError
from foedus.evaluate.marked import MARK
from foedus.events.lexicon import load_lexicon
from foedus.events.lexicon_coder import TOPIC_PENALTY
from foedus.events.stage import EventStage
from foedus.events.training import NONE
from foedus.records import Analysis, TimeExpr
from tests.conftest import SEED
from tests.events.conftest import fake_probs

CASES = list(read_tsv(Path(__file__).parent / "data" / "modality.tsv"))


@pytest.mark.parametrize(("lang", "event", "flags", "text"), CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
def test_modality(code: Callable[..., Analysis], lang: str, event: str, flags: str, text: str) -> None:
    want = set() if flags == "-" else set(flags.split(","))
    events = [e for e in code(text, lang).events if e.event == event]
    assert events, code(text, lang).events
    assert set(events[0].aux) == want
    assert events[0].factual == (not want & {"negated", "hypothetical", "future"})


def test_negation_scope_stays_in_its_clause(code: Callable[..., Analysis]) -> None:
    # "nicht" negates "hinwegtäuschen", not the cooperation in the dass-clause.
    a = code("Das kann nicht darüber hinwegtäuschen, dass die Zusammenarbeit zwischen [Moskau|RUS] und "
             "[Pjöngjang|PRK] wächst.", "de")  # fmt: skip
    coop = [e for e in a.events if e.event == "COOPERATE"]
    assert coop and coop[0].factual


def test_earlier_year_makes_an_event_historical(code: Callable[..., Analysis]) -> None:
    text = "[Russia|RUS] attacked [Georgia|GEO] on 8 August 2008."
    at = MARK.sub(r"\1", text).index("8 August")
    a = code(text, "en", times=[TimeExpr("8 August 2008", at, at + 13, "2008-08-08")])
    ev = next(e for e in a.events if e.event == "ASSAULT")
    assert "historical" in ev.aux and ev.factual and ev.date == "2008-08-08"


def test_a_bad_needs_pattern_or_scope_is_a_config_error(tmp_path: Path) -> None:
    folder = tmp_path / "lexicons" / "xx"
    folder.mkdir(parents=True)
    (folder / "triggers.tsv").write_text("attacked\tASSAULT\t\t\tv\n", encoding="utf-8")
    (folder / "modality.tsv").write_text("um\thypothetical\tpurpose\t(unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"modality\.tsv"):
        load_lexicon(tmp_path, "xx")
    (folder / "modality.tsv").write_text("um\thypothetical\tpurpos\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown modality scope"):
        load_lexicon.__wrapped__(tmp_path, "xx")


@pytest.fixture
def fixed_probs(stage: EventStage, monkeypatch: pytest.MonkeyPatch) -> None:
    """The classifier sees no event (NONE first, AGREE second, the rest far behind)."""
    fake_probs(stage, monkeypatch, 0.01, {NONE: 0.5, "AGREE": 0.3})


def test_noun_topic_of_an_undated_analysis_loses_confidence(code: Callable[..., Analysis], fixed_probs: None) -> None:
    text = "Die Zusammenarbeit zwischen [Moskau|RUS] und [Pjöngjang|PRK] wächst."
    at = MARK.sub(r"\1", text).index("wächst")
    undated = next(e for e in code(text, "de").events if e.event == "COOPERATE")
    dated = next(e for e in code(text, "de", times=[TimeExpr("x", at, at + 1, "2024-06-20")]).events
                 if e.event == "COOPERATE")  # fmt: skip
    assert undated.factual and dated.factual
    assert dated.confidence - undated.confidence == pytest.approx(TOPIC_PENALTY)
    held = "Das Treffen zwischen [Moskau|RUS] und [Pjöngjang|PRK] fand im Kreml statt."
    meeting = next(e for e in code(held, "de").events if e.event == "CONSULT")
    unheld = next(e for e in code(held.replace("fand", "war").replace(" statt", ""), "de").events
                  if e.event == "CONSULT")  # fmt: skip
    assert meeting.confidence - unheld.confidence == pytest.approx(TOPIC_PENALTY)


@pytest.mark.parametrize(
    ("lang", "text", "flags"),
    [
        ("en", "[Russia|RUS] could flatten [Kyiv|UKR] within days.", {"hypothetical"}),
        ("de", "[Russland|RUS] könnte [Kiew|UKR] dem Erdboden gleichmachen.", {"hypothetical"}),
        ("en", "[Russia|RUS] flattened [Kyiv|UKR].", set()),
    ],
)
def test_a_modal_on_a_classifier_stand_in_trigger_counts(
    code: Callable[..., Analysis], stage: EventStage, monkeypatch: pytest.MonkeyPatch, lang: str, text: str,
    flags: set[str],
) -> None:  # fmt: skip
    """Regression (issue 5, round 11): with no lexicon trigger, the classifier's stand-in token is the word
    after the actor ("could"); it is no trigger phrase, so the modal on it makes the act hypothetical."""
    fake_probs(stage, monkeypatch, 0.01, {"ASSAULT": 0.8})
    ev = next(e for e in code(text, lang).events if e.event == "ASSAULT")
    assert ev.trigger is None and set(ev.aux) == flags


# The seed's analysis sentences whose triggers are aims, capabilities, dangers or opinions
# (a marker word of the sentence, the type the coder used to report as fact).
SEED_ANALYSIS = [("PROTEST", "Anstrengungen"), ("ASSAULT", "Fähigkeit"), ("COOPERATE", "Gefahr für"),
                 ("MOBILIZE", "Tapferkeit")]  # fmt: skip


@pytest.fixture(scope="module")
def seed() -> Analysis:
    if not SEED.exists():
        pytest.skip("seed article absent (../shared/seed)")
    return analyze(SEED, date="2024-06-20")


@pytest.mark.parametrize(("event", "marker"), SEED_ANALYSIS, ids=[m for _, m in SEED_ANALYSIS])
def test_seed_analysis_is_not_reported_as_fact(seed: Analysis, event: str, marker: str) -> None:
    wrong = [e for e in seed.events if e.event == event and e.factual and any(marker in x.text for x in e.evidence)]
    assert not wrong, wrong
