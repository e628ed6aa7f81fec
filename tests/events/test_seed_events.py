"""Acceptance on the seed article (issue 5). Reads the seed from ../shared and skips when absent."""

from __future__ import annotations

import pytest

from foedus import analyze
from foedus.records import Analysis, Event
from tests.conftest import SEED
from tests.events.conftest import codes


@pytest.fixture(scope="module")
def seed() -> Analysis:
    if not SEED.exists():
        pytest.skip("seed article absent (../shared/seed)")
    return analyze(SEED, date="2024-06-20")


def factual(a: Analysis, event: str) -> list[Event]:
    return [e for e in a.events if e.event == event and e.factual]


def mentions(e: Event, word: str) -> bool:
    return any(word in x.text for x in e.evidence)


def test_signing_is_one_agree_event_with_both_mentions(seed: Analysis) -> None:
    signings = [e for e in factual(seed, "AGREE") if {"RUS", "PRK"} <= codes(e.actor) | codes(e.recipient)]
    assert len(signings) == 1, signings
    ev = signings[0]
    assert ev.date == "2024-06-19"
    texts = [seed.doc.text[x.start : x.end] for x in ev.evidence]
    assert any("19. Juni" in t for t in texts) and any("Vereinbarung über eine umfassende" in t for t in texts)


def test_visit_russia_to_north_korea(seed: Analysis) -> None:
    assert any(e.mode == "visit" and codes(e.actor) == {"RUS"} and codes(e.recipient) == {"PRK"}
               for e in factual(seed, "CONSULT"))  # fmt: skip


def test_munitions_containers_are_military_aid_from_north_korea(seed: Analysis) -> None:
    aid = [e for e in factual(seed, "AID") if mentions(e, "Schiffscontainer")]
    assert aid and codes(aid[0].actor) == {"PRK"} and codes(aid[0].recipient) == {"RUS"}
    assert "military" in aid[0].context


def test_russia_fires_north_korean_missiles_at_ukraine(seed: Analysis) -> None:
    assert any(codes(e.actor) == {"RUS"} and codes(e.recipient) == {"UKR"} and mentions(e, "Raketen")
               for e in factual(seed, "ASSAULT"))  # fmt: skip


def test_china_and_iran_back_russia(seed: Analysis) -> None:
    backing = factual(seed, "AID") + factual(seed, "SUPPORT")
    assert any({"CHN", "IRN"} <= codes(e.actor) and codes(e.recipient) == {"RUS"} for e in backing)


def test_north_korea_asks_russia_for_weapons_know_how(seed: Analysis) -> None:
    assert any(codes(e.actor) == {"PRK"} and codes(e.recipient) == {"RUS"} and mentions(e, "Fachwissen")
               for e in factual(seed, "REQUEST"))  # fmt: skip


def test_last_years_meeting_and_satellite_launch_are_historical(seed: Analysis) -> None:
    past = [e for e in seed.events if "Malligyong" in e.evidence[0].text]
    kinds = {e.event for e in past if "historical" in e.aux and str(e.date).startswith("2023")}
    assert {"CONSULT", "MOBILIZE"} <= kinds, past


def test_mutual_assistance_clause_and_counterfactual_are_not_factual(seed: Analysis) -> None:
    for marker in ("im Falle eines Angriffs", "würde Moskau"):
        hits = [e for e in seed.events if marker in e.evidence[0].text]
        assert hits, marker  # coded, but with their modality
        assert not any(e.factual for e in hits), hits
