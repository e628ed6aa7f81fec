"""Time expressions resolved against the publication date, from per-language rules.

The rule layer reads ``dates.tsv`` (months, weekdays, deictic and relative
phrases, "vor {N} {U}" patterns, prepositions that set the relation). Values
are ISO dates (day; for a week, its Monday), ``YYYY-MM`` (month) or ``YYYY``
(year). dateparser is only a fallback on small candidate spans the rules
matched but could not resolve, never run over whole text (it reads "die" and
"mit" as weekdays and is slow).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta

from foedus.attribution.lexicon import Lexicon, alternation, words
from foedus.errors import InputError
from foedus.records import TimeExpr

_UNIT_DAYS = {"day": 1, "week": 7}


class TimeFinder:
    """Finds and resolves time expressions in one language; build once per language."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        d = lex.dates
        self.relation = {w: "since" for w in d.get("since", {})} | {w: "until" for w in d.get("until", {})}
        self.relation |= {w: "at" for w in d.get("at", {})}
        pre = alternation(self.relation) or r"(?!x)x"
        months = alternation(d.get("month", {})) or r"(?!x)x"
        yw = alternation(d.get("yearword", {})) or r"(?!x)x"
        p = ""  # a preposition before an expression is looked up after the match (an optional prefix is slow)
        self.pre = re.compile(rf"(?<!\w)({pre})[\s-]+$", re.I)
        self.patterns: list[tuple[str, re.Pattern[str]]] = [
            ("iso", re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?!\d)")),
            ("numeric", re.compile(rf"(?<![\w.]){p}(?P<day>\d{{1,2}})\.(?P<mon>\d{{1,2}})\.(?P<year>\d{{4}})?(?!\d)")),
            ("day_month", re.compile(
                rf"(?<!\w){p}(?P<day>\d{{1,2}})(?:\.|st|nd|rd|th|er)?\s+(?:de\s+|of\s+)?(?P<month>{months})(?!\w)(?:,?\s+(?:de\s+)?(?P<year>\d{{4}}))?",
                re.I)),
            ("month_day", re.compile(
                rf"(?<!\w){p}(?P<month>{months})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\w)(?:,?\s+(?P<year>\d{{4}}))?",
                re.I)),
            ("month", re.compile(rf"(?<!\w){p}(?P<month>{months})(?!\w)(?:\s+(?:de\s+)?(?P<year>\d{{4}}))?", re.I)),
            ("year", re.compile(
                rf"(?<!\w){p}(?:(?P<yw>{yw})\s+)?(?P<year>(?:1[89]|20)\d\d)(?!\w)(?:\s+(?P<yw2>{yw})(?!\w))?", re.I)),
        ]  # fmt: skip
        units = ("year", "month", "week", "day")
        rel = {w: v for k in units for w, v in d.get(f"{k}-offset", {}).items()}
        self.kind_of = {w: k for k in units for w in d.get(f"{k}-offset", {})}
        self.offset = {w: int(v) for w, v in rel.items()}
        if rel:
            self.patterns.append(("relative", re.compile(rf"(?<!\w){p}(?P<rel>{alternation(rel)})(?!\w)", re.I)))
        if d.get("weekday"):
            self.patterns.append(("weekday", re.compile(rf"(?<!\w){p}(?P<wd>{alternation(d['weekday'])})(?!\w)", re.I)))
        numbers = alternation({w for w, v in lex.numbers.items() if v[1] in ("num", "numx")}) or r"(?!x)x"
        units = alternation(d.get("unit", {})) or r"(?!x)x"
        for pattern in lex.ago:
            body = re.escape(pattern).replace(r"\ ", r"\s+")
            body = body.replace(r"\{N\}", rf"(?P<n>\d+|{numbers})").replace(r"\{U\}", rf"(?P<unit>{units})")
            self.patterns.append(("ago", re.compile(rf"(?<!\w){p}{body}(?!\w)", re.I)))
        self.future = (
            re.compile(rf"(?<!\w)(?:{alternation(d.get('future', {}))})(?!\w)", re.I) if d.get("future") else None
        )
        self.cased = lex.cased_dates  # en/de write month and weekday names with a capital
        self._index_triggers(lex)

    def _index_triggers(self, lex: Lexicon) -> None:
        """Which patterns can start at a word: digits start the numeric ones, month names the month ones..."""
        d = lex.dates
        self.at_digit = [(k, rx) for k, rx in self.patterns if k in ("iso", "numeric", "day_month", "year")]
        self.at_word: dict[str, list[tuple[str, re.Pattern[str]]]] = defaultdict(list)
        by_kind = dict(self.patterns)
        starts = {
            "month_day": d.get("month", {}), "month": d.get("month", {}), "year": d.get("yearword", {}),
            "relative": self.kind_of, "weekday": d.get("weekday", {}),
        }  # fmt: skip
        for kind, surfaces in starts.items():
            for surface in surfaces:
                if kind in by_kind:
                    self.at_word[_first_word(surface)].append((kind, by_kind[kind]))
        ago = [rx for k, rx in self.patterns if k == "ago"]
        for pattern, rx in zip(lex.ago, ago, strict=True):
            if pattern.startswith("{N}"):
                self.at_digit.append(("ago", rx))
                for w, (_v, kind) in lex.numbers.items():
                    if kind in ("num", "numx"):
                        self.at_word[_first_word(w)].append(("ago", rx))
            else:
                self.at_word[_first_word(pattern)].append(("ago", rx))

    def __call__(self, text: str, pub: str | None) -> list[TimeExpr]:
        """Time expressions in ``text`` with values where the publication date allows."""
        base = publication_date(pub)
        cands: list[TimeExpr] = []
        for pos, word in words(text):
            for kind, rx in self.at_digit if word[0].isdigit() else self.at_word.get(word, ()):
                m = rx.match(text, pos)
                if m:
                    t = self._resolve(kind, m, text, base)
                    if t is not None:
                        cands.append(t)
        return _longest(cands)

    def _resolve(self, kind: str, m: re.Match[str], text: str, base: date | None) -> TimeExpr | None:
        g = m.groupdict()
        pm = self.pre.search(text, max(0, m.start() - 25), m.start())
        g["pre"] = pm.group(1) if pm else None
        relation = self.relation.get(_norm(g["pre"] or ""), "at")
        start = pm.start() if pm else m.start()
        t = TimeExpr(text[start : m.end()], start, m.end(), None, "day", relation)
        if kind in ("iso", "numeric", "day_month", "month_day"):
            month = int(g["mon"]) if g.get("mon") else self._month(g["month"])
            year = int(g["year"]) if g.get("year") else None
            t.value = _day(int(g["day"]), month, year, base)
            if t.value is None and kind in ("day_month", "month_day"):
                t.value = fallback(t.text, self.lex.lang, base)
            return t if t.value or kind != "numeric" else None
        if kind == "month":
            if not (g.get("pre") or g.get("year")) and self.cased and not m.group("month")[:1].isupper():
                return None
            if not (g.get("pre") or g.get("year")) and len(m.group("month")) <= 3:
                return None  # "May", "mai" alone are too often other words
            month = self._month(g["month"])
            year = int(g["year"]) if g.get("year") else _last_year_of_month(month, base)
            t.precision, t.value = "month", f"{year:04d}-{month:02d}" if year else None
            return t
        if kind == "year":
            if not (g.get("pre") or g.get("yw") or g.get("yw2")):
                return None
            t.precision, t.value = "year", g["year"]
            return t
        if kind == "relative":
            return self._relative(t, g["rel"], base)
        if kind == "weekday":
            if self.cased and not m.group("wd")[:1].isupper():
                return None
            return self._weekday(t, int(self.lex.dates["weekday"][_norm(g["wd"])]), text, base)
        if kind == "ago":
            n_raw = g["n"]
            n = int(n_raw) if n_raw.isdigit() else int(self.lex.numbers[_norm(n_raw)][0])
            return self._ago(t, n, self.lex.dates["unit"][_norm(g["unit"])], base)
        return None

    def _month(self, word: str) -> int:
        return int(self.lex.dates["month"][_norm(word)])

    def _relative(self, t: TimeExpr, phrase: str, base: date | None) -> TimeExpr:
        key = _norm(phrase)
        unit, off = self.kind_of[key], self.offset[key]
        t.precision = unit
        if base is None:
            return t
        if unit == "year":
            t.value = str(base.year + off)
        elif unit == "month":
            y, mo = divmod(base.year * 12 + base.month - 1 + off, 12)
            t.value = f"{y:04d}-{mo + 1:02d}"
        elif unit == "week":
            t.value = _iso_week(base + timedelta(weeks=off))
        else:
            t.value = (base + timedelta(days=off)).isoformat()
        return t

    def _weekday(self, t: TimeExpr, wd: int, text: str, base: date | None) -> TimeExpr:
        if base is None:
            return t
        lo = max(text.rfind(".", 0, t.start), text.rfind("\n", 0, t.start)) + 1
        hi = min(x for x in (text.find(".", t.end), text.find("\n", t.end), len(text)) if x >= 0)
        if self.future and self.future.search(text, lo, hi):
            t.value = (base + timedelta(days=(wd - base.weekday()) % 7 or 7)).isoformat()
        else:
            t.value = (base - timedelta(days=(base.weekday() - wd) % 7)).isoformat()
        return t

    def _ago(self, t: TimeExpr, n: int, unit: str, base: date | None) -> TimeExpr:
        t.precision = unit
        if base is None:
            return t
        if unit in _UNIT_DAYS:
            d = base - timedelta(days=n * _UNIT_DAYS[unit])
            t.value = d.isoformat() if unit == "day" else _iso_week(d)
        elif unit == "month":
            y, mo = divmod(base.year * 12 + base.month - 1 - n, 12)
            t.value = f"{y:04d}-{mo + 1:02d}"
        else:
            t.value = str(base.year - n)
        return t


def publication_date(pub: str | None) -> date | None:
    """The publication day from ``YYYY-MM-DD`` (a longer ISO timestamp is cut to its date)."""
    if not pub:
        return None
    try:
        return date.fromisoformat(pub[:10])
    except ValueError as exc:
        raise InputError(f"publication date {pub!r} is not an ISO date (YYYY-MM-DD)") from exc


def _first_word(surface: str) -> str:
    m = re.match(r"\w+(?:['’]\w+)*", surface.lower())
    return m.group() if m else surface.lower()


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower())


def _iso_week(d: date) -> str:
    """A week as the ISO date of its Monday (precision "week"), so values stay dates, months or years."""
    return (d - timedelta(days=d.weekday())).isoformat()


def _last_year_of_month(month: int, base: date | None) -> int | None:
    """The year of the last such month on or before publication ("seit September" in June → last year)."""
    if base is None:
        return None
    return base.year if month <= base.month else base.year - 1


def _day(day: int, month: int, year: int | None, base: date | None) -> str | None:
    y = year or (base.year if base else None)
    if y is None:
        return None
    try:
        d = date(y, month, day)
    except ValueError:
        return None
    if not year and base and d > base + timedelta(days=7):
        d = d.replace(year=y - 1)  # "19 June" in a January article means last June
    return d.isoformat()


def _longest(cands: list[TimeExpr]) -> list[TimeExpr]:
    """Drop candidates overlapping a longer one; keep text order."""
    keep: list[TimeExpr] = []
    for t in sorted(cands, key=lambda t: (-(t.end - t.start), t.start)):
        if all(t.end <= k.start or t.start >= k.end for k in keep):
            keep.append(t)
    return sorted(keep, key=lambda t: t.start)


def fallback(span: str, lang: str, base: date | None) -> str | None:
    """dateparser on one small candidate span the rules could not resolve (imported lazily: slow)."""
    import dateparser

    settings = {"PREFER_DATES_FROM": "past"}
    if base:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)  # type: ignore[assignment]
    parsed = dateparser.parse(span, languages=[lang], settings=settings)  # type: ignore[arg-type]
    return parsed.date().isoformat() if parsed else None


def find_times(text: str, pub: str | None, lang: str = "en") -> list[TimeExpr]:
    """Time expressions in ``text`` for one language (convenience; stages keep a TimeFinder)."""
    from foedus.attribution.lexicon import load_lexicons

    lexicons = load_lexicons()
    return TimeFinder(lexicons.get(lang) or lexicons["en"])(text, pub)
