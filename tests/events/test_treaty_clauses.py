"""Treaty clauses (modality.treaty.tsv, seven languages): a sentence citing an article of a treaty and what it
obliges the parties to do tells a norm, so its events are hypothetical; an act done under an article is not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from foedus.records import Analysis

CLAUSES = [
    ("en", "Article 7 of the pact obliges [Chile|CHL] and [Bolivia|BOL] to consult each other on any new dam."),
    ("de", "Artikel 3 des Vertrags verpflichtet [Polen|POL] und [Litauen|LTU], einander bei Angriffen beizustehen."),
    ("fr", "Aux termes de l'article 2 de l'accord, [le Niger|NER] et [le Bénin|BEN] s'engagent à coopérer."),
    ("es", "El artículo 5 del tratado obliga a [Ecuador|ECU] y [Perú|PER] a consultarse antes de cualquier obra."),
    ("ru", "Статья 6 соглашения обязывает [Армению|ARM] оказать [Ирану|IRN] помощь при нападении."),
    ("uk", "Згідно зі статтею 2 угоди, [Молдова|MDA] і [Румунія|ROU] зобов'язуються допомагати одна одній."),
    ("ar", "بموجب المادة الثالثة من الاتفاقية تتعهد [مصر|EGY] و[السودان|SDN] بالتعاون في إدارة مياه النيل."),
]


@pytest.mark.parametrize(("lang", "text"), CLAUSES, ids=[lang for lang, _ in CLAUSES])
def test_a_treaty_clause_codes_no_factual_event(code: Callable[..., Analysis], lang: str, text: str) -> None:
    events = code(text, lang).events
    assert not [e for e in events if e.factual], events


def test_an_act_under_an_article_stays_factual(code: Callable[..., Analysis]) -> None:
    events = code("[Turkey|TUR] requested consultations under Article 4 of the [NATO|IGO] treaty.").events
    assert [(e.event, e.factual) for e in events][:1] == [("REQUEST", True)], events
