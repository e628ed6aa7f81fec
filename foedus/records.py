"""The typed records that flow through the pipeline.

Every derived item keeps character offsets (``start``, ``end``) into
``Document.text`` (the clean text), so any layer can be traced back to its
evidence. ``Analysis`` is the one record stages read and extend.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
AUX_FLAGS: tuple[str, ...] = ("negated", "hypothetical", "future", "historical")


@dataclass
class Repair:
    """One edit made while cleaning text: what was removed or changed, and why."""

    kind: str  # e.g. "duplicate_paragraph", "stray_tag", "boilerplate", "mojibake"
    removed: str
    reason: str
    raw_start: int = -1  # offset in the raw text when known


@dataclass
class Document:
    """One article: where it came from, its metadata, raw and clean text."""

    id: str
    text: str  # clean text; every offset in the analysis points into this
    raw: str = ""
    source: str = ""  # path, URL or "stdin"
    url: str | None = None
    title: str | None = None
    date: str | None = None  # publication date, ISO YYYY-MM-DD
    lang: str | None = None
    author: str | None = None
    site: str | None = None
    fmt: str = "text"  # text | html | jsonl | warc | feed
    meta: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def make_id(text: str, source: str = "") -> str:
        """A stable id from the content, so the same article gets the same id."""
        return hashlib.sha1(f"{source}\x00{text}".encode()).hexdigest()[:16]


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    lang: str | None = None


@dataclass
class Actor:
    """A canonical actor: a state, an organisation, a person, or a source."""

    id: str  # stable key in our actor data, e.g. "RUS", "NATO", "Q7747"
    name: str
    kind: str = "state"  # state | igo | person | source | group
    code: str | None = None  # ISO3 or IGO code (PLOVER country field)
    sector: str | None = None  # PLOVER sector: GOV, MIL, ...
    wikidata: str | None = None


@dataclass
class Mention:
    """A span of text resolved to an actor."""

    start: int
    end: int
    text: str
    actor: Actor
    sector: str | None = None  # sector implied by role words around the mention
    role: str | None = None  # e.g. "president", "officials"
    score: float = 1.0  # 1.0 exact; lower for fuzzy matches

    def ref(self) -> ActorRef:
        """This mention as an event's or quote's actor entry (its sector from the role words, if any)."""
        a = self.actor
        return ActorRef(text=self.text, code=a.code, sector=self.sector or a.sector, wikidata=a.wikidata, name=a.name,
                        start=self.start, end=self.end)  # fmt: skip


@dataclass
class ActorRef:
    """An actor or recipient entry of a PLOVER event record."""

    text: str
    code: str | None
    sector: str | None = None
    wikidata: str | None = None
    name: str | None = None
    start: int = -1
    end: int = -1


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Quote:
    """Direct or reported speech: cue, speaker and message spans."""

    cue: Evidence | None
    message: Evidence
    speaker: ActorRef | None = None
    direct: bool = True


@dataclass
class Attribution:
    """Who says so: a source of a span of the document, within a reporting chain."""

    id: str
    source: ActorRef  # the outlet, publication, person or body cited
    kind: str = "cites"  # outlet | relays | cites | quote
    cue: Evidence | None = None
    span: Evidence | None = None  # the text this source is responsible for
    parent: str | None = None  # id of the attribution that relays this one


@dataclass
class Quantity:
    value: float
    unit: str | None
    counted: str | None
    bound: str = "exact"  # exact | lower | upper | approx | range
    text: str = ""
    start: int = -1
    end: int = -1
    attribution: str | None = None
    high: float | None = None  # the upper end of a range ("10,000 to 12,000"); ``value`` is its lower end


@dataclass
class TimeExpr:
    """A date or period expression resolved against the publication date."""

    text: str
    start: int
    end: int
    value: str | None  # ISO date, month (YYYY-MM) or year (YYYY)
    precision: str = "day"  # day | month | year
    relation: str = "at"  # at | since | until | before | after


@dataclass
class Event:
    """A PLOVER 0.8 event record with its evidence."""

    id: str
    doc_id: str
    event: str
    actor: list[ActorRef]
    recipient: list[ActorRef] = field(default_factory=list)
    date: str | None = None
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    event_loc: dict[str, Any] | None = None
    aux: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    trigger: Evidence | None = None
    attribution: str | None = None  # id of an Attribution in the same analysis
    confidence: float = 1.0
    coder: str = "foedus"

    @property
    def factual(self) -> bool:
        """True when the event is asserted as having happened (no modality flag)."""
        return not (set(self.aux) & {"negated", "hypothetical", "future"})


@dataclass
class Analysis:
    """A document with every layer the stages add."""

    doc: Document
    repairs: list[Repair] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


def to_dict(record: Any) -> Any:
    """A plain JSON-able structure of a record (every field kept, for a stable schema)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, list | tuple):
        return [to_dict(x) for x in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    return record


def event_to_plover(event: Event) -> dict[str, Any]:
    """The PLOVER JSONL form of an event (the schema documented in the README)."""
    d = to_dict(event)
    for side in ("actor", "recipient"):
        for ref in d[side]:
            ref.pop("start", None)
            ref.pop("end", None)
    d["factual"] = event.factual
    return d


def _build(cls: type, data: dict[str, Any]) -> Any:
    return cls(**{f.name: data[f.name] for f in dataclasses.fields(cls) if f.name in data})


def event_from_dict(d: dict[str, Any]) -> Event:
    """Inverse of ``to_dict`` for events (used by the store and the API)."""
    ev = _build(Event, d)
    ev.actor = [_build(ActorRef, a) for a in d.get("actor", [])]
    ev.recipient = [_build(ActorRef, a) for a in d.get("recipient", [])]
    ev.evidence = [_build(Evidence, e) for e in d.get("evidence", [])]
    ev.trigger = _build(Evidence, d["trigger"]) if d.get("trigger") else None
    return ev
