"""docs/conventions.md, one sentence per row and language (tests/events/data/conventions_<lang>.tsv): the
codebook's explicit rules over the CAMEO table (apologies, lifted curfews, declared ceasefires and announced
retreats are CONCEDE). Every file tests the rows the reversal changed; the files of FULL languages have a case
for every row of the document."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.events.lexicon import load_lexicon
from foedus.records import Analysis
from tests.events.conftest import codes

DATA = Path(__file__).parent / "data"
UNREAL = {"negated", "hypothetical", "future"}
ROOT = Path(__file__).parents[2]
FULL = ("de", "ru", "uk", "ar")  # languages with a case for every row of docs/conventions.md


def convention_rows() -> list[str]:
    """The case cells of the tables in docs/conventions.md (the header left out)."""
    lines = (ROOT / "docs" / "conventions.md").read_text(encoding="utf-8").splitlines()
    cells = [m.group(1) for line in lines if (m := re.match(r"^\| (.+?) \|", line))]
    return [c for c in cells if c != "case"]


def _cases() -> list:  # type: ignore[type-arg]
    out = []
    for path in sorted(DATA.glob("conventions_*.tsv")):
        lang = path.stem.removeprefix("conventions_")
        for r in read_tsv(path):
            if len(r) < 8:
                continue
            marks = [pytest.mark.xfail(reason=r[8], strict=True)] if len(r) > 8 and r[8] else []
            out.append(pytest.param(lang, *r[:8], id=f"{lang}-{r[0].replace(' ', '_')}", marks=marks))
    return out


CASES = _cases()


def test_every_language_file_covers_the_concession_rows() -> None:
    """Each language's table tests the rows the codebook reversal changed."""
    changed = {"apology", "curfew lifted", "state of emergency lifted", "ceasefire declared", "ceasefire holding",
               "announced withdrawal", "promised release", "future concession"}  # fmt: skip
    by_lang: dict[str, set[str]] = {}
    for p in CASES:
        by_lang.setdefault(p.values[0], set()).add(p.values[1])
    assert "en" in by_lang
    for lang, cases in by_lang.items():
        assert changed <= cases, (lang, changed - cases)


def test_full_languages_have_a_case_for_every_row_of_the_document() -> None:
    """The same named cases in every FULL language, one per row of the document plus a promised release."""
    names = {lang: {p.values[1] for p in CASES if p.values[0] == lang} for lang in FULL}
    for lang in FULL:
        assert len(names[lang]) == len(convention_rows()) + 1, (lang, len(names[lang]))
        assert names[lang] == names["ru"], (lang, names[lang] ^ names["ru"])


def test_a_demand_made_in_words_stays_a_request() -> None:
    """The demand a march carries is part of the PROTEST phrase (codebook: a protest's topic is no event of its
    own); a demand made by a verb of saying stays a REQUEST."""

    def events(lang: str, text: str) -> list[str]:
        return [t.event for _, t in load_lexicon(DATA_DIR, lang).find_triggers(text)]

    march = events("ru", "Тысячи людей вышли на улицы с требованием отставки правительства.")
    assert march[0] == "PROTEST" and "REQUEST" not in march
    assert events("ru", "МИД России обратился к Японии с требованием вернуть судно.") == ["REQUEST"]
    assert events("uk", "Київ звернувся до Будапешта з вимогою пояснень.") == ["REQUEST"]
    march = events("ar", "خرج الآلاف إلى الشوارع مطالبين باستقالة الحكومة.")
    assert march[0] == "PROTEST" and "REQUEST" not in march
    assert "REQUEST" in events("ru", "МИД направил Японии письмо с требованием вернуть судно.")


@pytest.mark.parametrize(("lang", "case", "event", "mode", "flags", "actor", "recipient", "absent", "text"), CASES)
def test_convention(
    code: Callable[..., Analysis],
    lang: str,
    case: str,
    event: str,
    mode: str,
    flags: str,
    actor: str,
    recipient: str,
    absent: str,
    text: str,
) -> None:
    events = code(text, lang).events
    got = [(e.event, e.mode, set(e.aux) & UNREAL, codes(e.actor), codes(e.recipient)) for e in events]
    if absent != "-":
        assert not set(absent.split(",")) & {g[0] for g in got}, got
    if event == "NONE":  # no factual event at all
        assert not [e for e in events if e.factual], got
        return
    if event == "-":
        return
    want_flags = set() if flags == "-" else set(flags.split(","))
    want_r = set() if recipient == "-" else set(recipient.split(","))
    assert any(
        g[0] == event
        and (mode == "-" or g[1] == mode)
        and g[2] == want_flags
        and (actor == "*" or g[3] == set(actor.split(",")))
        and (recipient == "*" or g[4] == want_r)
        for g in got
    ), got
