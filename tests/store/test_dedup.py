from datetime import date
from pathlib import Path

from foedus.records import Document
from foedus.store.corpus import Corpus
from foedus.store.dedup import MergeRules, Report, best_head, date_gap, match_score

RULES = MergeRules()


def rep(i: str, event: str = "AGREE", actors=("RUS", "PRK"), recipients=(), d=date(2024, 6, 19), factual=True,
        text: str = "signed a pact") -> Report:  # fmt: skip
    return Report(i, event, factual, frozenset(actors), frozenset(recipients), d, text)


def test_same_event_in_other_words_and_roles_matches() -> None:
    a = rep("a", text="Putin and Kim signed a defence pact")
    b = rep("b", actors=("RUS",), recipients=("PRK",), text="Путин и Ким подписали договор")
    assert match_score(b, a, RULES) >= RULES.threshold  # AGREE is symmetric: roles may differ


def test_hard_conditions_keep_reports_apart() -> None:
    head = rep("a")
    assert match_score(rep("b", event="CONSULT"), head, RULES) == 0
    assert match_score(rep("b", factual=False), head, RULES) == 0
    assert match_score(rep("b", d=date(2024, 7, 30)), head, RULES) == 0
    assert match_score(rep("b", actors=("RUS", "CHN")), head, RULES) == 0
    # ACCUSE is directed: A accusing B is not B accusing A
    accuse = rep("a", event="ACCUSE", actors=("RUS",), recipients=("USA",))
    assert match_score(rep("b", event="ACCUSE", actors=("USA",), recipients=("RUS",)), accuse, RULES) == 0


def test_a_few_days_apart_needs_similar_evidence() -> None:
    head = rep("a", text="Russia and North Korea signed a mutual defence treaty in Pyongyang")
    later_same_words = rep("b", d=date(2024, 6, 21), text="Russia and North Korea signed a mutual defence treaty")
    later_other_words = rep("c", d=date(2024, 6, 21), text="Подписан договор")
    assert best_head(later_same_words, [head], RULES) is head
    assert best_head(later_other_words, [head], RULES) is None


def test_a_report_dated_by_publication_matches_the_days_before() -> None:
    stated = rep("a", d=date(2024, 6, 19))
    published = Report("b", "AGREE", True, frozenset({"RUS"}), frozenset({"PRK"}), date(2024, 6, 20), "treaty",
                       dated_by_publication=True)  # fmt: skip
    assert date_gap(published, stated, 3) == 0 and match_score(published, stated, RULES) >= RULES.threshold
    explicit_next_day = rep("c", d=date(2024, 6, 20), text="treaty")
    assert match_score(explicit_next_day, stated, RULES) < RULES.threshold
    assert date_gap(stated, published, 3) == 0  # either way round
    after = rep("d", d=date(2024, 6, 22))
    assert date_gap(after, published, 3) == 2  # an event after publication is not what it reported


def test_best_head_prefers_the_closest_then_the_smallest_id() -> None:
    far = rep("x", d=date(2024, 6, 17))
    near = rep("y", d=date(2024, 6, 19))
    assert best_head(rep("n"), [far, near], RULES) is near
    assert best_head(rep("n"), [rep("b"), rep("a")], RULES).id == "a"


def test_two_articles_on_the_signing_become_one_event_with_two_documents(
    tmp_path: Path, signing_docs: list[Document]
) -> None:
    with Corpus(tmp_path / "c.duckdb") as corpus:
        corpus.ingest(signing_docs)
        signings = [e for e in corpus.events(types="AGREE", involving="PRK") if {"RUS", "PRK"} <= set(
            e["actor_codes"] + e["recipient_codes"])]  # fmt: skip
        assert len(signings) == 1
        ev = signings[0]
        assert ev["date"] == "2024-06-19"
        assert ev["n_documents"] == 2 and ev["n_sources"] == 2 and ev["n_mentions"] >= 2
        assert sorted(ev["doc_ids"]) == ["sign-en", "sign-ru"]
        assert ev["outlets"] == ["example-wire.test", "primer-novosti.test"]  # who reported it
        langs = {m["lang"] for m in corpus.event(ev["id"])["mentions"]}
        assert langs == {"en", "ru"}


def test_reports_a_month_apart_stay_two_events(tmp_path: Path) -> None:
    text = "Russia and North Korea signed an agreement on {d}."
    docs = [Document(id=f"d{i}", text=text.format(d=d), raw="", date=d2) for i, (d, d2) in
            enumerate([("19 June 2024", "2024-06-20"), ("20 July 2024", "2024-07-21")])]  # fmt: skip
    with Corpus(tmp_path / "c.duckdb") as corpus:
        corpus.ingest(docs)
        agree = corpus.events(types="AGREE")
        assert len(agree) == 2 and all(e["n_documents"] == 1 for e in agree)
