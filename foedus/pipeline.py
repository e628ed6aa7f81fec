"""Builds the stage list from a Config and runs documents through it.

A stage is a callable ``Analysis -> Analysis`` with a ``name`` and the layers
it ``needs`` and ``adds``; the pipeline checks the wiring once, at start-up.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import Protocol

from foedus.config import Config
from foedus.errors import ConfigError
from foedus.records import Analysis, Document


class Stage(Protocol):
    name: str
    needs: tuple[str, ...]
    adds: tuple[str, ...]

    def __call__(self, analysis: Analysis) -> Analysis: ...


def default_stages(config: Config) -> list[Stage]:
    """The offline default pipeline, in flow order."""
    from foedus.actors.tagger import ActorTagger
    from foedus.attribution.stage import AttributionStage
    from foedus.events.stage import EventStage
    from foedus.text.stage import TextStage

    return [
        TextStage(config),
        ActorTagger(config),
        AttributionStage(config),
        EventStage(config),
    ]


class Pipeline:
    """Runs a fixed list of stages over documents; build once, call many times."""

    def __init__(self, config: Config | None = None, stages: list[Stage] | None = None) -> None:
        self.config = config or Config()
        self.stages = stages if stages is not None else default_stages(self.config)
        check_wiring(self.stages)

    def __call__(self, doc: Document) -> Analysis:
        analysis = Analysis(doc=doc)
        for stage in self.stages:
            t0 = time.perf_counter()
            analysis = stage(analysis)
            analysis.timings[stage.name] = analysis.timings.get(stage.name, 0.0) + (time.perf_counter() - t0)
        return analysis

    def run(self, docs: Iterable[Document]) -> Iterator[Analysis]:
        for doc in docs:
            yield self(doc)


def check_wiring(stages: list[Stage]) -> None:
    """Fail at start-up when a stage needs a layer no earlier stage adds."""
    have = {"doc"}
    for stage in stages:
        missing = set(stage.needs) - have
        if missing:
            raise ConfigError(f"stage {stage.name!r} needs {sorted(missing)} which no earlier stage adds")
        have |= set(stage.adds)


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """A process-wide default pipeline (lexicons and models load once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT
