"""Round-4 coverage: small states' leaders, 1990s ministers, generic government bodies and former state names."""

from __future__ import annotations

import pytest

from foedus.actors.tagger import ActorTagger
from foedus.records import Mention


@pytest.fixture(scope="module")
def tagger() -> ActorTagger:
    return ActorTagger()


def tag(tagger: ActorTagger, text: str, date: str = "2024-06-20") -> dict[str, Mention]:
    return {m.text: m for m in tagger.tag(text, date, "en")}


def test_small_state_leaders_and_1990s_ministers_resolve_by_name(tagger: ActorTagger) -> None:
    cases = [("Davíð Oddsson arrived in Brussels.", "Davíð Oddsson", "ISL", "1999-03-01"),
             ("Ralph Gonsalves spoke on Tuesday.", "Ralph Gonsalves", "VCT", "2010-05-01"),
             ("Tuilaepa Sailele Malielegaoi spoke on Tuesday.", "Tuilaepa Sailele Malielegaoi", "WSM", "2010-05-01"),
             ("Lakshman Kadirgamar met the envoy.", "Lakshman Kadirgamar", "LKA", "1998-01-10"),
             ("Vartan Oskanian met the envoy.", "Vartan Oskanian", "ARM", "2003-01-10")]  # fmt: skip
    for text, name, code, date in cases:
        assert tag(tagger, text, date)[name].actor.code == code, text


def test_prime_minister_of_a_small_state_resolves_by_date(tagger: ActorTagger) -> None:
    m = tag(tagger, "The Icelandic prime minister said the talks would go on.", "1995-06-01")
    hit = next(v for k, v in m.items() if "prime minister" in k)
    assert (hit.actor.id, hit.actor.code) == ("oddsson", "ISL")
    m = tag(tagger, "The Icelandic prime minister said the talks would go on.", "2019-06-01")
    assert next(v for k, v in m.items() if "prime minister" in k).actor.id == "jakobsdottir"


def test_common_surname_of_a_small_state_leader_needs_the_full_name(tagger: ActorTagger) -> None:
    # "Kok" and "Tatar" are flagged ctx: alone they must not resolve to a person
    assert not any(m.actor.kind == "person" for m in tagger.tag("Kok said the plan was fine.", "2000-01-01", "en"))
    assert not any(m.actor.kind == "person" for m in tagger.tag("A Tatar said hello.", "2022-01-01", "en"))


@pytest.mark.parametrize(
    ("text", "span", "code", "sector"),
    [("Kenya's foreign ministry issued a statement.", "Kenya's foreign ministry", "KEN", "GOV"),
     ("The interior ministry of Peru announced arrests.", "interior ministry of Peru", "PER", "GOV"),
     ("Senegal's National Assembly passed the law.", "Senegal's National Assembly", "SEN", "LEG"),
     ("Pakistani MPs protested.", "Pakistani MPs", "PAK", "LEG"),
     ("Iraqi riot police fired tear gas.", "Iraqi riot police", "IRQ", "COP"),
     ("The Malian army attacked the town.", "Malian army", "MLI", "MIL"),
     ("The Kenyan opposition rejected the result.", "Kenyan opposition", "KEN", "OPP")],
)  # fmt: skip
def test_generic_government_bodies_take_sector_and_country(
    tagger: ActorTagger, text: str, span: str, code: str, sector: str
) -> None:
    m = tag(tagger, text)[span]
    assert (m.actor.code, m.sector) == (code, sector)


def test_foreign_ministry_alone_takes_the_state_of_its_sentence(tagger: ActorTagger) -> None:
    m = tag(tagger, "The Foreign Ministry said on Monday that Kenya would respond.")["Foreign Ministry"]
    assert (m.actor.code, m.sector) == ("KEN", "GOV")
    # a bare role with no state anywhere resolves to nothing
    assert not tagger.tag("The deputies left the hall.", None, "en")


@pytest.mark.parametrize(
    ("name", "code"),
    [("Kampuchea", "KHM"), ("Rhodesia", "ZWE"), ("Northern Rhodesia", "ZMB"), ("Upper Volta", "BFA"),
     ("Dahomey", "BEN"), ("Ceylon", "LKA"), ("Siam", "THA"), ("Byelorussia", "BLR"), ("Burma", "MMR"),
     ("Zaire", "COD"), ("Swaziland", "SWZ"), ("East Timor", "TLS"), ("Soviet Union", "RUS")],
)  # fmt: skip
def test_former_state_names_resolve(tagger: ActorTagger, name: str, code: str) -> None:
    assert tag(tagger, f"{name} signed the agreement.", "1985-01-01")[name].actor.code == code


def test_siamese_cat_is_not_thailand_but_siam_is(tagger: ActorTagger) -> None:
    assert tag(tagger, "Siam signed the treaty.", "1900-01-01")["Siam"].actor.code == "THA"
