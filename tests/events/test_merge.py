"""Within-document merging of repeated events."""

from __future__ import annotations

from collections.abc import Callable

from foedus.evaluate.marked import MARK
from foedus.events.merge import merge_events
from foedus.records import ActorRef, Analysis, Event, Evidence, TimeExpr


def ev(kind: str, actors: list[str], start: int, date: str, aux: list[str] | None = None) -> Event:
    return Event(id=str(start), doc_id="d", event=kind, actor=[ActorRef(c, c) for c in actors], date=date,
                 aux=aux or [], evidence=[Evidence("s", start, start + 1)])  # fmt: skip


def test_repeats_merge_and_keep_the_stated_date() -> None:
    a = ev("AGREE", ["RUS", "PRK"], 0, "2024-06-20")
    b = ev("AGREE", ["PRK", "RUS"], 50, "2024-06-19")
    merged = merge_events([a, b], dated={id(b)})
    assert len(merged) == 1 and merged[0].date == "2024-06-19" and len(merged[0].evidence) == 2


def test_different_stated_dates_or_modality_stay_apart() -> None:
    a, b = ev("AGREE", ["RUS"], 0, "2024-06-19"), ev("AGREE", ["RUS"], 9, "2023-09-13")
    assert len(merge_events([a, b], dated={id(a), id(b)})) == 2
    c, d = ev("AID", ["RUS"], 0, "2024-06-20"), ev("AID", ["RUS"], 9, "2024-06-20", ["hypothetical"])
    assert len(merge_events([c, d])) == 2


def test_document_repeating_a_signing_yields_one_event(code: Callable[..., Analysis]) -> None:
    text = ("[Russia|RUS] and [North Korea|PRK] signed a defence pact yesterday. Analysts were surprised. "
            "[Putin|RUS] and [Kim|PRK] signed the pact in Pyongyang.")  # fmt: skip
    at = MARK.sub(r"\1", text).index("yesterday")
    a = code(text, "en", times=[TimeExpr("yesterday", at, at + 9, "2024-06-19")])
    signings = [e for e in a.events if e.event == "AGREE"]
    assert len(signings) == 1 and signings[0].date == "2024-06-19" and len(signings[0].evidence) == 2
