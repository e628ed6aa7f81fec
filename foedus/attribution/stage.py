"""The attribution stage: time expressions, quotes, the reporting chain and quantities.

Runs after actors (speakers resolve through ``analysis.mentions``) and before
events (the event stage dates events from ``times`` and attributes them by
span containment).
"""

from __future__ import annotations

from foedus.attribution.chain import ChainBuilder, assign_quantities
from foedus.attribution.dates import TimeFinder
from foedus.attribution.lexicon import load_lexicons
from foedus.attribution.quantities import QuantityFinder
from foedus.attribution.quotes import QuoteFinder
from foedus.attribution.speakers import SpeakerResolver
from foedus.config import Config
from foedus.records import Analysis

FALLBACK_LANG = "en"


class _ForLanguage:
    """The compiled finders of one language."""

    def __init__(self, lexicon) -> None:  # type: ignore[no-untyped-def]
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
        doc = analysis.doc
        tools = self.by_lang.get(doc.lang or "") or self.by_lang.get(FALLBACK_LANG) or next(iter(self.by_lang.values()))
        analysis.times = tools.times(doc.text, doc.date)
        resolver = SpeakerResolver(tools.lexicon, doc.text, analysis.mentions)
        found = tools.quotes(doc.text, analysis.sentences, resolver)
        analysis.quotes = [f.quote for f in found]
        analysis.attributions = tools.chain(doc, analysis.sentences, found, resolver)
        analysis.quantities = tools.quantities(doc.text, skip=[(t.start, t.end) for t in analysis.times])
        assign_quantities(analysis.quantities, analysis.attributions)
        return analysis
