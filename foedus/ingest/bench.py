"""The ``ingest`` section of ``foedus bench``: HTML and plain-text ingest throughput on one core.

Pages are generated here (an article body inside navigation, sharing links,
a comment section and a footer), so the figures are reproducible anywhere.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from foedus.bench import SECTIONS
from foedus.ingest.sources import IngestOptions, Skipped, read_inputs

_PARAGRAPHS = (
    "The foreign ministers of France and Germany met in Berlin on Tuesday to discuss support for Ukraine.",
    "According to officials, the talks focused on air defence, reconstruction funds and sanctions against Russia.",
    "Die Außenminister vereinbarten am 19. Juni weitere Gespräche, sagte ein Sprecher in Berlin.",
    "Critics said the package of 300.000 euros was too small, while others welcomed the agreement as a first step.",
)


def _page(i: int) -> str:
    body = "".join(f"<p>{_PARAGRAPHS[(i + k) % len(_PARAGRAPHS)]} ({i}-{k})</p>" for k in range(8))
    return (
        f"<!doctype html><html lang='en'><head><title>Report {i}</title>"
        f"<link rel='canonical' href='https://news.example/{i}'></head><body>"
        "<nav><a href='/'>Home</a><a href='/world'>World</a><a href='/politics'>Politics</a></nav>"
        f"<article><h1>Ministers meet over aid, report {i}</h1>{body}</article>"
        "<aside><h3>Related topics</h3><ul><li><a href='/a'>Sanctions</a></li>"
        "<li><a href='/b'>Energy</a></li></ul></aside>"
        "<section id='comments'><h3>Leave a Reply</h3><p>Great article, thanks!</p></section>"
        "<footer>© News Example. All rights reserved.</footer></body></html>"
    )


_MIXED = (
    "Der Kreml kündigte am Mittwoch neue Gespräche mit Peking an. Die Regierung in Berlin reagierte zurückhaltend. "
    "„Wir prüfen das Angebot“, sagte ein Sprecher. The White House declined to comment on the talks. "
    "Nach Angaben von Diplomaten sollen die Gespräche im Juli beginnen.",
    "Президент России провёл переговоры с лидером КНДР в Пхеньяне. Стороны подписали договор о партнёрстве. "
    "Україна засудила цю угоду як загрозу для безпеки регіону. Москва отвергла критику Киева.",
    "Le ministre français a rencontré son homologue allemand à Paris. "
    "Les deux pays ont signé un accord de coopération. "
    "Les négociations reprendront en septembre, selon le communiqué.",
)


def _text(i: int) -> str:
    return "\n\n".join(f"{_PARAGRAPHS[(i + k) % len(_PARAGRAPHS)]} ({i}-{k})" for k in range(8))


def _rate(folder: Path) -> tuple[int, float]:
    t0 = time.perf_counter()
    n = sum(1 for r in read_inputs([str(folder)], options=IngestOptions()) if not isinstance(r, Skipped))
    return n, time.perf_counter() - t0


def ingest_section(n_docs: int) -> dict[str, Any]:
    """Pages/s for HTML ingest (trafilatura with metadata) and docs/s for plain text, files on disk."""
    n_html = max(10, min(n_docs, 200))
    with tempfile.TemporaryDirectory() as tmp:
        html_dir, text_dir = Path(tmp, "html"), Path(tmp, "text")
        html_dir.mkdir()
        text_dir.mkdir()
        for i in range(n_html):
            (html_dir / f"{i}.html").write_text(_page(i), encoding="utf-8")
        for i in range(n_docs):
            (text_dir / f"{i}.txt").write_text(_text(i), encoding="utf-8")
        _rate(html_dir)  # warm-up: imports and trafilatura's first-call setup
        html_n, html_s = _rate(html_dir)
        text_n, text_s = _rate(text_dir)
    sentences, checked, stage_s = _text_stage(n_docs)
    return {
        "text_stage_sentences": sentences,
        "text_stage_sentences_per_s": round(sentences / stage_s, 1),
        "sentences_sent_to_lingua": checked,
        "html_pages": html_n,
        "html_pages_per_s": round(html_n / html_s, 1),
        "text_docs": text_n,
        "text_docs_per_s": round(text_n / text_s, 1),
    }


def _text_stage(n_docs: int) -> tuple[int, int, float]:
    """The text stage (repair, language, segmentation) on mixed-language documents."""
    from foedus.config import Config
    from foedus.records import Analysis, Document
    from foedus.text.stage import TextStage

    stage = TextStage(Config())
    stage(Analysis(doc=Document(id="warm", text=_MIXED[0])))
    n = 0
    t0 = time.perf_counter()
    for i in range(n_docs):
        text = f"{_MIXED[i % len(_MIXED)]}\n\n{_text(i)}"
        n += len(stage(Analysis(doc=Document(id=str(i), text=text))).sentences)
    return n, stage.languages.checked, time.perf_counter() - t0


SECTIONS["ingest"] = ingest_section
