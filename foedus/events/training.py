"""Our own multilingual training set (``data/training/<lang>/``), expanded from data files.

``templates.tsv`` (event, mode, aux, template with ``{A}``/``{B:case}`` slots) is filled from
``fillers.tsv`` (code, case, form); ``sentences.jsonl`` (and ``sentences.<topic>.jsonl``) holds
hand-written sentences with actor/recipient spans. Every example keeps its spans, so roles can be checked too.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from foedus.actors.data import read_tsv

SLOT = re.compile(r"\{([AB])(?::(\w+))?\}")
NONE = "NONE"


@dataclass
class Span:
    start: int
    end: int
    code: str


@dataclass
class Example:
    text: str
    event: str  # a PLOVER type, or NONE
    lang: str
    mode: str | None = None
    aux: tuple[str, ...] = ()
    actor: list[Span] = field(default_factory=list)
    recipient: list[Span] = field(default_factory=list)
    group: str = ""  # the template (or sentence) it came from, for grouped cross-validation

    @property
    def spans(self) -> list[Span]:
        return sorted(self.actor + self.recipient, key=lambda s: s.start)


def load_examples(data_dir: Path, per_template: int = 6, seed: int = 13) -> list[Example]:
    """Every training example of every language, templates expanded deterministically.

    Each template row has its own random stream, seeded by its language and text, so a row added or removed elsewhere
    does not refill every row after it (and shift the examples, and thresholds, of unrelated languages).
    """
    out: list[Example] = []
    base = data_dir / "training"
    for lang_dir in sorted(p for p in base.iterdir() if p.is_dir()):
        lang = lang_dir.name
        fillers = _fillers(lang_dir / "fillers.tsv")
        # templates.tsv, plus templates.<topic>.tsv files so a topic can be reviewed on its own
        for path in sorted(lang_dir.glob("templates*.tsv")):
            for n, row in enumerate(read_tsv(path)):
                event, mode, aux, template = (row + [""] * 4)[:4]
                rng = random.Random(f"{seed}:{lang}:{template}")
                for _ in range(per_template):
                    ex = expand(template, fillers, rng)
                    if ex is not None:
                        ex.event, ex.lang, ex.mode = event, lang, mode or None
                        ex.aux = tuple(a for a in aux.split(",") if a)
                        ex.group = f"{lang}:{path.stem}:t{n}"
                        out.append(ex)
        for path in sorted(lang_dir.glob("sentences*.jsonl")):  # likewise sentences.<topic>.jsonl
            out.extend(_sentences(path, lang))
    return out


def expand(template: str, fillers: dict[tuple[str, str], list[str]], rng: random.Random) -> Example | None:
    """Fill ``{A}`` and ``{B}`` slots with forms of two different actors; None when impossible."""
    codes = sorted({c for c, _ in fillers})
    if len(codes) < 2:
        return None
    a, b = rng.sample(codes, 2)
    text, spans_a, spans_b, pos = "", [], [], 0
    for m in SLOT.finditer(template):
        code = a if m.group(1) == "A" else b
        forms = fillers.get((code, m.group(2) or "nom"))
        if not forms:
            return None
        form = rng.choice(forms)
        text += template[pos : m.start()]
        if not text:
            form = form[:1].upper() + form[1:]
        (spans_a if code == a else spans_b).append(Span(len(text), len(text) + len(form), code))
        text += form
        pos = m.end()
    text += template[pos:]
    return Example(text=text, event="", lang="", actor=spans_a, recipient=spans_b)


def _fillers(path: Path) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    if path.exists():
        for row in read_tsv(path):
            if len(row) >= 3:
                out.setdefault((row[0], row[1]), []).append(row[2])
    return out


def _sentences(path: Path, lang: str) -> list[Example]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        d = json.loads(line)
        text = d["text"]
        ex = Example(text=text, event=d.get("event") or NONE, lang=lang, mode=d.get("mode"),
                     aux=tuple(d.get("aux", ())), group=f"{lang}:{path.stem}:s{n}")  # fmt: skip
        for side in ("actor", "recipient"):
            for surface, code in d.get(side, []):
                at = text.find(surface)
                if at >= 0:
                    getattr(ex, side).append(Span(at, at + len(surface), code))
        out.append(ex)
    return out
