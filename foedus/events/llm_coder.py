"""An optional coder that asks an LLM behind an OpenAI-compatible chat endpoint.

Used only when configured: ``Config(coder="llm", options={"llm_base_url": ..., "llm_model": ...})``
or ``FOEDUS_LLM_BASE_URL`` / ``FOEDUS_LLM_MODEL``; the key comes from ``FOEDUS_LLM_API_KEY``.
One request per document lists its sentences and the actors found in them; the reply is
validated (known types, known actor codes, sentence numbers in range) before it becomes
events. The transport is a small callable, so tests use an in-memory one and never the network.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

from foedus.config import Config
from foedus.errors import ConfigError, FoedusError
from foedus.events.coder import register
from foedus.events.lexicon_coder import event_id
from foedus.events.roles import refs
from foedus.records import AUX_FLAGS, PLOVER_TYPES, Analysis, Event, Evidence, Mention

Transport = Callable[[str, dict[str, Any], dict[str, str]], dict[str, Any]]

SYSTEM = (
    "You code political events in news sentences with the PLOVER 0.8 ontology. Event types: "
    + ", ".join(PLOVER_TYPES)
    + ". For each event asserted or discussed in a sentence, return an object with: sentence (its number), "
    "event, mode (a PLOVER mode or null), context (list), actor and recipient (lists of the actor codes given "
    "for that sentence), aux (subset of negated, hypothetical, future, historical), trigger (the word). "
    "Reciprocal meetings and agreements list every party as actor and no recipient. "
    'Answer with JSON only: {"events": [...]}.'
)


class LLMError(FoedusError):
    """The LLM endpoint failed or answered something that is not valid event JSON."""


def httpx_transport(timeout: float = 60.0) -> Transport:
    def post(url: str, payload: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
        import httpx

        resp = httpx.post(url, json=payload, headers=headers, timeout=timeout)
        resp.raise_for_status()
        return resp.json()  # type: ignore[no-any-return]

    return post


@register("llm")
class LLMCoder:
    name = "llm"

    def __init__(self, config: Config, transport: Transport | None = None) -> None:
        opts = config.options
        self.base_url = (opts.get("llm_base_url") or os.environ.get("FOEDUS_LLM_BASE_URL", "")).rstrip("/")
        if not self.base_url:
            raise ConfigError("the llm coder needs llm_base_url (or FOEDUS_LLM_BASE_URL)")
        self.model = opts.get("llm_model") or os.environ.get("FOEDUS_LLM_MODEL", "default")
        self.transport = transport or httpx_transport(float(opts.get("llm_timeout", "60")))

    def __call__(self, analysis: Analysis) -> list[Event]:
        numbered = []
        for n, sent in enumerate(analysis.sentences):
            inside = [m for m in analysis.mentions if sent.start <= m.start < sent.end]
            if inside:
                numbered.append((n, sent, inside))
        if not numbered:
            return []
        lines = [
            f"[{n}] {s.text}\n    actors: " + "; ".join(f"{m.text} = {m.actor.code}" for m in ms if m.actor.code)
            for n, s, ms in numbered
        ]
        payload = {
            "model": self.model,
            "temperature": 0,
            "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "\n".join(lines)}],
        }
        headers = {"Content-Type": "application/json"}
        if os.environ.get("FOEDUS_LLM_API_KEY"):
            headers["Authorization"] = f"Bearer {os.environ['FOEDUS_LLM_API_KEY']}"
        try:
            reply = self.transport(f"{self.base_url}/chat/completions", payload, headers)
            content = reply["choices"][0]["message"]["content"]
            items = json.loads(_strip_fence(content))["events"]
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise LLMError(f"unusable answer from {self.base_url}: {exc}") from exc
        by_n = {n: (s, ms) for n, s, ms in numbered}
        return [ev for item in items if (ev := self._event(analysis, item, by_n)) is not None]

    def _event(self, analysis: Analysis, item: Any, by_n: dict[int, Any]) -> Event | None:
        if not isinstance(item, dict) or item.get("event") not in PLOVER_TYPES or item.get("sentence") not in by_n:
            return None
        sent, mentions = by_n[item["sentence"]]
        actor = _pick(mentions, item.get("actor"))
        if not actor:
            return None
        trig = str(item.get("trigger") or "")
        at = sent.text.find(trig) if trig else -1
        ev = Event(
            id="",
            doc_id=analysis.doc.id,
            event=item["event"],
            actor=refs(actor),
            recipient=refs(_pick(mentions, item.get("recipient"))),
            mode=item.get("mode") or None,
            context=[str(c) for c in item.get("context") or []],
            aux=sorted(a for a in item.get("aux") or [] if a in AUX_FLAGS),
            evidence=[Evidence(sent.text, sent.start, sent.end)],
            trigger=Evidence(trig, sent.start + at, sent.start + at + len(trig)) if at >= 0 else None,
            confidence=0.7,
            coder=f"llm:{self.model}",
        )
        ev.id = event_id(ev)
        return ev


def _pick(mentions: list[Mention], codes: Any) -> list[Mention]:
    """The first mention of each code the model named; codes not found in the sentence are dropped."""
    wanted = [str(c) for c in codes] if isinstance(codes, list) else []
    first = {}
    for m in mentions:
        first.setdefault(m.actor.code, m)
    return [first[c] for c in dict.fromkeys(wanted) if c in first]


def _strip_fence(text: str) -> str:
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        text = text.rsplit("```", 1)[0]
    return text
