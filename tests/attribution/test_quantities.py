"""Quantities: digits and number words per language, bounds, units and what is counted."""

from __future__ import annotations

import pytest

from foedus.attribution.lexicon import load_lexicons
from foedus.attribution.quantities import QuantityFinder, parse_digits

CASES = [
    # lang, text, value, unit, counted, bound
    ("en", "more than 10,000 containers were sent", 10000, None, "containers", "lower"),
    ("en", "at least ten North Korean missiles", 10, None, "missiles", "lower"),
    ("en", "a limousine worth $300,000", 300000, "USD", None, "exact"),
    ("en", "up to 1.5 million people fled", 1_500_000, None, "people", "upper"),
    ("en", "three hundred and fifty thousand troops", 350000, None, "troops", "exact"),
    ("de", "mehr als 10.000 mit Raketen und Waffen gefüllte Schiffscontainer", 10000, None, "containers", "lower"),
    ("de", "mindestens zehn in Nordkorea hergestellte Raketen", 10, None, "missiles", "lower"),
    ("de", "im Wert von mehr als 300.000 US-Dollar", 300000, "USD", None, "lower"),
    ("de", "die Zahl der Todesopfer liegt bei über 350.000.", 350000, None, "dead", "lower"),
    ("de", "etwa 2,5 Mio. Euro", 2_500_000, "EUR", None, "approx"),
    ("de", "dreihundertfünfzigtausend Soldaten", 350000, None, "troops", "exact"),
    ("de", "nachdem zwei Versuche scheiterten", 2, None, "versuche", "exact"),
    ("ru", "свыше 350 тысяч погибших", 350000, None, "dead", "lower"),
    ("ru", "около триста пятьдесят тысяч человек", 350000, None, "people", "approx"),
    ("ru", "более 10 000 контейнеров", 10000, None, "containers", "lower"),
    ("ru", "2,5 млн рублей", 2_500_000, "RUB", None, "exact"),
    ("uk", "понад 10 тисяч контейнерів", 10000, None, "containers", "lower"),
    ("uk", "близько двадцяти п'яти ракет", 25, None, "missiles", "approx"),
    ("uk", "до 300 000 доларів", 300000, "USD", None, "upper"),
    ("fr", "plus de 10 000 conteneurs", 10000, None, "containers", "lower"),
    ("fr", "au moins quatre-vingt-dix soldats", 90, None, "troops", "lower"),
    ("es", "más de 10.000 contenedores", 10000, None, "containers", "lower"),
    ("es", "al menos diez misiles", 10, None, "missiles", "lower"),
    ("es", "unos 2,5 millones de dólares", 2_500_000, "USD", None, "approx"),
    ("ar", "أكثر من 10 آلاف حاوية", 10000, None, "containers", "lower"),
    ("ar", "نحو عشرين صاروخا", 20, None, "missiles", "approx"),
]


@pytest.mark.parametrize(("lang", "text", "value", "unit", "counted", "bound"), CASES)
def test_quantity(lang, text, value, unit, counted, bound) -> None:
    found = QuantityFinder(load_lexicons()[lang])(text)
    assert len(found) == 1, found
    q = found[0]
    assert (q.value, q.unit, q.counted, q.bound) == (value, unit, counted, bound)
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("raw", "value"),
    [("10.000", 10000), ("10,000", 10000), ("10 000", 10000), ("300.000", 300000), ("1.5", 1.5), ("2,5", 2.5),
     ("1.234.567", 1234567), ("1,234.5", 1234.5), ("1.234,5", 1234.5)],
)  # fmt: skip
def test_digit_grouping(raw, value) -> None:
    assert parse_digits(raw) == value


def test_years_articles_and_dates_are_not_quantities() -> None:
    finder = QuantityFinder(load_lexicons()["de"])
    assert finder("Im Jahr 2023 kam ein Mann.") == []
    text = "Am 19. Juni kamen zwei Delegationen."
    qs = finder(text, skip=[(text.index("19"), text.index("Juni") + 4)])
    assert [q.value for q in qs] == [2]


@pytest.mark.parametrize(
    ("lang", "text", "low", "high", "counted"),
    [
        ("en", "Between 10,000 and 12,000 troops crossed the border.", 10000, 12000, "troops"),
        ("en", "The fighting killed 200 to 300 people.", 200, 300, "people"),
        ("en", "The deal is worth $10 to $12 million.", 10_000_000, 12_000_000, None),
        ("de", "Zwischen 10.000 und 12.000 Soldaten wurden verlegt.", 10000, 12000, "troops"),
        ("de", "Es wurden 5 bis 7 Raketen abgefeuert.", 5, 7, "missiles"),
        ("ru", "Погибли от 200 до 300 человек.", 200, 300, "people"),
        ("uk", "Від 10 до 12 тисяч військових.", 10000, 12000, None),
        ("fr", "Entre 50 et 60 soldats ont été tués.", 50, 60, None),
        ("es", "Entre 50 y 60 soldados murieron.", 50, 60, None),
    ],
)
def test_ranges(lang: str, text: str, low: float, high: float, counted: str | None) -> None:
    qs = QuantityFinder(load_lexicons()[lang])(text)
    assert len(qs) == 1, qs
    q = qs[0]
    assert (q.value, q.high, q.bound) == (low, high, "range")
    if counted:
        assert q.counted == counted


@pytest.mark.parametrize(
    "text",
    ["The vote was 10 to 2.", "He met 3 envoys and 40 soldiers.", "More than 10 to 12 of them."],
)
def test_not_ranges(text: str) -> None:
    assert all(q.bound != "range" for q in QuantityFinder(load_lexicons()["en"])(text))
