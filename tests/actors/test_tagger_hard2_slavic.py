"""Issue 5, hard wire copy round 2: Russian and Ukrainian names in oblique cases. A role word after a Cyrillic noun name
heads the next phrase ("передав Молдові уряд Естонії"); adjectives inside a multiword name agree with the first
("Международного уголовного суда"); first names in -ь, instrumental plural and neuter adjectives decline; role words
come from topic files (``roles/<lang>.<topic>.tsv``); peoples and groups of the hard2 name files are found."""

from __future__ import annotations

import pytest

from foedus.actors.data import load_roles
from foedus.actors.tagger import ActorTagger


@pytest.fixture(scope="module")
def tagger() -> ActorTagger:
    return ActorTagger()


def spans(tagger: ActorTagger, text: str, lang: str) -> dict[str, str | None]:
    return {m.text: m.actor.code for m in tagger.tag(text, "2024-06-20", lang)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the role word after a dative name belongs to the genitive after it
        ("uk", "Нову партію обладнання передав Молдові уряд Естонії.", {"Молдові": "MDA", "уряд Естонії": "EST"}),
        ("ru", "Кредит выделило Сербии правительство Венгрии.", {"Сербии": "SRB", "правительство Венгрии": "HUN"}),
        # an adjective still takes the role after it
        ("ru", "Японское правительство выделило кредит.", {"Японское правительство": "JPN"}),
    ],
)
def test_a_role_word_after_a_cyrillic_noun_name_heads_the_next_phrase(
    tagger: ActorTagger, lang: str, text: str, expected: dict[str, str]
) -> None:
    found = spans(tagger, text, lang)
    assert {k: found.get(k) for k in expected} == expected, found


@pytest.mark.parametrize(
    ("lang", "text", "surface", "code"),
    [
        ("ru", "Судьи Международного уголовного суда выдали ордер.", "Международного уголовного суда", "IGO"),
        ("uk", "Судді Міжнародного кримінального суду видали ордер.", "Міжнародного кримінального суду", "IGO"),
        ("ru", "Оппоненты Даниэля Ортеги покинули страну.", "Даниэля Ортеги", "NIC"),
        ("uk", "Сутички між камбоджійськими та таїландськими солдатами тривали.", "камбоджійськими", "KHM"),
        ("uk", "Загони Сил швидкого реагування увійшли в місто.", "Сил швидкого реагування", "SDN"),
    ],
)
def test_inflected_multiword_names_and_adjectives_are_found(
    tagger: ActorTagger, lang: str, text: str, surface: str, code: str
) -> None:
    found = spans(tagger, text, lang)
    assert any(surface in k and v == code for k, v in found.items()), found


def test_role_topic_files_add_to_their_language() -> None:
    roles = load_roles()
    assert "ru.hard2" not in roles and "uk.hard2" not in roles
    assert roles["ru"]["джихадист"].sector == "REB" and roles["uk"]["міністерка"].role == "minister"


def test_peoples_without_a_state_are_coded_where_they_live(tagger: ActorTagger) -> None:
    found = spans(tagger, "В Руанде экстремисты хуту убили тысячи тутси.", "ru")
    assert found.get("экстремисты хуту") == "RWA" and found.get("тутси") == "RWA", found
