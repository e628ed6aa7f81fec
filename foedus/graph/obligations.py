"""Who is bound to respond if a state is attacked: treaty and corpus links, directly and through allies of allies."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from foedus.actors.data import load_actors
from foedus.errors import StoreError
from foedus.graph.commitments import agree_evidence, confirmed
from foedus.graph.treaties import Treaty, as_date, load_treaties

if TYPE_CHECKING:
    from foedus.store.corpus import Corpus

RESPONSE = "defence"
OTHER = ("consultation", "neutrality", "non-aggression")


def actor_names() -> dict[str, str]:
    """Country code -> name, from the actor data (states first)."""
    names: dict[str, str] = {}
    for a in sorted(load_actors().values(), key=lambda a: a.kind != "state"):
        if a.code and a.code not in names:
            names[a.code] = a.name
    return names


def obligations(attacked: str, on: str | date | None = None, depth: int = 2, corpus: Corpus | None = None) -> dict:
    """States bound to come to ``attacked``'s aid on a date, each with the path, treaty and evidence of its link.

    Depth 1 are ``attacked``'s own allies; depth 2 are allies of those allies, bound
    only if the ally is attacked in turn (the ``via`` path says through whom).
    Treaties signed but not yet in force, and weaker obligations (consultation,
    neutrality, non-aggression), are listed apart.
    """
    attacked = attacked.upper()
    try:
        day = as_date(on) if on else date.today()
    except ValueError as exc:
        raise StoreError(f"not a date: {on!r} (expected YYYY-MM-DD)") from exc
    assert day is not None
    treaties = load_treaties()
    con = corpus.con if corpus else None
    commitments = confirmed(con, day) if con else []
    names = actor_names()
    found: dict[str, dict[str, Any]] = {}
    frontier = [attacked]
    for level in range(1, depth + 1):
        nxt = []
        for owed in frontier:
            for responder, link in _links_to(owed, day, treaties, commitments):
                if responder == attacked or (responder in found and found[responder]["depth"] < level):
                    continue
                path = [*found[owed]["via"], responder] if owed in found else [attacked, responder]
                entry = found.setdefault(responder, {"code": responder, "name": names.get(responder, responder),
                                                     "depth": level, "via": path, "links": []})  # fmt: skip
                if entry["depth"] == level:
                    link["owed_to"] = owed
                    link["evidence"] = _evidence(con, responder, owed, day, link)
                    entry["links"].append(link)
                    if responder not in nxt:
                        nxt.append(responder)
        frontier = nxt
    bound = sorted(found.values(), key=lambda e: (e["depth"], e["code"]))
    return {
        "attacked": attacked,
        "name": names.get(attacked, attacked),
        "on": day.isoformat(),
        "bound": bound,
        "pending": _pending(attacked, day, treaties, names),
        "other": _other(attacked, day, treaties, names),
    }


def _links_to(owed: str, day: date, treaties: tuple[Treaty, ...], commitments: list[dict]) -> list[tuple[str, dict]]:
    """(responder, link) for every party bound to defend ``owed`` on ``day``."""
    out = []
    for t in treaties:
        if owed not in t.parties(day):
            continue
        for responder in sorted(t.parties(day)):
            if t.binds(responder, owed, day, RESPONSE):
                out.append((responder, {"kind": "treaty", "obligation": RESPONSE, **t.to_dict()}))
    for c in commitments:
        members = c["members"] or []
        if owed in members and c["obligation"] == RESPONSE:
            for responder in sorted(set(members) - {owed}):
                out.append((responder, {"kind": "corpus commitment", "id": c["id"], "obligation": RESPONSE,
                                        "name": f"commitment confirmed from event {c['id']}",
                                        "in_force": c["since"], "note": c.get("note") or "",
                                        "confirmed_evidence": c["evidence"]}))  # fmt: skip
    return out


def _evidence(con: Any, a: str, b: str, day: date, link: dict) -> dict[str, Any]:
    """The treaty's own sources and the corpus events (defence-context AGREE between the two) behind a link."""
    ev: dict[str, Any] = {"sources": link.get("sources", [])}
    if con is not None:
        ev["corpus"] = [
            {"event_id": e["id"], "date": e["date"], "n_documents": e["n_documents"], "evidence": e["evidence"]}
            for e in agree_evidence(con, [a, b], until=day)
        ]
    return ev


def _pending(attacked: str, day: date, treaties: tuple[Treaty, ...], names: dict[str, str]) -> list[dict]:
    """Defence treaties of ``attacked`` signed but not in force on ``day`` (so binding no one yet)."""
    out = []
    for t in treaties:
        if RESPONSE in t.obligations and t.status(day) == "signed" and attacked in t.signatories():
            others = sorted(t.signatories() - {attacked})
            out.append({**t.to_dict(), "parties": [{"code": c, "name": names.get(c, c)} for c in others]})
    return out


def _other(attacked: str, day: date, treaties: tuple[Treaty, ...], names: dict[str, str]) -> list[dict]:
    """Parties with a weaker obligation towards ``attacked`` (and no defence one under the same treaty)."""
    out = []
    for t in treaties:
        if RESPONSE in t.obligations or t.status(day) != "in force" or attacked not in t.parties(day):
            continue
        kinds = [o for o in t.obligations if o in OTHER]
        for c in sorted(t.parties(day) - {attacked}):
            out.append({"code": c, "name": names.get(c, c), "obligations": kinds, **{"treaty": t.to_dict()}})
    return out
