"""Issue 5, session 6: docs/conventions.md in Russian, Ukrainian and Arabic. The sentences of
tests/events/data/conventions_{ru,uk,ar}.tsv are coded by tests/events/test_conventions.py; here, that each language
has one for every row of the document, and that the demand a march carries does not hide demands made in words."""

from __future__ import annotations

import re
from pathlib import Path

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.events.lexicon import load_lexicon

ROOT = Path(__file__).parents[2]
DATA = Path(__file__).parent / "data"
LANGS = ("ru", "uk", "ar")


def convention_rows() -> list[str]:
    """The case cells of the tables in docs/conventions.md (the header left out)."""
    lines = (ROOT / "docs" / "conventions.md").read_text(encoding="utf-8").splitlines()
    cells = [m.group(1) for line in lines if (m := re.match(r"^\| (.+?) \|", line))]
    return [c for c in cells if c != "case"]


def test_every_convention_has_a_sentence_in_each_language() -> None:
    """One case per row of the document (and a promised release besides), the same cases in the three languages."""
    cases = {lang: [r[0] for r in read_tsv(DATA / f"conventions_{lang}.tsv") if len(r) >= 8] for lang in LANGS}
    for lang, names in cases.items():
        assert len(names) == len(set(names)) == len(convention_rows()) + 1, lang
    assert set(cases["ru"]) == set(cases["uk"]) == set(cases["ar"])


def test_a_demand_made_in_words_stays_a_request() -> None:
    """The demand a march carries is part of the PROTEST phrase; a demand made by a verb of saying stays a REQUEST."""

    def events(lang: str, text: str) -> list[str]:
        return [t.event for _, t in load_lexicon(DATA_DIR, lang).find_triggers(text)]

    march = events("ru", "Тысячи людей вышли на улицы с требованием отставки правительства.")
    assert march[0] == "PROTEST" and "REQUEST" not in march
    assert events("ru", "МИД России обратился к Японии с требованием вернуть судно.") == ["REQUEST"]
    assert events("uk", "Київ звернувся до Будапешта з вимогою пояснень.") == ["REQUEST"]
    march = events("ar", "خرج الآلاف إلى الشوارع مطالبين باستقالة الحكومة.")
    assert march[0] == "PROTEST" and "REQUEST" not in march
    assert "REQUEST" in events("ru", "МИД направил Японии письмо с требованием вернуть судно.")
