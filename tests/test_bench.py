"""The benchmark reports consistent counts and every stage (figures are measured, never asserted)."""

from foedus.bench import SECTIONS, run_bench, sample_documents


def test_sample_documents_cycle_the_corpus_with_distinct_ids() -> None:
    docs = sample_documents(25)
    assert len({d.id for d in docs}) == 25
    assert all(d.text and d.date for d in docs)


def test_run_bench_reports_counts_stages_and_memory(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("foedus.bench.SECTIONS", {})
    result = run_bench(n_docs=6)
    assert result["documents"] == 6
    assert result["sentences"] > 6
    assert set(result["stage_seconds"]) == {"text", "actors", "attribution", "events"}
    assert result["sentences_per_s"] > 0 and result["pipeline_peak_rss_mb"] > 0
    assert result["peak_rss_mb"] >= result["pipeline_peak_rss_mb"]
    assert SECTIONS, "ingest/store/attribution sections register themselves on import"
