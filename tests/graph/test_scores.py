from foedus.graph.scores import load_scores, quad_score
from foedus.records import PLOVER_TYPES


def test_every_plover_type_has_a_quad_and_base_score() -> None:
    table = load_scores()
    for t in PLOVER_TYPES:
        quad, score = table[(t, "")]
        assert quad in (1, 2, 3, 4) and -10 <= score <= 10
    cooperative = {t for t in PLOVER_TYPES if table[(t, "")][0] in (1, 2)}
    assert cooperative == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


def test_mode_scores_and_fallback_to_the_base_score() -> None:
    assert quad_score("CONSULT", "visit") == (1, 4.0)
    assert quad_score("AID", "military") == (2, 10.0)  # no score for this mode: the type's
    assert quad_score("ASSAULT", "Aerial") == (4, -9.5)
    assert quad_score("NOT_A_TYPE") == (None, None)
