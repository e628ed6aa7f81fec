import pytest

from foedus.errors import StoreError
from foedus.store.corpus import Corpus


def test_dyad_lists_the_signing_visit_and_arms_with_a_monthly_series(corpus: Corpus) -> None:
    d = corpus.dyad("RUS", "PRK")
    kinds = {(e["event"], e["mode"]) for e in d["events"]}
    assert ("AGREE", None) in kinds and ("CONSULT", "visit") in kinds and any(k == "AID" for k, _ in kinds)
    assert all({"RUS", "PRK"} <= set(e["actor_codes"] + e["recipient_codes"]) for e in d["events"])
    june = [r for r in d["series"] if r["period"] == "2024-06-01"]
    assert len(june) == 1
    row = june[0]
    assert row["events"] == len([e for e in d["events"] if e["date"].startswith("2024-06")])
    assert row["conflict"] == 0 and row["balance"] == 1.0
    scored = [e["score"] for e in d["events"] if e["factual"] and e["date"].startswith("2024-06")]
    assert row["intensity"] == pytest.approx(sum(scored) / len(scored), abs=0.01)


def test_directed_dyad_and_unknown_period(corpus: Corpus) -> None:
    forward = corpus.dyad("RUS", "PRK", directed=True)["events"]
    assert forward and all("RUS" in e["actor_codes"] and "PRK" in e["recipient_codes"] for e in forward)
    assert len(forward) < len(corpus.dyad("RUS", "PRK")["events"])
    with pytest.raises(StoreError, match="period"):
        corpus.dyad("RUS", "PRK", period="fortnight")


def test_dyad_of_actors_never_together_is_empty(corpus: Corpus) -> None:
    d = corpus.dyad("DEU", "PRK")
    assert d["events"] == [] and d["series"] == []
