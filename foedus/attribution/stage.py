"""The attribution stage: time expressions and the document's outlet as root source."""

from __future__ import annotations

from foedus.attribution.dates import find_times
from foedus.config import Config
from foedus.records import ActorRef, Analysis, Attribution


class AttributionStage:
    name = "attribution"
    needs = ("sentences", "mentions")
    adds = ("times", "attributions", "quotes", "quantities")

    def __init__(self, config: Config) -> None:
        self.config = config

    def __call__(self, analysis: Analysis) -> Analysis:
        doc = analysis.doc
        analysis.times = find_times(doc.text, doc.date)
        outlet = doc.site or doc.url or doc.source or "unknown outlet"
        analysis.attributions.append(
            Attribution(id=f"{doc.id}:a0", source=ActorRef(text=outlet, code=None, name=outlet), kind="outlet")
        )
        return analysis
