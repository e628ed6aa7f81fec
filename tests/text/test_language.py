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


def test_function_word_vote_decides_clear_documents_and_defers_the_rest() -> None:
    tagger = SentenceLanguages()
    de = ("Die Regierung hat am Montag neue Gespräche mit den Nachbarstaaten angekündigt, und der Minister sagte, "
          "dass die Verhandlungen über die Grenze im Juli beginnen werden. Es ist nicht klar, ob auch die "
          "Opposition an den Gesprächen teilnehmen wird, aber ein Sprecher hat das nicht ausgeschlossen.")  # fmt: skip
    assert tagger.by_function_words(de) == "de"
    uk = ("Уряд України заявив, що переговори з партнерами тривають, і міністр сказав, що вже цього тижня буде "
          "ухвалено рішення про нові поставки. Також він повідомив, що делегація відвідає Варшаву та Берлін, "
          "але дату візиту ще не визначено, і це питання обговорять пізніше.")  # fmt: skip
    assert tagger.by_function_words(uk) == "uk"
    assert tagger.by_function_words("Die Regierung sagte das.") is None  # too short to vote
    arabic = "أعلنت المملكة العربية السعودية وإيران استئناف العلاقات الدبلوماسية بينهما بعد سنوات من القطيعة " * 4
    assert tagger.by_function_words(arabic) is None  # no function words listed: lingua decides
    assert tagger.document(arabic) == "ar"
