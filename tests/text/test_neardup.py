"""Exact and near-duplicate documents across a corpus (issue 3)."""

from foedus.text.neardup import DuplicateIndex

STORY = (
    "Russia and North Korea signed a mutual defence treaty in Pyongyang on Wednesday, pledging to help each other "
    "if either is attacked. The agreement was signed by Vladimir Putin and Kim Jong Un during a one-day visit. "
    "Western governments criticised the pact and said it threatened security in Europe and Asia."
)


def test_exact_and_near_duplicates_are_reported_with_the_first_document() -> None:
    index = DuplicateIndex()
    assert index.add("a", STORY) is None
    exact = index.add("b", STORY.upper().replace("  ", " ") + "  ")
    assert exact is not None and (exact.kind, exact.of) == ("exact", "a")
    republished = "By our correspondent. " + STORY.replace("criticised", "condemned") + " Read more on our site."
    near = index.add("c", republished)
    assert near is not None and near.kind == "near" and near.of == "a" and near.similarity >= 0.6
    other = "The European Union agreed on new sanctions against Iran after a long meeting of foreign ministers."
    assert index.add("d", other) is None
    assert [d.doc_id for d in index.found] == ["b", "c"]
