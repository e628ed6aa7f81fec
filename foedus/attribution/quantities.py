"""Quantities: numbers in digits or words, with their bound, unit and what they count.

"mehr als 10.000 ... Schiffscontainer" → Quantity(10000, None, "containers", "lower").
Number words (including German compounds) are evaluated from ``numbers.tsv``;
bounds, units and counted nouns come from ``quantities.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from foedus.attribution.lexicon import Lexicon, alternation, words
from foedus.records import Quantity

# Thousands groups ("10.000", "10,000", "10 000") or a plain/decimal number ("2,5", "1.5").
_DIGITS = re.compile(
    r"(?<![\w.,\-/])(?:\d{1,3}(?:(?:[.,]|[ \u00a0\u202f])\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\w/]|[.,]\d)"
)
_TOKEN = re.compile(r"[\w’'$€£₽₴%]+(?:[-.’'][\w]+)*|[^\w\s]")
_CLAUSE_END = frozenset('.;:!?()«»„“”"')
# German extended attributes: "mit Raketen gefüllte Schiffscontainer", "in Nordkorea hergestellte Raketen".
_PARTICIPLE_DE = re.compile(r"^[a-zäöüß]*(?:ge[a-zäöüß]+t|iert)(?:e|en|er|es|em)$")


@dataclass
class _Compiled:
    words: re.Pattern[str]
    gap: re.Pattern[str]
    morphemes: re.Pattern[str]
    scale_after: re.Pattern[str]
    bound_before: re.Pattern[str] | None
    unit_before: re.Pattern[str]
    unit_after: re.Pattern[str] | None
    counted: re.Pattern[str] | None
    opener: re.Pattern[str] | None  # a range's opener right before its first number ("between", "от")


def parse_digits(raw: str) -> float | None:
    """The value of a digit string: a separator before exactly three digits groups thousands."""
    s = re.sub(r"[ \u00a0\u202f]", "", raw)
    seps = re.findall(r"[.,]", s)
    groups = re.split(r"[.,]", s)
    if not seps:
        return float(s)
    if len(set(seps)) == 2:  # "1.234,5" or "1,234.5": the last separator is the decimal mark
        return float("".join(groups[:-1]) + "." + groups[-1])
    if all(len(g) == 3 for g in groups[1:]) and groups[0] != "0":
        return float("".join(groups))
    if len(seps) == 1:
        return float(groups[0] + "." + groups[1])
    return None


class QuantityFinder:
    """Finds quantities in one language; build once per language."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        nums = {w: v for w, v in lex.numbers.items() if v[1] != "joiner"}
        self.prefixes = {w[:3] for w in lex.numbers}
        joiners = {w for w, v in lex.numbers.items() if v[1] == "joiner"}
        scales = {w for w, v in lex.numbers.items() if v[1] == "scale"}
        alt = alternation(lex.numbers)
        openers = [w for w, k in lex.ranges.items() if k == "from"]
        self.c = _Compiled(
            words=re.compile(rf"(?:{alt})+", re.I) if nums else re.compile(r"(?!x)x"),
            gap=re.compile(rf"[\s\-]+(?:(?:{alternation(joiners)})\s+)?" if joiners else r"[\s\-]+", re.I),
            morphemes=re.compile(alt, re.I) if alt else re.compile(r"(?!x)x"),
            scale_after=re.compile(rf"\s*({alternation(scales)})(?!\w)", re.I) if scales else re.compile(r"(?!x)x"),
            bound_before=re.compile(rf"(?<!\w)({alternation(lex.bounds)})\s+$", re.I) if lex.bounds else None,
            unit_before=re.compile(r"(US\$|\$|€|£|₽|₴)\s?$"),
            unit_after=re.compile(rf"\s*({alternation(lex.units)})(?!\w)", re.I) if lex.units else None,
            counted=re.compile(rf"({alternation(lex.counted)})\w{{0,4}}$", re.I) if lex.counted else None,
            opener=re.compile(rf"(?<!\w)(?:{alternation(openers)})\s+$", re.I) if openers else None,
        )

    def __call__(self, text: str, skip: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
        """Every quantity in ``text``, except numbers inside the ``skip`` spans (dates)."""
        found: list[tuple[int, int, float, str]] = []
        for m in _DIGITS.finditer(text):
            value = parse_digits(m.group())
            if value is not None:
                found.append((m.start(), m.end(), value, "digits"))
        for start, end, value in self._word_runs(text):
            found.append((start, end, value, "words"))
        found = _drop_overlaps(sorted(found))
        out: list[tuple[int, float, Quantity]] = []  # (start of the number, its bare value, quantity)
        for start, end, value, how in found:
            if any(s <= start < e for s, e in skip):
                continue
            q = self._describe(text, start, end, value, how)
            if q is None:
                continue
            if out and self._joins_range(text, out[-1][2], start, q):
                _, bare, low = out[-1]
                out[-1] = (out[-1][0], bare, self._range(text, low, bare, q, value))
            else:
                out.append((start, value, q))
        return [q for _, _, q in out]

    def _joins_range(self, text: str, low: Quantity, start: int, high: Quantity) -> bool:
        """``low`` and the number at ``start`` form a range ("10 to 12", "between 5 and 7", "от 10 до 12")."""
        if low.bound not in ("exact", "approx") or high.value <= low.value or start - low.end > 12:
            return False
        gap = re.sub(r"[\s$€£₽₴]+", " ", text[low.end : start]).strip().lower()
        kind = self.lex.ranges.get(gap) or ("to" if gap in ("-", "–", "—") else None)
        if kind == "and":  # "and" makes a range only after an opener: "between 5 and 7"
            return bool(self._opener(text, low.start))
        return kind == "to"

    def _opener(self, text: str, start: int) -> re.Match[str] | None:
        return self.c.opener.search(text, max(0, start - 20), start) if self.c.opener else None

    def _range(self, text: str, low: Quantity, bare: float, high: Quantity, high_bare: float) -> Quantity:
        """One range quantity; "10 to 12 million": the scale of the upper end carries to the lower one."""
        value = low.value
        scale = high.value / high_bare if high_bare else 1.0
        if value == bare and scale > 1 and value * scale <= high.value:
            value *= scale
        opener = self._opener(text, low.start)
        start = opener.start() if opener else low.start
        return Quantity(value=value, unit=high.unit or low.unit, counted=high.counted or low.counted, bound="range",
                        text=text[start : high.end], start=start, end=high.end, high=high.value)  # fmt: skip

    def _word_runs(self, text: str) -> list[tuple[int, int, float]]:
        """Runs of number words ("three hundred fifty thousand", "dreihundertfünfzigtausend")."""
        runs: list[list[int]] = []
        for pos, w in words(text):
            if not self._is_number_word(w):
                continue
            end = pos + len(w)
            if runs and self.c.gap.fullmatch(text, runs[-1][1], pos):
                runs[-1][1] = end
            else:
                runs.append([pos, end])
        out = []
        for start, end in runs:
            value = self._run_value(text[start:end])
            if value is not None:
                out.append((start, end, value))
        return out

    def _is_number_word(self, w: str) -> bool:
        """A number word, or a compound of them ("dreihundertfünfzigtausend"); joiners alone are not."""
        kind = self.lex.numbers.get(w, (0, ""))[1]
        if kind:
            return kind != "joiner"
        return len(w) > 4 and w[:3] in self.prefixes and self.c.words.fullmatch(w) is not None

    def _run_value(self, run: str) -> float | None:
        parts = [self.lex.numbers[p.lower()] for p in self.c.morphemes.findall(run)]
        kinds = [k for _, k in parts]
        if not {"num", "hundred", "scale"} & set(kinds):
            return None  # "und", "ein", "a" alone are not numbers
        if set(kinds) <= {"hundred", "scale", "joiner"} and len(parts) == 1:
            return None  # "tausend" alone is vague
        if kinds[0] == "numx" and len(kinds) > 1 and kinds[1] not in ("hundred", "scale", "joiner", "num"):
            return None
        if kinds[-1] == "joiner":
            return None
        return evaluate(parts)

    def _describe(self, text: str, start: int, end: int, value: float, how: str) -> Quantity | None:
        raw = text[start:end]
        q_start, q_end = start, end
        if how == "digits":
            sm = self.c.scale_after.match(text, end)
            if sm:
                value *= self.lex.numbers[re.sub(r"\s+", " ", sm.group(1).lower())][0]
                q_end = sm.end()
        unit = None
        ub = self.c.unit_before.search(text, max(0, start - 4), start)
        if ub:
            unit = self.lex.units.get(ub.group(1).lower()) or {"$": "USD", "us$": "USD", "€": "EUR"}.get(ub.group(1))
            q_start = ub.start()
        if self.c.unit_after:
            um = self.c.unit_after.match(text, q_end)
            if um:
                unit = self.lex.units.get(re.sub(r"\s+", " ", um.group(1).lower()), unit)
                q_end = um.end()
        bound = "exact"
        if self.c.bound_before:
            bm = self.c.bound_before.search(text, max(0, q_start - 40), q_start)
            if bm:
                bound = self.lex.bounds[re.sub(r"\s+", " ", bm.group(1).lower())]
                q_start = bm.start()
        counted = None if unit else self._counted(text, q_end, q_start)
        if how == "digits" and unit is None and bound == "exact" and re.fullmatch(r"(1[89]|20)\d\d", raw):
            return None  # a bare year is a date, not a quantity
        return Quantity(value=value, unit=unit, counted=counted, bound=bound, text=text[q_start:q_end],
                        start=q_start, end=q_end)  # fmt: skip

    def _counted(self, text: str, after: int, before: int) -> str | None:
        ahead = [t for t in _TOKEN.findall(text[after : after + 200])][:14]
        if self.lex.nouns_capitalised and ahead and self.lex.is_word(ahead[0], "preposition"):
            for i, tok in enumerate(ahead[:-1]):
                if _PARTICIPLE_DE.match(tok):
                    return self._label(ahead[i + 1]) or ahead[i + 1].lower()
        for tok in ahead[:4]:
            if tok in _CLAUSE_END or self.lex.is_word(tok, "stop"):
                break
            label = self._label(tok)
            if label:
                return label
        if self.lex.nouns_capitalised and ahead and ahead[0][:1].isupper() and ahead[0].isalpha():
            return ahead[0].lower()  # German nouns are capitalised: "zwei Versuche" counts "versuche"
        behind = _TOKEN.findall(text[max(0, before - 200) : before])[::-1]
        for tok in behind[:8]:
            if tok in _CLAUSE_END:
                break
            label = self._label(tok)
            if label:
                return label
        return None

    def _label(self, token: str) -> str | None:
        if self.c.counted is None:
            return None
        m = self.c.counted.search(token.lower())
        return self.lex.counted.get(m.group(1).lower()) if m else None


def evaluate(parts: list[tuple[float, str]]) -> float:
    """Additive evaluation: "hundred" multiplies the running group, a scale word closes it."""
    total = group = 0.0
    for value, kind in parts:
        if kind in ("num", "numx"):
            group += value
        elif kind == "hundred":
            group = (group or 1) * value
        elif kind == "scale":
            total += (group or 1) * value
            group = 0
    return total + group


def _drop_overlaps(found: list[tuple[int, int, float, str]]) -> list[tuple[int, int, float, str]]:
    out: list[tuple[int, int, float, str]] = []
    for item in found:
        if out and item[0] < out[-1][1]:
            if item[1] - item[0] > out[-1][1] - out[-1][0]:
                out[-1] = item
            continue
        out.append(item)
    return out
