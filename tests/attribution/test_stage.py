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
