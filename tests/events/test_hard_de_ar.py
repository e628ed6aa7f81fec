"""Issue 5, round "de/ar": hard German and Arabic wire copy. Journalese and idioms code their type, the main clause's
event wins over decoys in an opening phrase closed by the Arabic comma, stories and scenarios code no event, German
verb-second clauses keep their subject after the finite verb, and an Arabic name whose first letter is "و" is no
"and" (tests/events/data/hard_de_ar.tsv, written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from foedus.evaluate.plover import pick
from foedus.records import Analysis
from tests.events.conftest import codes, view_of, word_at


def test_the_arabic_comma_closes_an_opening_phrase_and_evidence_keeps_it() -> None:
    view = view_of("بعد أسابيع من الغارات، وقعت [مصر|EGY] و[ليبيا|LBY] اتفاقا.", "ar")
    raid = word_at(view, "الغارات")
    signed = word_at(view, "وقعت")
    assert view.opened is not None and view.background(raid) and not view.background(signed)
    assert view.original is not None and "\u060c" in view.original.text and "\u060c" not in view.sent.text


def test_evidence_quotes_the_arabic_text_as_written(code: Callable[..., Analysis]) -> None:
    text = "بعد أسابيع من الغارات، وقعت [مصر|EGY] و[ليبيا|LBY] اتفاقا."
    events = code(text, "ar").events
    assert events and all("\u060c" in e.evidence[0].text for e in events)


def test_an_arabic_name_starting_with_waw_is_no_second_subject() -> None:
    view = view_of("طالبت [لندن|GBR] [واشنطن|USA] بالإفراج عن الصحفي.", "ar")
    assert view.mentions[0].group != view.mentions[1].group
    view = view_of("طالبت [لندن|GBR] [وباريس|FRA] بالإفراج عن الصحفي.", "ar")
    assert view.mentions[0].group == view.mentions[1].group  # the clitic "و" still joins


def test_a_german_article_alone_joins_no_names_but_a_conjunction_does() -> None:
    view = view_of("Am Montag hat [die Regierung|DEU] [den Botschafter Irans|IRN] einbestellt.", "de")
    assert view.mentions[0].group != view.mentions[1].group
    view = view_of("Am Montag haben [Frankreich|FRA] und [die Schweiz|CHE] ein Abkommen unterzeichnet.", "de")
    assert view.mentions[0].group == view.mentions[1].group


def test_a_german_preposition_does_not_reach_past_the_finite_verb() -> None:
    view = view_of("Nach langem Streit haben [Serbien|SRB] und [Kosovo|XKX] ein Abkommen unterzeichnet.", "de")
    assert [mv.role for mv in view.mentions] == [None, None]
    view = view_of("Die Bundeswehr verlegte Soldaten nach [Litauen|LTU].", "de")
    assert view.mentions[0].role == "recipient"


def test_an_arabic_announced_future_retreat_is_a_concession(code: Callable[..., Analysis]) -> None:
    # docs/conventions.md: an announced retreat is CONCEDE, and the announcement is the act (made now)
    main = pick(code("أعلنت [البحرين|BHR] أنها ستفرج عن المعتقلين الأسبوع المقبل.", "ar").events)
    assert main is not None and main.event == "CONCEDE" and codes(main.actor) == {"BHR"}


def test_arabic_readiness_to_cooperate_is_an_offer_to_the_partner(code: Callable[..., Analysis]) -> None:
    main = pick(code("قالت [قطر|QAT] إنها مستعدة للتعاون مع [عمان|OMN] في مكافحة التهريب.", "ar").events)
    assert main is not None and main.event == "AGREE" and "future" not in main.aux
    assert codes(main.actor) == {"QAT"} and codes(main.recipient) == {"OMN"}


def test_a_german_fronted_phrase_ends_at_the_finite_verb() -> None:
    view = view_of("Angesichts der Kämpfe an der Grenze hat [die Türkei|TUR] Panzer verlegt.", "de")
    fights = word_at(view, "kämpfe")
    moved = word_at(view, "verlegt")
    assert view.opened is not None and view.background(fights) and not view.background(moved)
    view = view_of("Angesichts der Kämpfe verlegte [die Türkei|TUR] Panzer, sagte ein Sprecher.", "de")
    assert view.opened is None  # no auxiliary closes it: the phrase is not told apart
