"""Direct quotes and reported speech per language: cue, speaker, message."""

from __future__ import annotations

import pytest

from foedus.records import Quote

CASES = [
    # lang, text, cue, speaker surface, message start, direct
    ("en", '"We will help each other," Kim told reporters.', "told", "Kim", "We will help each other", True),
    ("en", "Putin said the pact was a key step against the West.", "said", "Putin", "the pact was a key step", False),
    (
        "en",
        "Ukraine’s air force said that most drones were shot down.",
        "said",
        "Ukraine’s air force",
        "most drones were",
        False,
    ),
    (
        "en",
        "‘Ukraine’s defence is holding,’ the general said.",
        "said",
        "general",
        "Ukraine’s defence is holding",
        True,
    ),
    ("en", "The situation is serious, Biden warned.", "warned", "Biden", "The situation is serious", False),
    (
        "en",
        "Russia fired 40 drones, the air force said on Monday, adding that most were shot down.",
        "said",
        "air force",
        "Russia fired 40 drones",
        False,
    ),
    (
        "en",
        "NATO chief Jens Stoltenberg told reporters that allies would help.",
        "told",
        "Jens Stoltenberg",
        "allies would help",
        False,
    ),
    ("de", "„Wir werden einander helfen“, sagte Kim.", "sagte", "Kim", "Wir werden einander helfen", True),
    ("de", "Scholz erklärte: „Das ist gefährlich.“", "erklärte", "Scholz", "Das ist gefährlich", True),
    (
        "de",
        "Putin erklärte, dass der Pakt ein Schlüssel sei.",
        "erklärte",
        "Putin",
        "dass der Pakt ein Schlüssel sei",
        False,
    ),
    (
        "de",
        "Danach stellte Putin klar, dass der Vertrag gelte.",
        "stellte Putin klar",
        "Putin",
        "dass der Vertrag gelte",
        False,
    ),
    ("de", "Die Lage sei ernst, so Peskow.", ", so", "Peskow", "Die Lage sei ernst", False),
    ("ru", "«Мы будем помогать друг другу», — сказал Ким.", "сказал", "Ким", "Мы будем помогать", True),
    ("ru", "Путин заявил, что договор является ключевым шагом.", "заявил", "Путин", "договор является", False),
    ("uk", "Зеленський заявив, що Україна отримає допомогу.", "заявив", "Зеленський", "Україна отримає", False),
    ("uk", "«Ми переможемо», — сказав Зеленський.", "сказав", "Зеленський", "Ми переможемо", True),
    ("fr", "« Nous nous aiderons mutuellement », a dit Kim.", "a dit", "Kim", "Nous nous aiderons", True),
    ("fr", "Poutine a déclaré que le pacte était essentiel.", "a déclaré", "Poutine", "le pacte était", False),
    ("es", "«Nos ayudaremos mutuamente», afirmó Kim.", "afirmó", "Kim", "Nos ayudaremos", True),
    ("es", "«No vamos a ceder», dijo Pedro Sánchez el martes.", "dijo", "Pedro Sánchez", "No vamos", True),
    ("es", "Putin dijo que el pacto era clave.", "dijo", "Putin", "el pacto era clave", False),
    ("ar", "وقال بوتين إن الاتفاق خطوة أساسية.", "وقال", "بوتين", "الاتفاق خطوة", False),
    ("ar", '"سنساعد بعضنا البعض"، قال كيم.', "قال", "كيم", "سنساعد بعضنا", True),
]


def _with_cue(quotes: list[Quote], cue: str) -> Quote:
    found = [q for q in quotes if q.cue and q.cue.text == cue]
    assert found, [(q.cue and q.cue.text, q.message.text) for q in quotes]
    return found[0]


@pytest.mark.parametrize(("lang", "text", "cue", "speaker", "message", "direct"), CASES)
def test_quote_cue_speaker_message(run, lang, text, cue, speaker, message, direct) -> None:
    a = run(text, lang)
    q = _with_cue(a.quotes, cue)
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.message.text.startswith(message)
    assert q.direct is direct
    # every span points into the clean text
    for ev in (q.cue, q.message):
        assert a.doc.text[ev.start : ev.end] == ev.text
    assert a.doc.text[q.speaker.start : q.speaker.end] == q.speaker.text


def test_capitalised_article_stays_in_a_name(run) -> None:
    a = run("According to The Telegraph, 300 shells were fired.", "en")
    assert [x.source.text for x in a.attributions if x.kind == "cites"] == ["The Telegraph"]


def test_known_speaker_resolves_to_actor_code(run) -> None:
    q = _with_cue(run("Putin said the pact was a key step against the West.", "en").quotes, "said")
    assert q.speaker is not None and q.speaker.code == "RUS" and q.speaker.wikidata == "Q7747"


def test_pronoun_speaker_takes_previous_speaker(run) -> None:
    a = run('Kim Jong Un spoke. "We will win," Kim Jong Un said. "It is a dangerous alliance," he said.', "en")
    q = next(q for q in a.quotes if q.message.text.startswith("It is"))
    assert q.speaker is not None and q.speaker.text == "he" and q.speaker.code == "PRK"


def test_scare_quotes_are_not_quotes(run) -> None:
    a = run("An dem Pakt ist nichts „Friedliches“.", "de")
    assert a.quotes == []


def test_fragment_inside_reported_speech_inherits_speaker(run) -> None:
    a = run("Putin erklärte, dass der Pakt eine „neokolonialistische Diktatur“ verhindere.", "de")
    inner = [q for q in a.quotes if q.direct]
    assert inner and inner[0].message.text == "neokolonialistische Diktatur"
    assert inner[0].speaker is not None and inner[0].speaker.code == "RUS"


def test_source_after_a_dash(run) -> None:
    a = run("„Der Pakt zeigt die Schwäche beider Regime“, – Reuters.", "de")
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in a.quotes] == [
        ("–", "Reuters")
    ]


def test_quote_whose_opening_mark_was_lost_goes_to_the_publication(run) -> None:
    text = "Ein Artikel von The Times.\n\nDer Pakt ist ein Zeichen der Schwäche“, heißt es in der Zeitung."
    a = run(text, "de")
    q = next(q for q in a.quotes if q.cue and q.cue.text == "heißt es in")
    assert q.message.text == "Der Pakt ist ein Zeichen der Schwäche"
    assert q.speaker is not None and q.speaker.text == "The Times"


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "China has denied supplying weapons to either side.", "China"),
        ("de", "Ungarn zögerte, und die Bundesregierung verlangte, dass die Firmen haften.", "die Bundesregierung"),
        ("de", "Das Außenministerium kündigte Gegenmaßnahmen an, um Druck zu machen.", "Das Außenministerium"),
        ("uk", "Речник Держдепу також заявив, що умови неприйнятні.", "Речник Держдепу"),
    ],
)
def test_subject_phrase_without_auxiliaries_conjunctions_or_objects(run, lang, text, speaker) -> None:
    q = run(text, lang).quotes[0]
    assert q.speaker is not None and q.speaker.text == speaker


def test_clause_before_the_cue_is_not_a_speaker(run) -> None:
    a = run("Der Sprecher wollte den Vertrag nicht bewerten und sagte, es sei eine Sache zweier Staaten.", "de")
    assert a.quotes[0].speaker is None or "bewerten" not in a.quotes[0].speaker.text


# Parliamentary speech (our own sentences): beliefs, demands and judgements with their holder and content.
SPEECH_EVENTS = [
    # text, cue, speaker, message
    ("Deshalb fordern wir mehr Geld für die Schulen.", "fordern", "wir", "mehr Geld für die Schulen"),
    ("Ich glaube, das ist der falsche Weg.", "glaube", "Ich", "das ist der falsche Weg"),
    ("Wir wissen, dass die Lage schwierig ist.", "wissen", "Wir", "dass die Lage schwierig ist"),
    ("Die Opposition kritisiert den Haushalt scharf.", "kritisiert", "Die Opposition", "den Haushalt scharf"),
    ("Wir lehnen diesen Antrag ab.", "lehnen diesen Antrag ab", "Wir", "diesen Antrag"),
    ("Ich bin der Meinung, dass wir mehr tun müssen.", "bin der Meinung", "Ich", "dass wir mehr tun müssen"),
    ("Meiner Meinung nach ist das ein Fehler.", "Meinung nach", "Meiner", "ist das ein Fehler"),
    ("Unsere Forderung nach einem Mindestlohn bleibt.", "Forderung", "Unsere", "nach einem Mindestlohn"),
    ("Ich freue mich, dass wir uns einigen konnten.", "freue mich", "Ich", "dass wir uns einigen konnten"),
    ("Wir gehen davon aus, dass die Preise sinken.", "gehen davon aus", "Wir", "dass die Preise sinken"),
    ("Sie haben es gesagt.", "gesagt", "Sie", ""),
    ("Das habe ich gestern gesagt.", "gesagt", "ich", "Das"),
    ("Das sage ich Ihnen ganz deutlich.", "sage", "ich", "Das"),
    ("Ich sage Ihnen die Wahrheit.", "sage", "Ich", "die Wahrheit"),
    ("Für mich ist das ein guter Kompromiss.", "Für mich", "mich", "das ein guter Kompromiss"),
    ("Das Projekt wurde lange beraten.", "beraten", None, "Das Projekt"),
    ("Aus Sicht der Regierung ist das richtig.", "Sicht", "der Regierung", "ist das richtig"),
    ("Wie der Kollege gesagt hat, ist das ein Problem.", "gesagt", "der Kollege", "ist das ein Problem"),
    ("Die Ministerin hat heute erklärt, dass sie bleibt.", "erklärt", "Die Ministerin", "dass sie bleibt"),
    ("Weil es so gefordert wurde, handeln wir.", "gefordert", None, ""),
    ("Den Antrag der Grünen lehnen wir ab.", "lehnen wir ab", "wir", "Den Antrag der Grünen"),
    ("Die Frage der Sicherheit bleibt offen.", "Frage", None, ""),
    ("Die Kritik der Opposition ist berechtigt.", "Kritik", "der Opposition", ""),
]


def test_passive_report_without_a_speaker_is_an_event(run) -> None:
    q = _with_cue(run("Das Gesetz wurde gestern beschlossen.", "de").quotes, "beschlossen")
    assert q.speaker is None and q.message.text == "Das Gesetz"  # the passive subject is what was decided
    q = _with_cue(run("Wir werden fordern, dass die Steuern sinken.", "de").quotes, "fordern")
    assert q.speaker is not None and q.speaker.text == "Wir"  # future, not passive
    assert not [q for q in run("Die Ministerin hat gestern beschlossen.", "de").quotes if q.speaker is None]


@pytest.mark.parametrize(("text", "cue", "speaker", "message"), SPEECH_EVENTS)
def test_german_speech_events(run, text, cue, speaker, message) -> None:
    q = _with_cue(run(text, "de").quotes, cue)
    assert (q.speaker.text if q.speaker else None) == speaker
    assert q.message.text == message


def test_clause_only_cue_needs_its_clause(run) -> None:
    assert [q for q in run("Ich sehe Sie im Saal.", "de").quotes if q.cue] == []
    q = _with_cue(run("Ich sehe, dass wir so nicht weiterkommen.", "de").quotes, "sehe")
    assert q.message.text == "dass wir so nicht weiterkommen"


def test_modal_before_a_speech_verb_leaves_it_the_cue(run) -> None:
    cues = [q.cue.text for q in run("Wir wollen sagen, dass die Reform kommt.", "de").quotes if q.cue]
    assert cues == ["sagen"]


def test_nested_reports_are_separate_events(run) -> None:
    a = run("Ich glaube, dass Sie wissen, dass die Rente sicher ist.", "de")
    assert [(q.cue.text, q.speaker.text if q.speaker else None) for q in a.quotes if q.cue] == [
        ("glaube", "Ich"),
        ("wissen", "Sie"),
    ]


def test_a_topic_is_not_a_message(run) -> None:
    q = _with_cue(run("Wir sprechen heute über die Rente.", "de").quotes, "sprechen")
    assert q.message.text == ""


@pytest.mark.parametrize(
    ("lang", "text", "cue", "speaker", "message"),
    [
        ("en", "Poland demanded that all foreign troops leave.", "demanded", "Poland", "all foreign troops leave"),
        ("fr", "Le ministre pense que la trêve tiendra.", "pense", "ministre", "la trêve tiendra"),
        ("es", "El ministro cree que la tregua durará.", "cree", "ministro", "la tregua durará"),
        ("ru", "Министр полагает, что перемирие сохранится.", "полагает", "Министр", "перемирие сохранится"),
        ("uk", "Міністр переконаний, що перемир'я збережеться.", "переконаний", "Міністр", "перемир'я збережеться"),
    ],
)
def test_belief_and_demand_cues_in_other_languages(run, lang, text, cue, speaker, message) -> None:
    q = _with_cue(run(text, lang).quotes, cue)
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.message.text.startswith(message)


@pytest.mark.parametrize("text", ["Ehrlich gesagt, hatte ich das vergessen.", "Das heißt, dass wir mehr tun müssen."])
def test_set_phrases_report_nothing(run, text) -> None:
    assert [q for q in run(text, "de").quotes if q.cue] == []
