"""Subjects in a verb-second language: pronouns after the verb, adverb-led clauses, auxiliaries, whole phrases."""

from __future__ import annotations

import pytest

CASES = [
    # text, cue, speaker
    ("Deshalb fordern wir mehr Geld für die Schulen.", "fordern", "wir"),
    ("Wir haben immer gesagt, dass wir die Reform wollen.", "gesagt", "Wir"),
    ("Gestern hat die Ministerin erklärt, dass sie zurücktritt.", "erklärt", "die Ministerin"),
    ("Die Kollegin von der FDP hat behauptet, die Steuern würden sinken.", "behauptet", "Die Kollegin von der FDP"),
    ("Herr Präsident, Sie wissen genau, dass das nicht stimmt.", "wissen", "Sie"),
    ("Die Kommission weiß, weil wir gewarnt haben, wie ernst die Lage ist.", "gewarnt", "wir"),
    ("Sie, Frau Kollegin, haben gesagt, dass die Rente sicher ist.", "gesagt", "Sie, Frau Kollegin"),
    ("Wir, die Grünen, haben immer gefordert, dass Bahnfahren billiger wird.", "gefordert", "Wir, die Grünen"),
    ("Verehrte Kollegin, Sie haben gesagt, dass es reicht.", "gesagt", "Sie"),
    ("Wie der Kollege richtig gesagt hat, ist das ein Problem.", "gesagt", "der Kollege"),
    ("Gut ist, dass die Ministerin heute erklärt hat, dass sie bleibt.", "erklärt", "die Ministerin"),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), CASES)
def test_german_subject_of_a_cue(run, text, cue, speaker) -> None:
    q = next(q for q in run(text, "de").quotes if q.cue and q.cue.text == cue)
    assert q.speaker is not None and q.speaker.text == speaker


def test_expletive_es_is_no_speaker(run) -> None:
    q = next(q for q in run("Es wurde gesagt, dass die Steuern steigen.", "de").quotes if q.cue)
    assert q.speaker is None and q.message.text == "dass die Steuern steigen"


def test_english_subjects_unchanged(run) -> None:
    q = run("The minister has said that taxes will fall.", "en").quotes[0]
    assert q.speaker is not None and q.speaker.text == "minister"


@pytest.mark.parametrize(
    ("text", "cue", "owner"),
    [
        ("Die Iraner verbergen ihren Wunsch nicht, das Atomprogramm auszubauen.", "Wunsch", "IRN"),
        (
            "Trotz aller Reden Erdogans über Erfolge, die seiner Meinung nach erzielt wurden, stockt die Wirtschaft.",
            "Meinung nach",
            "TUR",
        ),
    ],
)
def test_a_possessive_source_is_the_actor_named_before(run, text, cue, owner) -> None:
    q = next(q for q in run(text, "de").quotes if q.cue and q.cue.text == cue)
    assert q.speaker is not None and q.speaker.code == owner


def test_a_possessive_takes_no_owner_across_a_sentence_end(run) -> None:
    text = "Die Iraner schweigen. Ihren Wunsch, das Programm auszubauen, verbergen sie nicht."
    q = next(q for q in run(text, "de").quotes if q.cue and q.cue.text == "Wunsch")
    assert q.speaker is None or q.speaker.code is None


def test_taking_place_is_no_speech_cue(run) -> None:
    quotes = run("Das Treffen zwischen den beiden Führern fand in Moskau statt.", "de").quotes
    assert not [q for q in quotes if q.cue and q.cue.text == "fand"]
