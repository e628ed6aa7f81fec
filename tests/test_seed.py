"""Regression on the seed article (issue 2): the pact signing, dated and evidenced."""

from pathlib import Path

from foedus import analyze


def test_seed_signing_is_agree_rus_prk_dated(seed_path: Path) -> None:
    a = analyze(seed_path, date="2024-06-20")
    signings = [e for e in a.events if e.event == "AGREE" and {"RUS", "PRK"} <= {r.code for r in e.actor + e.recipient}]
    assert any(e.date == "2024-06-19" and e.factual for e in signings), signings
    ev = next(e for e in signings if e.date == "2024-06-19")
    span = ev.evidence[0]
    assert a.doc.text[span.start : span.end] == span.text
    assert "unterzeichnet" in span.text
