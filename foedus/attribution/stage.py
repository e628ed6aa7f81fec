"""The attribution stage: time expressions, quotes, the reporting chain and quantities.

Runs after actors (speakers resolve through ``analysis.mentions``) and before
events (the event stage dates events from ``times`` and attributes them by
span containment).
"""

from __future__ import annotations

import time

from foedus.attribution.chain import ChainBuilder, assign_quantities
from foedus.attribution.dates import TimeFinder
from foedus.attribution.lexicon import Lexicon, load_lexicons
from foedus.attribution.quantities import QuantityFinder
from foedus.attribution.quotes import QuoteFinder
from foedus.attribution.speakers import SpeakerResolver
from foedus.config import Config
from foedus.records import Analysis

FALLBACK_LANG = "en"


class _ForLanguage:
    """The compiled finders of one language."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.times = TimeFinder(lexicon)
        self.quotes = QuoteFinder(lexicon)
        self.chain = ChainBuilder(lexicon)
        self.quantities = QuantityFinder(lexicon)


class AttributionStage:
    name = "attribution"
    needs = ("sentences", "mentions")
    adds = ("times", "attributions", "quotes", "quantities")

    def __init__(self, config: Config) -> None:
        self.config = config
        lexicons = load_lexicons(config.data_dir)
        wanted = config.languages or tuple(lexicons)
        self.by_lang = {lang: _ForLanguage(lex) for lang, lex in lexicons.items() if lang in wanted}

    def __call__(self, analysis: Analysis) -> Analysis:
        self.profile(analysis)
        return analysis

    def profile(self, analysis: Analysis) -> dict[str, float]:
        """Fill the four layers and return the seconds each part took (for ``foedus bench``)."""
        doc = analysis.doc
        tools = self.by_lang.get(doc.lang or "") or self.by_lang.get(FALLBACK_LANG) or next(iter(self.by_lang.values()))
        t0 = time.perf_counter()
        analysis.times = tools.times(doc.text, doc.date)
        t1 = time.perf_counter()
        resolver = SpeakerResolver(
            tools.lexicon, doc.text, analysis.mentions, [(t.start, t.end) for t in analysis.times]
        )
        cues = tools.chain.source_cues(doc.text)
        found = tools.quotes(doc.text, analysis.sentences, resolver, cues)
        analysis.quotes = [f.quote for f in found]
        analysis.attributions = tools.chain(doc, analysis.sentences, found, resolver, cues)
        t2 = time.perf_counter()
        analysis.quantities = tools.quantities(doc.text, skip=[(t.start, t.end) for t in analysis.times])
        assign_quantities(analysis.quantities, analysis.attributions)
        t3 = time.perf_counter()
        return {"dates": t1 - t0, "quotes+chain": t2 - t1, "quantities": t3 - t2}
