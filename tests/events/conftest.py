"""Helpers for event tests: analyses built from marked-up text, so the coder is tested apart from
the actor stage. ``[Russia|RUS] attacked [Ukraine|UKR]`` marks two mentions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from foedus.config import Config
from foedus.evaluate.marked import parse_marked
from foedus.events.stage import EventStage
from foedus.records import Actor, Analysis, Document, Mention, TimeExpr
from foedus.text.segment import segment


def marked(text: str, lang: str, date: str = "2024-06-20", times: list[TimeExpr] | None = None) -> Analysis:
    """An analysis whose mentions are the marked spans (``[surface|CODE]``, ``[surface|CODE:kind]``, with an
    optional sector: ``[troops|RUS/MIL]``, ``[Putin|RUS:person/GOV]``)."""
    clean, spans = parse_marked(text)
    mentions = []
    for s in spans:
        key = s.code if s.kind == "state" else s.surface  # a person or group is its own actor
        actor = Actor(id=key, name=s.code, kind=s.kind, code=s.code)
        mentions.append(Mention(s.start, s.end, s.surface, actor, sector=s.sector))
    doc = Document(id="t", text=clean, raw=clean, date=date, lang=lang)
    a = Analysis(doc=doc, sentences=segment(clean), mentions=mentions)
    for s in a.sentences:
        s.lang = lang
    a.times = times or []
    return a


@pytest.fixture(scope="session")
def stage() -> EventStage:
    return EventStage(Config())


@pytest.fixture
def code(stage: EventStage) -> Callable[..., Analysis]:
    def run(text: str, lang: str = "en", **kw: object) -> Analysis:
        return stage(marked(text, lang, **kw))  # type: ignore[arg-type]

    return run


def codes(refs: list) -> set[str]:  # type: ignore[type-arg]
    return {r.code for r in refs}


def fake_probs(stage: EventStage, monkeypatch: pytest.MonkeyPatch, floor: float, probs: dict[str, float]) -> None:
    """The classifier returns ``probs`` (read at call time, so a test may change them) and ``floor`` elsewhere."""
    labels = stage.coder.classifier.labels  # type: ignore[attr-defined]

    def predict(texts: list[str], hints: object = None) -> np.ndarray:
        p = np.full((len(texts), len(labels)), floor)
        for label, value in probs.items():
            p[:, labels.index(label)] = value
        return p

    monkeypatch.setattr(stage.coder.classifier, "predict_proba", predict)  # type: ignore[attr-defined]


def template_blocks(path: Path) -> dict[str, tuple[str, list[str]]]:
    """CAMEO code -> (PLOVER type of its ``# <code> <description> -> <TYPE>`` header, the types of its templates)."""
    blocks: dict[str, tuple[str, list[str]]] = {}
    current = ""
    for line in path.read_text(encoding="utf-8").splitlines()[2:]:
        if line.startswith("# "):
            current = line.split()[1] if line[2:3].isdigit() else ""
            if current:
                blocks[current] = (line.split("-> ", 1)[1].split()[0], [])
        elif line.strip() and current:
            blocks[current][1].append(line.split("\t", 1)[0])
    return blocks
