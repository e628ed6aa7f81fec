"""Issue 5 hard-copy round, French and Spanish: capitals used as metonyms, the "Qatar" spelling, feminine adjectives
written like the country's name, and the native names of international organisations
(names/<lang>/states.hard.tsv, organisations.hard.tsv)."""

from __future__ import annotations

import pytest

from foedus.actors.tagger import ActorTagger


@pytest.fixture(scope="module")
def tagger() -> ActorTagger:
    return ActorTagger()


@pytest.mark.parametrize(
    ("lang", "text", "surface", "code"),
    [
        ("es", "La Cancillería argentina convocó al embajador.", "argentina", "ARG"),
        ("es", "La diplomacia china respondió con dureza.", "china", "CHN"),
        ("es", "Qatar anunció una donación.", "Qatar", "QAT"),
        ("es", "Doha acogerá las conversaciones.", "Doha", "QAT"),
        ("es", "Manila protestó por la maniobra.", "Manila", "PHL"),
        ("es", "Kenia pidió un préstamo al Fondo Monetario Internacional.", "Fondo Monetario Internacional", "IMF"),
        ("es", "Amnistía Internacional denunció torturas.", "Amnistía Internacional", "AI"),
        ("fr", "Nairobi a démenti ces informations.", "Nairobi", "KEN"),
        ("fr", "Manille a convoqué l'ambassadeur.", "Manille", "PHL"),
        ("fr", "Le Kenya a sollicité le Fonds monétaire international.", "Fonds monétaire international", "IMF"),
        ("fr", "La Cédéao a suspendu le Niger.", "Cédéao", "ECOWAS"),
        ("fr", "Les autorités togolaises ont fermé la frontière.", "togolaises", "TGO"),
        ("fr", "Le gouvernement péruvien a démenti.", "péruvien", "PER"),
        ("es", "Las autoridades haitianas cerraron la frontera.", "haitianas", "HTI"),
        ("es", "El gobierno senegalés lo desmintió.", "senegalés", "SEN"),
    ],
)
def test_romance_names(tagger: ActorTagger, lang: str, text: str, surface: str, code: str) -> None:
    found = {m.text: m for m in tagger.tag(text, "2024-06-20", lang)}
    hit = next((m for t, m in found.items() if surface in t), None)
    assert hit is not None, found
    assert code in (hit.actor.id, hit.actor.code), (hit.actor.id, hit.actor.code)


def test_a_country_name_still_reads_as_the_country(tagger: ActorTagger) -> None:
    found = {m.text: m.actor.code for m in tagger.tag("Argentina y China firmaron un acuerdo.", "2024-06-20", "es")}
    assert found == {"Argentina": "ARG", "China": "CHN"}
