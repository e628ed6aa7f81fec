"""The stage on arbitrary text: never crashes, every span points into the clean text, wiring is declared."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foedus.attribution.stage import AttributionStage
from foedus.config import Config
from foedus.pipeline import Pipeline
from foedus.records import Document, Evidence

PIECES = [
    "„", "“", "”", "«", "»", '"', "‚", "‘", ", ", ". ", "\n\n", ": ", " – ", "sagte", "said", "заявил", "erklärte",
    "Putin", "laut", "according to", "The Telegraph", "dass", "that", "10.000", "2,5", "1.5", "million", "Mio.",
    "mehr als", "over", "свыше", "тысяч", "zehn", "dreihundert", "Raketen", "containers", "gestern", "seit",
    "September", "am Mittwoch", "19. Juni", "vor zwei Wochen", "heißt es in der Zeitung", "geht aus", "hervor", " ",
    "Wie in", "angegeben", "x", "US-Beamte", "(ISW)", "$", "€", "2024", "-",
]  # fmt: skip
PIPELINE = Pipeline()


def _inside(text: str, ev: Evidence | None) -> bool:
    return ev is None or (0 <= ev.start <= ev.end <= len(text) and text[ev.start : ev.end] == ev.text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40), st.sampled_from(["de", "en", "ru"]))
def test_spans_always_point_into_the_text(pieces: list[str], lang: str) -> None:
    text = "".join(pieces)
    if not text.strip():
        return
    a = PIPELINE(Document(id="h", text=text, raw=text, date="2024-06-20", lang=lang))
    t = a.doc.text
    for q in a.quotes:
        assert _inside(t, q.cue) and _inside(t, q.message)
    for x in a.attributions:
        assert _inside(t, x.cue) and _inside(t, x.span)
        assert x.parent is None or x.parent in {y.id for y in a.attributions}
    for n in a.quantities:
        assert t[n.start : n.end] == n.text and n.bound in ("exact", "lower", "upper", "approx", "range")
    for tm in a.times:
        assert t[tm.start : tm.end] == tm.text


def test_stage_declares_its_layers() -> None:
    stage = AttributionStage(Config())
    assert set(stage.adds) == {"times", "attributions", "quotes", "quantities"}
    assert {"sentences", "mentions"} <= set(stage.needs)


def test_languages_can_be_limited() -> None:
    stage = AttributionStage(Config(languages=("de",)))
    assert set(stage.by_lang) == {"de"}


def test_analyze_prints_quotes_chain_quantities_and_dates(tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from foedus.cli import app

    f = tmp_path / "a.txt"
    f.write_text("According to US officials, more than 10,000 containers were sent since September. "
                 '"We will help," Kim Jong Un said yesterday.', encoding="utf-8")  # fmt: skip
    res = CliRunner().invoke(app, ["analyze", str(f), "--date", "2024-06-20", "--lang", "en"])
    assert res.exit_code == 0, res.output
    d = json.loads(next(line for line in res.stdout.splitlines() if line.startswith("{")))
    assert d["quotes"][0]["speaker"]["code"] == "PRK"
    kinds = [(x["kind"], x["source"]["text"]) for x in d["attributions"]]
    assert ("cites", "US officials") in kinds and kinds[0][0] == "outlet"
    q = d["quantities"][0]
    assert (q["value"], q["counted"], q["bound"]) == (10000, "containers", "lower")
    assert q["attribution"] == next(x["id"] for x in d["attributions"] if x["kind"] == "cites")
    assert {(t["value"], t["relation"]) for t in d["times"]} == {("2023-09", "since"), ("2024-06-19", "at")}
