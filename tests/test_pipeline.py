from foedus import analyze
from foedus.errors import ConfigError
from foedus.pipeline import Pipeline, check_wiring
from foedus.records import Analysis


class _Needy:
    name = "needy"
    needs = ("events",)
    adds = ()

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis


def test_wiring_check_rejects_missing_layer() -> None:
    try:
        check_wiring([_Needy()])
    except ConfigError as exc:
        assert "events" in str(exc)
    else:
        raise AssertionError("wiring check passed a stage whose needs are unmet")


def test_pipeline_codes_signing_with_offsets() -> None:
    text = "Russia and North Korea signed a defence treaty in Pyongyang yesterday."
    a = analyze(text, date="2024-06-20", lang="en")
    agree = [e for e in a.events if e.event == "AGREE"]
    assert agree, a.events
    ev = agree[0]
    assert {r.code for r in ev.actor} == {"RUS", "PRK"}
    assert ev.date == "2024-06-19"
    for ref in ev.actor:
        assert a.doc.text[ref.start : ref.end] == ref.text
    assert a.doc.text[ev.evidence[0].start : ev.evidence[0].end] == ev.evidence[0].text


def test_timings_recorded_per_stage() -> None:
    a = Pipeline()(analyze("Germany criticized Iran.", lang="en").doc)
    assert set(a.timings) == {"text", "actors", "attribution", "events"}


def test_analyze_long_non_ascii_text_is_text_not_a_path() -> None:
    text = "Россия и Китай подписали соглашение о сотрудничестве в Пекине. " * 6  # > 255 bytes, one line
    a = analyze(text, lang="ru")
    assert a.doc.text.startswith("Россия и Китай")
