"""Trigger lexicons load from data files, including per-topic files."""

from __future__ import annotations

from pathlib import Path

from foedus.events.lexicon import load_lexicon


def test_topic_trigger_files_are_read_too(tmp_path: Path) -> None:
    folder = tmp_path / "lexicons" / "xx"
    folder.mkdir(parents=True)
    (folder / "triggers.tsv").write_text("attacked\tASSAULT\t\t\tv\n", encoding="utf-8")
    (folder / "triggers.aid.tsv").write_text("shipped grain to\tAID\t\t\tv\n", encoding="utf-8")
    lex = load_lexicon.__wrapped__(tmp_path, "xx")
    assert {(t.phrase, t.event) for t in lex.triggers} == {("attacked", "ASSAULT"), ("shipped grain to", "AID")}
    assert lex.triggers[0].phrase == "shipped grain to"  # longest first, across files


def _found(text: str) -> list[tuple[str, str]]:
    from foedus.config import DATA_DIR

    return [(m.group(), t.event) for m, t in load_lexicon(DATA_DIR, "en").find_triggers(text)]


def test_party_nouns_are_not_acts() -> None:
    # "assail-", "prosecut-", "riot", "oppos-" start trigger words, but these nouns only name a party
    assert _found("Unknown assailants were seen near the market.") == []
    assert _found("Prosecutors said the riot police and the opposition were present.") == []
    assert _found("An investigative reporter interviewed asylum seekers outside the appeals court.") == []
    assert _found("Press freedom groups published a report.") == []  # "freed" is a stem; "freedom" is no release


def test_conflict_boundaries_follow_the_codebook() -> None:
    # charges and trials are ACCUSE allege; an arrest warrant is THREATEN arrest; a cancelled visit is
    # REJECT; leaving a treaty is SANCTION; a crowd's demand is the topic of its PROTEST
    assert _found("The prosecutor put the former minister on trial.")[0][1] == "ACCUSE"
    assert _found("A court issued an arrest warrant for him.") == [("arrest warrant", "THREATEN")]
    assert _found("Tokyo cancelled the foreign minister's visit.")[0][1] == "REJECT"
    assert _found("Washington withdrew from the nuclear treaty.")[0][1] == "SANCTION"
    assert _found("Protesters in the capital demanded his resignation.")[0][1] == "PROTEST"
    assert _found("Moscow expelled a reporter.")[0][1] == "COERCE"
    assert _found("Moscow expelled two diplomats.")[0][1] == "SANCTION"


def test_a_need_is_no_request() -> None:
    """Regression (issue 5, round 7): "benötigt dringend Nahrungsmittel" states a need; asking for it is REQUEST."""
    from foedus.config import DATA_DIR

    de = load_lexicon(DATA_DIR, "de")
    for need in ("Pjöngjang benötigt dringend Nahrungsmittel und Treibstoff.", "Das Land braucht dringend Geld."):
        assert not [t for _, t in de.find_triggers(need) if t.event == "REQUEST"], need
    asked = de.find_triggers("Pjöngjang bat Moskau um Nahrungsmittel und Treibstoff.")
    assert [t.event for _, t in asked] == ["REQUEST"]


def test_a_separable_particle_is_a_whole_word() -> None:
    """ "stellte ... ein" (discontinued) must not end in "einer"; a short noun keeps its plural."""
    from foedus.config import DATA_DIR

    de = load_lexicon(DATA_DIR, "de")
    text = "Putin stellte klar, dass der Vertrag Hilfe im Falle einer Aggression vorsehe."
    assert not [t for _, t in de.find_triggers(text) if t.event == "SANCTION"]
    stopped = de.find_triggers("Russland stellte die Hilfe für Kiew ein.")
    assert [t.event for _, t in stopped] == ["SANCTION"]
    # naming an act as a verdict is a disapproval, not the act it names
    assert _found("The EU called the annexation illegal.")[0][1] == "ACCUSE"
    assert _found("Critics called the law an attack on press freedom.")[0][1] == "ACCUSE"


def test_a_part_marked_whole_is_no_stem(tmp_path: Path) -> None:
    """Round 9: "sent= ... troops" and "let= ... aid" must not fire inside "sentenced" or "lethal";
    an unmarked part stays a stem ("cut ... aid" takes "cutting")."""
    folder = tmp_path / "lexicons" / "xx"
    folder.mkdir(parents=True)
    rows = (
        "sent= ... troops\tMOBILIZE\t\t\tv\nlet= ... aid\tRETREAT\t\t\tv\n"
        "cut ... aid\tSANCTION\t\t\tv\nsold=\tAID\t\t\tx\n"
    )
    (folder / "triggers.tsv").write_text(rows, encoding="utf-8")
    lex = load_lexicon.__wrapped__(tmp_path, "xx")

    def found(text: str) -> list[str]:
        return [t.event for _, t in lex.find_triggers(text)]

    assert found("A court sentenced two troops.") == []
    assert found("Britain sent two more troops.") == ["MOBILIZE"]
    assert found("Germany refused lethal aid.") == []
    assert found("Israel let the aid trucks in.") == ["RETREAT"]
    assert found("Sweden is cutting its aid.") == ["SANCTION"]
    assert found("Soldiers seized the weapons.") == []


def test_english_lexicon_keeps_soldiers_and_sentences_apart() -> None:
    assert [e for _, e in _found("Soldiers seized weapons and ammunition in the raid.")] == ["COERCE", "COERCE"]
    assert _found("A court sentenced two soldiers to prison.") == [("sentenced", "COERCE")]
    assert [e for _, e in _found("Washington announced a new package of lethal aid.")] == ["AID"]


def test_a_first_word_another_word_follows_is_looked_up_whole(tmp_path: Path) -> None:
    # "a signé": "a" must be the whole word, so "allemand" is no candidate; "sign" alone stays a stem ("signed")
    folder = tmp_path / "lexicons" / "xx"
    folder.mkdir(parents=True)
    (folder / "triggers.tsv").write_text("a signé\tAGREE\t\t\tv\nsign\tAGREE\t\t\tv\n", encoding="utf-8")
    lex = load_lexicon.__wrapped__(tmp_path, "xx")
    index = lex.trigger_index
    phrases = {w: [lex.triggers[i].phrase for i in index.candidates(w)] for w in ("allemand", "a", "signed")}
    assert phrases == {"allemand": [], "a": ["a signé"], "signed": ["sign"]}
    assert [m.group() for m, _ in lex.find_triggers("Paris a signé, Berlin signed.")] == ["a signé", "signed"]


def test_patterns_compile_on_first_use_only(tmp_path: Path) -> None:
    folder = tmp_path / "lexicons" / "xx"
    folder.mkdir(parents=True)
    (folder / "triggers.tsv").write_text("attacked\tASSAULT\t\t\tv\nwelcomed\tSUPPORT\t\t\tv\n", encoding="utf-8")
    lex = load_lexicon.__wrapped__(tmp_path, "xx")
    assert lex.trigger_index.patterns == [None, None]
    assert [t.event for _, t in lex.find_triggers("Rebels attacked the town.")] == ["ASSAULT"]
    compiled = {lex.triggers[i].phrase for i, p in enumerate(lex.trigger_index.patterns) if p is not None}
    assert compiled == {"attacked"}
