"""Issue 5: what is particular to the Arabic per-code CAMEO table (tests/events/data/cameo_ar_all.tsv): the limits of
its triggers and its grammar. The checks every language's table passes are in test_cameo_tables.py."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from foedus.config import DATA_DIR
from foedus.events.lexicon import load_lexicon
from foedus.records import Analysis


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
