"""The SpkAtt-2023 harness: detokenisation, token mapping, matching rules; the gold run when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foedus.evaluate import attribution
from foedus.evaluate.attribution import Speech, load_speech, predictions, score
from foedus.records import Analysis, Document, Evidence, Quote

# Our own tiny speech in the SpkAtt task-1 format (not taken from the gold data).
SPEECH = {
    "Sentences": [
        {"SentenceId": 0, "Tokens": ["Merz", "sagte", ",", "dass", "die", "Steuern", "sinken", "."]},
        {"SentenceId": 1, "Tokens": ["Wir", "glauben", "das", "nicht", "."]},
    ],
    "Annotations": [
        {"Cue": ["0:1"], "Source": ["0:0"], "Message": ["0:4", "0:5", "0:6"]},
        {"Cue": ["1:1"], "Source": ["1:0"], "Message": ["1:2"]},
    ],
}


@pytest.fixture
def speech_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "speaker_attribution_de" / "data" / "dev" / "task1"
    folder.mkdir(parents=True)
    (folder / "one.json").write_text(json.dumps(SPEECH), encoding="utf-8")
    return tmp_path


def test_detokenised_offsets_map_back_to_token_ids(speech_dir: Path) -> None:
    sp = load_speech(next(speech_dir.rglob("*.json")))
    assert sp.text.startswith("Merz sagte, dass die Steuern sinken. Wir glauben")
    assert sp.ids(sp.text.index("Steuern"), sp.text.index("sinken") + 6) == {"0:5", "0:6"}


def test_matching_rules() -> None:
    gold = [{"cue": frozenset({"0:1"}), "source": frozenset({"0:0"}), "message": frozenset({"0:4", "0:5", "0:6"})}]
    pred = [{"cue": frozenset({"0:1", "0:2"}), "source": frozenset({"0:0"}), "message": frozenset({"0:5", "0:6"})}]
    t = score([(pred, gold)])
    assert t[("cue", "exact")].tp == 0 and t[("cue", "overlap")].tp == 1
    assert t[("source", "exact")].tp == 1
    assert t[("message", "exact")].tp == 0 and t[("message", "overlap")].tp == 1
    assert (t[("message", "token")].tp, t[("message", "token")].pred, t[("message", "token")].gold) == (2, 2, 3)


def test_run_on_own_speech(speech_dir: Path) -> None:
    report = attribution.run(speech_dir)
    rows = {(r["role"], r["match"]): r for r in report.tables["spans"]}
    assert rows[("cue", "exact")]["tp"] >= 1  # "sagte" with source "Merz"
    assert rows[("source", "exact")]["tp"] >= 1


@pytest.mark.gold
def test_spkatt_dev(eval_dir: Path) -> None:
    if not (eval_dir / "speaker_attribution_de").is_dir():
        pytest.skip("SpkAtt data absent")
    report = attribution.run(eval_dir)
    assert report.metrics["speeches"] == 18
    assert all(0.0 <= v <= 1.0 for k, v in report.metrics.items() if k.endswith("_f1"))
    assert report.metrics["cue_overlap_f1"] >= 0.6  # floor below the measured 0.637


def test_particle_verb_cue_excludes_its_own_roles() -> None:
    text = "Wir lehnen den Antrag ab."
    toks, pos = [], 0
    for i, w in enumerate(["Wir", "lehnen", "den", "Antrag", "ab", "."]):
        pos = text.index(w, pos)
        toks.append((pos, pos + len(w), f"0:{i}"))
    speech = Speech(text, toks)
    a = Analysis(doc=Document(id="x", text=text, raw=text, lang="de"))
    a.quotes = [
        Quote(cue=Evidence("lehnen den Antrag ab", 4, 24), message=Evidence("den Antrag", 11, 21), direct=False)
    ]
    assert predictions(speech, a)[0]["cue"] == {"0:1", "0:4"}
