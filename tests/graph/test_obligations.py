from foedus.graph.obligations import obligations
from foedus.store.corpus import Corpus


def _bound(result: dict) -> dict[str, dict]:
    return {b["code"]: b for b in result["bound"]}


def test_prk_attacked_in_2025_binds_russia_and_china_with_their_treaties(corpus: Corpus) -> None:
    result = corpus.obligations("PRK", on="2025-01-01")
    bound = _bound(result)
    assert bound["RUS"]["depth"] == 1 and bound["CHN"]["depth"] == 1
    assert [link["id"] for link in bound["RUS"]["links"]] == ["russia-dprk-2024"]
    assert [link["id"] for link in bound["CHN"]["links"]] == ["china-dprk-1961"]
    rus = bound["RUS"]["links"][0]
    assert rus["in_force"] == "2024-12-04" and rus["sources"]
    corpus_ev = rus["evidence"]["corpus"]  # the two reports of the signing, in a defence context
    assert len(corpus_ev) == 1 and corpus_ev[0]["n_documents"] == 2
    assert {e["doc_id"] for e in corpus_ev[0]["evidence"]} == {"sign-en", "sign-ru"}
    assert bound["CHN"]["links"][0]["evidence"]["sources"]


def test_allies_of_allies_come_with_their_path(corpus: Corpus) -> None:
    bound = _bound(corpus.obligations("PRK", on="2025-01-01"))
    assert bound["BLR"]["depth"] == 2 and bound["BLR"]["via"] == ["PRK", "RUS", "BLR"]
    assert {link["owed_to"] for link in bound["BLR"]["links"]} == {"RUS"}
    assert "PRK" not in bound
    assert "BLR" not in _bound(corpus.obligations("PRK", on="2025-01-01", depth=1))


def test_before_the_treaty_russia_is_not_bound_and_while_signed_it_is_pending() -> None:
    assert "RUS" not in _bound(obligations("PRK", on="2024-01-01"))
    assert "CHN" in _bound(obligations("PRK", on="2024-01-01"))
    mid = obligations("PRK", on="2024-07-01")
    assert "RUS" not in _bound(mid)
    assert [p["id"] for p in mid["pending"]] == ["russia-dprk-2024"]
    assert "RUS" in _bound(obligations("PRK", on="1990-01-01"))  # the 1961 Soviet treaty, lapsed in 1996
    assert "RUS" not in _bound(obligations("PRK", on="2000-01-01"))


def test_nato_and_weaker_obligations() -> None:
    est = _bound(obligations("EST", on="2025-01-01", depth=1))
    assert {"USA", "DEU", "FIN", "SWE"} <= set(est)
    assert "NATO" in est["USA"]["links"][0]["name"]
    rus = obligations("RUS", on="2025-01-01", depth=1)
    assert "CHN" not in _bound(rus)
    assert any(o["code"] == "CHN" and "consultation" in o["obligations"] for o in rus["other"])


def test_a_bad_date_is_a_clear_error() -> None:
    import pytest

    from foedus.errors import StoreError

    with pytest.raises(StoreError, match="not a date"):
        obligations("PRK", on="next tuesday")
