import json
from pathlib import Path

from foedus.ingest import Skipped, read_inputs
from foedus.records import Document


def _read(paths: list[Path]) -> list[Document | Skipped]:
    return list(read_inputs([str(p) for p in paths]))


def test_bad_inputs_are_skipped_with_reasons_and_rest_processed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 10)
    good = tmp_path / "good.txt"
    good.write_text("Russia and Ukraine held talks in Istanbul.", encoding="utf-8")
    recs = _read([empty, binary, tmp_path / "missing.txt", good])
    skipped = {Path(r.source).name: r.reason for r in recs if isinstance(r, Skipped)}
    assert skipped == {"empty.txt": "empty input", "blob.bin": "binary data, not text or HTML",
                       "missing.txt": "no such file or directory"}  # fmt: skip
    docs = [r for r in recs if isinstance(r, Document)]
    assert [d.text for d in docs] == ["Russia and Ukraine held talks in Istanbul."]


def test_cp1251_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes("Россия и Китай подписали соглашение о сотрудничестве.".encode("cp1251"))
    (doc,) = _read([path])
    assert isinstance(doc, Document)
    assert doc.text.startswith("Россия и Китай")


def test_jsonl_contract_keeps_ids_and_dates(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [
        {"id": "a1", "text": "France condemned the attack.", "date": "2024-01-02", "lang": "en"},
        {"id": "a2", "html": "<html><body><article><p>Spain and Morocco signed a migration accord today "
                             "in Rabat after long talks between ministers.</p></article></body></html>"},
        {"id": "a3"},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    recs = _read([path])
    docs = [r for r in recs if isinstance(r, Document)]
    assert [d.id for d in docs] == ["a1", "a2"]
    assert docs[0].date == "2024-01-02" and docs[0].lang == "en"
    assert "Morocco" in docs[1].text
    reasons = [r.reason for r in recs if isinstance(r, Skipped)]
    assert reasons[0] == "record has neither 'text' nor 'html'"
    assert reasons[1].startswith("invalid JSON")


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_bytes(
        "Le président français a rencontré le chancelier à Paris. Les négociations ont été dures.".encode("latin-1")
    )
    (doc,) = _read([path])
    assert isinstance(doc, Document)
    assert doc.text.startswith("Le président français a rencontré le chancelier à Paris.")


def test_directory_is_read_by_content_not_extension(tmp_path: Path) -> None:
    (tmp_path / "page.dat").write_text(
        "<html><head><title>Talks</title></head><body><article><p>Spain and Morocco signed a migration accord "
        "in Rabat after long talks between their ministers on Monday.</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "note").write_text("Germany criticized Iran over its nuclear programme.", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    recs = _read([tmp_path])
    docs = {Path(r.source).name: r for r in recs if isinstance(r, Document)}
    assert docs["page.dat"].fmt == "html" and docs["page.dat"].title == "Talks"
    assert docs["note"].fmt == "text"
    assert [(Path(r.source).name, r.reason) for r in recs if isinstance(r, Skipped)] == [
        ("image.txt", "binary data, not text or HTML")
    ]


def test_html_metadata_is_kept(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(
        "<html lang='de-DE'><head><title>Gipfel in Berlin - Beispielzeitung</title>"
        "<link rel='canonical' href='https://zeitung.example/gipfel'>"
        "<meta name='author' content='Erika Muster'><meta property='og:site_name' content='Beispielzeitung'>"
        "<meta property='article:published_time' content='2024-06-20T10:00:00+02:00'></head><body><article>"
        "<h1>Gipfel in Berlin</h1><p>Die Außenminister Frankreichs und Deutschlands trafen sich am Dienstag in Berlin, "
        "um über die Unterstützung der Ukraine zu sprechen.</p><p>Weitere Gespräche sind für Juli geplant, sagte ein "
        "Sprecher des Auswärtigen Amts.</p></article></body></html>",
        encoding="utf-8",
    )
    (doc,) = _read([page])
    assert isinstance(doc, Document)
    assert doc.date == "2024-06-20" and doc.author == "Erika Muster" and doc.site == "Beispielzeitung"
    assert doc.meta["canonical_url"] == "https://zeitung.example/gipfel" and doc.meta["html_lang"] == "de"
    assert doc.url == "https://zeitung.example/gipfel" and doc.title and "Gipfel" in doc.title
    assert "\n\n" in doc.text  # paragraphs stay paragraphs


def test_50_mb_html_is_refused_quickly_with_a_clear_message(tmp_path: Path) -> None:
    import time

    big = tmp_path / "big.html"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("<html><body>")
        chunk = "<div><p>Filler paragraph about nothing in particular.</p></div>\n" * 1000
        while fh.tell() < 50 * 2**20:
            fh.write(chunk)
        fh.write("</body></html>")
    good = tmp_path / "good.txt"
    good.write_text("France condemned the attack.", encoding="utf-8")
    t0 = time.perf_counter()
    recs = _read([big, good])
    assert time.perf_counter() - t0 < 5
    assert isinstance(recs[1], Document)
    assert isinstance(recs[0], Skipped) and recs[0].reason.startswith("HTML too large to parse (50.0 MiB > 10 MiB cap)")


def test_stdin_reads_html_and_jsonl(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import io
    import sys

    lines = b'{"id": "x1", "text": "Poland and Lithuania agreed on joint patrols."}\n{"id": "x2"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    recs = list(read_inputs(["-"]))
    assert isinstance(recs[0], Document) and recs[0].id == "x1"
    assert isinstance(recs[1], Skipped) and recs[1].source == "stdin:2"


def test_gzipped_html_is_read(tmp_path: Path) -> None:
    import gzip

    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(b"<html><body><article><p>Chile and Peru signed a fisheries deal in Lima on "
                                   b"Friday after two years of negotiations.</p></article></body></html>"))  # fmt: skip
    (doc,) = _read([page])
    assert isinstance(doc, Document) and "fisheries deal" in doc.text
