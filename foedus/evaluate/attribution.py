"""SpkAtt-2023 Task 1 (German parliamentary speeches): cue, source and message spans.

Each speech (one JSON file of tokenised sentences) is detokenised into one
document and run through the whole pipeline (``lang="de"``), as a user's text
would be. Predicted spans (quote cue, speaker, message; a "laut X" citation's
cue and source; one event per cue) are mapped back to token ids, then compared
with the gold annotations of the dev split:

* cue: a predicted cue matches a gold cue **exactly** when the token sets are
  equal, by **overlap** when they share a token; one-to-one, greedy in text order.
  A predicted cue span is contiguous, so a particle verb's ("lehnen diesen
  Antrag ab") wraps its own source or message: those tokens are not cue tokens.
* source / message: counted over cue-matched (overlap) pairs. A role is a true
  positive when both sides have it and the token sets are equal (exact) or
  share a token (overlap); precision is over predicted annotations that have
  the role, recall over gold annotations that have it. ``token`` is token-level
  P/R/F1 over the same pairs (shared tokens / predicted tokens / gold tokens).

The gold set is only measured, never used to write lexicons or rules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from foedus.errors import DataUnavailable
from foedus.evaluate import Report
from foedus.evaluate.metrics import prf
from foedus.pipeline import Pipeline
from foedus.records import Analysis, Document

ROLES = ("cue", "source", "message")
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "“", "»", "%"}
_NO_SPACE_AFTER = {"(", "[", "„", "«"}

Span = frozenset[str]


@dataclass
class Speech:
    """One detokenised speech: its text and the token id ("sentence:token") at each character span."""

    text: str
    tokens: list[tuple[int, int, str]]  # (start, end, "s:t")
    gold: list[dict[str, Span]] = field(default_factory=list)

    def ids(self, start: int, end: int) -> Span:
        """Token ids overlapping ``[start, end)``."""
        return frozenset(tid for s, e, tid in self.tokens if s < end and start < e)


def load_speech(path: Path) -> Speech:
    """Detokenise a SpkAtt file (spaces between tokens, none before punctuation) and read its annotations."""
    data = json.loads(path.read_text(encoding="utf-8"))
    parts: list[str] = []
    tokens: list[tuple[int, int, str]] = []
    pos = 0
    prev = ""
    for sent in data["Sentences"]:
        for i, tok in enumerate(sent["Tokens"]):
            if parts and tok not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER:
                parts.append(" ")
                pos += 1
            tokens.append((pos, pos + len(tok), f"{sent['SentenceId']}:{i}"))
            parts.append(tok)
            pos += len(tok)
            prev = tok
    speech = Speech("".join(parts), tokens)
    for ann in data["Annotations"]:
        speech.gold.append({"cue": frozenset(ann.get("Cue", [])), "source": frozenset(ann.get("Source", [])),
                            "message": frozenset(ann.get("Message", []))})  # fmt: skip
    return speech


def predictions(speech: Speech, analysis: Analysis) -> list[dict[str, Span]]:
    """Our speech events as token-id sets: quotes, plus citations ("laut X") with cue and source."""
    out = []
    seen: set[tuple[int, int]] = set()
    for q in analysis.quotes:
        if q.cue is None or (q.cue.start, q.cue.end) in seen:
            continue  # a quoted fragment inside reported speech shares its cue: one speech event
        seen.add((q.cue.start, q.cue.end))
        src = q.speaker
        source = speech.ids(src.start, src.end) if src and src.start >= 0 else frozenset()
        message = speech.ids(q.message.start, q.message.end)
        # a particle verb's cue span wraps its subject or object ("lehnen diesen Antrag ab"): those are not cue
        out.append({"cue": speech.ids(q.cue.start, q.cue.end) - source - message, "source": source,
                    "message": message})  # fmt: skip
    quoted = {p["cue"] for p in out}
    for a in analysis.attributions:
        if a.kind in ("cites", "relays") and a.cue and a.source.start >= 0:
            cue = speech.ids(a.cue.start, a.cue.end)
            if cue not in quoted:
                out.append({"cue": cue, "source": speech.ids(a.source.start, a.source.end), "message": frozenset()})
    return [p for p in out if p["cue"]]


@dataclass
class Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def row(self, role: str, match: str) -> dict[str, Any]:
        p, r, f = prf(self.tp, self.pred - self.tp, self.gold - self.tp)
        return {"role": role, "match": match, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "tp": self.tp, "predicted": self.pred, "gold": self.gold}  # fmt: skip


def score(pairs: list[tuple[list[dict[str, Span]], list[dict[str, Span]]]]) -> dict[tuple[str, str], Tally]:
    """Tallies per (role, match) over (predicted, gold) annotation lists of every speech."""
    t = {(role, m): Tally() for role in ROLES for m in ("exact", "overlap", "token")}
    for pred, gold in pairs:
        for m in ("exact", "overlap"):
            t[("cue", m)].pred += len(pred)
            t[("cue", m)].gold += len(gold)
            t[("cue", m)].tp += len(_align(pred, gold, exact=m == "exact"))
        t[("cue", "token")].pred += sum(len(p["cue"]) for p in pred)
        t[("cue", "token")].gold += sum(len(g["cue"]) for g in gold)
        matched = _align(pred, gold, exact=False)
        t[("cue", "token")].tp += sum(len(pred[i]["cue"] & gold[j]["cue"]) for i, j in matched)
        for role in ("source", "message"):
            for m in ("exact", "overlap", "token"):
                tally = t[(role, m)]
                if m == "token":
                    tally.pred += sum(len(p[role]) for p in pred)
                    tally.gold += sum(len(g[role]) for g in gold)
                    tally.tp += sum(len(pred[i][role] & gold[j][role]) for i, j in matched)
                    continue
                tally.pred += sum(1 for p in pred if p[role])
                tally.gold += sum(1 for g in gold if g[role])
                for i, j in matched:
                    a, b = pred[i][role], gold[j][role]
                    tally.tp += bool(a and b and (a == b if m == "exact" else a & b))
    return t


def _align(pred: list[dict[str, Span]], gold: list[dict[str, Span]], exact: bool) -> list[tuple[int, int]]:
    used: set[int] = set()
    out = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if j not in used and (p["cue"] == g["cue"] if exact else p["cue"] & g["cue"]):
                used.add(j)
                out.append((i, j))
                break
    return out


def run(data_dir: Path, pipeline: Pipeline | None = None, split: str = "dev") -> Report:
    folder = data_dir / "speaker_attribution_de" / "data" / split / "task1"
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        raise DataUnavailable(f"SpkAtt-2023 task 1 {split} files not found in {folder}")
    pipeline = pipeline or Pipeline()
    pairs = []
    n_sent = 0
    for path in files:
        speech = load_speech(path)
        analysis = pipeline(Document(id=path.stem, text=speech.text, raw=speech.text, lang="de", source=str(path)))
        n_sent += len(analysis.sentences)
        pairs.append((predictions(speech, analysis), speech.gold))
    tallies = score(pairs)
    report = Report("attribution")
    report.metrics = {"speeches": len(files), "gold_events": sum(len(g) for _, g in pairs),
                      "predicted_events": sum(len(p) for p, _ in pairs)}  # fmt: skip
    for role in ROLES:
        for m in ("exact", "overlap"):
            report.metrics[f"{role}_{m}_f1"] = tally_f1(tallies[(role, m)])
    report.tables["spans"] = [tallies[k].row(*k) for k in tallies]
    report.notes.append(
        "SpkAtt-2023 dev, German Bundestag speeches. cue: one-to-one match by equal token sets (exact) or any "
        "shared token (overlap); source/message: over cue-matched pairs, equal or overlapping token sets; "
        "token: token-level P/R/F1 over cue-matched pairs. Gold cues include every speech, thought and stance "
        "predicate; ours are the lexicon's cues (verbs, support-verb phrases, nouns) and citations."
    )
    return report


def tally_f1(t: Tally) -> float:
    return round(prf(t.tp, t.pred - t.tp, t.gold - t.tp)[2], 3)
