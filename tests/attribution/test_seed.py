"""Issue 6 acceptance on the seed article (publication date 2024-06-20): quotes, chain, quantities, dates."""

from __future__ import annotations

import pytest

from foedus import analyze
from foedus.records import Analysis, Attribution
from tests.conftest import SEED


@pytest.fixture(scope="module")
def seed() -> Analysis:
    if not SEED.exists():
        pytest.skip("seed article absent (../shared/seed)")
    return analyze(SEED, date="2024-06-20")


def _by_id(a: Analysis) -> dict[str, Attribution]:
    return {x.id: x for x in a.attributions}


def _innermost(a: Analysis, start: int, end: int) -> Attribution:
    covering = [(x.span.end - x.span.start, -i, x) for i, x in enumerate(a.attributions)
                if x.span and x.span.start <= start and end <= x.span.end]  # fmt: skip
    return min(covering, key=lambda c: c[:2])[2]


def _chain(a: Analysis, att: Attribution) -> list[str]:
    ids, out, cur = _by_id(a), [], att
    while cur is not None:
        out.append(cur.kind)
        cur = ids.get(cur.parent) if cur.parent else None
    return out


def test_putin_quotes(seed: Analysis) -> None:
    for line in ("neokolonialistische Diktatur", "gegenseitige Hilfe im Falle einer Aggression"):
        qs = [q for q in seed.quotes if line in q.message.text]
        assert qs, line
        assert all(q.speaker is not None and q.speaker.code == "RUS" and "Putin" in q.speaker.text for q in qs)


def test_chain_outlet_relays_the_telegraph(seed: Analysis) -> None:
    outlet = [x for x in seed.attributions if x.kind == "outlet"]
    assert len(outlet) == 1 and outlet[0].parent is None
    tele = [x for x in seed.attributions if x.kind == "relays" and "Telegraph" in x.source.text]
    assert len(tele) == 1 and tele[0].parent == outlet[0].id
    # the relay runs to "heißt es in der Veröffentlichung abschließend", not over the closing ISW paragraph
    assert "heißt es in der Veröffentlichung" in tele[0].span.text  # type: ignore[union-attr]
    assert "Rückruf" not in tele[0].span.text  # type: ignore[union-attr]


def test_quantities_with_bounds_units_and_sources(seed: Analysis) -> None:
    got = {(q.value, q.unit, q.counted, q.bound): q for q in seed.quantities}
    usd = got[(300000, "USD", None, "lower")]
    dead = got[(350000, None, "dead", "lower")]
    containers = got[(10000, None, "containers", "lower")]
    missiles = got[(10, None, "missiles", "lower")]
    ids = _by_id(seed)
    for q in (containers, missiles):
        src = ids[q.attribution]  # type: ignore[index]
        assert src.source.code == "USA" and "Beamte" in src.source.text
        assert _chain(seed, src) == ["quote", "relays", "outlet"]
    intel = ids[dead.attribution]  # type: ignore[index]
    assert "Geheimdienst" in intel.source.text and _chain(seed, intel) == ["cites", "relays", "outlet"]
    assert "Telegraph" in ids[usd.attribution].source.text  # type: ignore[index]


def test_closing_paragraph_is_the_isw(seed: Analysis) -> None:
    text = seed.doc.text
    start = text.index("Rückruf:")
    end = text.index("(ISW) hervor.") + len("(ISW) hervor.")
    att = _innermost(seed, start, end)
    assert "ISW" in att.source.text or "Study of War" in att.source.text
    assert _chain(seed, att) == ["cites", "outlet"]


def test_events_carry_the_innermost_attribution(seed: Analysis) -> None:
    text = seed.doc.text
    s = text.index("US-Beamte sagen")
    e = text.index("abgefeuert wurden.", s)
    inside = [ev for ev in seed.events if s <= ev.evidence[0].start < e]
    assert inside, "the events stage codes the shipments sentence"
    for ev in inside:
        assert ev.attribution == _innermost(seed, ev.evidence[0].start, ev.evidence[0].end).id
        assert "Beamte" in _by_id(seed)[ev.attribution].source.text  # type: ignore[index]


def test_seed_dates(seed: Analysis) -> None:
    got = {(t.text, t.value, t.precision, t.relation) for t in seed.times}
    assert ("gestern", "2024-06-19", "day", "at") in got
    assert ("am 19. Juni", "2024-06-19", "day", "at") in got
    assert ("seit September", "2023-09", "month", "since") in got
    assert ("im vergangenen Jahr", "2023", "year", "at") in got
