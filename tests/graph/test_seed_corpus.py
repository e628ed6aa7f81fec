"""Acceptance on the seed article and the sample corpus (skips when the seed is absent)."""

from pathlib import Path

from foedus.store.corpus import Corpus

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def test_dyad_and_obligations_after_ingesting_the_seed_and_samples(seed_path: Path, tmp_path: Path) -> None:
    inputs = [seed_path, *([EXAMPLES] if EXAMPLES.is_dir() else [])]
    with Corpus(tmp_path / "seed.duckdb") as corpus:
        first = corpus.ingest(inputs, date="2024-06-20")
        again = corpus.ingest(inputs, date="2024-06-20")
        assert first.stored >= 1 and again.stored == 0 and again.already == first.stored
        events = corpus.dyad("RUS", "PRK")["events"]
        factual = {(e["event"], e["mode"]) for e in events if e["factual"]}
        assert ("AGREE", None) in factual  # the signing
        assert ("CONSULT", "visit") in factual  # Putin's visit to Pyongyang
        assert any(kind == "AID" for kind, _ in factual)  # the arms transfers
        signing = [e for e in events if e["event"] == "AGREE" and e["date"] == "2024-06-19" and e["factual"]
                   and set(e["actor_codes"] + e["recipient_codes"]) == {"RUS", "PRK"}]  # fmt: skip
        assert len(signing) == 1
        if EXAMPLES.is_dir():  # the sample articles on the signing (en, de, ru) are merged with the seed's report
            assert signing[0]["n_documents"] >= 3 and signing[0]["n_sources"] >= 3
        bound = {b["code"]: b for b in corpus.obligations("PRK", on="2025-01-01")["bound"]}
        assert {"RUS", "CHN"} <= set(bound)
        assert bound["RUS"]["links"][0]["evidence"]["corpus"]  # the seed's defence-pact sentence
        assert "RUS" not in {b["code"] for b in corpus.obligations("PRK", on="2024-01-01")["bound"]}
