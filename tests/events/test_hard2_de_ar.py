"""Issue 5, round 2 ("fix2_dear"): hard German and Arabic wire copy. Arabic vowel marks split no word and hide no
trigger, German split verbs span a long middle field, the verb families of ``triggers.hard2.tsv`` code their type,
and German fronted objects and passives keep their subject after the finite verb
(tests/events/data/hard2_de_ar.tsv, written for these tests)."""

from __future__ import annotations

from foedus.config import Config
from foedus.events.lexicon import bare, load_lexicon, tokenize

DATA_DIR = Config().data_dir


def test_arabic_vowel_marks_stay_inside_their_word() -> None:
    toks = tokenize("توعّد الأمينُ العامّ")
    assert [t.text for t in toks] == ["توعد", "الأمين", "العام"]
    assert [(t.start, t.end) for t in toks] == [(0, 5), (6, 13), (14, 20)]  # spans keep the marks
    assert bare("لوّحت") == "لوحت" and bare("Merz") == "Merz"


def test_a_trigger_matches_with_and_without_marks() -> None:
    lex = load_lexicon(DATA_DIR, "ar")
    for text in ("هدد الوزير بالانسحاب", "هدّد الوزير بالانسحاب", "هدَّدَ الوزير بالانسحاب"):
        found = lex.find_triggers(text, tokenize(text))
        assert found and found[0][1].event == "THREATEN" and found[0][0].start() == 0, text
    # a marked lexicon word is no longer told apart by its mark: "سلّم" (handed over) does not hide "سلم" (extradited)
    assert [t.event for t in lex.triggers if bare(t.phrase) == "سلم"] == ["COOPERATE"]


def test_a_german_split_verb_spans_a_long_middle_field_but_no_comma() -> None:
    lex = load_lexicon(DATA_DIR, "de")
    long = (
        "Damals stellte der Minister den Bauern aus dem ganzen Land eine deutliche Senkung der hohen Abgaben auf "
        "Diesel in Aussicht."
    )
    short_clause = "Er stellte fest, dass die Regierung den Bauern im Land die Abgaben in Aussicht stellen wolle."
    assert [t.event for _, t in lex.find_triggers(long, tokenize(long))] == ["AGREE"]
    found = [m.group() for m, _ in lex.find_triggers(short_clause, tokenize(short_clause))]
    assert not any(g.startswith("stellte") for g in found)
    # other languages keep the short reach
    en = load_lexicon(DATA_DIR, "en")
    assert en.find_triggers("a b", tokenize("a b")) == []
