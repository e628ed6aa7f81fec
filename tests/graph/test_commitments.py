import pytest

from foedus.errors import StoreError
from foedus.graph.commitments import in_defence_context
from foedus.store.corpus import Corpus


def test_defence_cues_in_several_languages() -> None:
    assert in_defence_context("signed a mutual defence pact")
    assert in_defence_context("договор о взаимной обороне")
    assert in_defence_context("ein Verteidigungspakt")
    assert not in_defence_context("signed an agreement on energy")


def test_signing_is_proposed_and_confirming_adds_a_link(corpus: Corpus) -> None:
    proposed = corpus.proposed_commitments()
    assert [p["members"] for p in proposed] == [["PRK", "RUS"]]  # the energy agreement is not about defence
    signing = proposed[0]
    assert "russia-dprk-2024" in signing["known_treaties"] and len(signing["evidence"]) >= 2
    # before the treaty is in force, only a confirmed commitment binds Russia
    assert "RUS" not in {b["code"] for b in corpus.obligations("PRK", on="2024-07-01")["bound"]}
    stored = corpus.confirm_commitment(signing["id"], note="checked against the treaty text")
    assert stored["status"] == "confirmed" and stored["members"] == ["PRK", "RUS"]
    assert corpus.proposed_commitments() == []
    bound = {b["code"]: b for b in corpus.obligations("PRK", on="2024-07-01")["bound"]}
    assert [link["kind"] for link in bound["RUS"]["links"]] == ["corpus commitment"]
    assert [c["id"] for c in corpus.commitments("confirmed")] == [signing["id"]]


def test_rejecting_and_unknown_ids(corpus: Corpus) -> None:
    signing = corpus.proposed_commitments()[0]
    corpus.reject_commitment(signing["id"])
    assert corpus.proposed_commitments() == []
    assert "RUS" not in {b["code"] for b in corpus.obligations("PRK", on="2024-07-01")["bound"]}
    with pytest.raises(StoreError, match="no proposed commitment"):
        corpus.confirm_commitment("nope")
    with pytest.raises(StoreError, match="unknown obligation"):
        corpus.confirm_commitment(signing["id"], obligation="friendship")
