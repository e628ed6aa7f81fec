"""The default coder on one written sentence per language and PLOVER type (issue 5)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.events.stage import EventStage
from foedus.records import PLOVER_TYPES, Analysis
from tests.events.conftest import codes, fake_probs

CASES = list(read_tsv(Path(__file__).parent / "data" / "types.tsv"))


def test_every_language_covers_every_type() -> None:
    by_lang: dict[str, set[str]] = {}
    for lang, event, *_ in CASES:
        by_lang.setdefault(lang, set()).add(event)
    assert set(by_lang) == {"en", "de", "ru", "uk", "fr", "es", "ar"}
    for lang, events in by_lang.items():
        assert events == set(PLOVER_TYPES), lang


@pytest.mark.parametrize(("lang", "event", "actor", "recipient", "text"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_type_and_roles(code: Callable[..., Analysis], lang: str, event: str, actor: str, recipient: str,
                        text: str) -> None:  # fmt: skip
    assert_type_and_roles(code(text, lang), event, actor, recipient)


def assert_type_and_roles(analysis: Analysis, event: str, actor: str, recipient: str) -> None:
    """The analysis holds a factual event of this type with these actor and recipient codes (``-`` = none)."""
    want_r = set() if recipient == "-" else set(recipient.split(","))
    got = [(e.event, codes(e.actor), codes(e.recipient), e.factual) for e in analysis.events]
    assert (event, set(actor.split(",")), want_r, True) in got, got


def assert_type_and_roles_or_none(analysis: Analysis, event: str, actor: str, recipient: str) -> None:
    """As ``assert_type_and_roles``; for ``NONE``, that the analysis asserts no event as fact."""
    if event == "NONE":
        assert not [e.event for e in analysis.events if e.factual]
    else:
        assert_type_and_roles(analysis, event, actor, recipient)


def test_blocking_entries_and_word_boundaries() -> None:
    from foedus.config import DATA_DIR
    from foedus.events.lexicon import load_lexicon

    lex = load_lexicon(DATA_DIR, "en")
    found = [(m.group(), t.event) for m, t in lex.find_triggers("The press release on free trade was significant.")]
    assert found == []
    found = [(m.group(), t.event) for m, t in lex.find_triggers("Several hostages were freed in Bangladesh.")]
    assert found == [("freed", "RETREAT")]
    de = load_lexicon(DATA_DIR, "de")
    assert [t.event for _, t in de.find_triggers("Kiew wies das Angebot Moskaus zurück.")] == ["REJECT"]
    assert [t.event for _, t in de.find_triggers("Die Unterzeichnungszeremonie war lang.")] == []


def test_trigger_that_needs_a_companion_word() -> None:
    from foedus.config import DATA_DIR
    from foedus.events.lexicon import load_lexicon

    de = load_lexicon(DATA_DIR, "de")
    assert [t.event for _, t in de.find_triggers("Es gelang, einen Aufklärungssatelliten zu starten.")] == ["MOBILIZE"]
    assert [t.event for _, t in de.find_triggers("Beide wollen neue Gespräche zu starten versuchen.")] != ["MOBILIZE"]


def test_mode_from_weapon_words_when_the_trigger_has_none(code) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in code("[Russia|RUS] attacked [Kharkiv|UKR] with drones overnight.", "en").events)
    assert (ev.event, ev.mode) == ("ASSAULT", "drone")
    ev = next(e for e in code("[Russland|RUS] griff [Charkiw|UKR] mit Raketen an.", "de").events)
    assert (ev.event, ev.mode) == ("ASSAULT", "heavy-weapons")


def test_domestic_recipient_is_an_option() -> None:
    """CAMEO-era data code a one-country event's unnamed counterpart as that country; PLOVER 0.8
    (the default) leaves it empty. Reciprocal events never get one."""
    from foedus.config import Config
    from foedus.events.stage import EventStage
    from tests.events.conftest import marked

    text = "Police in [China|CHN] arrested a prominent lawyer."
    default = EventStage(Config())(marked(text, "en")).events
    domestic = EventStage(Config(options={"recipients": "domestic"}))(marked(text, "en")).events
    assert [(e.event, codes(e.recipient)) for e in default] == [("COERCE", set())]
    assert [(e.event, codes(e.recipient)) for e in domestic] == [("COERCE", {"CHN"})]
    assert domestic[0].recipient[0].start == -1  # no text span: the sentence does not name it
    meeting = EventStage(Config(options={"recipients": "domestic"}))(marked("[Iran|IRN] held talks on Monday.", "en"))
    assert all(not e.recipient for e in meeting.events)


def test_first_trigger_is_the_main_event(
    code: Callable[..., Analysis], stage: EventStage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lead verb outranks a trigger in a later clause (", and ... seized") that the classifier ranks a
    little higher; one told as its background ("after ... seized") stays below it even without the bonus."""
    fake_probs(stage, monkeypatch, 0.01, {"COERCE": 0.45, "ACCUSE": 0.40})
    decision = stage.coder.decision  # type: ignore[attr-defined]
    later = "[Japan|JPN] protested to [China|CHN], and its coast guard seized a fishing boat."
    occasion = "[Japan|JPN] protested to [China|CHN] after its coast guard seized a fishing boat."

    def best(text: str, **change: float) -> str:
        monkeypatch.setattr(stage.coder, "decision", replace(decision, **change))
        events = code(text).events
        return max(events, key=lambda e: e.confidence).trigger.text  # type: ignore[union-attr]

    assert best(later, main_bonus=0.0) == "seized"
    assert best(later, main_bonus=decision.main_bonus) == "protested to"
    assert best(occasion, main_bonus=0.0) == best(occasion, main_bonus=decision.main_bonus) == "protested to"


def test_a_sure_classifier_retypes_a_trigger_it_ranks_low(
    code: Callable[..., Analysis], stage: EventStage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ``retype`` set, a verb trigger whose type the classifier (reading the whole sentence)
    ranks below its top two names the act the classifier is sure of."""
    own = {"SANCTION": 0.8, "NONE": 0.05, "ASSAULT": 0.01}
    fake_probs(stage, monkeypatch, 0.005, own)
    decision = stage.coder.decision  # type: ignore[attr-defined]

    def coded(retype: float) -> list[str]:
        monkeypatch.setattr(stage.coder, "decision", replace(decision, retype=retype))
        return [e.event for e in code("[Russia|RUS] attacked [Ukraine|UKR].").events]

    assert coded(0.7) == ["SANCTION"]
    assert coded(1.01) == ["ASSAULT"]  # never retype
    own["ASSAULT"] = 0.1  # the trigger's own type is the classifier's second: it stands
    assert coded(0.7) == ["ASSAULT"]


def test_a_sure_classifier_types_an_ambiguous_trigger_it_disputes(
    code: Callable[..., Analysis], stage: EventStage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An ambiguous trigger (kind x, here "expelled" as COERCE) of a diplomat is a SANCTION when
    the classifier is sure; without retyping only the participle's ACCUSE would be left."""
    import shutil

    from foedus.config import DATA_DIR
    from foedus.events.lexicon import load_lexicon

    # the English cues, with just two triggers, so the test does not follow the trigger lists
    shutil.copytree(DATA_DIR / "lexicons" / "en", tmp_path / "lexicons" / "en")
    for path in (tmp_path / "lexicons" / "en").glob("triggers*.tsv"):
        path.unlink()
    (tmp_path / "lexicons/en/triggers.tsv").write_text("expelled\tCOERCE\t\t\tx\naccusing\tACCUSE\t\t\tv\n", "utf-8")
    monkeypatch.setitem(stage.coder.lexicons, "en", load_lexicon.__wrapped__(tmp_path, "en"))  # type: ignore[attr-defined]
    fake_probs(stage, monkeypatch, 0.005, {"SANCTION": 0.8, "ACCUSE": 0.05})
    decision = stage.coder.decision  # type: ignore[attr-defined]
    text = "[Germany|DEU] expelled the military attache of [Egypt|EGY], accusing him of spying."

    def main(retype: float) -> str:
        monkeypatch.setattr(stage.coder, "decision", replace(decision, retype=retype))
        return max(code(text).events, key=lambda e: e.confidence).event

    assert main(1.01) == "ACCUSE"
    assert main(0.7) == "SANCTION"


def test_an_act_told_as_the_occasion_yields_to_the_main_one(code: Callable[..., Analysis]) -> None:
    """A trigger right after "after"/"amid" is background even when it comes first; a comma ends that reach."""
    lead = "After [Ukraine|UKR] withdrew its troops, [Russia|RUS] arrested two officers."
    events = code(lead).events
    assert max(events, key=lambda e: e.confidence).event == "COERCE"
    plain = "[Ukraine|UKR] withdrew its troops and [Russia|RUS] arrested two officers."
    events = code(plain).events
    assert max(events, key=lambda e: e.confidence).event == "RETREAT"


def test_mobilizing_in_the_course_of_an_attack_is_the_attack(code: Callable[..., Analysis]) -> None:
    """PLOVER codes only the ASSAULT when forces are moved in the course of one."""
    both = code("[Russia|RUS] deployed more troops and shelled towns in [Ukraine|UKR].").events
    assert "ASSAULT" in {e.event for e in both} and "MOBILIZE" not in {e.event for e in both}
    alone = code("[Russia|RUS] deployed more troops near the border with [Ukraine|UKR].").events
    assert "MOBILIZE" in {e.event for e in alone}


def test_travel_bookkeeping_and_words_are_not_retreat_or_aid(code: Callable[..., Analysis]) -> None:
    """A minister returning from a trip, freed-up funds or a delivered warning give no RETREAT or AID."""
    for text in (
        "The foreign minister of [France|FRA] returned from [China|CHN] on Friday.",
        "[Turkey|TUR] freed up funds for its central bank.",
        "[Germany|DEU] provided no evidence for the claim by [Poland|POL].",
    ):
        assert not {"RETREAT", "AID"} & {e.event for e in code(text).events}, text
    warning = code("[Japan|JPN] delivered a strong warning to [North Korea|PRK].").events
    assert [e.event for e in warning] == ["THREATEN"]


def test_a_lone_recipient_gives_the_actor_country(code: Callable[..., Analysis]) -> None:
    """Nobody named before the verb but a party after it: a domestic act on that party."""
    events = code("Police detained two journalists from [Georgia|GEO] on Sunday.").events
    assert [(e.event, codes(e.actor)) for e in events] == [("COERCE", {"GEO"})]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "[Serbia|SRB] must withdraw its heavy weapons from around the city, the commander said."),
        ("de", "[Russland|RUS] müsse seine Truppen sofort abziehen, sagte der Minister."),
        ("fr", "[La Russie|RUS] doit retirer ses troupes immédiatement, a déclaré le ministre."),
        ("es", "[Rusia|RUS] debe retirar sus tropas de inmediato, dijo el ministro."),
        ("ru", "[Россия|RUS] должна вывести свои войска, заявил министр."),
    ],
)
def test_a_duty_to_retreat_is_a_demand_not_a_retreat(code: Callable[..., Analysis], lang: str, text: str) -> None:
    """'X must withdraw, Y said' reports Y's demand (REQUEST), not a withdrawal (type only: who demands is
    the speaker, a role question)."""
    types = [e.event for e in code(text, lang).events]
    assert "REQUEST" in types and "RETREAT" not in types, types


def test_lifting_sanctions_is_a_retreat_lifting_a_curfew_a_concession(code: Callable[..., Analysis]) -> None:
    """Ending economic sanctions (085) is RETREAT (table), lifting a curfew (0813) CONCEDE (codebook, which wins
    over the table: docs/conventions.md), suspending aid a SANCTION."""
    cases = {
        "The [United States|USA] lifted its trade embargo against [Vietnam|VNM] on Thursday.": "RETREAT",
        "[Indonesia|IDN] lifted a curfew in the capital on Wednesday.": "CONCEDE",
        "[Japan|JPN] froze its grant aid to [China|CHN] after the test.": "SANCTION",
    }
    for text, want in cases.items():
        assert [e.event for e in code(text).events][:1] == [want], text


def test_a_meeting_before_the_act_is_its_scene(code: Callable[..., Analysis]) -> None:
    """A visit or meeting set before a verb trigger ("During a visit by ..., X handed over ...") is the
    setting: the act is the sentence's main event."""
    for text, want in (
        ("During a visit by the envoy, [Serbia|SRB] handed over 50 prisoners to [Bosnia|BIH].", "RETREAT"),
        ("At a meeting in Geneva, [Russia|RUS] and [Chechnya|RUS] exchanged prisoners.", "RETREAT"),
        ("At talks in Geneva, [Iraq|IRQ] rejected the demand for inspections.", "REJECT"),
    ):
        events = code(text).events
        main = max(events, key=lambda e: e.confidence)
        assert main.event == want, (text, [(e.event, e.confidence) for e in events])


def test_a_ceasefire_agreement_is_agree(code: Callable[..., Analysis]) -> None:
    events = code("[Armenia|ARM] and [Azerbaijan|AZE] reached a ceasefire agreement on Thursday.").events
    assert [e.event for e in events][:1] == ["AGREE"], events


@pytest.mark.parametrize(
    ("text", "lang", "main", "background"),
    [
        ("Three [Kurdish|IRQ] men who ambushed a [Turkish|TUR] patrol were arrested by [police|IRQ/COP].", "en",
         "COERCE", "ASSAULT"),
        ("The [rebels|COD/REB] who abducted the [Belgian|BEL] nurses freed them on Friday.", "en", "RETREAT",
         "ASSAULT"),
        ("Die [Soldaten|SYR/MIL], die einen [türkischen|TUR] Grenzposten beschossen hatten, wurden von der "
         "[Polizei|SYR/COP] festgenommen.", "de", "COERCE", "ASSAULT"),
    ],
)  # fmt: skip
def test_a_relative_clause_describing_the_subject_yields_to_the_main_verb(
    code: Callable[..., Analysis], text: str, lang: str, main: str, background: str
) -> None:
    """A "who"/"die"-clause before the main verb describes the subject: its act is still coded, with
    less confidence than the act the sentence reports."""
    events = code(text, lang).events
    by_type = {e.event: e.confidence for e in events}
    assert background in by_type, events
    assert max(events, key=lambda e: e.confidence).event == main, by_type


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("[Police|IRQ/COP] arrested three men who ambushed a [Turkish|TUR] patrol.", "COERCE"),  # after the verb
        ("[Iraq|IRQ] said that three men ambushed a [Turkish|TUR] patrol and were arrested.", "ASSAULT"),  # content
        ("The [rebels|COD/REB] who live near the border ambushed a [Rwandan|RWA] patrol and were repelled.",
         "ASSAULT"),  # the clause's own verb is no trigger: the first one is the main verb
    ],
)  # fmt: skip
def test_a_clause_that_describes_no_subject_keeps_the_first_act_main(
    code: Callable[..., Analysis], text: str, main: str
) -> None:
    events = code(text).events
    assert max(events, key=lambda e: e.confidence).event == main, [(e.event, e.confidence) for e in events]


def test_the_same_event_told_twice_keeps_the_foreground_telling(code: Callable[..., Analysis]) -> None:
    """ "X, which occupies Y, launched raids on Z": one COERCE, triggered in the main clause; a
    recipient only the background telling names goes to the kept event."""
    events = code("[Israel|ISR], which occupies southern [Lebanon|LBN], launched raids on [Hezbollah|LBN/REB].").events
    coerce = [e for e in events if e.event == "COERCE"]
    assert [e.trigger.text for e in coerce] == ["raids"]  # type: ignore[union-attr]
    demand = "[Chile|CHL], which has long demanded reparations from [Peru|PER], repeated its demand on Friday."
    request = [e for e in code(demand).events if e.event == "REQUEST"]
    assert [e.trigger.text for e in request] == ["demand"]  # type: ignore[union-attr]
    assert codes(request[0].recipient) == {"PER"}


def test_a_noun_naming_a_party_of_the_act_is_no_act_of_its_own(code: Callable[..., Analysis]) -> None:
    """In "police arrested protesters" the protesters are whom the arrest is directed at, not a second
    (PROTEST) event with the police as its actor; protesters acting still protest."""
    arrest = code("[Police|FRA/COP] arrested dozens of [protesters|FRA/CVL] in Paris on Saturday.").events
    assert [(e.event, codes(e.recipient)) for e in arrest] == [("COERCE", {"FRA"})], arrest
    rally = code("Thousands of [protesters|FRA/CVL] rallied in Paris against the pension reform.").events
    assert "PROTEST" in [e.event for e in rally], rally


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "[Brazil|BRA] beat [Argentina|ARG] 2-0 on Thursday to top their World Cup qualifying group."),
        ("en", "The [Dutch|NLD] cyclist attacked on the final climb and won the stage by 40 seconds."),
        ("en", "[Toyota|JPN] agreed to buy a stake in a battery start-up for an undisclosed sum."),
        ("de", "[Deutschland|DEU] besiegte [Frankreich|FRA] im Halbfinale des Turniers mit 2:1."),
        ("fr", "La [France|FRA] a battu l'[Espagne|ESP] en demi-finale du tournoi."),
        ("es", "[Argentina|ARG] derrotó a [Brasil|BRA] en la final del torneo de fútbol."),
        ("ru", "[Россия|RUS] обыграла [Канаду|CAN] в полуфинале турнира."),
    ],
)
def test_sport_and_markets_with_no_political_actor_code_no_event(
    code: Callable[..., Analysis], lang: str, text: str
) -> None:
    assert code(text, lang).events == []


def test_political_actors_keep_their_acts_in_a_sport_setting() -> None:
    """Through the whole pipeline: a role word ("rebels") or a known leader names a political actor."""
    from foedus.pipeline import Pipeline
    from foedus.records import Document

    pipe = Pipeline()
    for text in (
        "Rebels attacked a football stadium in Mogadishu during a tournament, killing 12 people.",
        "Brazilian police arrested 40 fans after the World Cup qualifier against Argentina.",
    ):
        events = pipe(Document(id="t", text=text, raw=text, date="2024-06-20", lang="en")).events
        assert events and events[0].event in ("ASSAULT", "COERCE"), (text, events)
    text = "Brazil beat Argentina 2-0 in a World Cup qualifier in Rio on Thursday."
    assert pipe(Document(id="t", text=text, raw=text, date="2024-06-20", lang="en")).events == []


def test_what_is_promised_is_the_promise_s_content(code: Callable[..., Analysis]) -> None:
    """The noun a promise or offer names is what is promised, not a second act, and the time it is
    promised for does not make the promise itself future; a meeting it was made at stays an event."""
    got = code("[Deutschland|DEU] hat der [Ukraine|UKR] weitere Hilfe zugesagt.", "de").events
    assert [(e.event, codes(e.actor), codes(e.recipient)) for e in got] == [("AGREE", {"DEU"}, {"UKR"})], got
    (offer,) = code("[India|IND] offered to hold joint air force drills with [France|FRA] next year.").events
    assert (offer.event, offer.aux) == ("AGREE", []), offer
    got = code("During the visit of [Putin|RUS] to [Pyongyang|PRK], both sides agreed on a partnership.").events
    assert {"CONSULT", "AGREE"} <= {e.event for e in got}, got


def test_an_announced_retreat_is_one_factual_concession(code: Callable[..., Analysis]) -> None:
    """Codebook: an announced, promised or offered retreat is CONCEDE, the announcement being the act: one
    factual CONCEDE, no AGREE for the promise verb and no RETREAT; a bare future concession is CONCEDE + future."""
    for text in (
        "[Armenia|ARM] offered to pull its troops back from the border with [Azerbaijan|AZE].",
        "[Iran|IRN] promised to free the prisoners.",
        "[Thailand|THA] announced it would lift the curfew in the south.",
        "[Russia|RUS] said it would withdraw its troops from [Georgia|GEO] by the end of the year.",
    ):
        got = [(e.event, e.mode, e.factual) for e in code(text).events]
        assert got == [("CONCEDE", None, True)], (text, got)
    got = [(e.event, e.aux) for e in code("[Thailand|THA] will lift the curfew next week.").events]
    assert got == [("CONCEDE", ["future"])]
    # a refusal is no concession, and an actual release stays a retreat
    assert [e.event for e in code("[Russia|RUS] said it would not withdraw its troops.").events] == ["REJECT"]
    assert [e.event for e in code("[Iran|IRN] freed the prisoners on Friday.").events] == ["RETREAT"]


def test_an_announced_hostile_act_is_one_threat(code: Callable[..., Analysis]) -> None:
    """Codebook: THREATEN is ASSAULT + hypothetical, coded as the single type. A hostile act an actor promises or
    announces is one THREATEN, made now, with the act's content as mode; no AGREE for the promise verb and no
    factual attack, arrest or sanction. A refusal is no threat, and an act further from the cue ("promised to
    end the attacks") is not the act announced."""
    cases = {
        ("[Turkey|TUR] promised to attack the militia positions in [Syria|SYR].", "en"): "violence",
        ("[Israel|ISR] said it would strike targets in [Lebanon|LBN].", "en"): "violence",
        ("[France|FRA] promised to expel the [Malian|MLI] ambassador.", "en"): "expel",
        ("[Moskau|RUS] versprach, neue Sanktionen gegen [Lettland|LVA] zu verhängen.", "de"): None,
        ("[Москва|RUS] пообещала ввести санкции против [Латвии|LVA].", "ru"): None,
    }
    for (text, lang), mode in cases.items():
        got = [(e.event, e.mode, e.factual) for e in code(text, lang).events]
        assert got[:1] == [("THREATEN", mode, True)] and len(got) == 1, (text, got)
    refused = code("[Israel|ISR] said it would not strike targets in [Lebanon|LBN].").events
    assert "THREATEN" not in {e.event for e in refused} and not any(e.factual for e in refused), refused
    ended = code("The [Somali|SOM] rebels promised to end the attacks on [Kenyan|KEN] troops.").events
    assert "THREATEN" not in {e.event for e in ended}, ended


def test_announced_threats_across_languages_and_time_phrases(code: Callable[..., Analysis]) -> None:
    """The announcement rule in French and Spanish (their cue files), after a time phrase ("vowed on Tuesday to"),
    after the separable German "kündigte ... an, ... zu", and for an ambiguous hostile verb the classifier disputes
    ("versprach, ... anzugreifen"): one THREATEN each, and the cue's own promise trigger is no AGREE."""
    cases = [
        ("[Pakistan|PAK] vowed on Tuesday to attack militant camps in [Afghanistan|AFG].", "en"),
        ("[Serbien|SRB] versprach, die Stellungen im [Kosovo|XKX] anzugreifen.", "de"),
        ("[Minsk|BLR] kündigte an, Sanktionen gegen [Polen|POL] zu verhängen.", "de"),
        ("[Le Tchad|TCD] a promis de frapper les bases rebelles au [Soudan|SDN].", "fr"),
        ("[Colombia|COL] anunció que expulsaría al embajador de [Venezuela|VEN].", "es"),
    ]
    for text, lang in cases:
        got = [(e.event, e.factual) for e in code(text, lang).events]
        assert got == [("THREATEN", True)], (text, got)
    # the announced act, not a pledge of help: "promised aid" stays an AGREE
    assert [e.event for e in code("[España|ESP] prometió ayuda a [Marruecos|MAR].", "es").events] == ["AGREE"]


def test_an_ambiguous_verb_the_classifier_keeps_judges_its_topic(code: Callable[..., Analysis]) -> None:
    """French "appeler ... à" is an ambiguous (kind x) REQUEST trigger: once kept, the talks it calls for are its
    topic, as after a plain verb ("urged Y to open talks"), not a CONSULT of their own."""
    got = code("La [Ligue arabe|IGO] a appelé l'armée [soudanaise|SDN] à des négociations immédiates.", "fr").events
    assert [(e.event, codes(e.actor), codes(e.recipient)) for e in got] == [("REQUEST", {"IGO"}, {"SDN"})], got


def test_the_announcement_rule_needs_only_data(stage: EventStage, tmp_path: Path) -> None:
    """Language-independent: one German cue row (flag announced) in modality.tsv turns "bekräftigte, ...
    freizulassen" (a verb the German lexicon has no promise row for) from a factual RETREAT into one factual
    CONCEDE."""
    from foedus.config import DATA_DIR, Config
    from tests.events.conftest import marked

    text = "[Russland|RUS] bekräftigte, die ukrainischen Gefangenen freizulassen."
    before = [(e.event, e.factual) for e in stage(marked(text, "de")).events]
    assert ("CONCEDE", True) not in before, before
    data = tmp_path / "data"
    data.mkdir()
    for entry in DATA_DIR.iterdir():
        if entry.name not in ("lexicons", "models"):
            (data / entry.name).symlink_to(entry)
    shutil.copytree(DATA_DIR / "models", data / "models")  # the session's model, so nothing is retrained
    (data / "lexicons").mkdir()
    for entry in (DATA_DIR / "lexicons").iterdir():
        if entry.name != "de":
            (data / "lexicons" / entry.name).symlink_to(entry)
    shutil.copytree(DATA_DIR / "lexicons" / "de", data / "lexicons" / "de")
    with (data / "lexicons" / "de" / "modality.tsv").open("a", encoding="utf-8") as fh:
        fh.write("\nbekräftigte\tannounced\topinion\n")
    german = EventStage(Config(languages=("de",), data_dir=data))
    assert [(e.event, e.factual) for e in german(marked(text, "de")).events] == [("CONCEDE", True)]


def test_what_a_protest_demands_is_its_topic(code: Callable[..., Analysis]) -> None:
    """Codebook (PROTEST ambiguities): the demand a march is staged for is no REQUEST of its own; a demand
    in a clause of its own ("..., and the opposition demanded") still is."""
    for text in (
        "Thousands marched in [Paris|FRA:location] on Saturday to demand higher wages.",
        "Thousands marched in [Paris|FRA:location] on Saturday, demanding higher wages.",
    ):
        assert [e.event for e in code(text).events] == ["PROTEST"], text
    text = "[Students|SRB] marched on Sunday, and the opposition demanded new elections from the [government|SRB/GOV]."
    assert {"PROTEST", "REQUEST"} <= {e.event for e in code(text).events}
