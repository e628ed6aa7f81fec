"""Issue 5 hard-copy round: full names a bare word took for another actor, police corps, state firms, 1980s leaders."""

from __future__ import annotations

import pytest

from foedus.actors.tagger import ActorTagger
from foedus.records import Mention


@pytest.fixture(scope="module")
def tagger() -> ActorTagger:
    return ActorTagger()


def tag(tagger: ActorTagger, text: str, date: str | None = "2010-06-20", lang: str = "en") -> dict[str, Mention]:
    return {m.text: m for m in tagger.tag(text, date, lang)}


@pytest.mark.parametrize(
    ("text", "surface", "code", "sector"),
    [
        # a bare "Congress" is the US Congress; a longer name beats it
        ("Delegates to the National People's Congress endorsed the budget.", "National People's Congress", "CHN",
         "LEG"),
        ("The Congress of South African Trade Unions called a national stayaway.",
         "Congress of South African Trade Unions", "ZAF", "LAB"),
        ("Poland lost its case at the European Court of Justice on Tuesday.", "European Court of Justice", "EUR",
         "JUD"),
        ("Turkey was fined by the European Court of Human Rights.", "European Court of Human Rights", "IGO", "JUD"),
        # police corps known by their own name
        ("Gunmen fired on a Civil Guard patrol near Bilbao.", "Civil Guard", "ESP", "COP"),
        ("Italian Carabinieri raided a farmhouse outside Naples.", "Carabinieri", "ITA", "COP"),
        # state-owned companies stand for their state's business sector
        ("Prosecutors questioned executives of Petrobras over the contracts.", "Petrobras", "BRA", "BUS"),
        ("Gazprom cut gas deliveries to Moldova.", "Gazprom", "RUS", "BUS"),
        # peacekeeping missions by their full names
        ("A convoy of the International Security Assistance Force was hit.", "International Security Assistance Force",
         "IGO", "MIL"),
        ("The United Nations Interim Force in Lebanon reported shelling.", "United Nations Interim Force in Lebanon",
         "UNO", "MIL"),
    ],
)  # fmt: skip
def test_full_names_beat_a_generic_word(tagger: ActorTagger, text: str, surface: str, code: str, sector: str) -> None:
    m = tag(tagger, text)[surface]
    assert (m.actor.code, m.sector or m.actor.sector) == (code, sector)


@pytest.mark.parametrize(
    ("text", "lang", "surface", "code"),
    [
        ("La Guardia Civil detuvo a tres sospechosos en Navarra.", "es", "Guardia Civil", "ESP"),
        ("La Cour européenne des droits de l'homme a condamné la Russie.", "fr",
         "Cour européenne des droits de l'homme", "IGO"),
        ("Der Europäische Gerichtshof wies die Klage Ungarns ab.", "de", "Europäische Gerichtshof", "EUR"),
    ],
)  # fmt: skip
def test_the_same_bodies_in_other_languages(tagger: ActorTagger, text: str, lang: str, surface: str, code: str) -> None:
    assert tag(tagger, text, lang=lang)[surface].actor.code == code


def test_a_verb_made_of_a_role_word_is_no_role(tagger: ActorTagger) -> None:
    # "pressed" is no "press" (media) before the name, "policed" no police
    found = tag(tagger, "EU envoys pressed Belgrade on Monday to hand over the suspects.")
    assert "Belgrade" in found and found["Belgrade"].sector == "GOV"
    assert all("pressed" not in s for s in found)


@pytest.mark.parametrize(
    ("text", "date", "person", "code"),
    [
        ("Ronald Reagan met Mikhail Gorbachev in Reykjavik.", "1986-10-11", "reagan", "USA"),
        ("Yuri Andropov received the Finnish president.", "1983-05-01", "andropov", "RUS"),
        ("Kenan Evren toured the eastern provinces.", "1984-04-02", "evren", "TUR"),
        ("The government of Robert Muldoon protested.", "1982-02-02", "muldoon", "NZL"),
    ],
)
def test_leaders_of_the_1980s(tagger: ActorTagger, text: str, date: str, person: str, code: str) -> None:
    ms = [m for m in tagger.tag(text, date, "en") if m.actor.id == person]
    assert ms and ms[0].actor.code == code


def test_a_church_leader_is_religious_not_government(tagger: ActorTagger) -> None:
    m = tag(tagger, "Zambian church leaders criticised the new media law.")["Zambian church leaders"]
    assert (m.actor.code, m.sector) == ("ZMB", "REL")


def test_dissidents_and_publishers_are_their_states_civilians(tagger: ActorTagger) -> None:
    found = tag(tagger, "Britain weighed the extradition of Julian Assange as Beijing kept Liu Xiaobo in prison.")
    assert (found["Julian Assange"].actor.code, found["Julian Assange"].sector) == ("AUS", "JRN")
    assert (found["Liu Xiaobo"].actor.code, found["Liu Xiaobo"].sector) == ("CHN", "OPP")
