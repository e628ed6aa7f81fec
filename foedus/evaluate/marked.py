"""Sentences with actor mentions marked inline, as our test and development tables write them.

``[Russia|RUS] attacked [Ukraine|UKR]`` marks two mentions; ``[Putin|RUS:person/GOV]`` adds the actor
kind and ``[troops|RUS/MIL]`` a PLOVER sector. One parser serves the event tests and ``eval heldout``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MARK = re.compile(r"\[([^\]|]+)\|([A-Z]{3})(?::(\w+))?(?:/([A-Z]{3}))?\]")


@dataclass(frozen=True)
class MarkedSpan:
    """One marked mention: offsets into the clean text, its surface, code, actor kind and sector."""

    start: int
    end: int
    surface: str
    code: str
    kind: str = "state"
    sector: str | None = None


def parse_marked(text: str) -> tuple[str, list[MarkedSpan]]:
    """The text without marks and the marked spans, in order."""
    clean, spans, pos = "", [], 0
    for m in MARK.finditer(text):
        clean += text[pos : m.start()]
        start = len(clean)
        clean += m.group(1)
        spans.append(MarkedSpan(start, len(clean), m.group(1), m.group(2), m.group(3) or "state", m.group(4)))
        pos = m.end()
    return clean + text[pos:], spans
