"""Surnames alone: resolved by title, document date and the document's countries, or by a full name
named elsewhere in the document; common names and words stay unresolved."""

from __future__ import annotations

import pytest

from foedus.actors.roles import RoleLexicon
from foedus.actors.tagger import ActorTagger
from foedus.config import Config
from foedus.records import Mention


@pytest.fixture(scope="module")
def tagger() -> ActorTagger:
    return ActorTagger()


def tag(tagger: ActorTagger, text: str, date: str | None, lang: str = "en") -> dict[str, Mention]:
    return {m.text: m for m in tagger.tag(text, date, lang)}


def test_title_picks_the_office_holder_of_the_date(tagger: ActorTagger) -> None:
    got = tag(tagger, "President Clinton phoned aides from the Oval Office.", "1998-03-02")
    assert got["President Clinton"].actor.id == "clinton_bill" and got["President Clinton"].role == "president"
    de = tag(tagger, "Präsident Bush sprach mit Journalisten.", "2003-03-02", "de")
    assert de["Präsident Bush"].actor.id == "bush"
    # 1995: Saddam Hussein was a president, King Hussein a king
    assert tag(tagger, "President Hussein addressed the nation.", "1995-05-02")["President Hussein"].actor.code == "IRQ"


def test_surname_alone_takes_the_candidate_fitting_the_date(tagger: ActorTagger) -> None:
    text = "Clinton told reporters the United States would act."
    assert tag(tagger, text, "1998-03-02")["Clinton"].actor.id == "clinton_bill"
    assert tag(tagger, text, "2011-03-02")["Clinton"].actor.id == "clinton_hillary"
    gulf = tag(tagger, "Bush warned Iraq again as U.S. forces massed.", "1991-01-10")
    assert gulf["Bush"].actor.id == "bush_sr"
    congo = "Kabila said Congo's army would hold Kinshasa."
    assert tag(tagger, congo, "1998-05-02")["Kabila"].actor.id == "kabila_l"
    assert tag(tagger, congo, "2005-05-02")["Kabila"].actor.id == "kabila_j"
    assert tag(tagger, "Castro said Cuba would not bow to pressure.", "1996-05-02")["Castro"].actor.code == "CUB"


def test_candidates_of_one_country_without_a_date_give_that_country(tagger: ActorTagger) -> None:
    got = tag(tagger, "Mr Clinton said he was hopeful about the vote.", None)["Clinton"]
    assert got.actor.code == "USA" and got.actor.kind == "person" and got.actor.id.startswith("?")


def test_form_of_address_counts_as_context(tagger: ActorTagger) -> None:
    assert tag(tagger, "Mr Clinton said he was hopeful.", "1996-05-02")["Clinton"].actor.id == "clinton_bill"
    assert tag(tagger, "Mr. Clinton said he was hopeful.", "1996-05-02")["Clinton"].actor.id == "clinton_bill"
    assert tag(tagger, "M. Bush a parlé aux journalistes.", "2002-05-02", "fr")["Bush"].actor.id == "bush"
    assert "Clinton" not in tag(tagger, "Clinton said he was hopeful.", "1996-05-02")


def test_common_surnames_need_their_country_or_a_title(tagger: ActorTagger) -> None:
    assert tag(tagger, "Taylor said Liberia wanted peace.", "1999-05-02")["Taylor"].actor.code == "LBR"
    assert "Taylor" not in tag(tagger, "Taylor said the match was over.", "1999-05-02")
    assert tag(tagger, "Christopher said the United States would press on.", "1995-05-02")["Christopher"].actor.id == (
        "christopher"
    )


def test_names_next_to_the_surname_block_it(tagger: ActorTagger) -> None:
    got = tag(tagger, "James Taylor sang in Liberia, then Taylor Swift did.", "1999-05-02")
    assert not any("Taylor" in t for t in got)
    got = tag(tagger, "Christopher Columbus sailed on, the United States museum said.", "1995-05-02")
    assert not any("Christopher" in t for t in got)
    # a first name followed by a capitalised word is not the secretary of state
    assert "Christopher" not in tag(
        tagger, "Christopher, a farmer in Ohio, told the United States press.", "1995-05-02"
    )


def test_hussein_needs_one_fitting_candidate_or_a_named_one(tagger: ActorTagger) -> None:
    text = "Hussein said Iraq would resist."
    assert "Hussein" not in tag(tagger, text, "1995-05-02")  # Saddam and King Hussein both in office
    assert tag(tagger, text, "2001-05-02")["Hussein"].actor.id == "saddam"  # King Hussein died in 1999
    assert "Hussein" not in tag(tagger, text, "2010-05-02")  # neither in office
    assert "Hussein" not in tag(tagger, "Hussein Ali said Iraq would resist.", "2001-05-02")
    both = tag(tagger, "Saddam Hussein spoke first. King Hussein replied. Hussein said no.", "1995-05-02")
    assert both["Hussein"].actor.id == "hussein_jor"  # the one named last before it


def test_surname_refers_back_to_a_full_name(tagger: ActorTagger) -> None:
    got = tag(tagger, "Warren Christopher arrived in Cairo. Later, Christopher met Egypt's leaders.", "1995-05-02")
    assert got["Christopher"].actor.id == "christopher"
    # an office holder we have no data on keeps the state and office of the first mention
    got = tag(
        tagger, "Algeria's Interior Minister Jamal Qaderi visited Oran. Qaderi said the vote was fair.", "2000-05-02"
    )
    assert got["Qaderi"].actor.code == "DZA" and got["Qaderi"].role == "interior_minister"
    # the same surname after another first name is someone else
    got = tag(
        tagger, "Algeria's Interior Minister Jamal Qaderi visited Oran. Said Qaderi, a trader, left.", "2000-05-02"
    )
    assert "Said Qaderi" not in got and "Qaderi" not in got


def test_honorifics_are_markers_not_roles() -> None:
    rolex = RoleLexicon(Config().data_dir)
    assert {"mr", "herr", "monsieur", "senor"} & rolex.honorifics >= {"mr", "herr", "monsieur"}
    assert rolex.word(["mr"]) is None


def test_namesakes_of_two_countries_need_a_title(tagger: ActorTagger) -> None:
    # 2005: Joschka Fischer (DEU foreign minister) and Heinz Fischer (AUT president) both in office
    assert "Fischer" not in tag(tagger, "Fischer said Germany and Austria agreed.", "2005-05-02")
    titled = tag(tagger, "Foreign Minister Fischer flew to Vienna.", "2005-05-02")
    assert titled["Foreign Minister Fischer"].actor.id == "fischer"
    assert tag(tagger, "Fischer said Germany would send troops.", "2000-05-02")["Fischer"].actor.id == "fischer"


def test_surname_out_of_office_on_the_date_is_left_alone(tagger: ActorTagger) -> None:
    text = "Sharif said Pakistan would respond."
    assert tag(tagger, text, "1998-05-02")["Sharif"].actor.id == "nawaz"
    assert "Sharif" not in tag(tagger, text, "2010-05-02")  # no Sharif was prime minister then
    assert tag(tagger, "Meles said Ethiopia would not withdraw.", "1999-05-02")["Meles"].actor.code == "ETH"


def test_sentence_initial_common_word_is_no_surname(tagger: ActorTagger) -> None:
    text = "John Major met EU leaders in Britain. Major powers were absent, and a major row followed."
    got = tagger.tag(text, "1995-05-02", "en")
    assert [m.text for m in got if m.actor.id == "major"] == ["John Major"]
    got = tagger.tag(text + " Mr. Major said Britain stood firm.", "1995-05-02", "en")
    assert [m.text for m in got if m.actor.id == "major"] == ["John Major", "Major"]
