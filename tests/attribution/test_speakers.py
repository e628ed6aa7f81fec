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
