"""Rule-based time expressions resolved against the publication date.

A first layer of explicit and deictic expressions; dateparser is kept off the
hot path.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from foedus.records import TimeExpr

MONTHS = {
    "januar": 1, "january": 1, "janvier": 1, "enero": 1, "february": 2, "februar": 2, "février": 2, "febrero": 2,
    "march": 3, "märz": 3, "mars": 3, "marzo": 3, "april": 4, "avril": 4, "abril": 4, "may": 5, "mai": 5,
    "mayo": 5, "june": 6, "juni": 6, "juin": 6, "junio": 6, "july": 7, "juli": 7, "juillet": 7, "julio": 7,
    "august": 8, "août": 8, "agosto": 8, "september": 9, "septembre": 9, "septiembre": 9, "october": 10,
    "oktober": 10, "octobre": 10, "octubre": 10, "november": 11, "novembre": 11, "noviembre": 11,
    "december": 12, "dezember": 12, "décembre": 12, "diciembre": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\.?\s+(?:de\s+)?({_MONTH})\b(?:\s+(?:de\s+)?(\d{{4}}))?", re.I)
_MONTH_DAY = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})\b(?:,?\s+(\d{{4}}))?", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DEICTIC = {"yesterday": -1, "gestern": -1, "hier": -1, "ayer": -1, "вчера": -1, "вчора": -1,
            "today": 0, "heute": 0, "aujourd'hui": 0, "hoy": 0, "сегодня": 0, "сьогодні": 0}  # fmt: skip
_DEICTIC_RE = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, _DEICTIC)) + r")(?!\w)", re.I)


def find_times(text: str, pub: str | None) -> list[TimeExpr]:
    """Time expressions in ``text`` with ISO values where the publication date allows."""
    base = date.fromisoformat(pub) if pub else None
    out: list[TimeExpr] = []
    for m in _ISO.finditer(text):
        out.append(TimeExpr(m.group(), m.start(), m.end(), m.group()))
    for m in _DAY_MONTH.finditer(text):
        out.append(_day(m, int(m.group(1)), MONTHS[m.group(2).lower()], m.group(3), base))
    for m in _MONTH_DAY.finditer(text):
        out.append(_day(m, int(m.group(2)), MONTHS[m.group(1).lower()], m.group(3), base))
    for m in _DEICTIC_RE.finditer(text):
        value = (base + timedelta(days=_DEICTIC[m.group().lower()])).isoformat() if base else None
        out.append(TimeExpr(m.group(), m.start(), m.end(), value))
    return sorted(out, key=lambda t: t.start)


def _day(m: re.Match[str], day: int, month: int, year: str | None, base: date | None) -> TimeExpr:
    value = None
    y = int(year) if year else (base.year if base else None)
    if y is not None:
        try:
            d = date(y, month, day)
            if not year and base and d > base + timedelta(days=7):
                d = d.replace(year=y - 1)  # "19 June" in a January article means last June
            value = d.isoformat()
        except ValueError:
            value = None
    return TimeExpr(m.group(), m.start(), m.end(), value)
