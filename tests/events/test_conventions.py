"""docs/conventions.md, one sentence per row and language (tests/events/data/conventions_<lang>.tsv): the
codebook's explicit rules over the CAMEO table (apologies, lifted curfews, declared ceasefires and announced
retreats are CONCEDE)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.records import Analysis
from tests.events.conftest import codes

DATA = Path(__file__).parent / "data"
UNREAL = {"negated", "hypothetical", "future"}


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
        assert absent not in {g[0] for g in got}, got
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
