"""The sentence view: clauses, coordination groups and count cues that role assignment reads."""

from __future__ import annotations

import pytest

from foedus.events.sentence import SentenceView
from tests.events.conftest import view_of, word_at


def clause_of(v: SentenceView, code: str) -> int:
    return next(mv.clause for mv in v.mentions if mv.code == code)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "After meeting [Arafat|PSE] in Gaza, [Albright|USA] urged [Israel|ISR] to halt building."),
        ("en", "During talks with [Chinese|CHN] leaders, [Albright|USA] criticised [Beijing|CHN]."),
        ("de", "Nachdem [Kim|PRK] den Vertrag begrüßt hatte, lobte [Putin|RUS] die Freundschaft."),
        ("es", "Tras reunirse con [Arafat|PSE], [Albright|USA] pidió a [Israel|ISR] detener las obras."),
    ],
)
def test_an_opening_subordinate_phrase_ends_at_its_comma(lang: str, text: str) -> None:
    v = view_of(text, lang)
    first, main = v.mentions[0], v.mentions[1]
    assert first.clause != main.clause and all(mv.clause == main.clause for mv in v.mentions[1:])


def test_a_comma_inside_a_sentence_not_opened_by_a_subordinator_splits_nothing() -> None:
    v = view_of("[Iran|IRN], Syria's main ally, condemned the strike on [Israel|ISR].")
    assert clause_of(v, "IRN") == clause_of(v, "ISR")


def test_a_speech_tag_after_a_comma_is_no_further_object() -> None:
    v = view_of("[Turkey's army|TUR] killed 20 [Kurdish rebels|TUR], the [military|TUR] said.")
    rebels, military = v.mentions[1], v.mentions[2]
    assert military.role == "source" and rebels.role is None and rebels.group != military.group


def test_coordinated_speakers_still_share_the_speech_verb() -> None:
    v = view_of("[Russia|RUS] and [China|CHN] said they would veto the resolution.")
    assert [mv.role for mv in v.mentions] == ["source", "source"] and v.mentions[0].group == v.mentions[1].group


@pytest.mark.parametrize(
    ("lang", "text", "counted"),
    [
        ("en", "Police arrested two [Iraqis|IRQ] and the [Iraqi|IRQ] envoy.", [True, False]),
        ("en", "Police detained dozens of [Palestinians|PSE].", [True]),
        ("en", "Soldiers shot 12 [Kurds|TUR].", [True]),
        ("de", "Die Polizei nahm zwölf [Iraker|IRQ] fest.", [True]),
        ("ru", "Полиция задержала двух [иракцев|IRQ].", [True]),
    ],
)
def test_a_count_before_a_name_marks_counted_people(lang: str, text: str, counted: list[bool]) -> None:
    assert [mv.counted for mv in view_of(text, lang).mentions] == counted


@pytest.mark.parametrize(
    ("lang", "text", "split"),
    [
        ("en", "[Iran|IRN] denied it, saying [Israel|ISR] had attacked.", True),
        ("en", "[Iraq|IRQ] rejected the plan, but [Russia|RUS] urged restraint.", True),
        ("en", "[Iraq|IRQ] attacked [Kuwait|KWT], and [the United States|USA] responded.", True),
        ("de", "[Iran|IRN] sagte, [Israel|ISR] habe angegriffen.", True),
        # a list of names, an inverted speech tag and a plain "and" split nothing
        ("en", "[Russia|RUS], [China|CHN], and [France|FRA] condemned the strikes.", False),
        ("de", "„Wir lehnen das ab“, sagte [Scholz|DEU] über [Russland|RUS].", False),
        ("en", "[Russia|RUS] and [China|CHN] condemned the strikes.", False),
    ],
)
def test_speech_verbs_and_joined_main_clauses_open_clauses(lang: str, text: str, split: bool) -> None:
    v = view_of(text, lang)
    assert (v.mentions[0].clause != v.mentions[-1].clause) is split


def test_a_clause_opened_by_a_speech_verb_is_reported() -> None:
    v = view_of("[Iran|IRN] denied it, saying [Israel|ISR] had attacked.")
    assert clause_of(v, "ISR") in v.reported and clause_of(v, "IRN") not in v.reported


@pytest.mark.parametrize(
    ("lang", "text", "reported"),
    [
        ("en", "[Police|IDN], witnesses said, arrested [students|IDN].", False),  # a parenthetical tag
        ("de", "Danach sagte [Putin|RUS], [Russland|RUS] werde [Kiew|UKR] angreifen.", True),  # inverted speaker
        ("de", "„Wir greifen nicht an“, sagte [Putin|RUS] über [Kiew|UKR].", False),  # a tag after its content
        ("de", "Danach sagte [Putin|RUS] am Montag, [Kiew|UKR] werde verlieren.", True),  # after the speaker's comma
        ("ru", "Как заявил [Путин|RUS] на встрече с [Си|CHN], договор вступил в силу.", False),  # "что" marks reports
    ],
)
def test_where_a_reported_clause_begins(lang: str, text: str, reported: bool) -> None:
    v = view_of(text, lang)
    assert (v.mentions[-1].clause in v.reported) is reported
    assert v.mentions[0].clause not in v.reported


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ('"We reject the demands of [Russia|RUS]," said [Scholz|DEU].', [None, "source"]),
        ("[Iran|IRN] said [Israel|ISR] had attacked its embassy.", ["source", None]),
    ],
)
def test_an_inverted_speech_tag_marks_its_speaker_only_after_its_content(text: str, roles: list[str | None]) -> None:
    assert [mv.role for mv in view_of(text).mentions] == roles


def test_a_relative_clause_set_off_by_commas_is_background() -> None:
    v = view_of("[Iraq|IRQ], which invaded [Kuwait|KWT] in 1990, rejected the resolution.")
    invaded = word_at(v, "invaded")
    rejected = word_at(v, "rejected")
    assert v.background(invaded) and not v.background(rejected)


def test_a_relative_clause_without_commas_describes_the_subject_up_to_the_main_verb() -> None:
    v = view_of("Two [Afghan|AFG] men who shot at a [German|DEU] convoy and fled were detained.")
    at = {t.text: i for i, t in enumerate(v.tokens)}
    verbs = [at["shot"], at["fled"], at["detained"]]
    # "and fled" chains onto the clause's own verb; "were detained" is the main verb
    assert v.described(verbs) == [(at["who"], at["detained"])]
    assert v.described([at["shot"]]) == []  # no later verb: nothing to yield to


@pytest.mark.parametrize(
    "text",
    [
        "[Iran|IRN] said that [Israel|ISR] shot at a convoy and was condemned.",  # a speech verb's content
        "[Iran|IRN] shot at a convoy that [Iraq|IRQ] escorted and was condemned.",  # after the main verb
        "[Iran|IRN], which shot at a convoy, was condemned.",  # commas: a clause of its own, not this rule
    ],
)
def test_no_subject_description_after_a_verb_or_a_comma(text: str) -> None:
    v = view_of(text)
    verbs = [i for i, t in enumerate(v.tokens) if t.text in ("shot", "escorted", "condemned")]
    assert v.described(verbs) == []


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("Die [Soldaten|SYR], die einen Posten beschossen hatten, wurden festgenommen.", True),
        ("[Israel|ISR], das den Süden des [Libanon|LBN] besetzt hält, griff an.", True),
        ("Die Satelliten verbessern die Fähigkeit [Nordkoreas|PRK], die gegnerischen Kräfte anzugreifen.", False),
    ],
)
def test_a_german_article_after_a_comma_opens_a_relative_clause_before_an_article(text: str, relative: bool) -> None:
    v = view_of(text, "de")
    die = next(
        i for i, t in enumerate(v.tokens) if i and t.text in ("die", "das") and "," in v.sent.text[: t.start][-2:]
    )
    assert (v.relative_at.get(v.clause_of[die]) == die) is relative


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "[Brasil|BRA] instó a [Israel|ISR] y a [Irán|IRN] a contener sus ataques."),
        ("fr", "[La France|FRA] a demandé à [la Russie|RUS] et à [l'Ukraine|UKR] de protéger la centrale."),
        ("en", "[China|CHN] appealed to [India|IND] and to [Pakistan|PAK] to show restraint."),
    ],
)
def test_a_cue_repeated_after_the_joiner_coordinates_its_names(lang: str, text: str) -> None:
    v = view_of(text, lang)
    first, second = v.mentions[1], v.mentions[2]
    assert first.role == second.role == "recipient" and first.group == second.group
    assert v.mentions[0].group != first.group


def test_a_repeated_cue_across_a_comma_coordinates_nothing() -> None:
    v = view_of("[Brasil|BRA] habló a [Israel|ISR], y a [Irán|IRN] le pidió calma.", "es")
    assert v.mentions[1].group != v.mentions[2].group
