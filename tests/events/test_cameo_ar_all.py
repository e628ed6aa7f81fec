"""Issue 5: every CAMEO code of the conversion table (03-20, but 057) coded in Arabic (Modern Standard Arabic) from
one marked-up sentence written from the code's description (tests/events/data/cameo_ar_all.tsv, not in the training
set), with the PLOVER type of the table as overridden by the codebook (docs/conventions.md) and the actor/recipient
roles; the facts are those of the English, Russian and French tables, so the same fact is coded the same in every
language. The dropped CAMEO categories 01 (public statements) and 02 (appeals) are covered too: no event, and
REQUEST."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.events.lexicon import load_lexicon
from foedus.records import Analysis
from tests.events.conftest import CAMEO_FIELDS, assert_cases_cover, cameo_cases, table_types, template_blocks
from tests.events.test_lexicon_coder import assert_type_and_roles_or_none

CASES = [r for r in read_tsv(Path(__file__).parent / "data" / "cameo_ar_all.tsv") if len(r) == 5]
TEMPLATES = DATA_DIR / "training" / "ar" / "templates.cameo_ar_all.tsv"
RANGE = tuple(f"{n:02d}" for n in range(3, 21))
DROPPED = {"01": "NONE", "02": "REQUEST"}  # CAMEO categories PLOVER dropped: statements, and appeals (requests)
# Codes whose sentence the coder still misses (reason given), kept visible rather than dropped.
XFAIL: dict[str, str] = {}


def test_cases_cover_every_code_once() -> None:
    assert_cases_cover(CASES, RANGE + tuple(DROPPED))


def test_every_code_has_three_templates_of_its_type() -> None:
    found = template_blocks(TEMPLATES)
    thin = {c: rows for c, (event, rows) in found.items() if len([e for e in rows if e == event]) < 3}
    assert not thin, thin
    assert set(found) == {c for c, *_ in CASES}


def test_test_sentences_are_not_training_templates() -> None:
    templates = {r[3] for r in read_tsv(TEMPLATES) if len(r) >= 4}
    assert not [text for *_, text in CASES if text in templates]


def test_types_follow_the_table_and_the_codebook(eval_dir: Path) -> None:
    """Block and test types are the table's, with cameo_codebook.tsv's overrides (055, 0813, 0814, 0871, 035x)."""
    table = table_types(eval_dir, RANGE)
    table.pop("057")
    want = table | DROPPED
    assert {c: e for c, (e, _) in template_blocks(TEMPLATES).items()} == want
    assert {c: e for c, e, *_ in CASES} == want
    assert {table[c] for c in ("055", "0813", "0814", "0871", "0353", "0356")} == {"CONCEDE"}


def test_everyday_senses_are_taught_as_none() -> None:
    rows = [r for r in read_tsv(TEMPLATES) if r and r[0] == "NONE"]
    assert len(rows) >= 20


@pytest.mark.parametrize(CAMEO_FIELDS, cameo_cases(CASES, XFAIL))
def test_code_type_and_roles(
    code: Callable[..., Analysis], cameo: str, event: str, actor: str, recipient: str, text: str
) -> None:
    assert_type_and_roles_or_none(code(text, "ar"), event, actor, recipient)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("اعتذرت طوكيو إلى سيول.", ("CONCEDE", None)),
        ("رفعت داكار حظر التجول.", ("CONCEDE", None)),
        ("أعلن المتمردون هدنة من جانب واحد.", ("CONCEDE", None)),
        ("صمدت الهدنة لليوم الخامس.", ("RETREAT", "ceasefire")),
        ("تعهدت طهران بالإفراج عن البحارة.", ("CONCEDE", None)),
        ("أفرجت طهران عن البحارة.", ("RETREAT", "release")),
        ("أدانت محكمة في باريس الوزير السابق.", ("SANCTION", "convict")),
    ],
)
def test_arabic_rows_follow_the_conventions(text: str, want: tuple[str, str | None]) -> None:
    """Boundary cases of docs/conventions.md, at the trigger level (the first trigger of the sentence)."""
    lex = load_lexicon(DATA_DIR, "ar")
    assert [(t.event, t.mode) for _, t in lex.find_triggers(text)][:1] == [want]


def test_new_triggers_keep_their_limits() -> None:
    """Readiness is intent for cooperation and talks, a concession for releases; "بحث" (discussed) is no "ب" + "حث"
    (urged); accepting an apology is forgiveness; "قطع الطريق على" (forestalled) is an idiom, no blocked road."""
    lex = load_lexicon(DATA_DIR, "ar")

    def events(text: str) -> list[tuple[str, str | None]]:
        return [(t.event, t.mode) for _, t in lex.find_triggers(text)]

    assert events("أبدت قطر استعدادها للتفاوض مع إيران.")[:1] == [("AGREE", None)]
    assert events("أبدت قطر استعدادها للإفراج عن البحارة.")[:1] == [("CONCEDE", None)]
    assert ("REQUEST", None) not in events("بحث وزير الخارجية مع نظيره الأوضاع في المنطقة.")
    assert events("قبلت رواندا اعتذار باريس.") == [("SUPPORT", None)]
    assert events("قطعت الحكومة الطريق على أي محاولة للانقلاب.") == []
    assert events("قطع محتجون الطريق السريع.") == [("PROTEST", "obstruct")]
    assert events("خففت واشنطن الحظر التجاري على كوبا.") == [("RETREAT", None)]
    assert events("أصدرت وزارة الخارجية بيانا.") == []  # "وزارة" (ministry) is no "و" + "زار" (visited)


def test_a_protest_demand_is_its_topic(code: Callable[..., Analysis]) -> None:
    """Codebook (PROTEST ambiguities): what a march or strike demands is no REQUEST or resignation of its own."""
    for text in (
        "خرج آلاف المتظاهرين إلى شوارع [الأردن|JOR] للمطالبة بخفض الأسعار.",
        "نظم عمال النفط في [الكويت|KWT] إضرابا للمطالبة بزيادة الأجور.",
        "اعتصم المئات في [لبنان|LBN] أمام البرلمان مطالبين باستقالة الحكومة.",
    ):
        assert [e.event for e in code(text, "ar").events] == ["PROTEST"], text
