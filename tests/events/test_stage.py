"""Stage-level rules every coder gets: dates, PLOVER recoding of future cooperation, attribution."""

from __future__ import annotations

from collections.abc import Callable

from foedus.evaluate.marked import MARK
from foedus.events.stage import plover_rules
from foedus.records import ActorRef, Analysis, Event, TimeExpr
from tests.events.conftest import codes


def test_future_aid_is_an_agreement_an_announced_withdrawal_a_concession() -> None:
    """The codebook: future aid is AGREE, an announced retreat CONCEDE, a future concession CONCEDE + future."""
    aid = Event(id="", doc_id="d", event="AID", actor=[ActorRef("X", "USA")], aux=["future"])
    plover_rules(aid)
    assert (aid.event, aid.aux, aid.factual) == ("AGREE", [], True)
    retreat = Event(id="", doc_id="d", event="RETREAT", actor=[ActorRef("X", "RUS")], mode="withdraw", aux=["future"])
    plover_rules(retreat)
    assert (retreat.event, retreat.aux, retreat.mode) == ("CONCEDE", [], None)  # CONCEDE has no modes
    concession = Event(id="", doc_id="d", event="CONCEDE", actor=[ActorRef("X", "RUS")], aux=["future"])
    plover_rules(concession)
    assert (concession.event, concession.aux, concession.factual) == ("CONCEDE", ["future"], False)
    denied = Event(id="", doc_id="d", event="AID", actor=[ActorRef("X", "USA")], aux=["future", "negated"])
    plover_rules(denied)
    assert denied.event == "AID"


def test_announced_force_is_a_threat_but_a_conditional_stays_hypothetical(code: Callable[..., Analysis]) -> None:
    strike = Event(id="", doc_id="d", event="ASSAULT", actor=[ActorRef("X", "IRN")], aux=["future"])
    plover_rules(strike)
    assert (strike.event, strike.aux) == ("THREATEN", [])
    iffy = Event(id="", doc_id="d", event="ASSAULT", actor=[ActorRef("X", "IRN")], aux=["hypothetical"])
    plover_rules(iffy)
    assert (iffy.event, iffy.aux) == ("ASSAULT", ["hypothetical"])
    events = code("[Iran|IRN] will impose sanctions on [Canada|CAN], the minister said.").events
    assert [(e.event, codes(e.actor), codes(e.recipient), e.factual) for e in events] == [
        ("THREATEN", {"IRN"}, {"CAN"}, True)
    ]


def test_date_comes_from_the_sentence_else_the_publication(code: Callable[..., Analysis]) -> None:
    text = "[Russia|RUS] attacked [Ukraine|UKR] on 3 May. [Iran|IRN] condemned [Israel|ISR]."
    at = MARK.sub(r"\1", text).index("3 May")
    a = code(text, "en", times=[TimeExpr("3 May", at, at + 5, "2024-05-03")])
    by_type = {e.event: e for e in a.events}
    assert by_type["ASSAULT"].date == "2024-05-03" and by_type["ACCUSE"].date == "2024-06-20"
    assert codes(by_type["ACCUSE"].recipient) == {"ISR"}


def test_a_date_in_a_relative_clause_describes_a_party_not_the_event(code: Callable[..., Analysis]) -> None:
    text = "[Georgia|GEO], which lost the war in 2008, accused [Russia|RUS] on 3 May of shelling villages."
    plain = MARK.sub(r"\1", text)
    old, new = plain.index("2008"), plain.index("3 May")
    times = [TimeExpr("2008", old, old + 4, "2008"), TimeExpr("3 May", new, new + 5, "2024-05-03")]
    accuse = next(e for e in code(text, "en", times=times).events if e.event == "ACCUSE")
    assert (accuse.date, accuse.aux) == ("2024-05-03", [])
    # the same year told of the act itself still makes it historical
    text = "[Russia|RUS], which lost the war, attacked [Georgia|GEO] in 2008."
    at = MARK.sub(r"\1", text).index("2008")
    attack = next(e for e in code(text, "en", times=[TimeExpr("2008", at, at + 4, "2008")]).events)
    assert (attack.event, attack.date, attack.aux) == ("ASSAULT", "2008", ["historical"])
