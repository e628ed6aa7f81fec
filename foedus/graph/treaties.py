"""Alliance treaties from ``data/treaties/treaties.yaml``: who is bound to whom, by what, on a date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from foedus.config import DATA_DIR
from foedus.errors import ConfigError


def as_date(value: Any) -> date | None:
    """A date from YAML (a date, or "YYYY" / "YYYY-MM" / "YYYY-MM-DD" text, first day); None stays None."""
    if value is None or isinstance(value, date):
        return value
    v = str(value)
    v = v + "-01-01" if len(v) == 4 else v + "-01" if len(v) == 7 else v
    return date.fromisoformat(v)


@dataclass(frozen=True)
class Membership:
    code: str
    joined: date | None
    left: date | None = None
    approx: bool = False

    def on(self, day: date) -> bool:
        return self.joined is not None and self.joined <= day and (self.left is None or day < self.left)


@dataclass(frozen=True)
class Treaty:
    """One treaty in ATOP-like terms."""

    id: str
    name: str
    article: str
    obligations: tuple[str, ...]
    conditions: str
    signed: date | None
    in_force: date | None
    ended: date | None
    members: tuple[Membership, ...]
    protects: tuple[str, ...] = ()
    suspended: tuple[tuple[frozenset[str], date], ...] = ()
    sources: tuple[str, ...] = ()
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def status(self, day: date) -> str:
        """``in force``, ``signed`` (not yet in force), ``ended``, or ``not signed`` on ``day``."""
        if self.ended and day >= self.ended:
            return "ended"
        if self.in_force and day >= self.in_force:
            return "in force"
        if self.signed and day >= self.signed:
            return "signed"
        return "not signed"

    def parties(self, day: date) -> set[str]:
        return {m.code for m in self.members if m.on(day)}

    def signatories(self) -> set[str]:
        return {m.code for m in self.members}

    def binds(self, responder: str, attacked: str, day: date, obligation: str = "defence") -> bool:
        """Whether ``responder`` owes ``obligation`` to ``attacked`` under this treaty on ``day``."""
        if obligation not in self.obligations or self.status(day) != "in force" or responder == attacked:
            return False
        if not {responder, attacked} <= self.parties(day):
            return False
        if obligation == "defence" and self.protects and attacked not in self.protects:
            return False
        return not any({responder, attacked} == pair and day >= since for pair, since in self.suspended)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "article": self.article, "obligations": list(self.obligations),
            "conditions": self.conditions, "signed": _iso(self.signed), "in_force": _iso(self.in_force),
            "ended": _iso(self.ended), "sources": list(self.sources), "note": self.note,
        }  # fmt: skip


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


@lru_cache(maxsize=2)
def load_treaties(data_dir: Path = DATA_DIR) -> tuple[Treaty, ...]:
    """Every treaty in the data file; a malformed entry raises ConfigError naming it."""
    path = data_dir / "treaties" / "treaties.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for entry in data.get("treaties", []):
        try:
            out.append(_treaty(entry))
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"bad treaty entry {entry.get('id', '?')!r}: {exc}", str(path)) from exc
    return tuple(out)


def _treaty(e: dict[str, Any]) -> Treaty:
    members = tuple(
        Membership(m["code"], as_date(m.get("joined")), as_date(m.get("left")), bool(m.get("approx")))
        for m in e["members"]
    )
    suspended = tuple((frozenset(s["between"]), as_date(s["since"])) for s in e.get("suspended") or [])
    return Treaty(
        id=e["id"], name=e["name"], article=e.get("article", ""), obligations=tuple(e["obligations"]),
        conditions=e.get("conditions", ""), signed=as_date(e.get("signed")), in_force=as_date(e.get("in_force")),
        ended=as_date(e.get("ended")), members=members, protects=tuple(e.get("protects") or ()),
        suspended=suspended, sources=tuple(e.get("sources") or ()), note=e.get("note") or "",
    )  # fmt: skip
