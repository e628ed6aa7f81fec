from foedus.graph.relations import event_pairs, partners
from foedus.store.corpus import Corpus


def test_event_pairs_follow_roles_and_symmetric_types() -> None:
    assert event_pairs({"event": "AID", "actor_codes": ["PRK"], "recipient_codes": ["RUS"]}) == [("PRK", "RUS")]
    assert sorted(event_pairs({"event": "AGREE", "actor_codes": ["RUS", "PRK"], "recipient_codes": []})) == [
        ("PRK", "RUS"), ("RUS", "PRK")]  # fmt: skip
    assert event_pairs({"event": "MOBILIZE", "actor_codes": ["RUS", "UKR"], "recipient_codes": []}) == []


def test_graph_edges_count_events_by_type_with_a_balance(corpus: Corpus) -> None:
    g = corpus.graph()
    assert {"RUS", "PRK", "DEU", "FRA"} <= set(g.nodes)
    e = g.edges["RUS", "PRK"]
    typed = sum(v for k, v in e.items() if k.startswith("n_"))
    assert typed == e["events"] == e["cooperation"] + e["conflict"]
    assert e["n_AGREE"] >= 1 and e["balance"] == 1.0
    assert g.nodes["RUS"]["name"] == "Russia"
    assert not g.has_edge("DEU", "PRK")


def test_partners_and_adversaries(corpus: Corpus) -> None:
    g = corpus.graph()
    g.add_edge("USA", "RUS", events=2, cooperation=0, conflict=2, score_sum=-7.0)
    g.nodes["USA"]["name"] = "United States"
    p = partners(g, "rus")
    assert [x["code"] for x in p["partners"]] == ["PRK"]
    assert [x["code"] for x in p["adversaries"]] == ["USA"]
    assert p["adversaries"][0]["balance"] == -1.0 and p["adversaries"][0]["intensity"] == -3.5
    assert corpus.partners("ZZZ") == {"code": "ZZZ", "partners": [], "adversaries": []}


def test_graph_json_is_node_link(corpus: Corpus) -> None:
    data = corpus.graph_json()
    assert {n["id"] for n in data["nodes"]} >= {"RUS", "PRK"}
    assert any(link["source"] == "RUS" and link["target"] == "PRK" for link in data["links"])
