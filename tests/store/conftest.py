"""Fixture articles written for these tests (our own words) and a helper to build small corpora."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from foedus.config import Config
from foedus.pipeline import Pipeline
from foedus.records import Analysis, Document, Event, Evidence

# Two reports of the Russia–DPRK signing, in two languages, from two outlets.
SIGNING_EN = (
    "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence pact "
    "in Pyongyang on 19 June 2024. Each side promised to come to the other's aid if attacked."
)
SIGNING_RU = (
    "Президент России Владимир Путин и лидер КНДР Ким Чен Ын 19 июня 2024 года подписали в Пхеньяне "
    "договор о взаимной обороне. Стороны обязались оказать друг другу военную помощь в случае нападения."
)
VISIT_AND_ARMS_EN = (
    "Putin visited Pyongyang in June 2024. North Korea supplied artillery shells to Russia, US officials said."
)
UNRELATED_EN = "Germany and France signed an agreement on energy on 3 March 2024."


def doc(doc_id: str, text: str, date: str, site: str | None = None, lang: str | None = None) -> Document:
    return Document(id=doc_id, text=text, raw=text, date=date, site=site, lang=lang, source=f"test:{doc_id}")


@pytest.fixture
def signing_docs() -> list[Document]:
    return [
        doc("sign-en", SIGNING_EN, "2024-06-20", site="example-wire.test"),
        doc("sign-ru", SIGNING_RU, "2024-06-19", site="primer-novosti.test"),
    ]


@pytest.fixture
def small_corpus(signing_docs: list[Document]) -> list[Document]:
    return [
        *signing_docs,
        doc("visit-en", VISIT_AND_ARMS_EN, "2024-06-25", site="example-daily.test"),
        doc("other-en", UNRELATED_EN, "2024-03-04", site="example-wire.test"),
    ]


STATES = ["Russia", "North Korea", "China", "Iran", "Germany", "France", "Ukraine", "South Korea", "Britain"]
TEMPLATES = [
    "{a} and {b} signed an agreement on trade on {d}.",
    "{a} accused {b} of spreading lies on {d}.",
    "{a} threatened {b} with new measures on {d}.",
    "Officials from {a} visited {b} on {d} for talks.",
    "{a} supplied weapons to {b} on {d}, officials said.",
    "{a} condemned the attack on {b} on {d}.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def generated_jsonl(path: Path, n: int, seed: int = 7) -> Path:
    """``n`` short generated news items as JSONL (deterministic), each with a few events."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            lines = []
            for _ in range(3):
                a, b = rng.sample(STATES, 2)
                d = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2024"
                lines.append(rng.choice(TEMPLATES).format(a=a, b=b, d=d))
            rec = {"id": f"gen-{i:04d}", "text": " ".join(lines), "date": "2024-11-01", "site": f"outlet{i % 5}.test"}
            fh.write(json.dumps(rec) + "\n")
    return path


KEYWORDS = {"signed": "AGREE", "accused": "ACCUSE", "threatened": "THREATEN", "visited": "CONSULT",
            "supplied": "AID", "condemned": "ACCUSE"}  # fmt: skip


class SentenceEvents:
    """A test coder: one event per generated sentence with a keyword and two actors.

    The store tests that ingest hundreds of generated documents use it instead of
    the real coder, so they test the store, stay fast, and do not change when the
    coder improves.
    """

    name, needs, adds = "events", ("sentences", "mentions", "times"), ("events",)

    def __call__(self, analysis: Analysis) -> Analysis:
        from foedus.records import ActorRef

        doc = analysis.doc
        for i, s in enumerate(analysis.sentences):
            kind = next((t for k, t in KEYWORDS.items() if k in s.text), None)
            codes = [m for m in analysis.mentions if s.start <= m.start < s.end and m.actor.code]
            if kind is None or len(codes) < 2:
                continue
            a, b = codes[0], next((m for m in codes if m.actor.code != codes[0].actor.code), codes[1])
            when = next((t.value for t in analysis.times if s.start <= t.start < s.end and t.value), doc.date)
            analysis.events.append(Event(
                id=f"{doc.id}:{i}", doc_id=doc.id, event=kind, date=when,
                actor=[ActorRef(a.text, a.actor.code)], recipient=[ActorRef(b.text, b.actor.code)],
                evidence=[Evidence(s.text, s.start, s.end)],
            ))  # fmt: skip
        return analysis


def light_pipeline() -> Pipeline:
    """The default text, actor and attribution stages with the test coder (importable by Dask workers)."""
    from foedus.actors.tagger import ActorTagger
    from foedus.attribution.stage import AttributionStage
    from foedus.text.stage import TextStage

    config = Config()
    return Pipeline(config, stages=[TextStage(config), ActorTagger(config), AttributionStage(config),
                                    SentenceEvents()])  # fmt: skip
