"""The ingest section of `foedus bench` (issue 3)."""

from foedus.bench import SECTIONS
from foedus.ingest.bench import ingest_section


def test_ingest_section_is_registered_and_measures_both_formats() -> None:
    assert SECTIONS["ingest"] is ingest_section
    row = ingest_section(12)
    assert row["html_pages"] == 12 and row["text_docs"] == 12
    assert row["html_pages_per_s"] > 0 and row["text_docs_per_s"] > row["html_pages_per_s"]
    assert row["text_stage_sentences"] > 12 and 0 < row["sentences_sent_to_lingua"] < row["text_stage_sentences"]
