"""Time expressions per language, resolved against the publication date 2024-06-20 (a Thursday)."""

from __future__ import annotations

import pytest

from foedus.attribution.dates import TimeFinder
from foedus.attribution.lexicon import load_lexicons
from foedus.errors import InputError

PUB = "2024-06-20"
CASES = [
    # lang, text, value, precision, relation
    ("de", "gestern", "2024-06-19", "day", "at"),
    ("de", "am 19. Juni", "2024-06-19", "day", "at"),
    ("de", "seit September", "2023-09", "month", "since"),
    ("de", "im vergangenen Jahr", "2023", "year", "at"),
    ("de", "vor zwei Wochen", "2024-06-03", "week", "at"),
    ("de", "am Mittwoch", "2024-06-19", "day", "at"),
    ("de", "am 19.06.2024", "2024-06-19", "day", "at"),
    ("de", "seit 2014", "2014", "year", "since"),
    ("en", "yesterday", "2024-06-19", "day", "at"),
    ("en", "on June 19", "2024-06-19", "day", "at"),
    ("en", "since September", "2023-09", "month", "since"),
    ("en", "last week", "2024-06-10", "week", "at"),
    ("en", "two weeks ago", "2024-06-03", "week", "at"),
    ("en", "on Wednesday", "2024-06-19", "day", "at"),
    ("en", "the 19th of June", "2024-06-19", "day", "at"),
    ("ru", "19 июня", "2024-06-19", "day", "at"),
    ("ru", "с сентября", "2023-09", "month", "since"),
    ("ru", "в прошлом году", "2023", "year", "at"),
    ("ru", "две недели назад", "2024-06-03", "week", "at"),
    ("ru", "в среду", "2024-06-19", "day", "at"),
    ("uk", "вчора", "2024-06-19", "day", "at"),
    ("uk", "з вересня", "2023-09", "month", "since"),
    ("uk", "минулого тижня", "2024-06-10", "week", "at"),
    ("uk", "минулого року", "2023", "year", "at"),
    ("fr", "depuis septembre", "2023-09", "month", "since"),
    ("fr", "l'année dernière", "2023", "year", "at"),
    ("fr", "il y a deux semaines", "2024-06-03", "week", "at"),
    ("es", "el año pasado", "2023", "year", "at"),
    ("es", "desde el lunes", "2024-06-17", "day", "since"),
    ("es", "el 19 de junio", "2024-06-19", "day", "at"),
    ("es", "hace dos semanas", "2024-06-03", "week", "at"),
    ("de", "Ende 2023", "2023", "year", "at"),
    ("de", "Anfang Juni", "2024-06", "month", "at"),
    ("en", "mid-May", "2024-05", "month", "at"),
    ("ru", "в конце 2023 года", "2023", "year", "at"),
    ("uk", "на початку червня", "2024-06", "month", "at"),
    ("fr", "début juin", "2024-06", "month", "at"),
    ("es", "a finales de 2023", "2023", "year", "at"),
    ("ar", "منذ سبتمبر", "2023-09", "month", "since"),
    ("ar", "أمس", "2024-06-19", "day", "at"),
    ("ar", "العام الماضي", "2023", "year", "at"),
    # a season before a year dates to the year (session 12)
    ("de", "im Spätsommer 2017", "2017", "year", "at"),
    ("fr", "au printemps 1994", "1994", "year", "at"),
    ("en", "in the summer of 2017", "2017", "year", "at"),
    ("es", "en la primavera de 1998", "1998", "year", "at"),
    ("ru", "летом 2017 года", "2017", "year", "at"),
    ("uk", "восени 2014 року", "2014", "year", "at"),
]


@pytest.mark.parametrize(("lang", "text", "value", "precision", "relation"), CASES)
def test_time_expression(lang, text, value, precision, relation) -> None:
    found = TimeFinder(load_lexicons()[lang])(f"Es war {text}.", PUB)
    assert [(t.value, t.precision, t.relation) for t in found] == [(value, precision, relation)]


def test_weekday_in_future_tense_points_forward() -> None:
    found = TimeFinder(load_lexicons()["de"])("Am Montag wird er reisen.", PUB)
    assert found[0].value == "2024-06-24"


def test_function_words_are_not_dates() -> None:
    # dateparser reads "die" and "mit" as weekdays; the rules do not
    assert TimeFinder(load_lexicons()["de"])("Die Gefahr wächst mit dem Pakt.", PUB) == []
    assert TimeFinder(load_lexicons()["en"])("It may be so; they march on.", PUB) == []


def test_without_publication_date_values_stay_open() -> None:
    found = TimeFinder(load_lexicons()["de"])("gestern und im Mai 2023", None)
    assert [(t.text, t.value) for t in found] == [("gestern", None), ("im Mai 2023", "2023-05")]


def test_publication_date_forms() -> None:
    finder = TimeFinder(load_lexicons()["en"])
    assert finder("yesterday", "2024-06-20T08:00:00Z")[0].value == "2024-06-19"
    with pytest.raises(InputError, match="not an ISO date"):
        finder("yesterday", "20/06/2024")


def test_dateparser_fallback_on_a_candidate_span() -> None:
    from datetime import date

    from foedus.attribution.dates import fallback

    assert fallback("19 June 2024", "en", date(2024, 6, 20)) == "2024-06-19"
    # an impossible day stays unresolved rather than guessed
    found = TimeFinder(load_lexicons()["de"])("am 31. Juni", PUB)
    assert [(t.text, t.value) for t in found] == [("am 31. Juni", None)]
