"""Issue 5 multilingual round: names of hard wire copy in ru, uk, ar, es, de, fr (``names/<lang>/*.hard_ml.tsv``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from foedus.actors.data import load_actors, read_tsv
from foedus.actors.tagger import ActorTagger
from foedus.config import DATA_DIR
from foedus.records import Mention

HARD_ML = sorted((DATA_DIR / "actors" / "names").glob("*/*.hard_ml.tsv"))


@pytest.fixture(scope="module")
def tagger() -> ActorTagger:
    return ActorTagger()


def tag(tagger: ActorTagger, text: str, lang: str, date: str = "2024-03-01") -> dict[str, Mention]:
    return {m.text: m for m in tagger.tag(text, date, lang)}


def test_every_hard_ml_row_names_a_known_actor() -> None:
    actors = load_actors()
    assert {p.parent.name for p in HARD_ML} >= {"ru", "uk", "ar", "es", "de", "fr"}
    for path in HARD_ML:
        rows = list(read_tsv(path))
        assert rows, path
        unknown = [r for r in rows if r[0] != "-" and r[0] not in actors]
        assert not unknown, (Path(path).name, unknown[:3])


@pytest.mark.parametrize(
    ("lang", "text", "surface", "code", "sector"),
    [
        # seats of government and ministries named for the government
        ("ru", "Смоленская площадь выразила протест.", "Смоленская площадь", "RUS", "GOV"),
        ("ru", "На Банковой отвергли предложение.", "Банковой", "UKR", "GOV"),
        ("uk", "Генштаб ЗСУ повідомив про удар.", "Генштаб ЗСУ", "UKR", "MIL"),
        ("ar", "قال قصر الإليزيه إن الزيارة تأجلت.", "قصر الإليزيه", "FRA", "GOV"),
        ("ar", "أعلنت بعبدا رفضها للاقتراح.", "بعبدا", "LBN", "GOV"),
        ("es", "Torre Tagle rechazó la nota de protesta.", "Torre Tagle", "PER", "GOV"),
        ("es", "La Casa Rosada rechazó la nota.", "Casa Rosada", "ARG", "GOV"),
        ("de", "Im Bendlerblock hieß es, die Lieferung komme.", "Bendlerblock", "DEU", "MIL"),
        ("fr", "Bercy a annoncé de nouvelles sanctions.", "Bercy", "FRA", "GOV"),
        # armed groups and services in each language's spelling
        ("ru", "Сотрудники Росгвардии задержали активистов.", "Росгвардии", "RUS", "COP"),
        ("ar", "أعلنت كتائب القسام مسؤوليتها.", "كتائب القسام", "PSE", "REB"),
        ("es", "Los hutíes atacaron un buque.", "hutíes", "YEM", "REB"),
        ("de", "Die Huthi-Rebellen griffen Schiffe an.", "Huthi-Rebellen", "YEM", "REB"),
        ("fr", "Les pasdaran ont menacé Israël.", "pasdaran", "IRN", "MIL"),
        # a conflict territory places a group; a province takes Russian case endings
        ("ru", "Боевики атаковали посты в Курской области.", "Курской области", "RUS", None),
    ],
)
def test_hard_ml_names(tagger: ActorTagger, lang: str, text: str, surface: str, code: str, sector: str | None) -> None:
    m = tag(tagger, text, lang)[surface]
    assert (m.actor.code, m.sector) == (code, sector)


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("ru", "Синуар отверг условия, выдвинутые Нетаньяху.", "sinwar"),
        ("uk", "Ердоган та Нетаньягу обговорили ситуацію.", "netanyahu"),
        ("ar", "التقى فيصل بن فرحان نظيره عباس عراقجي.", "araghchi"),
        ("de", "Selenskyj traf Lawrow nicht.", "lavrov"),
        ("fr", "Choïgou et Netanyahou se sont parlé.", "shoigu"),
    ],
)
def test_hard_ml_people(tagger: ActorTagger, lang: str, text: str, person: str) -> None:
    assert person in {m.actor.id for m in tagger.tag(text, "2024-09-01", lang)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "كيف يمكن أن نفهم هذه الصور المالية؟"),  # how, pictures, financial: no Kyiv, Tyre or Mali
        ("es", "Se debatieron los pros y los contras."),  # not the Nicaraguan Contras
        ("es", "Un buque cruzó el mar de Azov."),  # the sea, not the Azov regiment
        ("de", "Richard Wagner komponierte Opern."),  # the composer, not the Wagner group
        ("ru", "Сегодня тир был закрыт."),  # a shooting range, not Tyre
    ],
)
def test_hard_ml_common_words_name_no_actor(tagger: ActorTagger, lang: str, text: str) -> None:
    assert tagger.tag(text, "2024-03-01", lang) == []
