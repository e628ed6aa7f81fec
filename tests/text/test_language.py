"""Language per document and per sentence; lingua only for sentences that may differ (issue 3)."""

from pathlib import Path

from foedus.config import Config
from foedus.records import Analysis, Document
from foedus.text.language import SentenceLanguages, detect
from foedus.text.segment import segment
from foedus.text.stage import TextStage


def test_seed_is_german_and_no_sentence_needs_lingua(seed_path: Path) -> None:
    stage = TextStage(Config())
    a = stage(Analysis(doc=Document(id="s", text=seed_path.read_text(encoding="utf-8"))))
    assert a.doc.lang == "de"
    assert {s.lang for s in a.sentences} == {"de"}
    assert stage.languages.checked == 0


def test_sentences_in_another_language_are_found() -> None:
    text = (
        "Der Kreml kündigte am Mittwoch neue Gespräche mit Peking an. Die Regierung in Berlin reagierte zurückhaltend. "
        "The White House declined to comment on the talks. Nach Angaben von Diplomaten beginnen sie im Juli."
    )
    tagger = SentenceLanguages()
    sentences = segment(text, "de")
    tagger.tag(sentences, detect(text))
    assert [s.lang for s in sentences] == ["de", "de", "en", "de"]
    assert tagger.checked == 1


def test_ukrainian_sentence_in_russian_text_by_its_letters() -> None:
    text = (
        "Президент России провёл переговоры с лидером КНДР в Пхеньяне. Стороны подписали договор о партнёрстве. "
        "Україна засудила цю угоду як загрозу для безпеки регіону. Москва отвергла критику Киева."
    )
    tagger = SentenceLanguages()
    sentences = segment(text, "ru")
    tagger.tag(sentences, detect(text))
    assert [s.lang for s in sentences] == ["ru", "ru", "uk", "ru"]


def test_short_or_letterless_text_has_no_language() -> None:
    assert detect("12.06.2024") is None
    assert detect("Kreml") is None
