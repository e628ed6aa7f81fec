"""Sentence segmentation: abbreviations, quotes, dates, numbers, offsets (issue 3)."""

from foedus.text.segment import segment


def _texts(text: str, lang: str | None = None) -> list[str]:
    sentences = segment(text, lang)
    for s in sentences:
        assert text[s.start : s.end] == s.text
    return [s.text for s in sentences]


def test_german_dates_numbers_abbreviations_and_quotes() -> None:
    text = (
        "Putin traf Kim am 19. Juni in Pjöngjang. Die Limousine kostet mehr als 300.000 US-Dollar. "
        "Das ist z.B. ein Geschenk. Er sagte: „Das ist ein Pakt.“ Danach reiste er ab. "
        "Der 2. Weltkrieg endete 1945. Kritiker sprechen von der „NATO für die Armen“, so die Zeitung."
    )
    assert _texts(text, "de") == [
        "Putin traf Kim am 19. Juni in Pjöngjang.",
        "Die Limousine kostet mehr als 300.000 US-Dollar.",
        "Das ist z.B. ein Geschenk.",
        "Er sagte: „Das ist ein Pakt.“",
        "Danach reiste er ab.",
        "Der 2. Weltkrieg endete 1945.",
        "Kritiker sprechen von der „NATO für die Armen“, so die Zeitung.",
    ]


def test_english_titles_initials_and_question_marks() -> None:
    text = 'Mr. Smith met J. Doe at 10 a.m. in Washington. "Was it useful?" he asked. It was born in 1950. The end.'
    assert _texts(text, "en") == [
        "Mr. Smith met J. Doe at 10 a.m. in Washington.",
        '"Was it useful?" he asked.',
        "It was born in 1950.",
        "The end.",
    ]


def test_russian_and_ukrainian_quotes_dashes_and_abbreviations() -> None:
    ru = "Договор подписан в 2024 г. в Пхеньяне. «Это важно», — сказал он. — Мы готовы, — ответил министр."
    assert _texts(ru, "ru") == ["Договор подписан в 2024 г. в Пхеньяне.", "«Это важно», — сказал он.",
                                "— Мы готовы, — ответил министр."]  # fmt: skip
    uk = "Зустріч відбулася 19 червня. Україна отримала понад 10 тис. снарядів. Міністр заявив про це."
    assert _texts(uk, "uk") == ["Зустріч відбулася 19 червня.", "Україна отримала понад 10 тис. снарядів.",
                                "Міністр заявив про це."]  # fmt: skip


def test_paragraph_breaks_end_sentences_and_offsets_point_into_the_text() -> None:
    text = "Headline without a stop\n\nFirst sentence here. Second one!\nStill the same paragraph."
    sentences = segment(text)
    assert [s.text for s in sentences] == [
        "Headline without a stop", "First sentence here.", "Second one!", "Still the same paragraph."
    ]  # fmt: skip
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_ordinal_rule_only_for_languages_that_write_ordinals_with_a_dot() -> None:
    assert len(segment("Er wurde am 3. Oktober gewählt. Das Ergebnis war knapp.", "de")) == 2
    assert len(segment("The vote took place on day 3. Results came later.", "en")) == 2
