"""Sentences that tell no act (round hard3): a piece of coverage and its topic, a denial of reports, a lesson, a
commentator's view, weather news; all sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from foedus.events.modality import historical_by_date
from foedus.events.stage import EventStage
from foedus.records import Analysis, TimeExpr
from tests.events.conftest import fake_probs, view_of

# (lang, a headline about a piece of coverage, the same parties in a headline with no coverage)
COVERAGE = [
    ("en", "A much-read op-ed by [The Guardian|GBR] about the pact between [Russia|RUS] and [Iran|IRN]",
     "[Russia|RUS] and [Iran|IRN]: the new pact"),
    ("de", "Ein vielgelesener Kommentar der [FAZ|DEU] über die Allianz zwischen [Russland|RUS] und [Iran|IRN]",
     "[Russland|RUS] und [Iran|IRN]: die neue Allianz"),
    ("fr", "Un article très lu du [Monde|FRA] sur l'alliance entre la [Russie|RUS] et l'[Iran|IRN]",
     "La [Russie|RUS] et l'[Iran|IRN]: la nouvelle alliance"),
    ("es", "Un artículo muy leído de [El País|ESP] sobre la alianza entre [Rusia|RUS] e [Irán|IRN]",
     "[Rusia|RUS] e [Irán|IRN]: la nueva alianza"),
    ("ru", "Нашумевшая статья [Le Monde|FRA] о союзе [России|RUS] и [Ирана|IRN]",
     "[Россия|RUS] и [Иран|IRN]: новый союз"),
    ("uk", "Гучна стаття [Le Monde|FRA] про союз [Росії|RUS] та [Ірану|IRN]",
     "[Росія|RUS] та [Іран|IRN]: новий союз"),
    ("ar", "مقال لافت في صحيفة [لوموند|FRA] عن التحالف بين [روسيا|RUS] و[إيران|IRN]",
     "[روسيا|RUS] و[إيران|IRN]: تحالف جديد"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "plain"), COVERAGE)
def test_a_headline_about_coverage_makes_no_stand_in_event(
    stage: EventStage, code: Callable[..., Analysis], monkeypatch: pytest.MonkeyPatch, lang: str, text: str, plain: str
) -> None:
    fake_probs(stage, monkeypatch, 0.01, {"CONSULT": 0.6})
    assert view_of(text, lang).coverage_topic() is not None
    assert not code(text, lang).events
    assert view_of(plain, lang).coverage_topic() is None
    assert [e.event for e in code(plain, lang).events] == ["CONSULT"]  # the classifier's stand-in, without coverage


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An editorial by [The Times|GBR] about the sanctions against [Iran|IRN] drew wide attention."),
        ("ru", "В [Минске|BLR] открылась выставка, посвящённая переговорам о перемирии."),
    ],
)
def test_the_topic_of_coverage_is_no_event(code: Callable[..., Analysis], lang: str, text: str) -> None:
    assert not [e for e in code(text, lang).events if e.factual]


# (lang, a denial of reports, the same act reported)
DENIALS = [
    ("en", "[Egypt|EGY] denied reports that its jets had bombed a convoy in [Libya|LBY].",
     "[Egypt|EGY] said its jets had bombed a convoy in [Libya|LBY]."),
    ("de", "[Ägypten|EGY] dementierte Berichte, wonach seine Jets einen Konvoi in [Libyen|LBY] bombardiert hätten.",
     "[Ägypten|EGY] bombardierte einen Konvoi in [Libyen|LBY]."),
    ("fr", "L'[Égypte|EGY] a démenti les informations selon lesquelles ses avions auraient bombardé un convoi en "
     "[Libye|LBY].", "L'[Égypte|EGY] a bombardé un convoi en [Libye|LBY]."),
    ("es", "[Egipto|EGY] desmintió las informaciones de que sus aviones bombardearon un convoy en [Libia|LBY].",
     "[Egipto|EGY] bombardeó un convoy en [Libia|LBY]."),
    ("ru", "[Египет|EGY] опроверг сообщения о якобы нанесённом ударе по колонне в [Ливии|LBY].",
     "[Египет|EGY] нанёс удар по колонне в [Ливии|LBY]."),
    ("uk", "[Єгипет|EGY] спростував повідомлення про нібито удар по колоні в [Лівії|LBY].",
     "[Єгипет|EGY] завдав удару по колоні в [Лівії|LBY]."),
    ("ar", "نفت [مصر|EGY] الأنباء عن قصف طائراتها قافلة في [ليبيا|LBY].", "قصفت [مصر|EGY] قافلة في [ليبيا|LBY]."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "told"), DENIALS)
def test_a_denial_of_reports_codes_no_event(code: Callable[..., Analysis], lang: str, text: str, told: str) -> None:
    assert view_of(text, lang).off_record()
    assert not code(text, lang).events
    assert not view_of(told, lang).off_record()
    assert [e.event for e in code(told, lang).events if e.factual] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In a history lesson, the teacher told the pupils how [Rome|ITA] besieged Carthage."),
        ("de", "Im Geschichtsunterricht erklärte die Lehrerin den Schülern, wie [Rom|ITA] Karthago belagerte."),
        ("fr", "En cours d'histoire, le professeur a raconté aux élèves comment [Rome|ITA] assiégea Carthage."),
        ("es", "En clase, la profesora explicó a los alumnos cómo [Roma|ITA] sitió Cartago."),
        ("ru", "На уроке истории учительница рассказала школьникам, как [Рим|ITA] осаждал Карфаген."),
        ("uk", "На уроці історії вчителька розповіла учням, як [Рим|ITA] облягав Карфаген."),
        ("ar", "شرح معلم التاريخ لطلاب المدرسة كيف حاصرت [روما|ITA] قرطاج."),
        ("en", "Sanctions on [Iran|IRN] will never work, argues our columnist."),
        ("de", "Die Sanktionen gegen [Iran|IRN] seien wirkungslos, schreibt der Leitartikler."),
        ("fr", "Les sanctions contre l'[Iran|IRN] sont inutiles, estime l'éditorialiste."),
        ("es", "Las sanciones contra [Irán|IRN] son inútiles, sostiene el columnista."),
        ("ru", "По мнению политолога, санкции против [Ирана|IRN] бесполезны."),
        ("uk", "На думку політолога, санкції проти [Ірану|IRN] марні."),
        ("ar", "يرى الكاتب في مقاله أن العقوبات على [إيران|IRN] بلا جدوى."),
    ],
)
def test_a_lesson_or_a_commentators_view_codes_no_event(code: Callable[..., Analysis], lang: str, text: str) -> None:
    assert view_of(text, lang).off_record()
    assert not code(text, lang).events


def test_a_teacher_alone_or_a_lesson_alone_is_news() -> None:
    assert not view_of("Teachers in [Chile|CHL] protested against the government.").off_record()
    assert not view_of("[China|CHN] vowed to teach [Taiwan|TWN] a lesson.").off_record()


@pytest.mark.parametrize(
    ("lang", "storm", "aid"),
    [
        ("fr", "L'ouragan a frappé les côtes d'[Haïti|HTI] dans la nuit.",
         "La [France|FRA] envoie une aide d'urgence à [Haïti|HTI], frappé par l'ouragan."),
        ("uk", "Циклон атакував узбережжя [Мозамбіку|MOZ].",
         "[Німеччина|DEU] надала [Мозамбіку|MOZ] гуманітарну допомогу після циклону."),
    ],
)  # fmt: skip
def test_weather_news_cancels_force_words_not_aid(
    code: Callable[..., Analysis], lang: str, storm: str, aid: str
) -> None:
    assert not code(storm, lang).events
    assert "AID" in {e.event for e in code(aid, lang).events}


def test_an_act_said_never_to_have_taken_place_is_negated(code: Callable[..., Analysis]) -> None:
    text = "Einen Luftangriff auf [Damaskus|SYR] habe es nicht gegeben, erklärte die Armee."
    assert all("negated" in e.aux for e in code(text, "de").events)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Her second novel follows a [Serbian|SRB] sniper who attacks a convoy."),
        ("de", "Der neue Film erzählt, wie [russische|RUS] Agenten einen Minister entführen."),
        ("ru", "Новый роман рассказывает, как [российские|RUS] агенты похищают министра."),
    ],
)
def test_a_work_of_fiction_telling_its_plot_is_a_story(code: Callable[..., Analysis], lang: str, text: str) -> None:
    assert view_of(text, lang).told_story()
    assert not code(text, lang).events
    assert not view_of("The film's director was arrested by [Russian|RUS] police.").told_story()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Man werde diese Provokation nicht hinnehmen, drohte [Peking|CHN] in Richtung [Manila|PHL]."),
        ("de", "Einen bitteren Preis werde [Litauen|LTU] zahlen, drohte [Russlands|RUS] Außenminister."),
        ("en", "Russia will retaliate if [Finland|FIN] joins, [Moscow|RUS] warned."),
    ],
)
def test_a_threat_reported_ahead_of_its_speech_tag_is_made_now(
    code: Callable[..., Analysis], lang: str, text: str
) -> None:
    threats = [e for e in code(text, lang).events if e.event == "THREATEN"]
    assert threats and all(e.factual for e in threats)


def test_a_hypothetical_scenario_named_as_such_codes_no_event(code: Callable[..., Analysis]) -> None:
    text = "Si [China|CHN] bloqueara el puerto, los precios subirían, advierte en un escenario hipotético un experto."
    assert view_of(text, "es").off_record()
    assert not code(text, "es").events


def test_the_media_name_no_political_actor_in_sport_news(code: Callable[..., Analysis]) -> None:
    text = "Los Pumas arrollaron a Gales en el Mundial de rugby, en lo que la [prensa|GBR/JRN] llamó una invasión."
    assert not code(text, "es").events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The new exhibition recalls how [Soviet|RUS] troops stormed Berlin."),
        ("de", "Die Ausstellung dokumentiert, wie die [Wehrmacht|DEU] Polen überfiel."),
    ],
)
def test_a_show_telling_its_subject_is_a_story(code: Callable[..., Analysis], lang: str, text: str) -> None:
    assert view_of(text, lang).told_story()
    assert not code(text, lang).events


def test_a_date_whose_year_was_guessed_is_not_history() -> None:
    pub = "2025-06-15"
    assert not historical_by_date([TimeExpr("July 13", 0, 7, "2024-07-13")], pub)
    assert not historical_by_date([TimeExpr("in August", 0, 9, "2024-08", precision="month")], pub)
    assert historical_by_date([TimeExpr("July 13, 2019", 0, 13, "2019-07-13")], pub)
    assert historical_by_date([TimeExpr("a year ago", 0, 10, "2024", precision="year")], pub)
