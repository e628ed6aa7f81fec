"""The text stage: repair, language, sentences."""

from __future__ import annotations

from foedus.config import Config
from foedus.records import Analysis
from foedus.text.language import detect
from foedus.text.repair import repair
from foedus.text.segment import segment


class TextStage:
    name = "text"
    needs = ("doc",)
    adds = ("repairs", "sentences", "lang")

    def __init__(self, config: Config) -> None:
        self.config = config

    def __call__(self, analysis: Analysis) -> Analysis:
        doc = analysis.doc
        doc.text, repairs = repair(doc.text)
        analysis.repairs.extend(repairs)
        if not doc.lang:
            doc.lang = detect(doc.text)
        analysis.sentences = segment(doc.text)
        for sent in analysis.sentences:
            sent.lang = doc.lang
        return analysis
