"""Modality of one event (PLOVER auxiliary modes): negated, hypothetical, future, historical.

Cues come from ``modality.tsv`` with a scope saying which triggers a cue reaches:

- ``clause``: triggers in the cue's clause (negation and future words only near the trigger);
- ``inflection``: as ``clause``, for a tense ending (a cue written "-eront", see ``CueSet``), which
  counts on the trigger phrase itself too ("feront grève", "convocarán una huelga");
- ``verb-final``: triggers after the cue in its clause, however far (German "wird ... stationieren":
  the auxiliary stands second, the verb it governs last);
- ``sentence``: every trigger of the sentence ("if", "im Falle", "last year");
- ``purpose``: triggers after the cue up to the next comma, colon or dash ("in order to", "um ... zu",
  "чтобы"): an aim, not an act;
- ``opinion``: as ``purpose``, but only verbs ("seiner Meinung nach"): a view asserts its
  predications, while a noun in it names something the speaker presupposes;
- ``frame``: triggers a few words after a capability or danger noun or an ability modal ("the
  ability to strike", "die Gefahr, die eine Zusammenarbeit darstellt", "kann ... angreifen"),
  across one comma, not into a later clause;
- ``occurred`` (flag ``-``): a verb saying a named event took place ("fand statt"; used by the coder);
- ``stop`` (flag ``-``): a coordinator that, after a comma, starts a new statement a frame does
  not reach (", and Russia attacked").

An optional fourth column holds a pattern the text right after the cue must match (German "um"
counts only with a "zu" infinitive closing its phrase; English "may" only before a lower-case word).
An event dated in an earlier year than the publication is historical.
"""

from __future__ import annotations

import re

from foedus.events.sentence import SentenceView
from foedus.records import TimeExpr

NEAR_BEFORE = {"negated": 5, "future": 6}
NEAR_AFTER = {"negated": 2, "future": 2}
# Types whose act states a condition as its content: "threatened to strike if X continued",
# "agreed to talks if the sanctions were lifted", "promised to free them if the talks succeed" are
# threats, offers and concessions made, not hypothetical ones; a condition before the trigger
# ("If X joins, Russia will respond") still makes it one.
CONDITIONED = frozenset({"THREATEN", "AGREE", "CONCEDE"})
# Types whose content may be a negated act: "threatened not to renew the mandate", "urged Berlin not to delay",
# "agreed not to attack" are a threat, a demand and an agreement made; a negation before the trigger still negates it.
NEGATED_CONTENT = frozenset({"THREATEN", "REQUEST", "AGREE"})
SCENARIO = "scenario"  # flag of an analyst's scenario cue ("if X were ever to", "it would be naive to imagine")
CONTENT_FLAGS = frozenset({"hypothetical", "future", SCENARIO})  # flags a condition after a CONDITIONED act leaves
# Flags a cue in a fronted quote gives the words of a threat or pledge, not the act of making it ("«Ils le
# paieront», a averti X", "Man werde nicht tatenlos zusehen, warnte Y").
QUOTED_FLAGS = frozenset({"hypothetical", "future", "negated"})
SINCE_REACH = 3  # tokens from "since" to the time cue it governs ("since the end of the Cold War")
_BREAK_TIME = re.compile(r"[,;:.!?()\u2013\u2014]")  # a "since" across one of these governs another phrase
# Types whose act a purpose clause tells as done by the means before it: "sat down together to discuss the border",
# "deployed police to help the authorities", "took the square to demand", "set up a commission to investigate" are
# talks, aid, a protest and an inquiry held (force, sanctions and cooperation in a purpose clause stay an aim:
# "massed troops to attack", "sent instructors in order to cooperate").
DONE_BY_MEANS = frozenset({"CONSULT", "AID", "PROTEST", "ACCUSE", "SUPPORT"})
FRAME_REACH = 10  # tokens from a capability or danger noun to the trigger it frames
_STOP = re.compile(r"[,;:()\u2013\u2014]")  # ends a purpose or opinion phrase
_HARD = re.compile(r"[;:()\u2013\u2014]")  # ends a frame
_YEAR = re.compile(r"\d{4}")  # a year written out
_TAG = re.compile(r"[,\u2013\u2014\"\u00bb\u201c\u201d]")  # ends words reported ahead of their speech tag


def modality(
    view: SentenceView, trig: int, kind: str = "v", last: int | None = None, event: str | None = None
) -> set[str]:
    """Flags for the event whose trigger is token ``trig`` (``kind``: v, n or x, as in triggers.tsv).

    ``last`` is the trigger phrase's last token: a clause cue inside the phrase is part of how the
    act is said ("will not attend", "would not hesitate to"), not a modality of it. ``event``: the
    type, for acts whose content is a condition (``CONDITIONED``).
    """
    flags: set[str] = set()
    clause = view.clause_of[trig] if view.tokens else 0
    needs = view.lex.modality_needs
    stops = [i for i, _j, (_flag, scope) in view.modality if scope == "stop"]
    for i, j, (flag, scope) in view.modality:
        if needs and not _needs_met(view, i, j, flag, scope):
            continue
        if flag == "historical" and (_since(view, i) or (view.tokens and i > trig and view.clause_of[i] != clause)):
            # "the largest since the Cold War", "منذ سنوات": a point of comparison, not the act's time; "demanded on
            # Sunday that X lift the ban imposed last year": a time in a later clause tells of another act
            continue
        if flag in CONTENT_FLAGS and event in CONDITIONED and i > (trig if last is None else last):
            continue  # the condition or the time of what is threatened or offered ("offered talks next year")
        if flag == "negated" and event in NEGATED_CONTENT and i > (trig if last is None else last):
            continue  # what is threatened, asked or promised not to be done ("menace de ne pas renouveler")
        quoted = flag in QUOTED_FLAGS and event in CONDITIONED and kind != "c"  # a classifier's stand-in tags no speech
        if quoted and view.tokens and _quoted_before(view, i, trig):
            continue  # "They will pay a high price, he warned": the threat's words, fronted before its speech tag
        if scope == "sentence" or (flag == "hypothetical" and _opening_condition(view, i)):
            flags.add(flag)
        elif scope in ("purpose", "opinion"):
            if scope == "purpose" and event in DONE_BY_MEANS and kind != "x":
                # "met to discuss", "deployed troops to help"; an ambiguous verb stays an aim ("Anstrengungen
                # unternommen, um die Bedeutung ... zu demonstrieren" shows, it does not protest)
                continue
            if j <= trig and (scope == "purpose" or kind != "n") and not _STOP.search(_gap(view, j, trig)):
                flags.add(flag)
        elif scope == "frame":
            if j <= trig < j + FRAME_REACH and _framed(view, j, trig, stops):
                flags.add(flag)
        elif scope == "verb-final":
            if i < trig and view.clause_of[i] == clause:
                flags.add(flag)
        elif (
            scope in ("clause", "inflection")
            and view.clause_of[i] == clause
            # a word inside the trigger phrase is how the act is said; a tense ending on it is its tense
            and not (scope == "clause" and last is not None and trig <= i <= last)
        ):
            if flag in NEAR_BEFORE:
                if trig - NEAR_BEFORE[flag] <= i <= trig + NEAR_AFTER[flag]:
                    flags.add(flag)
            else:
                flags.add(flag)
    if SCENARIO in flags:
        flags.add("hypothetical")  # an analyst's scenario ("were ever to"): the coder codes no event in it
    if "hypothetical" in flags:
        flags.discard("future")  # "if attacked, Russia will help": conditional, not a plan
    return flags


def _since(view: SentenceView, i: int) -> bool:
    """Whether a "since" word (roles ``since``) opens the time cue at token ``i`` or stands up to SINCE_REACH tokens
    before it with no punctuation between ("since the Second World War", "desde la guerra fría", "منذ سنوات")."""
    for k in range(max(0, i - SINCE_REACH), i + 1):
        if k in view.since_at and not _BREAK_TIME.search(view.sent.text[view.tokens[k].end : view.tokens[i].start]):
            return True
    return False


def _opening_condition(view: SentenceView, i: int) -> bool:
    """Whether a condition (roles.tsv ``condition``) at token ``i`` opens the sentence's opening phrase ("Should X
    fire again, ...", "In the event of an attack, ..."): a condition set before the main clause governs all of it
    (an aim there does not: "Seeking to trace the network, X asked Y")."""
    return bool(view.opened) and i == view.start and i in view.condition_at


def _quoted_before(view: SentenceView, i: int, trig: int) -> bool:
    """Whether the cue at token ``i`` stands in words reported ahead of their speech tag, the trigger: a comma, quote
    mark or dash right before the trigger ("Y werde zahlen müssen, drohte X", "« Ils paieront », a averti X")."""
    return i < trig and bool(_TAG.search(_between(view, trig)))


def _between(view: SentenceView, k: int) -> str:
    """The text between token ``k - 1`` and token ``k``."""
    return view.sent.text[view.tokens[k - 1].end : view.tokens[k].start]


def _needs_met(view: SentenceView, i: int, j: int, flag: str, scope: str) -> bool:
    return _needs_match(view, i, j, flag, scope) is not False


def _needs_match(view: SentenceView, i: int, j: int, flag: str, scope: str) -> re.Match[str] | bool | None:
    """The match of the pattern a cue needs after it; None when it needs none, False when the text fails it."""
    pattern = view.lex.modality_needs.get((tuple(t.text for t in view.tokens[i:j]), flag, scope))
    if pattern is None:
        return None
    return pattern.match(view.sent.text, view.tokens[j - 1].end) or False


def cue_end(view: SentenceView, i: int, j: int, flag: str, scope: str) -> int:
    """The first token after the cue at tokens ``i`` to ``j`` and the words its pattern asks for ("vowed" and
    "on Tuesday to"), so a reach counted from there counts no word of the cue itself."""
    found = _needs_match(view, i, j, flag, scope)
    if not isinstance(found, re.Match):
        return j
    end = found.end()
    return next((k for k in range(j, len(view.tokens)) if view.tokens[k].start >= end), len(view.tokens))


def _gap(view: SentenceView, j: int, trig: int) -> str:
    """Text between the first token after a cue and the trigger (a comma right after the cue
    does not end its phrase: "In his view, Russia ...")."""
    return view.sent.text[view.tokens[j].start : view.tokens[trig].start] if j < trig else ""


def _framed(view: SentenceView, j: int, trig: int, stops: list[int]) -> bool:
    """Whether a frame noun ending before token ``j`` reaches the trigger: at most one comma
    between, none followed by "and", no hard break, and no new clause but the noun's own
    complement ("die Gefahr, dass ...", "the risk that ...")."""
    gap = _gap(view, j, trig)
    if _HARD.search(gap) or gap.count(",") > 1:
        return False
    for k in range(j + 1, trig + 1):
        if view.clause_of[k] != view.clause_of[k - 1] and view.relative_at.get(view.clause_of[k]) != k:
            return False  # a relative clause describes the frame's own phrase ("die Gefahr, die ... darstellt")
        if k in stops and "," in _between(view, k):
            return False
    return True


def historical_by_date(times: list[TimeExpr], pub: str | None) -> bool:
    """True when a point in time of the sentence lies in an earlier year than the publication. A day or month with
    no year written ("July 13", "in August") had its year guessed as the last one before the publication: it dates
    an act of the past months, not of history."""
    if not pub:
        return False
    for t in times:
        if t.precision in ("day", "month") and not _YEAR.search(t.text):
            continue
        if t.value and t.relation == "at" and t.value[:4].isdigit() and int(t.value[:4]) < int(pub[:4]):
            return True
    return False
