"""foedus: news to political event data (PLOVER), offline and multilingual."""

from __future__ import annotations

from pathlib import Path

from foedus.config import Config
from foedus.errors import FoedusError, InputError
from foedus.pipeline import Pipeline, default_pipeline
from foedus.records import Analysis, Document, Event
from foedus.store.corpus import Corpus

__version__ = "0.1.0"


def analyze(text_or_path: str | Path, date: str | None = None, lang: str | None = None) -> Analysis:
    """Analyse one text, or one file (text or HTML), and return every layer."""
    from foedus.ingest import Skipped, read_inputs

    if isinstance(text_or_path, Path) or _is_file(str(text_or_path)):
        recs = list(read_inputs([str(text_or_path)], date=date, lang=lang))
        if not recs or isinstance(recs[0], Skipped):
            raise InputError(recs[0].reason if recs else "no document", str(text_or_path))
        doc = recs[0]
        assert isinstance(doc, Document)
    else:
        text = str(text_or_path)
        doc = Document(id=Document.make_id(text), text=text, raw=text, source="text", date=date, lang=lang)
    return default_pipeline()(doc)


def _is_file(s: str) -> bool:
    """True when ``s`` names an existing file; long or multi-line strings are text."""
    if "\n" in s or len(s.encode()) > 1024:
        return False
    try:
        return Path(s).is_file()
    except OSError:  # e.g. a path component longer than the file system allows
        return False


def code(text_or_path: str | Path, date: str | None = None, lang: str | None = None) -> list[Event]:
    """The PLOVER events of one text or file."""
    return analyze(text_or_path, date=date, lang=lang).events


__all__ = [
    "Analysis",
    "Config",
    "Corpus",
    "Document",
    "Event",
    "FoedusError",
    "InputError",
    "Pipeline",
    "analyze",
    "code",
]
