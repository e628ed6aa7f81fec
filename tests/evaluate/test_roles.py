"""The roles harness scores actor and recipient country sets on labelled sentences of our own."""

from __future__ import annotations

from foedus.evaluate.roles import score
from foedus.events.training import NONE, Example, Span
from foedus.pipeline import Pipeline


def example(text: str, event: str, actor: str, recipient: str | None) -> Example:
    a = text.index(actor.split(":")[0])
    spans = [Span(a, a + len(actor.split(":")[0]), actor.split(":")[1])]
    rec = []
    if recipient:
        r = text.index(recipient.split(":")[0])
        rec = [Span(r, r + len(recipient.split(":")[0]), recipient.split(":")[1])]
    return Example(text, event, "en", actor=spans, recipient=rec)


def test_roles_are_scored_per_language_and_overall() -> None:
    examples = [
        example("Russia attacked Ukraine on Monday.", "ASSAULT", "Russia:RUS", "Ukraine:UKR"),
        # labelled with a recipient the sentence does not name: the recipient misses, the actor counts
        example("Iraq accused Iran of shelling its border posts.", "ACCUSE", "Iraq:IRQ", "Iraq:USA"),
        Example("The weather was fine.", NONE, "en"),  # no event: not scored
    ]
    figures = score(examples, Pipeline())
    assert figures["en"] == figures["all"]
    assert figures["all"]["sentences"] == 2
    assert figures["all"]["actor"] == 1.0 and figures["all"]["recipient"] == 0.5 and figures["all"]["both"] == 0.5


def test_codebook_accepts_reciprocal_parties_as_actors_and_a_domestic_recipient() -> None:
    from foedus.evaluate.roles import codebook

    # "X and Y signed a pact", labelled X -> Y: PLOVER lists both as actors with no recipient
    assert codebook("AGREE", {"FRA"}, {"DEU"}, {"FRA", "DEU"}, set())
    assert not codebook("ASSAULT", {"FRA"}, {"DEU"}, {"FRA", "DEU"}, set())  # one-sided: the dyad stands
    # "Police in X arrested protesters", labelled without recipient: X's own people may be named
    assert codebook("COERCE", {"GBR"}, set(), {"GBR"}, {"GBR"})
    assert not codebook("COERCE", {"GBR"}, set(), {"GBR"}, {"FRA"})  # a foreign recipient is wrong
    assert not codebook("COERCE", {"GBR"}, {"FRA"}, {"GBR"}, {"GBR"})  # the labelled recipient is missed
