"""Actor resolution on gold data: PLOVER source/target actors, and NER-UK named entities.

PLOVER: each gold actor (``actorText``, ``code``, ``sector``) is located in its sentence;
a gold actor is *found* when one of our mentions overlaps it, *country-correct* when that
mention's code equals the gold code (CAMEO-era codes mapped as in the PLOVER harness),
*sector-correct* when the sectors agree (over found actors that have a gold sector).

NER-UK: Ukrainian PERS/ORG/LOC entities. An entity is *in our data* when its words match
the words of one of our names of a state, organisation, group or person up to a case ending
(a looser test than, and independent of, the tagger's stemming rules);
recall is the share of those our tagger finds in running text with one of those actors. Precision is
estimated as the share of our capitalised state/organisation/person mentions that overlap
any gold entity of those types (adjectives are not annotated in NER-UK).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from foedus.actors.data import load_alias_records
from foedus.actors.normalize import CYRILLIC_ENDINGS, LATIN_ENDINGS, key_of
from foedus.actors.tagger import ActorTagger
from foedus.errors import DataUnavailable
from foedus.evaluate import Report
from foedus.evaluate.plover import CODE_MAP, IGO_CODES, load_gold

NER_TYPES = ("PERS", "ORG", "LOC")
OUR_KINDS = ("state", "igo", "person", "group")


def run(data_dir: Path, tagger: ActorTagger | None = None) -> Report:
    tagger = tagger or ActorTagger()
    report = Report("actors")
    plover_dir = data_dir / "plover"
    ner_dir = data_dir / "ner_uk" / "v2.0" / "data"
    if not (plover_dir / "PLOVER_GSR_CAMEO.json").exists() and not ner_dir.is_dir():
        raise DataUnavailable(f"neither PLOVER nor NER-UK gold data under {data_dir}")
    if (plover_dir / "PLOVER_GSR_CAMEO.json").exists():
        metrics, rows = plover_actors(load_gold(data_dir), tagger)
        report.metrics.update(metrics)
        report.tables["plover_misses"] = rows
    if ner_dir.is_dir():
        metrics, rows = ner_uk(ner_dir, tagger)
        report.metrics.update(metrics)
        report.tables["ner_uk_by_type"] = rows
    report.notes.append(
        "plover: found = a mention overlaps the gold actor text; country/sector accuracy over gold actors "
        "(missing counts as wrong); sector over found actors with a gold sector. ner_uk: recall over gold "
        "PERS/ORG/LOC entities that resolve alone to one of our actors; precision = our mentions overlapping "
        "a gold entity."
    )
    return report


def _locate(text: str, needle: str) -> tuple[int, int] | None:
    i = text.find(needle)
    if i < 0:
        i = text.lower().find(needle.lower())
    return (i, i + len(needle)) if i >= 0 else None


def plover_actors(gold: list[dict[str, Any]], tagger: ActorTagger) -> tuple[dict[str, float], list[dict[str, Any]]]:
    n = found = code_ok = sec_n = sec_ok = 0
    misses: Counter[tuple[str, str]] = Counter()
    for rec in gold:
        mentions = tagger.tag(rec["text"], rec.get("date"), rec.get("language") or "en")
        for side in ("source", "target"):
            actors = rec.get(side)
            if not isinstance(actors, list):
                continue
            for g in actors:
                code = CODE_MAP.get(g.get("code") or "", g.get("code") or "")
                span = _locate(rec["text"], g.get("actorText") or "")
                if not code or span is None:
                    continue
                n += 1
                hits = [m for m in mentions if m.start < span[1] and span[0] < m.end]
                got = next((m for m in hits if _same_code(m.actor.code, code)), hits[0] if hits else None)
                found += got is not None
                ok = got is not None and _same_code(got.actor.code, code)
                code_ok += ok
                sector = (g.get("sector") or "")[:3]
                if got is not None and sector.isalpha() and sector.isupper():
                    sec_n += 1
                    sec_ok += got.sector == sector
                if not ok:  # counted by kind only: no gold record is shown (the gold is for measuring)
                    misses[(side, "wrong code" if got is not None else "not found")] += 1
    metrics = {
        "plover_actors": n,
        "plover_found": round(found / n, 3) if n else 0.0,
        "plover_country_acc": round(code_ok / n, 3) if n else 0.0,
        "plover_sector_acc": round(sec_ok / sec_n, 3) if sec_n else 0.0,
    }
    return metrics, [{"side": side, "miss": kind, "count": n} for (side, kind), n in sorted(misses.items())]


def _same_code(ours: str | None, gold: str) -> bool:
    return ours == gold or (gold == "IGO" and ours in IGO_CODES)


def read_brat(ann: Path) -> list[tuple[str, int, int, str]]:
    """``(type, start, end, text)`` of the text-bound annotations of a BRAT ``.ann`` file.

    Accepts standard BRAT (``T1<TAB>LOC 10 17<TAB>text``) and the all-tabs variant NER-UK uses
    (``T1<TAB>LOC<TAB>10<TAB>17<TAB>text``).
    """
    out = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or not parts[0].startswith("T"):
            continue
        if len(parts) >= 5 and parts[2].isdigit() and parts[3].isdigit():
            typ, offs, surface = parts[1], [parts[2], parts[3]], parts[4]
        else:
            typ, *offs = parts[1].replace(";", " ").split()
            surface = parts[2]
        if len(offs) >= 2 and offs[0].isdigit() and offs[-1].isdigit():
            out.append((typ, int(offs[0]), int(offs[-1]), surface))
    return out


def ner_uk(data: Path, tagger: ActorTagger) -> tuple[dict[str, float], list[dict[str, Any]]]:
    total: Counter[str] = Counter()
    known: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    ours = ours_ok = 0
    index = _LooseIndex(tagger)
    resolve_cache: dict[str, set[str]] = {}
    for ann in sorted(data.glob("*/*.ann")):
        txt = ann.with_suffix(".txt")
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        ents = [e for e in read_brat(ann) if e[0] in NER_TYPES]
        mentions = [m for m in tagger.tag(text, lang="uk") if m.actor.kind in OUR_KINDS]
        for typ, s, e, surface in ents:
            total[typ] += 1
            if surface not in resolve_cache:
                resolve_cache[surface] = index.lookup(surface)
            aids = resolve_cache[surface]
            if not aids:
                continue
            known[typ] += 1
            hit[typ] += any(m.actor.id in aids and m.start < e and s < m.end for m in mentions)
        spans = [(s, e) for typ, s, e, _ in ents]
        for m in mentions:
            # names only: NER-UK annotates neither adjectives ("української") nor role words alone ("Уряд")
            if m.text[:1].isupper() and tagger.rolex.word(key_of(m.text).split()) is None:
                ours += 1
                ours_ok += any(m.start < e and s < m.end for s, e in spans)
    rows = [{"label": t, "entities": total[t], "in_our_data": known[t], "found": hit[t],
             "recall": round(hit[t] / known[t], 3) if known[t] else 0.0} for t in NER_TYPES]  # fmt: skip
    k, h = sum(known.values()), sum(hit.values())
    metrics = {
        "ner_uk_entities": sum(total.values()),
        "ner_uk_in_our_data": k,
        "ner_uk_recall": round(h / k, 3) if k else 0.0,
        "ner_uk_precision": round(ours_ok / ours, 3) if ours else 0.0,
    }
    return metrics, rows


class _LooseIndex:
    """Which of our actors a gold entity names, decided apart from the tagger's own matching.

    Word by word, an entity word matches an alias word when it is the alias word, less up to two
    final letters, plus any case ending of our ending lists: "Росії" ~ "Росія", "Сполучених" ~
    "Сполучені". Stems and endings are tried freely here, so the denominator does not depend on
    the tagger's own stemming rules.
    """

    def __init__(self, tagger: ActorTagger) -> None:
        self.by_head: dict[str, list[tuple[list[str], str]]] = {}
        for a in load_alias_records():
            actor = tagger.actors.get(a.actor_id)
            if actor is None or actor.kind not in OUR_KINDS or a.type in ("surname", "block"):
                continue
            words = key_of(a.text).split()
            if words:
                self.by_head.setdefault(words[0][:3], []).append((words, a.actor_id))

    def lookup(self, surface: str) -> set[str]:
        words = key_of(surface).split()
        if not words:
            return set()
        return {aid for cand, aid in self.by_head.get(words[0][:3], []) if _loose_equal(words, cand)}


def _loose_equal(a: list[str], b: list[str]) -> bool:
    """Entity words ``a`` are alias words ``b`` up to a case ending of the entity's script."""
    return len(a) == len(b) and all(_same_word(x, y) for x, y in zip(a, b, strict=True))


def _same_word(x: str, y: str) -> bool:
    if x == y:
        return True
    endings = CYRILLIC_ENDINGS | LATIN_ENDINGS
    for cut in (0, 1, 2):
        stem = y[: len(y) - cut] if cut else y
        if len(stem) >= 4 and x.startswith(stem) and x[len(stem) :] in endings:
            return True
    return False
