"""Our held-out development set (``data/heldout/<lang>.tsv``): event coding measured on sentences never trained on.

A subset is a subfolder with the same row format: ``data/heldout/cameo/<lang>.tsv`` has one sentence per CAMEO code
(a 7th column, ``cameo``, names it) and is scored apart (``foedus eval heldout-cameo``) with a per-CAMEO-root table;
``hard`` and ``hard_dev`` are the hard English sets (``foedus.evaluate.heldout_subsets``).

The sentences were written apart from the lexicons and training data, in wire style, with the event type,
its modality (``aux``), and the actor and recipient codes labelled; ``[surface|CODE]`` marks the mentions
(``foedus.evaluate.marked``). The whole pipeline runs on the clean text (actors are resolved, not given).
No gold data is needed, so this runs anywhere; nothing under ``data/heldout`` may be trained on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from foedus.actors.data import read_tsv
from foedus.config import Config
from foedus.errors import ConfigError
from foedus.evaluate import Report
from foedus.evaluate.marked import parse_marked
from foedus.evaluate.metrics import per_label, per_language, prf
from foedus.evaluate.plover import confusion, pick
from foedus.evaluate.roles import codebook_roles, role_hits
from foedus.events.training import NONE
from foedus.records import PLOVER_TYPES, Analysis, Document, Event

DATE = "2025-06-15"  # publication date of every sentence: office holders and "historical" resolve on it
AUX = {"negated", "hypothetical", "future", "historical"}
NOT_FACTUAL = {"negated", "hypothetical", "future"}

Coder = Callable[[Document], Analysis]
Table = list[dict[str, object]]


@dataclass(frozen=True)
class Row:
    """One labelled sentence: its language, event type (or NONE), aux flags, actor and recipient codes."""

    lang: str
    event: str
    aux: frozenset[str]
    actor: frozenset[str]
    recipient: frozenset[str]
    text: str  # clean, marks removed
    source: str  # file:line, for messages
    cameo: str = ""  # the CAMEO code the sentence stands for (cameo subset only; '' for none)

    @property
    def factual(self) -> bool:
        return self.event != NONE and not self.aux & NOT_FACTUAL


def _codes(cell: str) -> frozenset[str]:
    return frozenset() if cell in ("", "-") else frozenset(c.strip() for c in cell.split(","))


def load_rows(data_dir: Path, subset: str = "") -> list[Row]:
    """Every labelled sentence of ``data_dir/heldout[/subset]/*.tsv`` (subfolders are other subsets, never included).

    Columns: lang, event, aux, actor, recipient, text, and optionally cameo (a CAMEO code, ``-`` for none).
    """
    folder = data_dir / "heldout" / subset if subset else data_dir / "heldout"
    if not folder.is_dir():
        raise ConfigError(f"held-out set not found at {folder}")
    rows = []
    for path in sorted(folder.glob("*.tsv")):
        for n, cells in enumerate(read_tsv(path), 1):
            where = f"{path.name} row {n}"
            if len(cells) not in (6, 7):
                raise ConfigError(f"{where}: expected 6 or 7 columns, got {len(cells)}", source=str(path))
            lang, event, aux, actor, recipient, marked = cells[:6]
            cameo = cells[6] if len(cells) == 7 and cells[6] != "-" else ""
            if cameo and not (cameo.isdigit() and len(cameo) in (2, 3, 4)):
                raise ConfigError(f"{where}: CAMEO code {cameo!r} is not 2 to 4 digits", source=str(path))
            flags = _codes(aux)
            if event not in (*PLOVER_TYPES, NONE) or flags - AUX:
                raise ConfigError(f"{where}: unknown event {event!r} or aux {aux!r}", source=str(path))
            text, _ = parse_marked(marked)
            rows.append(Row(lang, event, flags, _codes(actor), _codes(recipient), text, where, cameo))
    return rows


def _modal_event(row: Row, events: list[Event]) -> Event | None:
    """The coder's event of the labelled type, whose aux flags are compared with the label."""
    return pick([e for e in events if e.event == row.event])


Coded = list[tuple[Row, list[Event]]]


def code_rows(rows: Iterable[Row], coder: Coder) -> Coded:
    """Each row with the events the coder finds in its clean text."""
    return [
        (row, coder(Document(id=row.source, text=row.text, raw=row.text, date=DATE, lang=row.lang)).events)
        for row in rows
    ]


def score(rows: Iterable[Row], coder: Coder) -> tuple[dict[str, dict[str, float]], Table, Table, list[str]]:
    """Figures per language and ``all``, the per-type table, the confusion table, and one line per miss."""
    return score_coded(code_rows(rows, coder))


def score_coded(coded: Coded) -> tuple[dict[str, dict[str, float]], Table, Table, list[str]]:
    """``score`` on rows already coded."""
    by_lang: dict[str, Coded] = {}
    misses = []
    for row, events in coded:
        for key in (row.lang, "all"):
            by_lang.setdefault(key, []).append((row, events))
        miss = _miss(row, events)
        if miss:
            misses.append(f"{row.source}\t{miss}\t{row.text}")
    figures = {lang: _figures(pairs) for lang, pairs in by_lang.items()}
    pairs = by_lang.get("all", [])
    gold = [r.event for r, _ in pairs]
    pred = [(ev.event if (ev := pick(evs)) else NONE) for _, evs in pairs]
    matrix = confusion(gold, pred, [*PLOVER_TYPES, NONE])  # type: ignore[arg-type]
    for line in matrix:
        line.pop("-")  # no event is the NONE column here
    return figures, per_label(gold, pred, list(PLOVER_TYPES)), matrix, misses  # type: ignore[arg-type]


def per_root(coded: Coded) -> Table:
    """One line per CAMEO root (the code's first two digits): its rows, their PLOVER types, type accuracy and full
    match (type, actor and recipient code sets; rows with a labelled actor), as ``_figures`` counts them."""
    roots: dict[str, list[tuple[bool, bool]]] = {}
    types: dict[str, set[str]] = {}
    for row, events in coded:
        if not row.cameo:
            continue
        type_hit, actor_hit, recipient_hit = role_hits(pick(events), row.event, set(row.actor), set(row.recipient))
        full = (type_hit and actor_hit and recipient_hit) if row.actor else None
        roots.setdefault(row.cameo[:2], []).append((type_hit, full))  # type: ignore[arg-type]
        types.setdefault(row.cameo[:2], set()).add(row.event)
    table: Table = []
    for root, hits in sorted(roots.items()):
        roled = [full for _, full in hits if full is not None]
        table.append({
            "root": root,
            "types": ",".join(sorted(types[root])),
            "rows": len(hits),
            "type_acc": round(sum(t for t, _ in hits) / len(hits), 3),
            "full_match_acc": round(sum(roled) / len(roled), 3) if roled else 0.0,
        })  # fmt: skip
    return table


def per_file(coded: Coded) -> Table:
    """One line per file of the rows: its figures as ``_figures`` counts them, rounded to three places."""
    by_file: dict[str, Coded] = {}
    for row, events in coded:
        by_file.setdefault(row.source.split(" row ")[0], []).append((row, events))
    return [{"file": name, **{k: round(v, 3) for k, v in _figures(by_file[name]).items()}} for name in sorted(by_file)]


def _figures(pairs: Coded) -> dict[str, float]:
    tp = fp = fn = 0
    typed = type_ok = roled = actor_ok = recipient_ok = full_ok = codebook_ok = modal = modal_ok = 0
    nones = none_fp = modals = modal_fp = 0
    gold, pred = [], []
    for row, events in pairs:
        ev = pick(events)
        gold.append(row.event)
        pred.append(ev.event if ev else NONE)
        has_event = row.event != NONE
        tp += has_event and bool(events)
        fp += not has_event and bool(events)
        fn += has_event and not events
        factual_out = any(e.factual for e in events)
        if not has_event:
            nones += 1
            none_fp += factual_out
            continue
        if not row.factual:
            modals += 1
            modal_fp += factual_out
        type_hit, actor_hit, recipient_hit = role_hits(ev, row.event, set(row.actor), set(row.recipient))
        typed += 1
        type_ok += type_hit
        if row.actor:
            roled += 1
            actor_ok += actor_hit
            recipient_ok += recipient_hit
            full_ok += type_hit and actor_hit and recipient_hit
            codebook_ok += type_hit and codebook_roles(ev, row.event, set(row.actor), set(row.recipient))
        if (same := _modal_event(row, events)) is not None:
            modal += 1
            modal_ok += set(same.aux) == row.aux
    p, r, _ = prf(tp, fp, fn)
    supported = [x for x in per_label(gold, pred, list(PLOVER_TYPES)) if x["support"]]  # type: ignore[arg-type]
    return {
        "sentences": len(pairs),
        "detect_p": p,
        "detect_r": r,
        "type_acc": type_ok / typed if typed else 0.0,
        "macro_f1": sum(float(x["f1"]) for x in supported) / len(supported) if supported else 0.0,  # type: ignore[arg-type]
        "actor_acc": actor_ok / roled if roled else 0.0,
        "recipient_acc": recipient_ok / roled if roled else 0.0,
        "full_match_acc": full_ok / roled if roled else 0.0,
        "full_codebook_acc": codebook_ok / roled if roled else 0.0,
        "aux_acc": modal_ok / modal if modal else 0.0,
        "none_factual_fp": none_fp / nones if nones else 0.0,
        "modal_factual_fp": modal_fp / modals if modals else 0.0,
    }


def _miss(row: Row, events: list[Event]) -> str:
    """What the coder got wrong on one row ('' when nothing), e.g. ``type ASSAULT->MOBILIZE``."""
    ev = pick(events)
    if row.event == NONE:
        return "false event " + ",".join(sorted({e.event for e in events})) if events else ""
    if ev is None:
        return f"missed {row.event}"
    type_hit, actor_hit, recipient_hit = role_hits(ev, row.event, set(row.actor), set(row.recipient))
    parts = [] if type_hit else [f"type {row.event}->{ev.event}"]
    if row.actor and not actor_hit:
        parts.append(f"actor {_fmt(row.actor)}->{_fmt({a.code or '?' for a in ev.actor})}")
    if row.actor and not recipient_hit:
        parts.append(f"recipient {_fmt(row.recipient)}->{_fmt({a.code or '?' for a in ev.recipient})}")
    same = _modal_event(row, events)
    if same is not None and set(same.aux) != row.aux:
        parts.append(f"aux {_fmt(row.aux)}->{_fmt(set(same.aux))}")
    return "; ".join(parts)


def _fmt(codes: Iterable[str]) -> str:
    return ",".join(sorted(codes)) or "-"


def evaluate(config: Config | None = None, subset: str = "") -> tuple[Report, list[str]]:
    """The report on the shipped held-out set (or its ``subset`` subfolder), and the misses one per line."""
    from foedus.pipeline import Pipeline

    config = config or Config()
    coded = code_rows(load_rows(config.data_dir, subset), Pipeline(config))
    figures, per_type, matrix, misses = score_coded(coded)
    report = Report(f"heldout-{subset}" if subset else "heldout")
    report.metrics = {k: round(v, 3) for k, v in figures.get("all", {}).items()}
    report.tables["per_language"] = per_language(figures)
    report.tables["per_type"] = per_type
    report.tables["confusion"] = matrix
    if subset and len(files := per_file(coded)) > len({row.lang for row, _ in coded}):
        # a language with several files (a writer each, written at different times): each file's figures apart, so
        # a fresh file's first run stays readable after its language's older files have been worked on
        report.tables["per_file"] = files
    if roots := per_root(coded):
        report.tables["per_cameo_root"] = roots
        langs = sorted({row.lang for row, _ in coded})
        for lang in langs if len(langs) > 1 else []:  # one table per language too, so a language's gaps stay visible
            report.tables[f"per_cameo_root_{lang}"] = per_root([(row, evs) for row, evs in coded if row.lang == lang])
    report.notes.append(
        "our held-out development set (data/heldout), never trained on; detect_p/detect_r: some event vs none; "
        "type/macro-F1 on the picked event (NONE rows count as false alarms); actor/recipient/full match: code sets "
        "equal, over event rows with a labelled actor; full_codebook_acc: full match also counting roles right by the "
        "PLOVER codebook where the labels differ (a domestic act's own people as recipient, every party of a "
        "reciprocal event as actor), as eval roles does; aux_acc: exact flag set of the coder's event of the labelled "
        "type; *_factual_fp: share of NONE rows / negated-hypothetical-future rows with any factual event; "
        "misses: python -m foedus.evaluate.heldout [--set SUBSET] [LANG ...]"
    )
    if roots:
        report.notes.append(
            f"{subset} subset: one sentence per CAMEO code of the CAMEO->PLOVER table plus hard negatives; "
            "per_cameo_root: "
            "type accuracy over the root's rows, full match over those with a labelled actor (root 08 holds CONCEDE "
            "and RETREAT codes, 17-20 mix COERCE and ASSAULT as the table does); per_cameo_root_<lang>: the same for "
            "one language"
        )
    return report, misses


def run(data_dir: Path | None = None, config: Config | None = None) -> Report:
    """Score the default pipeline on the held-out set (``data_dir``, the gold folder, is not needed)."""
    return evaluate(config)[0]


if __name__ == "__main__":  # the misses, one per line, for finding failure patterns (never fix single rows)
    args = sys.argv[1:]
    chosen = args[1] if args[:1] == ["--set"] and len(args) > 1 else ""
    wanted = set(args[2:] if chosen else args)
    for line in evaluate(subset=chosen)[1]:
        if not wanted or line.split("\t")[0].split(".")[0].split("_")[0] in wanted:  # "en_10-20.tsv row 3"
            print(line)
