"""The text stage: repair, language, sentences (with their own language when it differs)."""

from __future__ import annotations

from foedus.config import Config
from foedus.records import Analysis
from foedus.text.furniture import FurnitureFilter
from foedus.text.language import SentenceLanguages
from foedus.text.repair import repair
from foedus.text.segment import segment


class TextStage:
    name = "text"
    needs = ("doc",)
    adds = ("repairs", "sentences", "lang")

    def __init__(self, config: Config) -> None:
        self.config = config
        self.furniture = FurnitureFilter()
        self.languages = SentenceLanguages()

    def __call__(self, analysis: Analysis) -> Analysis:
        doc = analysis.doc
        doc.text, repairs = repair(doc.text, doc.lang, self.furniture)
        analysis.repairs.extend(repairs)
        if not doc.lang:
            doc.lang = self.languages.document(doc.text) or doc.meta.get("html_lang")
        analysis.sentences = segment(doc.text, doc.lang)
        self.languages.tag(analysis.sentences, doc.lang)
        return analysis
