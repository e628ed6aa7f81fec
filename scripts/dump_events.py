"""Dump every coded event of our own sentences, one line each, to prove a refactor changes no behaviour.

    PYTHONPATH=. .venv/bin/python scripts/dump_events.py > before.txt   # refactor, then
    PYTHONPATH=. .venv/bin/python scripts/dump_events.py > after.txt && diff before.txt after.txt

Sentences: the training set (templates filled as the loader fills them, hand-written sentences), the
held-out set (``data/heldout``) through the whole pipeline, and the marked test tables
(``tests/events/data/*.tsv``) through the event stage on their marked mentions (the tests' own helper,
hence ``PYTHONPATH=.``). A line holds the sentence's source, then per event its type, actor and
recipient codes, aux flags, mode and trigger.
"""

from __future__ import annotations

import sys
from pathlib import Path

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR, Config
from foedus.evaluate.heldout import load_rows
from foedus.events.stage import EventStage
from foedus.events.training import load_examples
from foedus.pipeline import Pipeline
from foedus.records import ActorRef, Document, Event
from tests.events.conftest import marked

TABLES = Path(__file__).resolve().parent.parent / "tests" / "events" / "data"
DATE = "2024-06-20"


def line(source: str, events: list[Event]) -> str:
    coded = [
        "|".join((e.event, _codes(e.actor), _codes(e.recipient), ",".join(e.aux), str(e.mode),
                  e.trigger.text if e.trigger else ""))
        for e in events
    ]  # fmt: skip
    return f"{source}\t" + "\t".join(coded)


def _codes(refs: list[ActorRef]) -> str:
    return ",".join(sorted(str(r.code) for r in refs))


def main() -> None:
    config = Config()
    pipeline, stage = Pipeline(config), EventStage(config)
    out = sys.stdout
    for n, ex in enumerate(load_examples(DATA_DIR)):
        doc = Document(id="dump", text=ex.text, raw=ex.text, date=DATE, lang=ex.lang)
        out.write(line(f"training:{ex.group}:{n}", pipeline(doc).events) + "\n")
    for row in load_rows(DATA_DIR):
        doc = Document(id="dump", text=row.text, raw=row.text, date=DATE, lang=row.lang)
        out.write(line(f"heldout:{row.source}", pipeline(doc).events) + "\n")
    for path in sorted(TABLES.glob("*.tsv")):
        for n, cells in enumerate(read_tsv(path)):
            text = next((c for c in cells if "|" in c and "[" in c), None)
            if text is not None:
                out.write(line(f"{path.name}:{n}", stage(marked(text, cells[0])).events) + "\n")


if __name__ == "__main__":
    main()
