"""The actor stage: find alias mentions in the clean text and resolve them to actors."""

from __future__ import annotations

import re

from foedus.actors.data import load_actors, load_aliases
from foedus.config import Config
from foedus.records import Analysis, Mention


class ActorTagger:
    """Longest-match alias tagging with a short inflection allowance."""

    name = "actors"
    needs = ("sentences",)
    adds = ("mentions",)

    def __init__(self, config: Config) -> None:
        self.actors = load_actors(config.data_dir)
        self.by_alias: dict[str, str] = {}
        parts = []
        for alias, aid, _lang in sorted(load_aliases(config.data_dir), key=lambda r: -len(r[0])):
            key = _norm(alias)
            if key in self.by_alias:
                continue
            self.by_alias[key] = aid
            body = re.escape(alias).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]*")
            # Short all-caps codes (US, EU) match exactly; longer names may carry case endings.
            parts.append(f"(?-i:{body})" if len(alias) <= 3 else f"{body}\\w{{0,4}}")
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.I)

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.doc.text
        for m in self.pattern.finditer(text):
            aid = self._resolve(m.group())
            if aid and aid in self.actors:
                actor = self.actors[aid]
                analysis.mentions.append(Mention(m.start(), m.end(), m.group(), actor, sector=actor.sector))
        return analysis

    def _resolve(self, surface: str) -> str | None:
        key = _norm(surface)
        for cut in range(0, 5):
            stem = key[: len(key) - cut] if cut else key
            if stem in self.by_alias:
                return self.by_alias[stem]
        return None


def _norm(name: str) -> str:
    return re.sub(r"[\s-]+", " ", name.lower()).strip()
