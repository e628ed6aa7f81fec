"""Hard negatives of the fourth development round (session 12, round negatives): a denial of a deed codes neither
the deed nor the denial, while an act told before the denial stays; all sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from foedus.records import Analysis
from tests.events.conftest import view_of

# (lang, a denial of a deed: no event)
DENIED_DEEDS = [
    ("en", "[Belarus|BLR] denied on Friday that its helicopters had entered the airspace of [Poland|POL]."),
    ("en", "[Serbia|SRB] flatly denied having shelled villages in [Kosovo|XKX]."),
    ("de", "[Eritrea|ERI] bestritt erneut, dass seine Truppen im Norden [Äthiopiens|ETH] Zivilisten getötet hätten."),
    ("de", "Die Regierung von [Burundi|BDI] dementierte, dass ihre Soldaten die Grenze zu [Ruanda|RWA] überschritten."),
    ("fr", "Le [Tchad|TCD] a démenti mardi avoir bombardé des positions rebelles au [Soudan|SDN]."),
    ("fr", "L'[Algérie|DZA] nie que ses gardes-frontières aient tiré sur des migrants venus du [Niger|NER]."),
    ("es", "[Venezuela|VEN] negó rotundamente que sus soldados hubieran cruzado la frontera con [Guyana|GUY]."),
    ("es", "[Nicaragua|NIC] desmintió haber expulsado a diplomáticos de [Costa Rica|CRI]."),
    ("ru", "[Азербайджан|AZE] отрицал, что его войска обстреляли позиции [Армении|ARM] у границы."),
    ("ru", "[Минск|BLR] опроверг, что его самолёты нарушили воздушное пространство [Литвы|LTU]."),
    ("uk", "[Мінськ|BLR] заперечив, що його гелікоптери порушили повітряний простір [Польщі|POL]."),
    ("uk", "[Баку|AZE] спростував, що його війська обстріляли села [Вірменії|ARM]."),
    ("ar", "نفت [إثيوبيا|ETH] أن تكون قواتها قد توغلت داخل أراضي [السودان|SDN]."),
    ("ar", "نفى [المغرب|MAR] بشكل قاطع أن يكون قد طرد دبلوماسيين من [الجزائر|DZA]."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), DENIED_DEEDS)
def test_a_denial_of_a_deed_codes_nothing(code: Callable[..., Analysis], lang: str, text: str) -> None:
    assert view_of(text, lang).denial_start() is not None
    assert not [e for e in code(text, lang).events if e.factual]


# (lang, an act told first, then a denial clause about something else: the act stays)
ACT_THEN_DENIAL = [
    ("de", "[Russland|RUS] griff am Montag Stellungen der [Ukraine|UKR] bei Sumy an, bestritt aber, dass dabei "
     "Zivilisten getroffen wurden.", "ASSAULT"),
    ("de", "Die [Türkei|TUR] bombardierte Stellungen im Nordirak, bestritt aber, dass Dörfer im [Irak|IRQ] getroffen "
     "wurden.", "ASSAULT"),
    ("en", "[India|IND] shelled posts held by [Pakistan|PAK] on Monday but denied that it had targeted civilians.",
     "ASSAULT"),
    ("fr", "La [Turquie|TUR] a bombardé des positions kurdes en [Irak|IRQ], mais a démenti avoir visé des civils.",
     "ASSAULT"),
    ("es", "[Colombia|COL] bombardeó un campamento guerrillero en [Ecuador|ECU], pero negó que hubiera civiles.",
     "ASSAULT"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "event"), ACT_THEN_DENIAL)
def test_an_act_told_before_a_denial_stays(code: Callable[..., Analysis], lang: str, text: str, event: str) -> None:
    assert event in [e.event for e in code(text, lang).events if e.factual]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "[Iran|IRN] denied the inspectors of the [IAEA|IGO] access to the enrichment plant."),
        ("en", "[Hungary|HUN] denied the request of [Ukraine|UKR] that the pipeline be reopened."),
        ("ru", "[Москва|RUS] отрицала очевидное."),
    ],
)
def test_a_refusal_is_no_denial_of_a_deed(lang: str, text: str) -> None:
    assert view_of(text, lang).denial_start() is None
