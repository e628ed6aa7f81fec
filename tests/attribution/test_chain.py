"""The reporting chain on small texts: outlet metadata, relays, citations and their scopes."""

from __future__ import annotations

from foedus.records import Analysis


def _kinds(a: Analysis) -> list[tuple[str, str]]:
    return [(x.kind, x.source.text) for x in a.attributions]


def test_outlet_from_metadata(run) -> None:
    a = run("Nothing was said.", "en", url="https://www.example.org/news/1")
    assert _kinds(a)[0] == ("outlet", "www.example.org")
    a = run("Nothing was said.", "en", site="Example News")
    assert _kinds(a)[0] == ("outlet", "Example News")


def test_citation_covers_its_sentence_only(run) -> None:
    a = run("According to US officials, 300 shells were fired. Kyiv was calm.", "en")
    cite = next(x for x in a.attributions if x.kind == "cites")
    assert cite.source.text == "US officials" and cite.source.code == "USA"
    assert cite.span is not None and cite.span.text == "According to US officials, 300 shells were fired."
    assert a.quantities[0].attribution == cite.id and a.quantities[0].counted == "shells"


def test_relay_anaphor_extends_the_publication(run) -> None:
    text = ("Ein Artikel von The Times über den Krieg\n\nDer Krieg dauert an.\n\n"
            "Die Lage sei ernst, schreibt die Zeitung.\n\nLaut der Agentur Reuters fielen 20 Raketen.")  # fmt: skip
    a = run(text, "de")
    relays = [x for x in a.attributions if x.kind == "relays"]
    assert len(relays) == 1 and "The Times" in relays[0].source.text
    assert relays[0].span is not None and relays[0].span.text.endswith("schreibt die Zeitung.")
    reuters = next(x for x in a.attributions if x.kind == "cites")
    assert "Reuters" in reuters.source.text and reuters.parent == a.attributions[0].id


def test_back_scope_cue_covers_its_paragraph(run) -> None:
    text = "Kurz.\n\nRussland greift an. Die Front bewegt sich. Dies geht aus einem Bericht des ISW hervor."
    a = run(text, "de")
    isw = next(x for x in a.attributions if x.kind == "cites")
    assert isw.source.text == "ISW"
    assert isw.span is not None and isw.span.text.startswith("Russland greift an.")


def test_russian_and_ukrainian_citations(run) -> None:
    ru = run("По данным американских чиновников, свыше 10 тысяч контейнеров отправлено.", "ru")
    cite = next(x for x in ru.attributions if x.kind == "cites")
    assert cite.source.text == "американских чиновников" and ru.quantities[0].attribution == cite.id
    uk = run("За даними розвідки, понад 350 тисяч загиблих.", "uk")
    assert [x.source.text for x in uk.attributions if x.kind == "cites"] == ["розвідки"]


def test_arabic_citation(run) -> None:
    a = run("وبحسب مسؤولين أمريكيين، أرسلت أكثر من 10 آلاف حاوية.", "ar")
    cite = next(x for x in a.attributions if x.kind == "cites")
    assert cite.source.text == "مسؤولين أمريكيين" and a.quantities[0].attribution == cite.id


def test_verb_inside_a_source_cue_is_not_a_quote(run) -> None:
    a = run("Как сообщает ТАСС, в среду погибли 5 человек.", "ru")
    assert a.quotes == []
    relay = next(x for x in a.attributions if x.kind == "relays")
    assert "ТАСС" in relay.source.text and a.quantities[0].attribution == relay.id


def test_numbered_article_of_a_treaty_is_not_a_publication(run) -> None:
    a = run("Статья II договора обязывает стороны оказать помощь.", "ru")
    assert [x.kind for x in a.attributions] == ["outlet"]
    b = run("In dem Vertrag heißt es in Artikel 4, beide Seiten helfen einander.", "de")
    assert not [x for x in b.attributions if x.kind == "relays"]
