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
