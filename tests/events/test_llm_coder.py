"""The optional LLM coder, with an in-memory transport (no network)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from foedus.config import Config
from foedus.errors import ConfigError
from foedus.events.coder import make_coder
from foedus.events.llm_coder import LLMCoder, LLMError
from tests.events.conftest import codes, marked


def fake(answer: str, seen: list[dict[str, Any]]):  # type: ignore[no-untyped-def]
    def transport(url: str, payload: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
        seen.append({"url": url, "payload": payload})
        return {"choices": [{"message": {"content": answer}}]}

    return transport


CONFIG = Config(coder="llm", options={"llm_base_url": "http://llm.invalid/v1", "llm_model": "m"})


def test_llm_events_are_validated_and_linked_to_mentions() -> None:
    answer = json.dumps({"events": [
        {"sentence": 0, "event": "ASSAULT", "actor": ["RUS"], "recipient": ["UKR"], "aux": ["negated", "bogus"],
         "trigger": "attacked", "mode": "aerial"},
        {"sentence": 0, "event": "DEMAND", "actor": ["RUS"]},  # not PLOVER 0.8: dropped
        {"sentence": 7, "event": "AID", "actor": ["RUS"]},  # no such sentence: dropped
        {"sentence": 0, "event": "AID", "actor": ["FRA"]},  # actor not in the sentence: dropped
    ]})  # fmt: skip
    seen: list[dict[str, Any]] = []
    coder = LLMCoder(CONFIG, transport=fake(answer, seen))
    a = marked("[Russia|RUS] attacked [Ukraine|UKR].", "en")
    events = coder(a)
    assert len(events) == 1
    ev = events[0]
    assert (ev.event, codes(ev.actor), codes(ev.recipient), ev.aux) == ("ASSAULT", {"RUS"}, {"UKR"}, ["negated"])
    assert ev.trigger is not None and a.doc.text[ev.trigger.start : ev.trigger.end] == "attacked"
    assert seen[0]["url"] == "http://llm.invalid/v1/chat/completions" and seen[0]["payload"]["model"] == "m"
    assert "Russia = RUS" in seen[0]["payload"]["messages"][1]["content"]


def test_fenced_json_is_accepted_and_garbage_is_a_typed_error() -> None:
    ok = LLMCoder(CONFIG, transport=fake('```json\n{"events": []}\n```', []))
    assert ok(marked("[Russia|RUS] attacked [Ukraine|UKR].", "en")) == []
    bad = LLMCoder(CONFIG, transport=fake("I cannot help", []))
    with pytest.raises(LLMError):
        bad(marked("[Russia|RUS] attacked [Ukraine|UKR].", "en"))


def test_llm_coder_is_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOEDUS_LLM_BASE_URL", raising=False)
    with pytest.raises(ConfigError):
        make_coder(Config(coder="llm"))
    assert make_coder(Config()).__class__.__name__ == "LexiconCoder"
    with pytest.raises(ConfigError):
        make_coder(Config(coder="nope"))
