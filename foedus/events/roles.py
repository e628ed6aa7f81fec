"""Actor and recipient of one event, from the mentions around its trigger.

Rules, in order: role cues before a mention (``against``/``gegen``/``против`` mark the
recipient, ``by``/``von`` the agent of a passive, ``with``/``mit`` a partner, ``between``
both sides, ``in`` a place, ``made in`` the origin of a weapon); then position (the first
unmarked group before the trigger acts, later ones receive; in a passive the subject
receives); coordinated mentions act together. PLOVER's reciprocal events (meetings,
agreements, cooperation between parties) list every party as actor, with no recipient.
When no actor is named in the clause: "beide Länder"-like phrases stand for the two
states last named, then other clauses of the sentence are searched.

A compatriot named apart from the actor may receive ("Russian troops attacked Chechen
rebels"), a foreign party outranks one; a mention never plays both roles. Token cues from
``roles.tsv`` add: "each other" (the first party acts on the others), a back-reference
("its posts") that makes the reported clause's speaker the target, a first-person quote
whose speaker acts, and an article that makes a verb-like trigger a noun. A receiver's or undergoer's verb by the
trigger ("Rückendeckung erhielt X von Y", "X зазнали обстрілу з боку Y") makes the giver act; the parties of a
reciprocal event coordinated as whole phrases ("банк Китая и Центральный банк Аргентины") all act.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from foedus.actors.data import load_actors, load_alias_records
from foedus.events.sentence import SPEAKER_REACH, MentionView, SentenceView, possessive
from foedus.records import ActorRef, Mention

RECIPROCAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Trigger contexts of a cooperation that goes one way: judicial cooperation (an extradition, a suspect handed
# over) is done by one party for another, the state it goes to ("extradited to Russia", "в Россию") receiving.
ONE_WAY = frozenset({"legal"})
SITED = frozenset({"PROTEST", "COERCE", "MOBILIZE"})  # events whose actor is often named by place only
PEOPLE = frozenset({"PROTEST"})  # events whose actor, named by its country alone, is its people
# Events a receiver's verb ("received", "took delivery of") may tell from the side that gets it.
RECEIVED = frozenset({"AID"})
# Events whose recipient is the party acted on; in "X said Y troops attacked its posts" the speaker
# X is that party when a word points back to it.
AFFECTED = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "ACCUSE", "REQUEST", "REJECT"})
# Events whose that-clause names their recipient, and the roles it may have there.
CONTENT: dict[str, tuple[str | None, ...]] = {
    "REQUEST": (None,),
    "THREATEN": (None, "recipient"),
    "ACCUSE": (None,),
    "REJECT": (None, "recipient", "location", "with", "talks"),  # "denied that its troops had crossed into X"
    "CONCEDE": (None, "recipient", "location"),  # "dropped its demand that X ...", "admitted its troops crossed into X"
}
ASKED = frozenset({"REQUEST", "THREATEN"})  # events whose that-clause names the party asked or threatened
AWAY = frozenset({"RETREAT", "SANCTION", "COERCE"})  # "withdrawal/expulsion from X": X is what is left
# Events often told as answers to another's act ("lifted the ban after pressure from X")
OCCASIONED = frozenset({"MOBILIZE", "CONCEDE", "RETREAT", "COERCE", "SANCTION"})
CONTENT_REACH = 3  # tokens from a trigger's end to the clause holding its content ("rejected accusations that")
OCCASION_REACH = 8  # tokens from "after"/"amid" to the party whose act occasioned the event
MOVES = frozenset({"MOBILIZE", "RETREAT", "AID"})  # events that move the actor's own forces or goods
FORCES = frozenset({"MIL", "COP", "SPY"})
ARMED = FORCES | {"REB", "UAF", "CRM"}  # sectors that fight with arms of their own
WIELDED = frozenset({"ASSAULT", "THREATEN", "COERCE"})  # events a state carries out with its forces
NAMED = frozenset({"person", "group", "igo"})  # actor kinds that name one party, not a state's sector
PREPOSED = frozenset({"recipient", "location", "topic"})  # roles a preposition before the name marks
PASSIVE_WINDOW = 4
NOUN_PHRASE = 6  # tokens from an event noun to the "by"/"from" naming its doer ("the expulsion of 23 diplomats by X")
AGENT_AFTER = 4  # tokens from a passive auxiliary to its agent ("were lifted by the UN")
PRONOUN_REACH = 4  # tokens between a trigger and an object pronoun it governs ("indem er ihm einen Wagen schenkte")
OWNED_TRIGGER = 2  # tokens from an owner ("Russia's") to a trigger noun it owns ("Russia's massive attack")
FRONTED_REACH = 3  # tokens from a verb-second clause's finite verb to its subject ("droht inzwischen die Junta")
FRONTED_DEPTH = 3  # tokens from a clause start to a name that only modifies its fronted phrase ("Die alten X-Bronzen")
SCENES = frozenset({"location", "recipient", "topic"})  # cues naming where an act happens or what it is aimed at
# Events a state does at home with no counterpart when only a place of its own is named ("put its police on alert in
# Lagos", "deployed troops across the capital"); a protest, an arrest or an attack there is coded on the place by the
# CAMEO-era gold and, for attacks on a city, by the hard sets too, so those keep it.
HOMEBOUND = frozenset({"MOBILIZE"})
WITH_REACH = 5  # tokens from a trigger to a "with" recipient ("broke off diplomatic relations with X")
PHRASE_LINK = 3  # words between two names coordinated as phrases ("банк Китая и Центральный банк Аргентины")
SEAT_REACH = 3  # tokens from an institution to its seat's name ("Militärregierung in Bamako")
RECEIVED_REACH = 3  # tokens between a receiver's verb and the noun it takes ("received a stern warning from X")
SEAT_ENDING = 2  # letters an inflection may change at the end of a seat's name ("Брюсселя", "Brüssels")
SEAT_STEM_MIN = 4  # letters of a seat's name that must stay
PRESSURE_REACH = 3  # tokens from a pressure cue's end to the presser's name ("under pressure from the United States")
# Events that yield to the party pressing for them (CAMEO 08: "lifted the ban under pressure from X" is X's
# concession), and those that defy it ("refused to budge despite pressure from X": X is what is rejected).
YIELDING = frozenset({"CONCEDE", "RETREAT"})
DEFYING = frozenset({"REJECT"})


@dataclass
class Roles:
    actor: list[Mention] = field(default_factory=list)
    recipient: list[Mention] = field(default_factory=list)
    place: Mention | None = None
    implied: list[str] = field(default_factory=list)  # codes of implied parties ("beide Länder")


def assign_roles(
    view: SentenceView,
    trig: int,
    event: str,
    mode: str | None,
    kind: str,
    implied_pair: list[Mention],
    end: int | None = None,
    context: str | None = None,
    journey: bool = False,
    intent: bool = False,
) -> Roles:
    """Roles of the event whose trigger starts at token ``trig`` (and ends at token ``end``, if given);
    ``context`` is the trigger's own (triggers.tsv), for cooperation that goes one way (``ONE_WAY``); ``journey``:
    the sentence tells a journey (modes.tsv: "flew into X for talks with Y"), so talks partners are hosts;
    ``intent``: the act is told as the subject's intention (PLOVER AGREE), so a partner named with it receives it."""
    asg = _prepare(view, trig, event, mode, kind, implied_pair, end, context, intent)
    asg.journey = journey
    _sort_by_cues(asg)
    _by_position(asg)
    _join_partners(asg)
    _fill_recipient(asg)
    _find_actor(asg)
    _own_forces(asg)
    _pick_recipient(asg)
    _special_cases(asg)
    _pressed(asg)
    _receiving_subject(asg)
    _home_scene(asg)
    asg.roles.actor, asg.roles.recipient = _unique(asg.act), _unique(asg.rec)
    return asg.roles


@dataclass(slots=True)
class _Assignment:
    """One event's role assignment as its rule groups (below, in order) work on it: the trigger and its
    clause, then the names sorted by cue and position into actors and recipients. A rule unpacks the
    fields it only reads; the ones rules rebind (``actors``, ``recips``, ``passive`` ...) stay on it."""

    # the event and its trigger
    view: SentenceView
    trig: int
    end: int
    event: str
    mode: str | None
    kind: str
    context: str | None
    implied_pair: list[Mention]
    clause: int
    svo: bool
    verbal: bool
    passive: bool
    participle: bool
    reciprocal: bool
    roles: Roles
    # the mentions that may take a role, and the groups of agents and sources of a passive or noun
    here: list[MentionView]
    late: set[int]
    late_agent: bool
    origins: set[int]
    # the mentions sorted by their cues (see _prepare for each list)
    partners: list[MentionView]
    waiting: list[MentionView]
    backed: list[MentionView]
    sponsors: list[MentionView]
    agents: list[MentionView]
    recips: list[MentionView]
    places: list[MentionView]
    unmarked: list[MentionView]
    doers: list[MentionView]
    related: list[MentionView]
    told: list[MentionView]
    between: bool
    # set by the later rules
    actors: list[MentionView] = field(default_factory=list)
    objects: list[list[MentionView]] = field(default_factory=list)  # unmarked name groups after the trigger
    targets: list[MentionView] = field(default_factory=list)  # places of the act, not its scene
    mediated: bool = False  # the actor mediates between the partners
    journey: bool = False  # the sentence tells the actor's journey: talks partners host it
    intent: bool = False  # the act is one party's offer or intention: a partner named with it receives it
    hosted: bool = False  # the partners were made hosts of a journey
    placed: bool = False  # the recipient is only the place of the act
    act: list[Mention] = field(default_factory=list)
    rec: list[Mention] = field(default_factory=list)


def _prepare(
    view: SentenceView,
    trig: int,
    event: str,
    mode: str | None,
    kind: str,
    implied_pair: list[Mention],
    end: int | None,
    context: str | None,
    intent: bool = False,
) -> _Assignment:
    """The trigger's clause, whether it is a verb and a passive, and the mentions that may take a role."""
    # An intention is one party's offer, whatever act it intends (codebook, AGREE: "offer, promise, or otherwise
    # indicate willingness"): "X said it was ready to work with Y" is X's, directed at Y; co-subjects still both act.
    reciprocal = event in RECIPROCAL and context not in ONE_WAY and not intent
    clause = view.clause_of[trig] if view.tokens else 0
    # A verb-like trigger after an article or possessive is a noun ("the withdrawal of X's troops").
    # A one-word trigger opening a subject-verb-object sentence is its subject, a noun ("Negotiators from X
    # met"); a phrase there holds its own verb ("Security was tightened").
    end = trig if end is None else end
    opening = trig == 0 and end == 0 and view.lex.order == "svo"
    verbal = kind != "n" and trig - 1 not in view.determiner_at and not opening
    # The auxiliary precedes the participle ("was attacked"); only verb-final clauses put it after
    # ("angegriffen wurde"). "The withdrawal from X was completed" is no passive of "withdrawal".
    after_ok = 2 if view.lex.order != "svo" else 0
    # A verb-second main clause brackets its middle field between the auxiliary and the participle
    # ("Kiew wurde am Montag von russischen Truppen beschossen"): the auxiliary may stand far before it.
    before_ok = len(view.tokens) if view.lex.order == "v2" else PASSIVE_WINDOW
    # An auxiliary right after a word of obligation is the obligation's tense, not a passive ("Россия
    # должна была атаковать": had to attack).
    passive = verbal and any(
        view.clause_of[i] == clause and -before_ok <= i - trig <= after_ok and i - 1 not in view.obliged_at
        for i in view.passive_at
    )
    # A mention that starts at the trigger is the trigger's own word; one that starts before and
    # runs over it (an over-long span such as "North Korea supplied artillery") counts as before it.
    # A classifier's stand-in trigger (kind "c") is no word and has no clause of its own: a name
    # there stays a party ("... eine neue Verteidigung zwischen Nordkorea und Russland"), and the
    # whole sentence is its clause. A trigger on a speech verb ("said no to a request by X") takes
    # the clause it introduces along.
    spoken = trig + 1 < len(view.tokens) and view.clause_of[trig + 1] in view.reported
    clauses = {clause, view.clause_of[trig + 1]} if spoken else {clause}
    # a stand-in's names exclude those told aside, in an opening phrase or a relative clause ("Stung by X, Y ...")
    here = [
        mv
        for mv in view.mentions
        if (mv.clause in clauses or (kind == "c" and not view.aside(mv.clause))) and (mv.first != trig or kind == "c")
    ]
    # (mentions without a country or organisation code, e.g. "the West", were dropped in build_view)
    svo = view.lex.order == "svo"
    participle = False
    if svo and verbal and end == trig and any(mv.role == "agent" and mv.first - 2 == trig for mv in here):
        # a participle with its agent: "rockets fired by X struck ...", "the plan drafted by X"
        participle = trig + 1 in view.agent_at
        passive = participle or passive
    # agents of a passive right after its participle, with the names coordinated with them ("was reached
    # by the UN Security Council and London")
    late = {
        mv.group
        for mv in here
        if mv.role == "agent"
        and any(trig < i < mv.first <= i + _agent_reach(view) and view.clause_of[i] == clause for i in view.passive_at)
    }
    late_agent = any(mv.role == "agent" and mv.first > trig for mv in here)
    # the source right after a noun trigger, with the names coordinated with it ("envoys from X and Y")
    origins = set()
    if not verbal and event not in AWAY:
        origins = {mv.group for mv in here if mv.role == "from" and _in_noun_phrase(view, trig, end, mv)}
    roles = Roles()
    partners: list[MentionView] = []  # named with "with"/"together with"/"between": act alongside
    waiting: list[MentionView] = []  # partners of an actor still to be found
    backed: list[MentionView] = []  # backers of an object named after the trigger
    sponsors: list[MentionView] = []  # the sides the subject is tied to ("fighters loyal to X")
    agents: list[MentionView] = []
    recips: list[MentionView] = []
    places: list[MentionView] = []
    unmarked: list[MentionView] = []
    doers: list[MentionView] = []  # "condemned the arrest of its citizens by Sudan": the doer of the act concerned
    related: list[MentionView] = []  # "suspended its trade agreement with X": the other side of a relation
    # "told the IAEA it was willing": whom the speaker tells, named before the clause told
    told = [mv for mv in view.mentions if mv.role == "addressee" and (mv.clause in clauses or mv.clause + 1 == clause)]
    between = False
    return _Assignment(
        view=view,
        trig=trig,
        end=end,
        event=event,
        mode=mode,
        kind=kind,
        context=context,
        implied_pair=implied_pair,
        clause=clause,
        svo=svo,
        verbal=verbal,
        passive=passive,
        participle=participle,
        reciprocal=reciprocal,
        roles=roles,
        here=here,
        late=late,
        late_agent=late_agent,
        origins=origins,
        partners=partners,
        waiting=waiting,
        backed=backed,
        sponsors=sponsors,
        agents=agents,
        recips=recips,
        places=places,
        unmarked=unmarked,
        doers=doers,
        related=related,
        told=told,
        between=between,
        intent=intent,
    )


def _sort_by_cues(asg: _Assignment) -> None:
    """Sort the clause's mentions by their role cues: agents, recipients, partners, places, the unmarked."""
    view, trig, end, event, kind, clause, svo = asg.view, asg.trig, asg.end, asg.event, asg.kind, asg.clause, asg.svo
    verbal, reciprocal, here, late, late_agent = asg.verbal, asg.reciprocal, asg.here, asg.late, asg.late_agent
    origins, backed, sponsors, agents, places = asg.origins, asg.backed, asg.sponsors, asg.agents, asg.places
    unmarked, doers, related = asg.unmarked, asg.doers, asg.related
    for mv in here:
        r = None if _separable_speech(view, mv, trig, end) else mv.role
        if r in PREPOSED and view.lex.cases and mv.first > end and not _cue_between(view, end, mv.first):
            r = None  # "на строительство ... пообещал Пекин": the preposition governs a noun before the verb
        if r in ("coactor", "with") and not reciprocal and trig < end and trig < mv.first <= end + 1:
            # the trigger phrase holds the cue ("اصطفت ... إلى جانب", "stood by"): the one sided with receives
            asg.recips.append(mv)
            continue
        if r in ("agent", "from") and asg.passive and svo and mv.first < trig and (event not in MOVES or late_agent):
            # a "by"/"from" name before a passive's participle belongs to its subject, which receives ("the
            # proposal by Israel was rejected by South Korea", "inspectors from X were allowed into Y"); forces
            # moved with no agent named are their owner's ("troops from X were deployed")
            asg.recips.append(mv)
            continue
        if r in ("agent", "from") and not asg.passive and _subject_maker(view, mv, trig, clause):
            unmarked.append(mv)  # "Rockets fired by X struck ...", "Artillery fire from X hit ...": the maker acts
            continue
        if r == "agent" and mv.group in late:
            # the agent of a passive whose subject holds the trigger: "sanctions on X were lifted by Y",
            # "a package of aid for X was announced by Y"
            agents.append(mv)
            continue
        # a verb's object's doer ("shells fired by X hit": no verb of its own; "supplies were flown to X by
        # Y": the agent of a later passive)
        doer = (
            verbal
            and kind == "v"
            and not any(trig < i < mv.first and view.clause_of[i] == clause for i in view.passive_at)
        )
        if (
            r == "agent"
            and not asg.passive
            and mv.first > trig
            and (doer or mv.first - trig == 2 or (not verbal and _in_noun_phrase(view, trig, end, mv)))
        ):
            if doer and _comma_between(view, end, mv) and _object_before(view, trig, mv):
                # a later phrase's doer yields to the object named ("handed over the remains of two Israeli
                # soldiers, as part of a swap brokered by X"); with none, an apposition's doer names the party
                # ("threatened to annex Essequibo, a region administered by Guyana")
                continue
            if doer:
                doers.append(mv)
                asg.recips.append(mv)
            else:  # "a cyberattack by India": the noun's doer
                agents.append(mv)
            continue
        if r == "from" and mv.group in origins:
            agents.append(mv)  # "aid from Japan", "artillery fire from X", "peacekeepers from China": its source
            continue
        if r == "backer" and 0 < mv.first - trig <= PASSIVE_WINDOW:
            # "rebels, backed by Rwanda," is a passive of its own trigger: Rwanda backs, the rebels receive.
            agents.append(mv)
            asg.passive = True
            continue
        if r == "owner":
            if not 0 < trig - mv.last <= OWNED_TRIGGER:
                continue  # "Syria's ally Iran sent troops": Iran acts
            r = None  # "Russia's attack on Ukraine": the owner of the trigger noun
        if r == "backer" and 0 < trig - mv.last <= 2 and trig in view.backing_at:
            r = None  # the backing verb itself: "Iran unterstützte die Hisbollah"
        elif r == "sponsor":
            # "fighters loyal to X stormed ...": X stands for the group it is tied to, before the verb as
            # after it ("froze the assets of companies linked to X")
            if mv.first < trig:
                sponsors.append(mv)
            else:
                doers.append(mv)
                asg.recips.append(mv)
            continue
        elif r in ("origin", "source", "backer", "dateline"):
            if r == "backer" and mv.first > trig:
                backed.append(mv)  # "vowed to crush the rebels backed by X": the object's only named side
            continue  # a backer ("Iranian-backed Hezbollah") supports the actor; it does not act
        if r == "agent" and asg.passive:
            agents.append(mv)
        elif r == "from":
            # "received from X": the agent of a passive; "troops were withdrawn from X": what a move leaves
            (agents if asg.passive and event not in MOVES else asg.recips).append(mv)
        elif r in ("coactor", "between"):
            asg.partners.append(mv)
            asg.between = asg.between or r == "between"
        elif r in ("with", "talks"):
            if reciprocal or event == "ASSAULT":
                asg.partners.append(mv)
            elif trig < mv.first <= end + WITH_REACH or ((r == "talks" or asg.intent) and mv.first > trig):
                # "threatened X with", not a "with" of another phrase; the other side of talks that an
                # act ends or suspends receives it ("pulled out of the six-party talks with the US").
                asg.recips.append(mv)
            else:  # "suspended its trade pact with X", "after talks with X, Y scaled back ..."
                related.append(mv)
        elif r == "recipient" or (r == "topic" and not reciprocal):
            # "sanctions on Iraq" concern Iraq; "agreed to cooperate on North Korea" makes it no party
            asg.recips.append(mv)
        elif r == "topic":
            continue
        elif r == "location":
            places.append(mv)
        elif r == "addressee":
            continue
        else:
            unmarked.append(mv)


def _by_position(asg: _Assignment) -> None:
    """Actors and recipients by position: the unmarked names before and after the trigger, in a
    passive, a relative clause, a noun's owner or doer, a quote or a participle."""
    view, trig, event, kind, clause, svo = asg.view, asg.trig, asg.event, asg.kind, asg.clause, asg.svo
    verbal, participle, here, sponsors, agents = asg.verbal, asg.participle, asg.here, asg.sponsors, asg.agents
    unmarked = asg.unmarked
    before = _groups([mv for mv in unmarked if mv.first < trig]) or _groups(sponsors)
    # a classifier's stand-in trigger may sit on a name: that name follows it ("Sollte die EU Frankreich angreifen")
    after = _groups([mv for mv in unmarked if mv.first > trig or (kind == "c" and mv.first == trig)])
    asg.objects = list(after)
    asg.actors = list(agents)
    if not before and not agents and view.opened and view.opened[0] == clause and (main := _main_subject(view)):
        # "After meeting Arafat in Gaza, Albright urged ...": the opening clause's unnamed subject
        # is the main clause's
        asg.actors = main
        asg.recips = (after[0] if after else []) + asg.recips
    elif asg.passive and event in MOVES and not asg.actors and before:
        # "fighter jets of X were scrambled", "troops from X were deployed": forces moved, no agent named,
        # are moved by their own side
        asg.actors = before[0]
        asg.recips = [mv for g in before[1:] for mv in g] + (after[0] if after else []) + asg.recips
    elif asg.passive:
        asg.recips = [mv for g in before for mv in g] + asg.recips
        if view.lex.order == "vso" and after:
            # a verb-first language names the passive's subject right after its verb, then any doer
            # ("هوجمت كييف من قبل القوات الروسية", "تعرضت كييف لقصف روسي")
            subject_ = after.pop(0)
            if not asg.actors and after:
                asg.actors = after.pop(0)
            asg.recips += subject_
        elif view.lex.order == "v2" and not asg.actors and not before and after:
            # a verb-second passive fronts its participle or a phrase and names its subject after the auxiliary
            # ("Festgenommen wurde am Dienstag ein Russe"): with no agent named, that subject receives
            asg.recips += after.pop(0)
        elif not asg.actors and after:
            asg.actors = after.pop(0)
        elif participle and after:  # "shells fired by X hit Y": the participle's phrase is the subject
            asg.recips += after[0]
    elif not agents and (subject_ := _postposed_subject(view, trig, before, after)):
        # "Сирии направила помощь Россия", "Від Мінська Вільнюс вимагає": a language with case endings may
        # open with the object; the first name in the nominative after it is the subject
        asg.actors = subject_
        rest = [g for g in after if g is not subject_]
        asg.objects = rest
        asg.recips = [mv for g in before if g is not subject_ for mv in g] + (rest[0] if rest else []) + asg.recips
    elif verbal and before and view.lex.order != "svo" and (ante := _relative_subject(view, clause)):
        # "Israel, das den Süden des Libanon besetzt hält": in a verb-final relative clause opened by
        # its subject, the antecedent acts and the names before the verb are its objects.
        asg.actors = ante
        asg.recips = [mv for g in before for mv in g] + (after[0] if after else []) + asg.recips
    elif verbal and not svo and (ante := _pronoun_antecedent(view, trig, clause)):
        # "Während er seine Truppen in der Ukraine stationierte": the pronoun opening the clause is its
        # subject, standing for the person named last before it; names before the verb are its objects.
        asg.actors = ante
        asg.recips = [mv for g in before for mv in g] + (after[0] if after else []) + asg.recips
    elif not verbal and agents:
        # the noun's own doer: "a cyberattack by India crippled the banks of Poland", "aid from Japan reached X"
        asg.recips = (after[0] if after else []) + asg.recips
    elif not verbal:
        # A noun: its possessor right before it ("Putins Besuch", "für Putins Unterstützung"),
        # else its genitive after it.
        # A marked possessor must touch the noun, an adjective aside ("für Putins (militärische)
        # Unterstützung"); "to Cairo for talks" is a destination, not the talks' owner.
        # A place set off by a comma is no owner ("fired at a car in Gaza, killing two militants").
        owner = [
            mv
            for mv in here
            if mv.role not in ("origin", "source", "from", "agent", "with", "talks", "backer")
            and 0 < trig - mv.last <= 2
            and not (mv.role == "location" and _scene(view, mv, trig))
            # a preposition's object owns no noun after it unless written as a possessive: "направила в
            # Сирию гуманитарную помощь", "обратился к США с призывом" (these languages put an owner after
            # its noun); "aid to Syria's people" keeps its owner
            and not (svo and mv.role in ("recipient", "location") and not possessive(view, mv))
            # German marks the owner with a genitive -s ("in Russlands Hauptstadt"): "führten in Wien
            # Gespräche" names the venue, not the talks' owner
            and not (not svo and mv.role == "location" and not mv.mention.text.endswith("s"))
        ]
        if owner and owner[-1] not in unmarked and _touches(view, owner[-1].last, trig):
            asg.actors = [owner[-1]]
            asg.recips = [mv for mv in asg.recips if mv is not owner[-1]]
            asg.recips += after[0] if after else []
        elif (named := [mv for mv in view.mentions if mv.first == trig]) and not before and kind != "c":
            # the noun names those who act: "Gunmen loyal to X ambushed ...", "Demonstrators rallied ..."
            asg.actors = [mv for mv in view.mentions if mv.group == named[0].group]
            asg.recips += after[0] if after else []
        elif len(before) > 1 and _first_object(view, before[-1], trig):
            # "gave Ukraine an ultimatum", "offered Iraq a deal": the subject acts, the first object receives.
            asg.actors = before[0]
            asg.recips = before[-1] + asg.recips
        elif before and trig - before[-1][-1].last <= 2:
            asg.actors = before[-1]
            asg.recips += after[0] if after else []
            if before[-1][0].role == "agent" and any(
                view.clause_of[i] == clause and i < before[-1][0].first for i in view.passive_at
            ):
                # "Iraq was hit by U.S. and British air strikes": the passive's subject receives
                asg.recips = [mv for g in before[:-1] for mv in g] + asg.recips
        elif before and not asg.partners:  # the clause's subject: "X and Y announced their agreement"
            asg.actors = before[0]
            asg.recips += after[0] if after else []
        elif after:
            asg.actors = after.pop(0)
            asg.recips += after[0] if after else []
        elif before:
            asg.actors = before[0]
    elif quoted := _quoted_speaker(view, trig, clause):
        # '"We reject the demands of the US," Lavrov said': the speaker acts, names in the quote receive.
        asg.actors = quoted
        asg.recips = [mv for g in before + after for mv in g if all(mv.group != q.group for q in quoted)] + asg.recips
    elif before and (subject_ := _fronted_subject(view, trig, before, after)):
        # "Den Antrag Schwedens wies die Türkei zurück", "Mit der Ausweisung der UN-Mission droht die Junta": a
        # verb-second clause fronts an object or a phrase; its subject follows the finite verb. The object after the
        # subject receives, else the fronted names ("Villen russischer Oligarchen haben italienische Polizisten ...")
        asg.actors = subject_
        rest = [g for g in after if g is not subject_]
        fronted = [mv for g in before if g is not subject_ for mv in g]
        asg.recips = asg.recips or (rest[0] if rest else []) or fronted
    elif before and _participle_subject(view, before, trig):
        # "troops fired on students demonstrating in Jakarta": the name the verb follows is its subject
        asg.actors = before[-1]
        asg.recips = (after[0] if after else []) + asg.recips
    elif before:
        asg.actors = before[0]
        asg.recips = [mv for g in before[1:] for mv in g] + asg.recips
        if after:
            asg.recips += after[0]
            own = {mv.code for mv in before[0]}
            if len(after) > 1 and _guessed_compatriots(after[0], before[0]) and after[1][0].code not in own:
                # "took control of the parliament and the airports of Ukraine's Crimea": a bare institution the
                # actor stage gave the actor's country by guess yields to the other party named in the object
                asg.recips += after[1]
    elif after and (view.lex.order == "svo" or _pronoun_before(view, trig, clause)):
        # Nothing named before the verb: its subject is a pronoun or elsewhere ("Iraq said it
        # rejected the UN plan"); the name after the verb is its object.
        asg.recips = after.pop(0) + asg.recips
        asg.actors = _antecedent(view, clause) or _reported_subject(view, trig)
    elif after:
        asg.actors = after.pop(0)
        if after:
            asg.recips += after[0]


def _cue_between(view: SentenceView, end: int, first: int) -> bool:
    """A role cue stands between token ``end`` (a trigger's last) and a mention starting at ``first``."""
    return any(role in PREPOSED for _i, _j, (role, _side) in view.lex.roles.find(view.tokens[end + 1 : first]))


def _postposed_subject(
    view: SentenceView, trig: int, before: list[list[MentionView]], after: list[list[MentionView]]
) -> list[MentionView] | None:
    """The subject of a clause that opens with a name in an oblique case: the first later name group in the
    nominative, else the first after the verb whose ending tells no case; with no name before the verb, a name right
    after it in the nominative ("осудил Кишинёв" stays open; "передала ... Япония": Japan acts).

    Only languages listing case endings (``case`` rows of roles.tsv) tell, and no short passive participle (``passive``
    case rows: "выслан британский журналист" names the one expelled). A clause opening with a possible genitive
    ("Войска России атаковали") is left alone unless a nominative or a name in a case no genitive shares follows it;
    before the verb, a name whose ending tells no case stops the search, so an unclear name there is never passed over.
    """
    if not view.lex.cases or view.lex.passive_participle(view.tokens[trig].text):
        return None
    groups = before + after
    if not before and after and any(_case(view, [mv]) == "nom" for mv in after[0]):
        # a genitive owner may open the group whose head, not named, is the subject: "скріпили підписами угоду
        # віцепрем'єрка України Юлія Свириденко" (the person named in the nominative)
        return after[0]
    if len(groups) < 2 or _case(view, groups[0]) not in ("obl", "gen"):
        return None
    oblique = False  # a name in a case no genitive takes passed over ("для шкіл області ... Молдові уряд Естонії")
    unclear = None  # the first name after the verb whose ending tells no case ("Кишинёв", "США")
    for g in groups[1:]:
        case = _case(view, g)
        if case == "nom":
            return g
        if case is None and g in after:
            unclear = unclear or g
        elif case not in ("obl", "gen"):
            break
        oblique = oblique or case == "obl"
    oblique = oblique or _case(view, groups[0]) == "obl"
    return unclear if oblique else None


def _case(view: SentenceView, group: list[MentionView]) -> str | None:
    """The case its ending tells of a name group's first word (``nom``, ``obl``), None when it tells none."""
    word = view.word(group[0].first)
    return view.lex.case_of(word) if not word.isupper() else None


def _join_partners(asg: _Assignment) -> None:
    """Partners named with "with"/"between": act alongside the actor, are mediated between, or host a visit."""
    trig, mode, verbal = asg.trig, asg.mode, asg.verbal
    asg.mediated = False
    if asg.between and (verbal or _sponsor(asg)) and not asg.passive and asg.actors and _mediator_first(asg):
        # "Indonesia offered to mediate between Thailand and Cambodia", "hosted talks between X and Y":
        # a subject of its own acts on the parties between which it acts
        sides = [mv for mv in asg.partners if mv.role == "between"]
        asg.partners = [mv for mv in asg.partners if mv.role != "between"]
        asg.actors, asg.recips, asg.mediated = asg.actors + asg.partners, sides + asg.recips, True
    elif asg.between:  # "the pact between Moscow and Pyongyang": exactly those parties
        asg.actors, asg.recips = list(asg.partners), []
    elif mode == "visit" and asg.actors:  # "flew to Cairo for talks with Mubarak": the host receives
        asg.recips = list(asg.partners) + asg.recips
    elif asg.journey and asg.actors and asg.partners:  # "flew into Washington for talks with Clinton"
        asg.recips, asg.hosted = list(asg.partners) + asg.recips, True
    elif asg.passive and asg.partners and all(mv.first < trig for mv in asg.partners):
        # "soldiers serving with X were killed": a partner in a passive's subject shares its fate
        asg.recips = list(asg.partners) + asg.recips
    elif asg.actors:
        asg.actors = asg.actors + asg.partners
    else:  # a partner never acts alone: "said it was ready to hold talks with Britain" - the speaker acts too
        asg.waiting = list(asg.partners)


def _sponsor(asg: _Assignment) -> bool:
    """Whether the subject of a noun trigger's verb hosts or sponsors the talks it names between other parties ("Cairo
    sponsored a round of talks between Hamas and Israel", "رعت القاهرة جولة محادثات بين ..."): an unmarked name of the
    trigger's clause before it, of no side's country, with every side named after the trigger."""
    sides = [mv for mv in asg.partners if mv.role == "between"]
    codes = {mv.code for mv in sides}
    return (
        bool(sides)
        and all(mv.first > asg.end for mv in sides)
        and all(mv.last < asg.trig and mv.role is None and mv.code not in codes for mv in asg.actors)
        and all(mv.clause == asg.clause for mv in asg.actors)
    )


def _mediator_first(asg: _Assignment) -> bool:
    """Whether the actor is named before the trigger, or, where a subject may follow its verb (verb-second,
    verb-first), before the parties it stands between ("Seit Tagen pendelt Ägyptens Geheimdienstchef zwischen X
    und Y"): a subject of its own that mediates between them."""
    if all(mv.first < asg.trig for mv in asg.actors):
        return True
    sides = [mv.first for mv in asg.partners if mv.role == "between"]
    return asg.view.lex.order != "svo" and bool(sides) and all(mv.first < min(sides) for mv in asg.actors)


def _fill_recipient(asg: _Assignment) -> None:
    """A recipient from other cues when none is named: the other side of a relation, the place of the
    act, the backer of an object, the clause a demand or threat holds; a sited event's place acts."""
    view, trig, end, event, mode, clause = asg.view, asg.trig, asg.end, asg.event, asg.mode, asg.clause
    reciprocal, roles, backed, places, related = asg.reciprocal, asg.roles, asg.backed, asg.places, asg.related
    if event == "CONSULT" and mode == "visit" and not asg.actors and places and asg.recips:
        asg.actors, asg.recips = asg.recips, places[:1]  # "the visit was Putin's first to Pyongyang": visitor, host
    # A place in an opening phrase set off by a comma is the scene, not the target ("At a meeting in
    # Geneva, Iran rejected the proposal").
    if related and not asg.recips and not reciprocal:
        asg.recips = [mv for mv in related if mv.group == related[0].group]
    # An organisation named by its seat after "in" ("protested in Brussels") is where the act happens, not a party.
    places = asg.places = [mv for mv in places if not _seat_venue(mv)]
    asg.targets = [mv for mv in places if not _scene(view, mv, trig)]
    asg.placed = False  # the recipient is only the place of the act
    if asg.targets and not asg.recips and (not reciprocal or (event == "CONSULT" and mode == "visit")):
        # "visited Pyongyang", "sent aid to Syria" (в Сирию), "bombed targets in Lebanon", "imposed a
        # curfew in X": an act done where a country is named concerns that country.
        asg.recips = asg.targets[:1]
        asg.placed = True
    if backed and not asg.recips and not reciprocal:
        asg.recips = [mv for mv in backed if mv.group == backed[0].group]
    if not asg.actors and event in SITED and (places or asg.recips):
        # "Thousands protested in Paris", "police in Moscow detained": the place names the actor's country.
        site = (places or asg.recips)[0]
        asg.actors = [site]
        asg.recips = [mv for mv in asg.recips if mv is not site]
    content = _content_clause(view, end, clause) if event in CONTENT else None
    # a demand or threat names whom it is made of in its that-clause, not in a phrase between its subject and
    # its verb ("X, addressing the General Assembly, demanded that the United States end ...")
    before_only = event in ASKED and bool(asg.recips) and all(mv.first < trig for mv in asg.recips)
    if content is not None and (not asg.recips or before_only):
        # "demanded that Tehran free ...": the subject of the demand; "warned that it would retaliate
        # against NATO": the one threatened; "warned that X's ports could be blockaded": their owner; "denied
        # that its troops had crossed into Germany": a denial (or an admission) is of the actor's own deeds,
        # so its own forces there are no other party
        ok, own = CONTENT[event], {mv.code for mv in asg.actors} if event in ("REJECT", "CONCEDE") else set()
        nxt = [
            mv
            for mv in view.mentions
            if mv.clause == content
            and (mv.role in ok or (mv.role == "owner" and event in ASKED))
            and mv.first > trig
            and mv.code not in own
        ]
        if nxt or not before_only:
            asg.recips = nxt[:1]
    roles.place = places[0].mention if places else None


def _find_actor(asg: _Assignment) -> None:
    """The actor when the clause names none: the sentence's subject or speaker, the subject of the
    sentence before, another clause, a place, the one party named, the dateline."""
    view, trig, event, implied_pair, clause = asg.view, asg.trig, asg.event, asg.implied_pair, asg.clause
    verbal, reciprocal, roles, places = asg.verbal, asg.reciprocal, asg.roles, asg.places
    if verbal and not asg.passive and not asg.between and not asg.actors:
        # No subject in the trigger's clause: the sentence's subject or speaker acts ("X said on
        # Monday that it would ...", "X's foreign minister told reporters ... rejected").
        pre = [mv for mv in view.mentions if mv.last < trig and mv.role in (None, "source", "coactor")]
        pre = _antecedent(view, clause) or pre
        if pre:
            g = pre[0].group
            asg.actors = [mv for mv in pre if mv.group == g]
            asg.recips = [mv for mv in asg.recips if mv.group != g]
    asg.act = [mv.mention for mv in asg.actors]
    if view.previous_subject and not asg.passive and _pronoun_subject(view, trig, clause):
        # "Erdogan flew to Baku. There he signed a pact with Azerbaijan": the pronoun opening the
        # clause stands for the subject of the sentence before; names here are the other side.
        prev = view.previous_subject
        prev_codes = {m.actor.code for m in prev}
        if reciprocal and asg.partners:
            asg.act = list(prev) + [m for m in asg.act if m.actor.code not in prev_codes]
        else:  # a name the clause gave as its subject is the object ("Dort sagte er der Ukraine Hilfe zu")
            asg.recips = [mv for mv in asg.actors if mv.code not in prev_codes] + asg.recips
            asg.act = list(prev)
    if not asg.act:
        asg.act = _fallback(view, trig, clause, asg.recips, implied_pair, roles, event)
    asg.act = asg.act + [mv.mention for mv in asg.waiting if all(mv.mention is not m for m in asg.act)]
    if not asg.act and places:
        asg.act = [places[0].mention]
    if not asg.act and asg.recips:
        # Nobody else named: a domestic act on the one party named ("police arrested opposition
        # leaders in X's capital"); the actor shares the recipient's country. One mention never
        # plays both roles (the "domestic" option restores the country as recipient).
        asg.act = [asg.recips[0].mention]
        asg.recips = [mv for mv in asg.recips if mv.group != asg.recips[0].group]
    if not asg.act:
        # Nobody at all named but the dateline's place ("KABUL (Reuters) - A suicide bomber killed 12"):
        # the story's place stands for the unnamed local actor.
        asg.act = [
            mv.mention for mv in view.mentions[:1] if mv.role == "dateline" and len(view.mentions) == _datelined(view)
        ]


def _own_forces(asg: _Assignment) -> None:
    """A state's own forces moved or wielded are its instrument, not the recipient."""
    view, event, related = asg.view, asg.event, asg.related
    if event in MOVES or event in WIELDED:
        # "Iraq moved troops toward Kuwait": the actor's own forces are what it moves; "the United States
        # threatened military action": a state's own forces are its instrument; armed groups may still
        # fight them ("Chechen rebels attacked Russian troops").
        own = {m.actor.code for m in asg.act if event in MOVES or (m.sector or m.actor.sector) not in ARMED}
        # forces a possessive points back to are the subject's, whoever the actor stage took them for
        # ("während er seine Truppen in der Ukraine stationierte")
        kept = [
            mv
            for mv in asg.recips
            if (mv.mention.sector or "") not in FORCES
            or (mv.code not in own and not (event in MOVES and mv.role is None and _possessed(view, mv)))
        ]
        acting_codes = {m.actor.code for m in asg.act}
        if len(kept) < len(asg.recips) and all(mv.code in acting_codes for mv in kept):
            # "withdrew its troops from Germany", "разместила свои войска в Иране": past the forces
            # moved, the next other party named, else the place they go, receives
            moved = [mv for mv in asg.recips if mv not in kept]
            nxt = [g for g in asg.objects if g[0].code not in acting_codes and g[0] not in moved]
            kept = nxt[0] if nxt else [mv for mv in related if mv.group == related[0].group] or asg.targets[:1]
        asg.recips = kept
    # A recipient is another party than the actor, though it may share its country ("Russian forces
    # pounded Chechen rebel positions"): the actor's own mentions, their appositions, and compatriots
    # of no distinct sector (the same state, its leader, its adjective) are excluded.


def _pick_recipient(asg: _Assignment) -> None:
    """The recipient: another party than the actor, one group of names; a reciprocal event's parties all act."""
    view, trig, event, mode, reciprocal, roles = asg.view, asg.trig, asg.event, asg.mode, asg.reciprocal, asg.roles
    doers, related = asg.doers, asg.related
    acting = {mv.group for mv in view.mentions if any(mv.mention is m for m in asg.act)}
    actor_views = [mv for mv in view.mentions if any(mv.mention is m for m in asg.act)]
    asg.rec = [
        mv.mention
        for mv in asg.recips
        if mv.group not in acting and (_other_party(mv, actor_views, asg.act) or _protested(mv, actor_views, event))
    ]
    if not asg.rec and asg.recips and not reciprocal:
        # the objects named were the actor's own ("hacked government servers in X", the government taken
        # for the actor's; "in Washington produzierte Raketen ... auf Städte in Polen"): the next place of
        # the act concerns its country; goods given go to the party the sentence pairs the actor with ("Seit
        # Kim enger mit Putin kommuniziert, ist die Versorgung mit nordkoreanischer Munition gestiegen")
        paired = related if event == "AID" else []
        other = [mv for mv in asg.targets + paired if mv.group not in acting and _other_party(mv, actor_views, asg.act)]
        asg.rec = [other[0].mention] if other else []
    if reciprocal and mode != "visit" and not asg.mediated and not asg.hosted:
        joined = _coordinated_sides(view, trig, asg.end, actor_views)
        asg.act = asg.act + [mv.mention for mv in joined]
        asg.rec = [m for m in asg.rec if all(mv.mention is not m for mv in joined)]
        several = len({m.actor.code for m in asg.act}) > 1
        if asg.partners:  # "X signed with Y": the partners are the other side, other names are not parties
            asg.rec = []
        if several or asg.partners:
            # the parties are named; a venue or occasion is none ("met at the ASEAN forum in Jakarta",
            # "held talks in Oslo under the auspices of the Norwegian government"), nor the owner of what
            # they discuss ("discussed North Korea's missile programme")
            asg.rec = [
                m
                for m in asg.rec
                if any(mv.mention is m and mv.role is None and not possessive(view, mv) for mv in asg.recips)
            ]
        if event == "CONSULT" or asg.partners or several or roles.implied:
            asg.act, asg.rec = asg.act + asg.rec, []
    if asg.rec:
        # One recipient group: the object nearest after the trigger (else the nearest before);
        # other names in the clause are background ("... in X", "X's ally Y").
        named = [mv for mv in asg.recips if any(mv.mention is m for m in asg.rec)]
        if named:
            # A foreign party outranks the actor's compatriots ("Israeli troops shot two
            # Palestinians near an Israeli settlement").
            own = {m.actor.code for m in asg.act}
            made = {mv.group for mv in doers}  # the doer of the act concerned outranks its objects
            best = min(
                named, key=lambda mv: (mv.code in own, mv.group not in made, mv.first < trig, abs(mv.first - trig))
            )
            asg.rec = [m for m in asg.rec if any(mv.mention is m and mv.group == best.group for mv in named)]


def _coordinated_sides(view: SentenceView, trig: int, end: int, actors: list[MentionView]) -> list[MentionView]:
    """Names coordinated with the actor's as whole phrases, each with its own head ("Народный банк Китая и
    Центральный банк Аргентины", "السلطات الأردنية ونظيرتها العراقية", "корабли ВМФ России, ВМС НОАК и ВМС Ирана"):
    the other parties of a reciprocal event, which the coordination of adjacent names misses. A list's commas count
    only when a conjunction closes it."""
    groups = _groups([mv for mv in view.mentions if mv.role in (None, "source") or mv in actors])
    own = {mv.group for mv in actors}
    joined: list[MentionView] = []
    for k in (k for k, g in enumerate(groups) if g[0].group in own):
        for step in (1, -1):  # the phrases after the actor's, then those before it
            chain, j = [], k
            while 0 <= j + step < len(groups):
                first, second = sorted((groups[j], groups[j + step]), key=lambda g: g[0].first)
                link = _phrase_link(view, first[-1], second[0], trig, end)
                if link is None:
                    break
                j += step
                chain.append(groups[j])
                if link == "and":
                    joined += [mv for g in chain for mv in g if mv.group not in own and mv not in joined]
    return joined


def _phrase_link(view: SentenceView, a: MentionView, b: MentionView, trig: int, end: int) -> str | None:
    """How the phrase holding name ``a`` joins the next one, which ends with name ``b``: "and" (a conjunction opens
    the words between, apart or written onto the next word as Arabic "و"), "," (a list's comma), else None. At most
    PHRASE_LINK words between, in one clause, none of them the trigger, a finite verb or a bare article."""
    between = range(a.last + 1, b.first)
    if a.clause != b.clause or not 0 < len(between) <= PHRASE_LINK or any(trig <= i <= end for i in between):
        return None
    if any(i in view.finite_at for i in between) or a.last + 1 in view.article_at:
        return None
    gap = view.sent.text[view.tokens[a.last].end : view.tokens[b.first].start]
    if "," in gap:
        return "," if gap.lstrip().startswith(",") and gap.count(",") == 1 else None
    word, joiners = view.tokens[a.last + 1].text, view.lex.joiners
    written_on = any(
        word.startswith(c) and len(word) > len(c) + 1 for c in view.lex.trigger_index.clitics if c in joiners
    )
    return "and" if word in joiners or written_on else None


def _protested(mv: MentionView, actors: list[MentionView], event: str) -> bool:
    """Whether a protest's actor named by its country alone ("Tens of thousands of Georgians", "Лікарі-інтерни
    Південної Кореї") is its people, protesting their own government, leader or party named (a role word, a person
    or a group); a place of their own country stays no party ("protested in Tbilisi")."""
    named = mv.mention.role is not None and mv.mention.actor.kind != "person"
    bare = all(a.mention.actor.kind == "state" and a.mention.role is None for a in actors)
    return event in PEOPLE and named and bool(actors) and bare and all(a.mention is not mv.mention for a in actors)


def _special_cases(asg: _Assignment) -> None:
    """Rules for particular events: the party told, an object pronoun, an obligation, a threatened
    subject, a host, "each other", the occasion of the act, the speaker an act points back to."""
    view, trig, end, event, mode, clause = asg.view, asg.trig, asg.end, asg.event, asg.mode, asg.clause
    reciprocal, told = asg.reciprocal, asg.told
    if not asg.rec and told and all(mv.mention is not m for mv in told for m in asg.act):
        # "Iran told the IAEA it was willing to resume talks": what the speaker tells is directed at
        # the party told, when the content names no other party
        asg.rec = [mv.mention for mv in told if mv.group == told[0].group]
    if not asg.rec and not reciprocal:
        # "tried to impress Kim by giving him a car": an object pronoun by the trigger stands for
        # the party named last before it.
        asg.rec = _pronoun_recipient(view, trig, clause, asg.act)
    if event == "REQUEST" and _obliged(view, trig):
        # "Iraq must withdraw, Bush said": a demand told as an obligation is the speaker's, made of the subject.
        named = list(asg.act)
        speaker = [mv for mv in view.mentions if mv.role == "source" and all(mv.mention is not m for m in named)]
        if speaker:
            asg.act = [mv.mention for mv in view.mentions if mv.group == speaker[0].group]
            asg.rec = [m for m in named if m.actor.code not in {s.actor.code for s in asg.act}]
    if event == "THREATEN" and any(trig - 2 <= i <= end for i in view.undergoer_at):
        # "NATO said India would pay a heavy price": the subject is the one threatened, the speaker threatens
        named = {m.actor.code for m in asg.act}
        speaker = [mv for mv in view.mentions if mv.role == "source" and mv.code not in named] or [
            mv for mv in view.mentions if mv.clause < clause and mv.role is None and mv.code not in named
        ]
        if speaker:
            asg.rec = list(asg.act)
            asg.act = [mv.mention for mv in speaker if mv.group == speaker[0].group]
    if mode == "visit" and asg.act and asg.rec and not asg.mediated and any(trig <= i <= end for i in view.host_at):
        # "Merz received Zelensky", "Zelensky was received by Merz": the codebook codes the visitor as
        # actor and the host as recipient, whichever the verb's subject; a host of talks between others mediates
        # ("Norway hosted talks between X and Y")
        asg.act, asg.rec = asg.rec, asg.act
    elif asg.act and asg.rec and _received(asg):
        # "Argentina received a loan from China", "the rebels took delivery of drones from Iran": the giver acts
        asg.act, asg.rec = asg.rec, asg.act
    if not reciprocal and len({m.actor.code for m in asg.act}) > 1 and _mutual(view, trig, clause):
        # "X and Y accused each other": one record, the first party acting on the others.
        lead = asg.act[0].actor.code
        asg.act, asg.rec = [m for m in asg.act if m.actor.code == lead], [m for m in asg.act if m.actor.code != lead]
    if not asg.rec and event in OCCASIONED:
        # "put its forces on alert after the incident with X", "lifted the ban after pressure from X": an
        # act answering another party's is directed at it
        asg.rec = _occasion(view, asg.act)
    if (not asg.rec or asg.placed) and event in AFFECTED:
        # "Iran said Israel had attacked its embassy in Damascus": the speaker the word points back to
        # outranks the place of the act.
        asg.rec = _speaker_referred_to(view, trig, clause, asg.act) or asg.rec


def _pressed(asg: _Assignment) -> None:
    """The party named in a pressure phrase ("under pressure from X", "під тиском X", "unter dem Druck X", "despite
    pressure from X") presses for the act, never does it: the act is the subject's, the first other name of the
    clause when the presser was taken for it ("Під тиском Брюсселя Будапешт дав задній хід"). A concession or retreat
    is made to the presser, a rejection (with no one else rejected) made of it; to any other act it is no party."""
    view = asg.view
    group = next(
        (
            mv.group
            for e in sorted(view.pressure_end)
            for mv in view.mentions
            if 0 < mv.first - e <= PRESSURE_REACH and mv.role not in ("source", "dateline")
        ),
        None,
    )
    if group is None:
        return
    presser = [mv.mention for mv in view.mentions if mv.group == group]
    codes = {m.actor.code for m in presser}
    act = [m for m in asg.act if all(m is not p for p in presser)]
    if not act and asg.act:
        others = [mv for mv in asg.here if mv.group != group and mv.role is None and mv.code not in codes]
        if not others:
            return
        act = [mv.mention for mv in asg.here if mv.group == others[0].group]
    asg.act = act
    rec = [m for m in asg.rec if all(m is not p for p in presser) and m.actor.code not in codes]
    if asg.event in YIELDING or (asg.event in DEFYING and not rec):
        rec = presser
    asg.rec = [m for m in rec if all(m is not a for a in act)]


def _receiving_subject(asg: _Assignment) -> None:
    """The subject of a receiver's or undergoer's verb receives the act whose doer is already named ("Позиції X зазнали
    обстрілу з боку Y"): the first name group before that verb, unless a "from" marks it as the giver, who then acts
    on the subject taken for the actor ("Von Berlin erhielt Kiew Militärhilfe")."""
    view, trig = asg.view, asg.trig
    if asg.rec or asg.reciprocal or not asg.act:
        return
    verbs = [i for i in view.receiver_at if view.clause_of[i] == asg.clause and 0 < trig - i <= NOUN_PHRASE]
    if not verbs:
        return
    own = {m.actor.code for m in asg.act}
    before = [mv for mv in asg.unmarked if mv.last < verbs[0] and mv.code not in own]
    if not before and view.lex.order != "svo":  # "Von Japan erhielt Indonesien Hilfe": the subject follows the verb
        before = [mv for mv in asg.unmarked if verbs[0] < mv.first < trig and mv.code not in own]
    if not before:
        return
    named = [mv.mention for mv in before if mv.group == before[0].group]
    if before[0].role in ("agent", "from"):  # "Von Berlin erhielt Kiew Militärhilfe": the fronted giver acts
        asg.act, asg.rec = named, asg.act
    else:
        asg.rec = named


def _agent_reach(view: SentenceView) -> int:
    """Tokens from a passive auxiliary to its agent: a verb-second clause brackets its whole middle field between them
    ("Asyl wurde dem Gründer von Wikileaks durch die Regierung Ecuadors gewährt")."""
    return len(view.tokens) if view.lex.order == "v2" else AGENT_AFTER


def _received(asg: _Assignment) -> bool:
    """Whether the event is told by the side that gets it: aid with a receiver's verb as its trigger ("received a
    loan from China"), or any one-sided act whose noun a receiver's verb takes right beside it ("Rückendeckung erhielt
    X von Y", "попередження отримав X від Y", "received a stern warning from Y"): the giver acts."""
    view, trig, end = asg.view, asg.trig, asg.end
    if asg.event in RECEIVED and any(trig <= i <= end for i in view.receiver_at):
        return True
    # a giver already named as the noun's doer acts as it is ("Militärhilfe erhielt Kiew von Berlin")
    if asg.reciprocal or any(
        mv.role in ("agent", "from") and any(mv.mention is m for m in asg.act) for mv in view.mentions
    ):
        return False
    return any(
        view.clause_of[i] == asg.clause and (0 < i - end <= RECEIVED_REACH or 0 < trig - i <= RECEIVED_REACH)
        for i in view.receiver_at
    )


def _home_scene(asg: _Assignment) -> None:
    """A domestic mobilisation names no counterpart when its only recipient is a place of the actor's own country where
    it happens ("Kenyan police were put on high alert in Nairobi", "deployed riot police in Dakar and Ziguinchor",
    "вывела на улицы Бангкока бронетехнику"), or its own leader who ordered it: the codebook marks no country named
    only as a place; nor its own people named but as background ("ahead of the verdict in the opposition leader's
    trial"). Those it is aimed at still receive ("troops against Chechen rebels"). A clash of two or more sides at a
    place of one of theirs names no recipient either ("Indian and Pakistani troops exchanged fire
    in Kashmir", "перестрелка между индийскими и пакистанскими военными в Кашмире"): the sides all act. An
    organisation's seat is only where a protest, an arrest or a mobilisation happens ("protested in Brussels")."""
    if asg.event in SITED:
        asg.rec = [m for m in asg.rec if not any(mv.mention is m and _seat_venue(mv) for mv in asg.view.mentions)]
    own = {m.actor.code for m in asg.act}
    views = [mv for mv in asg.view.mentions if any(mv.mention is m for m in asg.rec)]
    if not views or not all(mv.code in own for mv in views):
        return
    home = asg.event in HOMEBOUND and all(_home_place(asg.view, mv, asg.placed) for mv in views)
    if home or (_sides(asg) and all(_region(mv) or _scene_named(mv) for mv in views)):
        asg.rec = []


def _sides(asg: _Assignment) -> bool:
    """Whether two or more states act together (in a clash, against each other)."""
    return len({m.actor.code for m in asg.act}) > 1


def _scene_named(mv: MentionView) -> bool:
    """Whether a state or its capital is named only as where an act happens: after a place cue ("in Khartoum"), with
    no role word and no count."""
    m = mv.mention
    return (
        mv.role == "location"
        and m.actor.kind == "state"
        and m.role is None
        and m.sector in (None, "GOV")
        and not mv.counted
    )


def _home_place(view: SentenceView, mv: MentionView, placed: bool) -> bool:
    """Whether a mention of the actor's own country is no target of its mobilisation: a bare place, a region or town
    after a place cue whatever follows it ("in Dakar and Ziguinchor"), any compatriot named with no cue that aims the
    act at it ("against", "gegen", "против": role recipient), and a place it moves to: a proper noun where only
    proper nouns are capitalised ("на улицы Бангкока", "до центру Єревана"; English capitalises the adjective of
    "against Chechen rebels" too)."""
    m = mv.mention
    if mv.role != "recipient":
        return True
    if _bare_place(view, mv, placed):
        return True
    bare = m.actor.kind == "state" and m.role is None and m.sector in (None, "GOV") and not mv.counted
    proper = view.lex.lang != "en" and m.text[:1].isupper()
    return bare and (placed or proper)


@lru_cache(maxsize=1)
def _igo_seats() -> tuple[str, ...]:
    """The seats that stand for an international organisation (names/<lang>/*.tsv type seat: "Brussels" for the EU)."""
    actors = load_actors()
    return tuple(
        sorted(
            {
                a.text.lower()
                for a in load_alias_records()
                if a.type == "seat" and (actor := actors.get(a.actor_id)) is not None and actor.kind == "igo"
            }
        )
    )


def _seat_venue(mv: MentionView) -> bool:
    """Whether a mention names an organisation by its seat ("in Brussels", "в Брюсселе"), inflected or not: named as a
    place, that is only where the act happens. The organisation's own name ("in the UN Security Council") stays."""
    m = mv.mention
    if m.actor.kind != "igo":
        return False
    text = m.text.lower()
    return any(
        text.startswith(seat[: max(SEAT_STEM_MIN, len(seat) - SEAT_ENDING)]) and len(text) <= len(seat) + SEAT_ENDING
        for seat in _igo_seats()
    )


def _region(mv: MentionView) -> bool:
    """Whether a mention names a region or town of a state, no party: no sector (a state or its capital named alone
    stands for its government), no role word, no count."""
    m = mv.mention
    return m.actor.kind == "state" and m.role is None and m.sector is None and not mv.counted


def _bare_place(view: SentenceView, mv: MentionView, placed: bool) -> bool:
    """Whether a mention names a state or one of its places as the scene of an act: unmarked or after a place or
    target cue ("in", "into", "on"), with no role word, no count ("two Iraqis" are people) and no noun it qualifies
    ("against Chechen rebels": a word after it that is no cue names the people)."""
    m = mv.mention
    # a state or a capital named alone stands for its government (sector GOV), with no role word
    if m.actor.kind != "state" or m.role is not None or m.sector not in (None, "GOV") or mv.counted:
        return False
    if not (placed or mv.role is None or mv.role in SCENES):
        return False
    nxt = mv.last + 1
    if nxt >= len(view.tokens) or view.clause_of[nxt] != mv.clause:
        return True
    word = view.word(nxt)
    return not (word.isalpha() and word.islower() and not view.lex.roles.find([view.tokens[nxt]]))


def _content_clause(view: SentenceView, end: int, clause: int) -> int | None:
    """The clause holding the trigger's content: a new clause opening within CONTENT_REACH tokens of the trigger's
    end, not with a coordinator ("denied that", "rejected accusations that"; not "rejected the plan, but ...").
    It may follow a relative clause closed before the trigger ("X, who walked out, demanded that Y ...")."""
    nxt = next((i for i in range(end + 1, len(view.tokens)) if view.clause_of[i] == clause + 1), None)
    if nxt is not None and nxt - end <= CONTENT_REACH and nxt not in view.coord_at:
        return clause + 1
    start = next((i for i in range(end + 1, len(view.tokens)) if view.clause_of[i] != clause), None)
    if start is None or start - end > CONTENT_REACH or start in view.coord_at:
        return None
    new = view.clause_of[start]
    return new if new > clause + 1 and view.clause_of.index(new) == start else None


def _separable_speech(view: SentenceView, mv: MentionView, trig: int, end: int) -> bool:
    """Whether a name is a speaker only by the speech verb that opens the trigger's separable phrase: "sagte
    ... zu" is "zusagen", to promise ("Deutschland sagte der Ukraine Hilfe zu"), so the names around the verb
    are its subject and object, not a speaker and the one speaking."""
    if mv.role != "source" or end <= trig or trig not in view.said_at or mv.clause != view.clause_of[trig]:
        return False
    return (trig < mv.first and mv.last < end) or 0 < trig - mv.last <= SPEAKER_REACH


def _possessed(view: SentenceView, mv: MentionView) -> bool:
    """Whether a possessive pointing back ("its", "seine", "их") stands right before a one-word mention, an
    adjective aside."""
    if mv.first != mv.last:
        return False  # "sus tropas de Colombia" names its own country
    return any(0 < mv.first - i <= 2 and view.clause_of[i] == mv.clause for i in view.backref_at)


def _occasion(view: SentenceView, act: list[Mention]) -> list[Mention]:
    """The party named in an "after"/"amid" phrase (roles.tsv subordinate cues) with no comma between:
    "after the attack by Afghanistan", "amid tension with Seoul", "after drones from Syria were spotted"."""
    # a compatriot of another sector may have occasioned it ("the PKK declared a truce a day after Turkish warplanes
    # pounded its hideouts")
    views = [mv for mv in view.mentions if any(mv.mention is m for m in act)]
    own = {m.actor.code for m in act}
    text = view.sent.text
    for s in view.subordinate:
        for mv in view.mentions:
            if not 0 <= mv.first - s <= OCCASION_REACH or mv.role in ("source", "dateline"):
                continue
            if mv.code in own and not _named_party(mv):
                continue  # a place or an institution placed by guess ("after protests in Tbilisi") is no party
            if not _other_party(mv, views, act):
                continue
            if s and "," in text[view.tokens[s - 1].end : mv.mention.start - view.sent.start]:
                continue
            return [o.mention for o in view.mentions if o.group == mv.group]
    return []


def _subject_maker(view: SentenceView, mv: MentionView, trig: int, clause: int) -> bool:
    """Whether a "by"/"from" name before the trigger is in its clause's subject, with no name before it
    ("Artillery fire from X hit ..."); a name before it makes it an object's ("fined the company from X")."""
    if mv.first > trig or _scene(view, mv, trig):
        return False
    return not any(
        o.clause == clause and o.first < mv.first and o.role != "dateline" and o.group != mv.group
        for o in view.mentions
    )


def _other_party(mv: MentionView, views: list[MentionView], act: list[Mention]) -> bool:
    """Whether a recipient is a party apart from the actor: another country, a compatriot of another
    sector (government vs rebels, police vs protesters), or another named person or group ("Yeltsin
    dismissed Chernomyrdin", "Hamas fighters clashed with Fatah"). The same state, person or leader
    never plays both sides ("Putin gave him a car known as the Russian Rolls-Royce")."""
    rec = mv.mention
    if any(m is rec for m in act):
        return False
    # an actor from another sentence part (implied pairs, fallbacks) has no view: its plain sector
    sides = views or [MentionView(m, -1, -1, -1) for m in act]
    return all(a.code != mv.code or _apart(a, mv) for a in sides)


def _apart(a: MentionView, b: MentionView) -> bool:
    ka, kb = a.mention.actor, b.mention.actor
    if ka.id == kb.id and (ka.kind != "state" or kb.kind != "state"):
        return False  # one person or group
    if ka.kind in NAMED and kb.kind in NAMED:
        return True  # two named persons or groups
    return _sector(a) != _sector(b)


def _sector(mv: MentionView) -> str | None:
    """A mention's sector as a party. Counted people are civilians, not their state ("executed two
    Iraqis", "thousands of Serbs"); a region or city named without a sector is a place, not its
    state's government ("the government imposed a curfew in Basra" concerns the city's people)."""
    m = mv.mention
    if mv.counted and m.actor.kind == "state" and m.role is None:
        return "CVL"
    return m.sector or m.actor.sector


def _antecedent(view: SentenceView, clause: int) -> list[MentionView]:
    """The name a relative clause's "who"/"which" points back to: the last one before it
    ("Israel, which occupies southern Lebanon, launched raids")."""
    if clause not in view.relative_at:
        return []
    cue = view.relative_at[clause]
    named = [mv for mv in view.mentions if mv.last < cue and mv.role in (None, "recipient", "topic")]
    return [mv for mv in named if mv.group == named[-1].group] if named else []


def _relative_subject(view: SentenceView, clause: int) -> list[MentionView]:
    """The antecedent of a relative clause whose pronoun is its subject: no name and no second
    pronoun right after the cue ("das den Süden besetzt hält", not "die die Polizei festnahm")."""
    cue = view.relative_at.get(clause)
    if cue is None or cue + 1 >= len(view.tokens):
        return []
    if cue + 1 in view.relative_words or any(mv.first == cue + 1 for mv in view.mentions):
        return []
    return _antecedent(view, clause)


def _main_subject(view: SentenceView) -> list[MentionView]:
    """The first unmarked name group of the main clause after an opening clause, a speaker included
    ("Warning of a harsh response, Berlin said ...")."""
    main = [mv for mv in view.mentions if view.opened and mv.clause == view.opened[1] and mv.role in (None, "source")]
    return [mv for mv in main if mv.group == main[0].group] if main else []


def _fronted_subject(
    view: SentenceView, trig: int, before: list[list[MentionView]], after: list[list[MentionView]]
) -> list[MentionView] | None:
    """The subject of a verb-second clause that fronts an object or a phrase, named right after its finite verb: the
    clause opens with a ``fronted`` cue (a preposition or an object's article: "Mit", "Den", "Einen"), or its names
    before the finite verb only modify a thing (``_modifier``). The finite verb is the first auxiliary (``finite``)
    before the trigger, else the trigger itself. None when the clause is not such a one or names no subject there."""
    if view.lex.order != "v2" or not view.tokens:
        return None
    start, clause = view.start, view.clause_of[trig]
    if start >= trig or view.clause_of[start] != clause:
        return None
    finite = next((i for i in range(start + 1, trig) if i in view.finite_at and view.clause_of[i] == clause), trig)
    front = [g for g in before if g[-1].last < finite]
    if not front:
        return None
    if start not in view.fronted_at and not all(_modifier(view, g[0], start) for g in front):
        return None
    return next(
        (g for g in before + after if g not in front and finite < _head(view, g[0]) <= finite + FRONTED_REACH), None
    )


def _head(view: SentenceView, mv: MentionView) -> int:
    """Where the phrase a name closes begins: the institution of a seat ("die Militärregierung in Bamako"), else the
    name itself."""
    return min((i for i in view.seat_at if 0 < mv.first - i <= SEAT_REACH), default=mv.first)


def _modifier(view: SentenceView, mv: MentionView, start: int) -> bool:
    """Whether a name only modifies the thing a fronted phrase names: three words or more into it ("Das wiederholte
    Gesuch Kiews", "Villen und Jachten russischer Oligarchen"); an office or force before a name is part of the
    mention or its head ("Der Außenminister Russlands", "Die Artillerie Armeniens") and stands nearer the start."""
    # a name right after a preposition is a seat or a place ("Das Außenministerium in Kairo"), which the cues mark
    return mv.first - start >= FRONTED_DEPTH and mv.first - 1 not in view.preposition_at


def _participle_subject(view: SentenceView, before: list[list[MentionView]], trig: int) -> bool:
    """Whether, in a subject-verb-object language, the trigger follows a later name directly, with
    no comma since the clause's first name: a verb stands between them, so the later name is the
    trigger's own subject ("fired on students demonstrating", "demanded Iraq withdraw")."""
    if view.lex.order != "svo" or len(before) < 2 or trig - before[-1][-1].last != 1 or trig in view.preposition_at:
        return False  # "put its armed forces on high alert": a trigger opened by a preposition is no verb
    if before[-1][0].mention.actor.kind == "person":
        return False  # "EU foreign policy chief Javier Solana urged": a title's holder, not a new subject
    text = view.sent.text
    return "," not in text[before[0][-1].mention.end - view.sent.start : view.tokens[trig].start]


def _pronoun_recipient(view: SentenceView, trig: int, clause: int, act: list[Mention]) -> list[Mention]:
    """The antecedent of an object pronoun near the trigger ("giving him", "ihm ... schenkte"): the
    last party named before it that is not the actor's country."""
    near = [i for i in view.object_pronoun_at if view.clause_of[i] == clause and abs(i - trig) <= PRONOUN_REACH]
    # "it" is an object only right after the verb ("had threatened it with force")
    near += [i for i in view.object_after_at if view.clause_of[i] == clause and 0 < i - trig <= 2]
    if not near:
        return []
    own = {m.actor.code for m in act}
    ok = (None, "recipient", "source")  # "Iraq said the U.S. had threatened it": the speaker
    before = [mv for mv in view.mentions if mv.last < min(near) and mv.role in ok and mv.code not in own]
    if not before:
        return []
    return [mv.mention for mv in view.mentions if mv.group == before[-1].group]


def _scene(view: SentenceView, mv: MentionView, trig: int) -> bool:
    """Whether a place before the trigger closes an opening phrase with a comma ("In Baghdad, ...")."""
    if mv.first > trig:
        return False
    # from the end of its list: "Warships from India, Japan and the US held drills" has no opening phrase
    end = max((o.mention.end for o in view.mentions if o.group == mv.group and o.first <= trig), default=mv.mention.end)
    text = view.sent.text
    return "," in text[end - view.sent.start : view.tokens[trig].start]


def _named_party(mv: MentionView) -> bool:
    """Whether a mention names a party of its own: a person or group, or a sector named with its country ("Turkish
    warplanes"), not a place ("Tbilisi") or an institution placed by guess ("parliament")."""
    m = mv.mention
    return m.actor.kind in NAMED or (m.role is not None and m.score >= 1)


def _guessed_compatriots(group: list[MentionView], actors: list[MentionView]) -> bool:
    """Whether a group is bare institutions ("the parliament") the actor stage placed in the actor's country by guess
    (score below 1), not by a name."""
    own = {mv.code for mv in actors}
    return all(mv.mention.role is not None and mv.mention.score < 1 and mv.code in own for mv in group)


def _object_before(view: SentenceView, trig: int, mv: MentionView) -> bool:
    """Whether a party is named between the trigger and a later mention."""
    return any(
        trig < o.first < mv.first and o.group != mv.group and o.role not in ("source", "dateline")
        for o in view.mentions
    )


def _in_noun_phrase(view: SentenceView, trig: int, end: int, mv: MentionView) -> bool:
    """Whether a later mention still belongs to an event noun's phrase: right after it ("aid from Japan", "a
    cyberattack by India"), or after its object with no comma or passive auxiliary between ("the expulsion of 23
    Russian diplomats by London", "shipments of artillery shells from Seoul")."""
    if 0 < mv.first - trig <= 2:
        return True
    return (
        0 < mv.first - end <= NOUN_PHRASE
        and not _comma_between(view, end, mv)
        and not any(end < i < mv.first for i in view.passive_at)
    )


def _comma_between(view: SentenceView, end: int, mv: MentionView) -> bool:
    """Whether a comma stands between the trigger's last token ``end`` and a later mention."""
    return "," in view.sent.text[view.tokens[end].end : mv.mention.start - view.sent.start]


def _datelined(view: SentenceView) -> int:
    return sum(mv.role == "dateline" for mv in view.mentions)


def _obliged(view: SentenceView, trig: int) -> bool:
    """Whether the trigger is, or follows, a word of obligation ("must withdraw", "müsse abziehen")."""
    return trig in view.obliged_at or trig - 1 in view.obliged_at


def _first_object(view: SentenceView, near: list[MentionView], trig: int) -> bool:
    """Whether the name right before a noun trigger is a verb's first object, not the noun's owner:
    a verb like "gave" right before it, or an article between it and the noun ("Iraq a deal")."""
    if near[0].first - 1 in view.ditransitive_at:
        return True
    between = range(near[-1].last + 1, trig)
    return len(between) == 1 and between[0] in view.determiner_at


def _mutual(view: SentenceView, trig: int, clause: int) -> bool:
    return any(i > trig and view.clause_of[i] == clause for i in view.mutual_at)


def _speaker_referred_to(view: SentenceView, trig: int, clause: int, act: list[Mention]) -> list[Mention]:
    """The speaker of a reported act on "its"/"the country's" posts: "Pakistan said Indian troops
    fired on its posts" -> Pakistan receives. Only when a word after the trigger points back."""
    # After the actor, anywhere in the clause: German puts the object before the verb ("indische
    # Truppen hätten seine Stellungen beschossen").
    after = min((mv.last for mv in view.mentions if any(mv.mention is m for m in act)), default=trig)
    if not any(i > after and view.clause_of[i] == clause for i in view.backref_at):
        return []
    acting = {m.actor.code for m in act}
    speakers = [mv for mv in view.mentions if mv.last < trig and mv.clause <= clause and mv.role == "source"]
    if not speakers and clause in view.reported:
        # "Iran denied the charges, saying Israel had attacked its embassy": the subject before the speech verb
        speakers = [mv for mv in view.mentions if mv.clause < clause and mv.role is None][:1]
    if not speakers or speakers[0].code in acting:
        return []
    return [mv.mention for mv in speakers if mv.group == speakers[0].group]


def _pronoun_subject(view: SentenceView, trig: int, clause: int) -> bool:
    """A subject pronoun before the trigger in its clause, with no name and no relative clause before it."""
    if clause in view.relative_at or view.clause_of[0] != clause:
        return False  # only the sentence's first clause: later ones have their own antecedents
    if any(mv.clause == clause and mv.first < trig and mv.role != "dateline" for mv in view.mentions):
        return False
    if view.lex.order != "svo" and trig + 1 < len(view.tokens) and view.tokens[trig + 1].text in view.lex.pronouns:
        return True  # verb second: "Dort sagte er ..."
    return _pronoun_before(view, trig, clause)


def _pronoun_antecedent(view: SentenceView, trig: int, clause: int) -> list[MentionView]:
    """In a later clause opened by a subject pronoun before any name ("..., während er seine Truppen
    ... stationierte"), the person the pronoun stands for: the first one named before it in the sentence
    with no role cue, its subject ("Putin wollte Kim gewinnen, indem er ihm Waffen lieferte"; not "mit Kim")."""
    if view.clause_of[0] == clause:
        return []  # the sentence's first clause: the subject of the sentence before (previous_subject)
    pron = next(
        (i for i in range(trig) if view.clause_of[i] == clause and view.tokens[i].text in view.lex.pronouns), None
    )
    if pron is None or any(mv.clause == clause and mv.first < pron for mv in view.mentions):
        return []
    people = [
        mv
        for mv in view.mentions
        if mv.last < pron and mv.mention.actor.kind == "person" and mv.role in (None, "source")
    ]
    return [mv for mv in people if mv.group == people[0].group] if people else []


def _pronoun_before(view: SentenceView, trig: int, clause: int) -> bool:
    return any(view.clause_of[i] == clause and t.text in view.lex.pronouns for i, t in enumerate(view.tokens[:trig]))


def _reported_subject(view: SentenceView, trig: int) -> list[MentionView]:
    """The speaker of "X said it/he ..." when a pronoun stands between the speaker and the trigger."""
    pron = [i for i, t in enumerate(view.tokens[:trig]) if t.text in view.lex.pronouns]
    if not pron:
        return []
    speakers = [mv for mv in view.mentions if mv.last < pron[-1] and mv.role in ("source", None)]
    return speakers[:1]  # the sentence subject: "Putin tried to impress Kim, giving him ..." -> Putin


def _quoted_speaker(view: SentenceView, trig: int, clause: int) -> list[MentionView]:
    """The speaker of a first-person quote: '"We urge Iraq to comply," Albright said' -> Albright."""
    starts = [i for i in view.self_at if i < trig and view.clause_of[i] == clause]
    if not starts or any(mv.clause == clause and mv.first < starts[0] for mv in view.mentions):
        return []  # "we" must open the clause: "Russia and we agreed" is no quote
    speakers = [mv for mv in view.mentions if mv.role == "source" and mv.first > trig]
    if not speakers:
        return []
    return [mv for mv in view.mentions if mv.group == speakers[0].group]


def _unique(ms: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in ms:
        if all(m is not o for o in out):
            out.append(m)
    return out


def _groups(mvs: list[MentionView]) -> list[list[MentionView]]:
    out: list[list[MentionView]] = []
    for mv in mvs:
        if out and out[-1][-1].group == mv.group:
            out[-1].append(mv)
        else:
            out.append([mv])
    return out


def _fallback(
    view: SentenceView, trig: int, clause: int, recips: list[MentionView], pair: list[Mention], roles: Roles, event: str
) -> list[Mention]:
    """An actor from an implied pair or from another clause of the sentence.

    Elsewhere in the sentence, unmarked mentions come first; for AID the origin of the goods
    ("in Nordkorea hergestellte") is the supplier; a source ("officials said") comes last.
    """
    if view.implied and len(pair) >= 2:
        roles.implied = [str(m.actor.code) for m in pair]
        return list(pair)
    taken = {mv.code for mv in recips}
    others = [mv for mv in view.mentions if mv.clause != clause and mv.code not in taken]
    # a side an armed group is tied to stands for it ("were shot dead after gunmen loyal to X opened fire")
    order = [(None, "agent", "coactor", "between", "with", "sponsor"), ("origin",) if event == "AID" else (),
             ("recipient", "topic", "from"), ("location",), ("source",)]  # fmt: skip
    pool: list[MentionView] = []
    for roles_ok in order:
        pool = [mv for mv in others if mv.role in roles_ok]
        if pool:
            break
    if not pool:
        return []
    # The sentence's subject (its first name) rather than the nearest one: "Putin tried to
    # impress Kim by giving him a car" -> Putin.
    first = min(pool, key=lambda mv: mv.first)
    return [mv.mention for mv in pool if mv.group == first.group]


def refs(mentions: list[Mention]) -> list[ActorRef]:
    """One ActorRef per actor code (the first mention stands for the others)."""
    seen: dict[str | None, ActorRef] = {}
    for m in mentions:
        if m.actor.code not in seen:
            seen[m.actor.code] = m.ref()
    return list(seen.values())


def _touches(view: SentenceView, last: int, trig: int) -> bool:
    """Token ``last`` is right before the noun at ``trig``, or one lower-case word (an adjective) is between."""
    if trig - last == 1:
        return True
    if trig - last != 2:
        return False
    word = view.word(last + 1)  # as written: a capital marks a (German) noun
    return word.isalpha() and word.islower() and not view.lex.roles.find([view.tokens[last + 1]])
