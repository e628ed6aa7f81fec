"""Issue 5, round 13: Russian and Ukrainian hard wire copy. The main clause's event wins over decoys in an opening
participle or "после"/"після" phrase; journalese and idioms name the act; stories, scenarios, sport and weather code
no event (tests/events/data/hard_slavic.tsv, written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from foedus.evaluate.plover import pick
from foedus.records import Analysis
from tests.events.conftest import view_of, word_at


@pytest.mark.parametrize(
    ("lang", "text", "noun", "verb"),
    [
        ("ru", "После встречи с [Си|CHN:person] [Путин|RUS:person] подписал договор.", "встречи", "подписал"),
        ("uk", "Після зустрічі з [Сі|CHN:person] [Лукашенко|BLR:person] підписав угоду.", "зустрічі", "підписав"),
    ],
)
def test_a_verb_after_a_bare_name_is_no_longer_in_the_prepositional_phrase(
    lang: str, text: str, noun: str, verb: str
) -> None:
    """Russian and Ukrainian set off no opening prepositional phrase with a comma: its noun is the occasion, the verb
    after the subject's name the main act."""
    v = view_of(text, lang)
    assert v.background(word_at(v, noun), "n")
    assert not v.background(word_at(v, verb), "v")


def test_a_noun_after_a_name_in_an_amid_phrase_stays_background() -> None:
    v = view_of("Amid [Chinese|CHN] drills near the island, [Taiwan|TWN] raised its alert level.", "en")
    assert v.background(word_at(v, "drills"), "n")


@pytest.mark.parametrize(
    ("lang", "text", "first", "main"),
    [
        ("ru", "Выступая в Женеве, министр [России|RUS] осудил удары по [Сирии|SYR].", "выступая", "осудил"),
        ("uk", "Підписавши угоду, [Польща|POL] пообіцяла допомогу [Україні|UKR].", "підписавши", "пообіцяла"),
    ],
)
def test_an_adverbial_participle_opens_a_phrase_the_first_comma_closes(
    lang: str, text: str, first: str, main: str
) -> None:
    v = view_of(text, lang)
    assert v.opened is not None
    assert v.clause_of[word_at(v, first)] == v.opened[0] and v.clause_of[word_at(v, main)] == v.opened[1]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Власти [Катара|QAT] пообещали освободить задержанных моряков [Ирана|IRN]."),
        ("uk", "Влада [Вірменії|ARM] погодилася звільнити затриманих громадян [Азербайджану|AZE]."),
    ],
)
def test_a_promised_release_is_a_concession(code: Callable[..., Analysis], lang: str, text: str) -> None:
    main = pick(code(text, lang).events)
    assert main is not None and main.event == "CONCEDE", main
    assert "future" not in main.aux


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "[Азербайджан|AZE] готов расширять сотрудничество с [Туркменией|TKM] на Каспии."),
        ("uk", "[Молдова|MDA] готова поглиблювати співпрацю з [Румунією|ROU] в енергетиці."),
    ],
)
def test_readiness_to_cooperate_is_an_intention(code: Callable[..., Analysis], lang: str, text: str) -> None:
    main = pick(code(text, lang).events)
    assert main is not None and main.event == "AGREE", main
