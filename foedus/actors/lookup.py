"""Look actors up by id, code or name: codes, names per language, offices held.

``EXTENSIONS`` lets other parts add facts to a lookup without touching this module
(e.g. the store adds an actor's event partners): each is called with the ActorInfo
and returns a dict merged into ``ActorInfo.extra``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from foedus.actors.data import Office, load_actors, load_alias_records, load_offices
from foedus.actors.normalize import key_of
from foedus.config import DATA_DIR
from foedus.records import Actor

EXTENSIONS: list[Callable[[ActorInfo], dict[str, Any]]] = []


@dataclass
class ActorInfo:
    actor: Actor
    names: dict[str, list[str]] = field(default_factory=dict)  # language -> aliases
    offices: list[Office] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.actor.__dict__,
            "names": self.names,
            "offices": [o.__dict__ for o in self.offices],
            **self.extra,
        }


def find_actors(query: str, data_dir: Path = DATA_DIR) -> list[ActorInfo]:
    """Actors whose id, code or any alias (case-, accent- and ending-insensitive) is ``query``."""
    actors = load_actors(data_dir)
    aliases = [a for a in load_alias_records(data_dir) if a.actor_id in actors]
    q = query.strip()
    ids: list[str] = []
    if q in actors or q.upper() in actors:
        ids.append(q if q in actors else q.upper())
    key = key_of(q)
    ids += [a.actor_id for a in aliases if key_of(a.text) == key]
    if not ids:
        ids += [aid for aid, act in actors.items() if act.code == q.upper() and act.kind == "state"]
    if not ids:  # fall back to the tagger, which knows endings and garbled names
        from foedus.actors.tagger import ActorTagger

        ids += [m.actor.id for m in ActorTagger().tag(q)]
    return [describe(actors[aid], data_dir) for aid in dict.fromkeys(ids)]


def describe(actor: Actor, data_dir: Path = DATA_DIR) -> ActorInfo:
    """Everything our data holds about one actor, plus what the registered extensions add."""
    info = ActorInfo(actor)
    for a in load_alias_records(data_dir):
        if a.actor_id == actor.id and a.text not in info.names.get(a.lang, []):
            info.names.setdefault(a.lang, []).append(a.text)
    info.offices = [o for o in load_offices(data_dir) if o.person == actor.id]
    for ext in EXTENSIONS:
        info.extra.update(ext(info))
    return info
