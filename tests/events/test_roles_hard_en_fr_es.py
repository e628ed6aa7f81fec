"""Role assignment round hard3 (session 10): a state's mobilisation at home names no counterpart when the only other
name is a place of its own ("put on high alert in Nairobi"); a foreign place or a party of its own still receives.
The sponsor under whose auspices parties meet or agree is no party, nor a name dating a thing ("a Soviet-era law").
French and Spanish copy: "Bruxelles"/"Bruselas" are the European Union; capitals, conflict regions and role words the
English files had resolve. Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from foedus.pipeline import Pipeline
from foedus.records import Analysis, Document
from tests.events.conftest import codes


def _mobilize(a: Analysis):  # type: ignore[no-untyped-def]
    found = [e for e in a.events if e.event == "MOBILIZE"]
    assert found, a.events
    return found[0]


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("en", "[Kenyan police|KEN/COP] were put on high alert in [Nairobi|KEN] after bomb threats.", "KEN"),
        ("en", "The [Peruvian army|PER/MIL] deployed 3,000 troops in the streets of [Lima|PER] on Sunday.", "PER"),
        ("fr", "La [police kényane|KEN/COP] a été placée en état d'alerte maximale à [Nairobi|KEN].", "KEN"),
        ("es", "El [ejército peruano|PER/MIL] desplegó 3.000 soldados en las calles de [Lima|PER].", "PER"),
    ],
)
def test_a_mobilisation_at_home_has_no_recipient(
    code: Callable[..., Analysis], lang: str, text: str, actor: str
) -> None:
    ev = _mobilize(code(text, lang))
    assert codes(ev.actor) == {actor} and not ev.recipient


@pytest.mark.parametrize(
    ("lang", "text", "recipient"),
    [
        ("en", "[Turkish troops|TUR/MIL] were deployed to [Cyprus|CYP] on Monday.", "CYP"),
        ("es", "El [ejército peruano|PER/MIL] desplegó 3.000 soldados en la frontera con [Ecuador|ECU].", "ECU"),
    ],
)
def test_a_mobilisation_abroad_keeps_its_place(
    code: Callable[..., Analysis], lang: str, text: str, recipient: str
) -> None:
    assert codes(_mobilize(code(text, lang)).recipient) == {recipient}


def test_the_people_a_name_qualifies_still_receive(code: Callable[..., Analysis]) -> None:
    text = "[Russia|RUS/GOV] deployed 5,000 troops against [Chechen|RUS] rebels in the mountains."
    assert codes(_mobilize(code(text, "en")).recipient) == {"RUS"}


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        (
            "en",
            "[Armenian|ARM] and [Azerbaijani|AZE] envoys held talks under the auspices of the [OSCE|IGO].",
            "ARM AZE",
        ),
        ("fr", "[Lima|PER] et [Quito|ECU] ont signé un accord sous l'égide de l'[OEA|IGO].", "PER ECU"),
        ("es", "[Colombia|COL] y [Venezuela|VEN] firmaron un acuerdo bajo el patrocinio de [Brasil|BRA].", "COL VEN"),
    ],
)
def test_the_sponsor_of_talks_is_no_party(code: Callable[..., Analysis], lang: str, text: str, parties: str) -> None:
    # roles.hard3.tsv: "under the auspices of X" sets the scene of a meeting or agreement, like its venue
    ev = next(e for e in code(text, lang).events if e.event in ("CONSULT", "AGREE"))
    assert codes(ev.actor) == set(parties.split()) and not ev.recipient


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The [Kazakh government|KAZ/GOV] scrapped a [Soviet|RUS]-era law on public gatherings."),
        (
            "en",
            "[Kenyan President Kenyatta|KEN/GOV] vowed to overhaul a pension system inherited from the [Moi|KEN] era.",
        ),
        ("fr", "Le [gouvernement kazakh|KAZ/GOV] a abrogé une loi de l'ère [soviétique|RUS] sur les rassemblements."),
        ("es", "El [Gobierno kazajo|KAZ/GOV] derogó una ley de la época [soviética|RUS] sobre las manifestaciones."),
    ],
)
def test_a_name_dating_a_thing_is_no_party(code: Callable[..., Analysis], lang: str, text: str) -> None:
    # roles.hard3.tsv: "the X era", "l'ère X", "la época X" tell where a thing comes from (role origin)
    ev = next(e for e in code(text, lang).events if e.event in ("CONCEDE", "AGREE"))
    assert not ev.recipient, ev.recipient


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("fr", "Athènes a fini par céder devant Bruxelles après des semaines de pression.", "CONCEDE"),
        ("es", "Atenas cedió ante Bruselas tras semanas de presión.", "CONCEDE"),
        ("es", "Londres rechazó el martes las exigencias de Bruselas.", "REJECT"),
    ],
)
def test_brussels_stands_for_the_eu(pipeline: Pipeline, lang: str, text: str, event: str) -> None:
    # names/<lang>/organisations.hard3.tsv: the seat names the European Union, as "Kremlin" names Russia's government
    found = [e for e in pipeline(Document(id="t", text=text, lang=lang)).events if e.event == event]
    assert found and codes(found[0].recipient) == {"EUR"}, found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        # names/<lang>/states.hard3.tsv: capitals as French and Spanish copy spells them stand for their governments
        ("fr", "Nairobi a pressé le gouvernement de Kampala d'accélérer les travaux.", "REQUEST", "KEN", "UGA"),
        ("fr", "L'ONU a appelé Addis-Abeba et Asmara à régler leur différend.", "REQUEST", "UNO", "ETH ERI"),
        ("es", "La ONU instó a Adís Abeba y Asmara a resolver su disputa fronteriza.", "REQUEST", "UNO", "ETH ERI"),
        # names/<lang>/places.hard3.tsv: regions and cities of long conflicts name a place of their state
        ("fr", "L'aviation russe a bombardé Alep pendant des semaines.", "ASSAULT", "RUS", "SYR"),
        ("es", "La aviación rusa bombardeó Alepo durante semanas.", "ASSAULT", "RUS", "SYR"),
    ],
)
def test_capitals_and_verbs_in_romance_copy(
    pipeline: Pipeline, lang: str, text: str, event: str, actor: str, recipient: str
) -> None:
    found = [e for e in pipeline(Document(id="t", text=text, lang=lang)).events if e.event == event]
    assert found, text
    assert codes(found[0].actor) == {actor} and codes(found[0].recipient) == set(recipient.split()), found[0]


@pytest.mark.parametrize(
    ("text", "press"),
    [
        ("Washington presse Moscou de libérer les prisonniers politiques.", False),
        ("Nairobi a pressé le gouvernement de Kampala d'agir.", False),
        ("La presse kényane a dénoncé la censure.", True),
    ],
)
def test_presse_is_the_press_only_with_its_article(pipeline: Pipeline, text: str, press: bool) -> None:
    # roles/fr.tsv: "la presse" names the press; "presse", "pressé" alone are forms of the verb presser
    mentions = pipeline(Document(id="t", text=text, lang="fr")).mentions
    assert any(m.sector == "JRN" for m in mentions) == press, [(m.text, m.sector) for m in mentions]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "sector"),
    [
        ("fr", "L'artillerie russe a pilonné les positions rebelles.", "artillerie russe", "MIL"),
        ("fr", "Les évêques kényans ont dénoncé la corruption.", "évêques kényans", "REL"),
        ("es", "La artillería rusa bombardeó las posiciones rebeldes.", "artillería rusa", "MIL"),
        ("es", "Los obispos kenianos denunciaron la corrupción.", "obispos kenianos", "REL"),
    ],
)
def test_romance_role_words_name_the_sector(
    pipeline: Pipeline, lang: str, text: str, surface: str, sector: str
) -> None:
    # roles/<lang>.hard3.tsv: the English role words French and Spanish copy lacked
    mentions = pipeline(Document(id="t", text=text, lang=lang)).mentions
    assert any(m.text == surface and m.sector == sector for m in mentions), [(m.text, m.sector) for m in mentions]
