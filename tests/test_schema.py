"""The README's event schema (schema/event.schema.json) matches what `foedus code` emits."""

import json
from pathlib import Path

import jsonschema

from foedus import analyze
from foedus.records import event_to_plover

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "schema" / "event.schema.json").read_text())


def test_coded_events_validate_against_schema() -> None:
    text = (
        "Russia and North Korea signed a defence treaty in Pyongyang on 19 June 2024. "
        "The United States condemned the agreement. China did not send troops."
    )
    events = analyze(text, date="2024-06-20", lang="en").events
    assert len(events) >= 2
    for ev in events:
        jsonschema.validate(event_to_plover(ev), SCHEMA)


def test_schema_rejects_unknown_event_type() -> None:
    ev = event_to_plover(analyze("Russia and North Korea signed a treaty.", lang="en").events[0])
    ev["event"] = "DEMAND"  # a PLOVER 0.5 label, not 0.8
    try:
        jsonschema.validate(ev, SCHEMA)
    except jsonschema.ValidationError:
        return
    raise AssertionError("schema accepted a non-PLOVER-0.8 event type")
