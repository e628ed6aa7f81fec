from pathlib import Path

import pyarrow as pa
import pytest

from foedus.errors import StoreError
from foedus.records import Document
from foedus.store.corpus import Corpus
from foedus.store.schema import migrations


@pytest.fixture
def corpus(tmp_path: Path, small_corpus: list[Document]):
    with Corpus(tmp_path / "c.duckdb") as c:
        c.ingest(small_corpus)
        yield c


def test_event_filters(corpus: Corpus) -> None:
    everything = corpus.events()
    assert everything and [e["date"] for e in everything] == sorted(e["date"] for e in everything)
    agree = corpus.events(types="AGREE")
    assert agree and all(e["event"] == "AGREE" for e in agree)
    assert {e["id"] for e in corpus.events(types=["AGREE", "CONSULT"])} >= {e["id"] for e in agree}
    assert all("PRK" in e["actor_codes"] for e in corpus.events(actor="prk"))
    assert all("RUS" in e["recipient_codes"] for e in corpus.events(recipient="RUS"))
    march = corpus.events(start="2024-03-01", end="2024-03-31")
    assert march and all(e["date"].startswith("2024-03") for e in march)
    assert all(e["factual"] for e in corpus.events(factual=True))
    assert [e["n_documents"] for e in corpus.events(min_documents=2)] == [2]
    assert len(corpus.events(limit=1)) == 1


def test_source_filter_matches_outlets(corpus: Corpus) -> None:
    ru = corpus.events(source="primer-novosti")
    assert ru and all("sign-ru" in e["doc_ids"] for e in ru)
    assert corpus.events(source="no-such-outlet") == []


def test_arrow_tables(corpus: Corpus) -> None:
    table = corpus.events(arrow=True)
    assert isinstance(table, pa.Table) and table.num_rows == len(corpus.events())
    assert {"id", "event", "n_documents", "n_sources", "quad", "score"} <= set(table.column_names)
    assert corpus.sql("SELECT count(*) AS n FROM documents").to_pylist() == [{"n": 4}]


def test_documents_event_and_mentions(corpus: Corpus) -> None:
    docs = corpus.documents()
    assert [d["id"] for d in docs] == ["sign-en", "sign-ru", "visit-en", "other-en"]
    assert corpus.document("sign-ru")["lang"] == "ru"
    signing = corpus.events(min_documents=2)[0]
    ev = corpus.event(signing["id"])
    assert [m["doc_id"] for m in ev["mentions"]][:2] == ["sign-en", "sign-ru"]
    span = ev["mentions"][1]["evidence_spans"][0]
    assert corpus.document("sign-ru")["text"][span["start"] : span["end"]] == span["text"]
    with pytest.raises(StoreError):
        corpus.event("nope")
    with pytest.raises(StoreError):
        corpus.document("nope")
    with pytest.raises(StoreError, match="not a date"):
        corpus.events(start="June")


def test_stats_and_read_only_reopen(corpus: Corpus) -> None:
    stats = corpus.stats()
    assert stats["documents"] == 4 and stats["schema_version"] == migrations()[-1][0]
    assert stats["events"] < stats["event_mentions"]
    corpus.close()
    with Corpus(corpus.path, read_only=True) as again:
        assert again.stats() == stats


def test_one_path_is_one_input(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Russia and China signed an agreement on 2 May 2024.")
    with Corpus(tmp_path / "one.duckdb") as c:
        assert c.ingest(str(f), date="2024-05-03").stored == 1
