from foedus.bench import SECTIONS


def test_store_section_is_registered_and_measures_ingest() -> None:
    row = SECTIONS["store"](4)
    assert row["documents"] == 4  # each text made distinct, so each is stored
    assert row["docs_per_s with store"] > 0 and row["event reports"] >= row["events stored (merged)"]
    assert row["rerun docs_per_s (all already stored)"] > row["docs_per_s with store"]
