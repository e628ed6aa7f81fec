"""A domain cue of domain "-" hides the market, sport or culture cues inside it (foedus/events/lexicon.py
find_domains): Russian "на выручку" (to the rescue) is no takings (session 12, helper typesB)."""

from foedus.config import DATA_DIR
from foedus.events.lexicon import load_lexicon


def test_rescue_idiom_hides_the_market_cue_it_holds() -> None:
    lex = load_lexicon(DATA_DIR, "ru")
    assert lex.find_domains("Катар пришёл на выручку Ливану, выделив кредит.") == []
    assert lex.find_domains("Выручка компании выросла на пять процентов.") == ["markets"]
