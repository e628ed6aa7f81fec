"""Article extraction: foedus's HTML ingest + repairs against plain trafilatura, on two gold sets.

- ``article_extraction/trafilatura_eval``: per page, snippets that must appear
  in the main text ("with") and boilerplate that must not ("without"); we
  report the share found / absent and trafilatura's own precision, recall,
  F1 over snippets (a found "with" is a true positive, a found "without" a
  false positive).
- ``article_extraction/scrapinghub``: token precision/recall/F1 (bags of
  lower-cased word tokens) against the annotated ``articleBody``, averaged
  over pages.

Both systems run in the same process over the same bytes. "trafilatura" is
``trafilatura.extract(html)`` with its defaults; "foedus" is what ``foedus
code`` would see: the ingest reader (encoding, trafilatura without comments)
and the text stage's repairs.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from foedus.errors import DataUnavailable
from foedus.evaluate import Report
from foedus.evaluate.metrics import prf

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
Extractor = Callable[[bytes, str], str]


def foedus_text(html: bytes, source: str) -> str:
    """The clean text foedus's pipeline works on for this page ("" when ingest finds none)."""
    from foedus.ingest.sources import IngestOptions, read_bytes
    from foedus.records import Document
    from foedus.text.repair import repair

    docs = list(read_bytes(html, source, kind="html", options=IngestOptions(fetch_feed_items=False)))
    doc = docs[0] if docs and isinstance(docs[0], Document) else None
    return repair(doc.text, doc.meta.get("html_lang"))[0] if doc else ""


def trafilatura_text(html: bytes, source: str) -> str:
    """Plain trafilatura with its default settings."""
    import trafilatura

    try:
        return trafilatura.extract(html) or ""
    except Exception:  # count a crash as an empty extraction, as for foedus
        return ""


SYSTEMS: dict[str, Extractor] = {"foedus": foedus_text, "trafilatura": trafilatura_text}


def run(data_dir: Path, limit: int | None = None) -> Report:
    base = data_dir / "article_extraction"
    if not base.is_dir():
        raise DataUnavailable("article_extraction gold data absent", str(base))
    report = Report(name="extraction")
    for name, fn in (("trafilatura_eval", _snippets), ("scrapinghub", _tokens)):
        if not (base / name).is_dir():
            report.notes.append(f"{name}: absent, skipped")
            continue
        rows, seconds, n = fn(base / name, limit)
        report.tables[name] = rows
        for row in rows:
            for system in SYSTEMS:
                report.metrics[f"{name}.{system}.{row['label']}"] = row[system]
        report.notes.append(f"{name}: {n} pages, {', '.join(f'{s} {t:.1f} s' for s, t in seconds.items())}")
    if not report.tables:
        raise DataUnavailable("neither extraction gold set is present", str(base))
    return report


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _snippets(folder: Path, limit: int | None) -> tuple[list[dict[str, object]], dict[str, float], int]:
    gold = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    pages = [(v, folder / "html" / v["file"]) for v in gold.values() if (folder / "html" / v["file"]).is_file()]
    pages = pages[:limit] if limit else pages
    counts = {s: Counter() for s in SYSTEMS}
    seconds = dict.fromkeys(SYSTEMS, 0.0)
    for entry, path in pages:
        html = path.read_bytes()
        for system, extract in SYSTEMS.items():
            t0 = time.perf_counter()
            text = _norm(extract(html, str(path)))
            seconds[system] += time.perf_counter() - t0
            c = counts[system]
            for snippet in entry.get("with", []):
                c["tp" if _norm(snippet) in text else "fn"] += 1
            for snippet in entry.get("without", []):
                c["fp" if _norm(snippet) in text else "tn"] += 1
    rows = []
    for label in ("with found", "without absent", "precision", "recall", "f1"):
        row: dict[str, object] = {"label": label}
        for system, c in counts.items():
            p, r, f = prf(c["tp"], c["fp"], c["fn"])
            value = {
                "with found": c["tp"] / max(1, c["tp"] + c["fn"]),
                "without absent": c["tn"] / max(1, c["tn"] + c["fp"]),
                "precision": p, "recall": r, "f1": f,
            }[label]  # fmt: skip
            row[system] = round(value, 4)
        rows.append(row)
    return rows, seconds, len(pages)


def _tokens(folder: Path, limit: int | None) -> tuple[list[dict[str, object]], dict[str, float], int]:
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    items = [(k, v, folder / "html" / f"{k}.html.gz") for k, v in gold.items()]
    items = [x for x in items if x[2].is_file()]
    items = items[:limit] if limit else items
    sums = {s: [0.0, 0.0, 0.0] for s in SYSTEMS}
    seconds = dict.fromkeys(SYSTEMS, 0.0)
    for _key, entry, path in items:
        html = gzip.decompress(path.read_bytes())
        truth = Counter(_WORD.findall(entry.get("articleBody", "").lower()))
        for system, extract in SYSTEMS.items():
            t0 = time.perf_counter()
            pred = Counter(_WORD.findall(extract(html, str(path)).lower()))
            seconds[system] += time.perf_counter() - t0
            common = sum((truth & pred).values())
            p, r, f = prf(common, sum(pred.values()) - common, sum(truth.values()) - common)
            for i, v in enumerate((p, r, f)):
                sums[system][i] += v
    n = max(1, len(items))
    rows = []
    for i, label in enumerate(("precision", "recall", "f1")):
        rows.append({"label": label, **{s: round(v[i] / n, 4) for s, v in sums.items()}})
    return rows, seconds, len(items)
