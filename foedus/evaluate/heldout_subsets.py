"""The held-out subsets (subfolders of ``data/heldout``), each scored apart from the main held-out set so every
figure stays comparable; each has a per-CAMEO-root table.

- ``cameo``: one clean wire sentence per CAMEO code of the CAMEO->PLOVER table, in seven languages.
- ``hard``: one hard English sentence per CAMEO code (long sentences, late or journalese verbs, nominalised events,
  metonyms and implied actors, subsidiary event words), written by two writers blind to our lexicons, training data
  and coder; since session 8 also one native agency-style sentence per two- and three-digit CAMEO code in German,
  French, Spanish, Russian, Ukrainian and Arabic (``<lang>.tsv``, a writer each, same brief, about one row in ten in
  machine-translated style). A test set: its misses are never read while the coder is being changed.
- ``hard_dev``: the same brief, other writers; the development half, whose misses we do read to find what the coder
  cannot yet read (fixes go into lexicons and templates as general rules, never as copies of its sentences). English
  since session 7; German, French, Spanish, Russian, Ukrainian and Arabic since session 9 (``<lang>.tsv``, 158 rows
  each, a new blind writer per language); a third set since session 10 (``<lang>_3.tsv``, new writers, agency copy
  with attributions and reporting chains), scored per file too (table ``per_file``) so its first run stays readable.
"""

from __future__ import annotations

from pathlib import Path

from foedus.config import Config
from foedus.evaluate import Report
from foedus.evaluate.heldout import evaluate


def cameo(data_dir: Path | None = None, config: Config | None = None) -> Report:
    """Score the default pipeline on the CAMEO held-out set (``data_dir``, the gold folder, is not needed)."""
    return evaluate(config, "cameo")[0]


def hard(data_dir: Path | None = None, config: Config | None = None) -> Report:
    """Score the default pipeline on the hard test set (English and six other languages; figures per language)."""
    return evaluate(config, "hard")[0]


def hard_dev(data_dir: Path | None = None, config: Config | None = None) -> Report:
    """Score the default pipeline on the hard development set (seven languages; figures per language)."""
    return evaluate(config, "hard_dev")[0]
