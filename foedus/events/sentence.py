"""A sentence prepared for event coding: tokens, clauses, mentions with their role cues.

Built once per sentence and shared by role assignment and modality, so cue lookups
(prepositions, subordinators, modality words) run once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from foedus.events.lexicon import Lexicon, Token, tokenize
from foedus.records import Mention, Sentence

_HARD_BREAK = re.compile(r"[;:()\u2013\u2014]")
# Arabic comma and semicolon: read as their Latin forms, so the comma rules (clauses, asides, lists) hold for them;
# one character for one, so offsets stay.
_PUNCTUATION = str.maketrans({"\u060c": ",", "\u061b": ";"})
# A dateline or agency byline opening a wire story: "BAGHDAD (Reuters) - ", "MOSCOW, June 3 (AP) -- ".
# Its place and agency report the news; they take no part in it.
_DATELINE = re.compile(r"^(.{1,60}?)\s(?:-{1,2}|\u2013|\u2014)\s", re.S)
QUOTES = "\"'\u201c\u201d\u201e\u00bb\u00ab"  # quote marks: a speech tag after one follows its content
SUBORDINATE_REACH = 5  # tokens from an "after"-like cue to the trigger it backgrounds ("after the two sides agreed")
SPEAKER_REACH = 4  # tokens from a speaker's name to its speech verb across a title ("U.S. State Department said")
OWNED_WORDS = 3  # lower-case words between an owner and the name it describes ("Syria's closest ally Iran")
SEAT_GAP = 2  # tokens from an institution to the seat that names it ("Militärjunta in Naypyidaw")
LOOKBACK = 4  # tokens between a preposition and its actor ("mit seinem nordkoreanischen Amtskollegen Kim")
OPENER_WORDS = 2  # words before the first name of an opening phrase ("In Vienna,", "At the UN,")
RELATIVE_REACH = 3  # tokens from a "who" to its own verb ("who had earlier attacked")
FICTION_WORDS = 5  # tokens from a sentence's setting word past its fiction noun ("In Netflix's new spy thriller")
COVERAGE_REACH = 8  # tokens from a piece of coverage to its "about" ("Artikel von The Telegraph über")
# Pairs of roles.tsv roles whose cues, both in a sentence, say it tells no act: a denial of reports ("denied reports
# that its jets struck"), a lesson ("the teacher told the pupils in class how X besieged Y"); a commentator's word
# alone does ("argues our columnist").
OFF_RECORD = (("denial", "hearsay"), ("lesson", "teacher"), ("commentator", "commentator"))
# Tokens between a denial verb and the start of what it denies: "denied on Tuesday that", "negó tajantemente que",
# "bestritt erneut, dass"; in a verb-first language the subject stands there too ("نفت وزارة الدفاع الأذربيجانية أن").
DENIAL_GAP = {"vso": 6}
DENIAL_GAP_DEFAULT = 2
TITLE_REACH = 4  # tokens from a quoted title's closing mark to the piece of coverage it names ("«...» : une enquête")
MEMORY_REACH = 5  # tokens from an anniversary cue to what it remembers ("anniversary of the Srebrenica massacre")
VENUE_REACH = 5  # tokens from a speech verb to the rally it was said at, across the speaker's name ("said at a rally")
APPOSITE_REACH = 2  # tokens from "In a" to the noun naming the main act ("In a rare concession")
OPENER_LEAD = 4  # measure words of time before an opener cue ("Nearly seven decades after ...,")
VORFELD_WORDS = 12  # tokens from a German fronted phrase's preposition to the finite verb that closes it


@dataclass
class MentionView:
    mention: Mention
    first: int  # first token index
    last: int  # last token index (inclusive)
    clause: int
    # recipient | topic | owner | agent | with | talks | coactor | between | location | origin | source | from | backer
    # | dateline
    role: str | None = None
    group: int = 0  # coordinated mentions share a group
    counted: bool = False  # a count before it: "two Iraqis" are people, not the state

    @property
    def code(self) -> str | None:
        return self.mention.actor.code


@dataclass
class SentenceView:
    sent: Sentence
    lex: Lexicon
    tokens: list[Token]
    clause_of: list[int]
    reported: frozenset[int] = frozenset()  # clauses a speech verb introduces ("saying Israel attacked")
    opened: tuple[int, int] | None = None  # (opening clause, main clause): "After meeting X, Y urged ..."
    relative_at: dict[int, int] = field(default_factory=dict)  # relative clause -> token of its "who"/"which"
    restrictive_at: frozenset[int] = frozenset()  # "who", "that" with no comma before: a clause inside a phrase
    relative_words: frozenset[int] = frozenset()  # every relative pronoun or article ("die", "welche")
    said_at: frozenset[int] = frozenset()  # tokens of speech verbs ("said", "saying"): "said that" opens no relative
    mentions: list[MentionView] = field(default_factory=list)
    modality: list[tuple[int, int, tuple[str, str]]] = field(default_factory=list)
    passive_at: list[int] = field(default_factory=list)
    implied: list[int] = field(default_factory=list)  # token indices of "beide Länder"-like cues
    subordinate: list[int] = field(default_factory=list)  # token indices of "after"-like cues (background acts)
    determiner_at: frozenset[int] = frozenset()  # token indices of articles/possessives ("the", "its")
    backref_at: list[int] = field(default_factory=list)  # "its", "the country": a word pointing back to a party
    mutual_at: list[int] = field(default_factory=list)  # "each other": a two-sided act
    self_at: list[int] = field(default_factory=list)  # "we", "I": a quoted speaker acting
    obliged_at: frozenset[int] = frozenset()  # "must", "should": a demand reported as an obligation
    backing_at: frozenset[int] = frozenset()  # "unterstützte" after a name: the backing verb itself
    speaker_at: frozenset[int] = frozenset()  # "on", "foreign minister": words between a speaker and "said"
    agent_at: frozenset[int] = frozenset()  # "by", "backed by": the agent of a participle follows
    ditransitive_at: frozenset[int] = frozenset()  # "gave", "offered": a name after it may be a first object
    relation_at: frozenset[int] = frozenset()  # "ally", "neighbour": X's ally Y names Y
    object_pronoun_at: frozenset[int] = frozenset()  # "him", "ihm": a party named earlier receives
    object_after_at: frozenset[int] = frozenset()  # "it": an object pronoun only right after the verb
    coord_at: frozenset[int] = frozenset()  # "and", "but" after a comma: a second main clause may start there
    undergoer_at: frozenset[int] = frozenset()  # "pay a heavy price": the subject is the one threatened
    host_at: frozenset[int] = frozenset()  # "received", "empfing": a host's verb of a visit
    pressure_end: frozenset[int] = frozenset()  # last token of "under pressure from", "під тиском": a presser follows
    seat_at: frozenset[int] = frozenset()  # "Militärregierung in": an institution named with its seat after it
    receiver_at: frozenset[int] = frozenset()  # "received", "took delivery of": aid told by the side that gets it
    offer_at: frozenset[int] = frozenset()  # "pledged", "offered", "ready": an act one party offers or intends
    addressee_at: frozenset[int] = frozenset()  # tokens right after "told", "assured": whom the speaker tells
    preposition_at: frozenset[int] = frozenset()  # tokens opening a cue before a name ("on", "against", "with")
    counted_at: frozenset[int] = frozenset()  # token ending a count ("two", "dozens of", "12"): people follow
    boundary_at: frozenset[int] = frozenset()  # tokens opening a subordinate clause ("after", "while", "that")
    start: int = 0  # the first token after a dateline
    condition_at: frozenset[int] = frozenset()  # "should", "in the event of": opening a sentence, a condition
    relverb_at: frozenset[int] = frozenset()  # "had", "was": right after "that", a relative clause's own verb
    apposite_end: frozenset[int] = frozenset()  # "In a"/"In an" opening: the noun after it names the main act
    fiction_at: frozenset[int] = frozenset()  # "thriller", "novel": a work of fiction
    setting_at: frozenset[int] = frozenset()  # "in": opening a sentence with a fiction noun, frames a story told
    plot_at: frozenset[int] = frozenset()  # token before a verb telling a plot ("[novel] follows", "[Film] zeigt")
    coverage_at: frozenset[int] = frozenset()  # "article", "Kommentar": a piece of writing or a show about something
    covers_at: frozenset[int] = frozenset()  # "about", "über": what a piece of coverage is about follows
    frames: frozenset[str] = frozenset()  # roles of OFF_RECORD found in the sentence
    denies: tuple[tuple[int, int], ...] = ()  # (first, end) tokens of denial verbs that take a clause ("denied")
    denied_at: frozenset[int] = frozenset()  # "that", "having", "dass", "que": what is denied starts here
    memory_at: frozenset[int] = frozenset()  # "anniversary", "Jahrestag", "вшанували": what is remembered follows
    live_at: frozenset[int] = frozenset()  # "Live", "Ticker", "En direct": a coverage headline's label
    since_at: frozenset[int] = frozenset()  # "since", "seit", "منذ": a time after it is no date of the act
    venue_at: frozenset[int] = frozenset()  # "at", "на", "bei": a speech verb's setting follows ("said at a rally")
    whole_at: frozenset[int] = frozenset()  # "واشنطن": a name whose first letter "و" is its own, not "and"
    article_at: frozenset[int] = frozenset()  # "den": an article, which joins names only after a conjunction
    finite_at: frozenset[int] = frozenset()  # "hat", "haben": a finite verb ends the reach of a cue before it
    fronted_at: frozenset[int] = frozenset()  # "Mit", "Den": opening a verb-second clause, no subject is fronted
    # the subject of the sentence before (set by the coder): what "he", "sie", "it" opening this one stands for
    previous_subject: list[Mention] = field(default_factory=list)
    # the sentence as written, when ``sent`` reads Arabic punctuation as Latin (evidence quotes this one)
    original: Sentence | None = None

    def background(self, trig: int, kind: str = "n") -> bool:
        """Whether the trigger at token ``trig`` follows an "after"/"amid"-like cue closely, with no
        comma between: an act told as the occasion of another ("released them after agreeing"); or
        stands in a relative clause set off by commas, which describes a party ("Israel, which
        occupies southern Lebanon, launched raids"). ``kind`` is the trigger's (triggers.tsv): a verb
        after a bare name that follows a prepositional cue is the main clause's ("После встречи с Си
        Путин подписал ...": Russian sets off no opening phrase with a comma)."""
        clause = self.clause_of[trig]
        if clause in self.relative_at and "," in self.sent.text[: self.tokens[self.relative_at[clause]].start][-3:]:
            return True
        if self.opened and clause == self.opened[0]:
            # an opening phrase sets the scene of the main clause ("Stung by criticism, X scrapped ..."), save the
            # noun that names the main act's kind ("In a concession to X, Y lifted ...")
            return not any(0 < trig - e <= APPOSITE_REACH for e in self.apposite_end if e >= self.start)
        for j in self.subordinate:
            # "after" opening a clause reaches its verb however long its subject ("days after gunmen from the two
            # factions fought"); other cues a few words
            clausal = j - 1 in self.boundary_at
            reach = j <= trig and (trig - j < SUBORDINATE_REACH or (clausal and self._same(j, trig)))
            if reach and not clausal and kind != "n" and self._subject_between(j, trig):
                continue
            if reach:
                gap = self.sent.text[self.tokens[j - 1].end : self.tokens[trig].start]
                if "," not in gap and not _HARD_BREAK.search(gap):
                    return True
        return False

    def _subject_between(self, j: int, trig: int) -> bool:
        """Whether a name with no role cue (a subject) stands between token ``j`` and the verb at ``trig``."""
        return any(j <= mv.first and mv.last < trig and mv.role is None for mv in self.mentions)

    def object_relatives(self, verbs: list[int]) -> list[tuple[int, int]]:
        """Token spans [cue, end) of relative clauses with no comma that describe the object of an earlier verb
        trigger in their clause ("scrapped a press law that had allowed newspapers to be shut down"): the cue is
        followed by an auxiliary or verb (roles.tsv ``relverb``: "had", "was"), so it opens no content clause
        ("warned that its troops would ...")."""
        spans: list[tuple[int, int]] = []
        text, toks = self.sent.text, self.tokens
        for r in sorted(self.restrictive_at):
            if r == 0 or r + 1 >= len(toks) or r + 1 not in self.relverb_at or r - 1 in self.said_at:
                continue
            if "," in text[toks[r - 1].end : toks[r].start]:
                continue  # a comma-set relative clause is marked as such
            if not any(v < r - 1 and self.clause_of[v] == self.clause_of[r - 1] for v in verbs):
                continue
            end = r + 1
            inside = (self.clause_of[r], self.clause_of[r - 1])
            while end < len(toks):
                gap = text[toks[end - 1].end : toks[end].start]
                if "," in gap or _HARD_BREAK.search(gap) or self.clause_of[end] not in inside:
                    break
                end += 1
            spans.append((r, end))
        return spans

    def speaker_phrase(self, trig: int) -> int | None:
        """The clause a speech verb reports when the trigger at ``trig`` stands in its speaker's phrase ("Detainees
        released from the prison said they had been beaten"): same clause, no comma or joiner between, and not the
        verb of a name right before it ("Iran denied saying ..."). None otherwise."""
        text, toks, named = self.sent.text, self.tokens, {mv.last for mv in self.mentions}
        if trig - 1 in named:
            return None
        for k in range(trig + 1, len(toks)):
            gap = text[toks[k - 1].end : toks[k].start]
            joined = toks[k].text in self.lex.joiners and k not in self.determiner_at
            if "," in gap or _HARD_BREAK.search(gap) or joined:
                return None  # "attacked Ukraine and said": a second verb of the subject, no speaker's phrase
            if self.clause_of[k] != self.clause_of[trig]:
                return self.clause_of[k] if self.clause_of[k] in self.reported and k - 1 in self.said_at else None
        return None

    def told_story(self) -> bool:
        """Whether the sentence tells a story, not news: it opens with a setting word and a work of fiction
        among its first words, before any name ("In the new thriller, a rogue agent kidnaps ..."), or with a work of
        fiction or coverage whose verb tells its plot or subject (roles.tsv ``narrates``: "His first novel follows a spy
        who ...", "The exhibition recalls how ...")."""
        first = min((mv.first for mv in self.mentions), default=len(self.tokens))
        if self.start not in self.setting_at:
            works = (self.fiction_at | self.coverage_at) & self.plot_at  # "The exhibition recalls how ..."
            return any(self.start <= f < min(self.start + FICTION_WORDS, first) for f in works)
        return any(self.start < f < min(self.start + FICTION_WORDS, first) for f in self.fiction_at)

    def off_record(self) -> bool:
        """Whether the sentence tells no act, by a pair of cues (``OFF_RECORD``): a denial of reports, a lesson,
        a commentator's view."""
        return any(a in self.frames and b in self.frames for a, b in OFF_RECORD)

    def denial_start(self) -> int | None:
        """The first token of a denial whose object is an act or a claim, not a request ("denied that its troops had
        crossed", "a démenti avoir frappé", "bestritt erneut, dass", "نفت ... أن"): its verb, when what it denies
        (roles ``denied``) follows within DENIAL_GAP tokens with no article or name between ("denied the request
        that ..." is a refusal). None when the sentence has none."""
        gap = DENIAL_GAP.get(self.lex.order, DENIAL_GAP_DEFAULT)
        named = {k for mv in self.mentions for k in range(mv.first, mv.last + 1)}
        for i, j in self.denies:
            for k in range(j, min(j + gap + 1, len(self.tokens))):
                if k in self.denied_at:
                    return i
                if self.lex.order != "vso" and (k in self.determiner_at or k in named):
                    break  # an object of its own: a refusal of a thing, not a denial of a deed
        return None

    def headline(self) -> bool:
        """Whether the sentence is the headline of a piece of coverage, not a report: a label of live coverage opening
        it ("Live: ...", "Liveticker: ...", "En direct :"), or a quoted title followed by a colon or dash and a piece
        of coverage ("«The secret alliance»: an investigation by our reporter ...")."""
        text, toks = self.sent.text, self.tokens
        if not toks:
            return False
        first = self.start
        if first in self.live_at:  # the label's words, then its colon ("En direct :", "Live updates:")
            after = [text[toks[k].end : toks[k + 1].start] for k in range(first, min(first + 3, len(toks) - 1))]
            if any(ch in gap for gap in after for ch in ":|\u2013\u2014"):
                return True
        opening = text[: toks[first].start].strip()
        if not opening or opening[-1] not in QUOTES:
            return False
        for k in range(first + 1, len(toks)):
            gap = text[toks[k - 1].end : toks[k].start]
            if any(q in gap for q in QUOTES):
                rest = gap.split(next(q for q in gap if q in QUOTES), 1)[1]
                titled = any(ch in rest for ch in ":\u2013\u2014-")
                return titled and any(k <= c < k + TITLE_REACH for c in self.coverage_at)
        return False

    def remembered(self, trig: int) -> bool:
        """Whether the trigger at token ``trig`` names what a commemoration remembers: a few words after an
        anniversary or commemoration cue in its clause ("the 25th anniversary of the massacre", "Jahrestag des
        Angriffs"), with no comma between, not an act done on the day ("On the anniversary of the invasion, X fired
        missiles")."""
        text, toks = self.sent.text, self.tokens
        return any(
            m < trig <= m + MEMORY_REACH
            and self.clause_of[m] == self.clause_of[trig]
            and not re.search(r"[,;:]", text[toks[m].end : toks[trig].start])  # ", X fired": the act of the day
            for m in self.memory_at
        )

    def at_rally(self, trig: int) -> bool:
        """Whether the noun at token ``trig`` is the rally a speaker spoke at ("said at a rally", "сказав президент на
        мітингу"): a setting word right before it, and a speech verb a few tokens back across the speaker's name."""
        k = trig - 1
        while k >= 0 and trig - k <= 2 and k not in self.venue_at:
            k -= 1
        if k < 0 or k not in self.venue_at:
            return False
        speaker = {t for mv in self.mentions if mv.role == "source" for t in range(mv.first, mv.last + 1)}
        return any(s in self.said_at for s in range(max(0, k - VENUE_REACH), k) if s not in speaker)

    def coverage_topic(self) -> int | None:
        """The token of the word saying what a piece of coverage is about, within COVERAGE_REACH tokens after it
        ("ein Artikel von The Telegraph über das Bündnis ...", "an op-ed by X about Y"): what follows is the
        topic of a piece of writing, not an act. None when the sentence has none."""
        return next(
            (a for c in sorted(self.coverage_at) for a in sorted(self.covers_at) if c < a <= c + COVERAGE_REACH),
            None,
        )

    def aside(self, clause: int) -> bool:
        """Whether a clause is told aside from the main one: an opening phrase or a comma-set relative clause."""
        return bool(self.opened and clause == self.opened[0]) or clause in self.relative_at

    def _same(self, j: int, trig: int) -> bool:
        return self.clause_of[j - 1] == self.clause_of[trig]

    def described(self, verbs: list[int]) -> list[tuple[int, int]]:
        """Token spans (cue, main verb) of relative clauses without commas that describe the subject
        before its verb ("Two men who attacked a settler were detained", "The militants who kidnapped
        the engineers released them"), given the token indices of the sentence's verb triggers. The cue
        follows a phrase with no verb or speech verb of its own, the clause's verb comes within
        RELATIVE_REACH tokens of it, and a later verb not joined to that one by "and" is the main verb."""
        spans: list[tuple[int, int]] = []
        text, toks = self.sent.text, self.tokens
        for r in sorted(self.restrictive_at):
            if r == 0 or r - 1 in self.said_at or "," in text[toks[r - 1].end : toks[r].start]:
                continue
            k = r - 1  # the start of the phrase the clause describes: back to a comma or a clause break
            while k > 0 and self.clause_of[k - 1] == self.clause_of[r - 1]:
                gap = text[toks[k - 1].end : toks[k].start]
                if "," in gap or _HARD_BREAK.search(gap):
                    break
                k -= 1
            if any(k <= v < r for v in verbs) or any(k <= s < r for s in self.said_at):
                continue  # "Israel said that ...", "warned that ...": a verb's content, no description
            own = next((v for v in verbs if r < v <= r + RELATIVE_REACH), None)
            if own is None:
                continue
            # "who attacked a settler and stole his car were detained": "and" chains the clause's verbs
            main = next((v for v in verbs if v > own and toks[v - 1].text not in self.lex.joiners), None)
            if main is not None:
                spans.append((r, main))
        return spans

    def word(self, i: int) -> str:
        """Token ``i`` as written (tokens themselves are lower-cased)."""
        return self.sent.text[self.tokens[i].start : self.tokens[i].end]

    def token_at(self, offset: int) -> int:
        """Index of the token covering (or first after) a sentence-relative offset."""
        for i, tok in enumerate(self.tokens):
            if tok.end > offset:
                return i
        return max(len(self.tokens) - 1, 0)


def build_view(sent: Sentence, mentions: list[Mention], lex: Lexicon) -> SentenceView:
    original = None
    if "\u060c" in sent.text or "\u061b" in sent.text:
        original, sent = sent, Sentence(sent.start, sent.end, sent.text.translate(_PUNCTUATION), sent.lang)
    tokens = tokenize(sent.text)
    role_hits = lex.roles.find(tokens)
    cues: dict[str, list[tuple[int, int, str]]] = {}  # role -> (first token, end token, side), one pass
    for i, j, (role, side) in role_hits:
        cues.setdefault(role, []).append((i, j, side))

    def at(role: str) -> list[int]:
        return [i for i, _, _ in cues.get(role, ())]

    def ends_of(role: str) -> frozenset[int]:
        return frozenset(j - 1 for _, j, _ in cues.get(role, ()))

    boundaries, relative = set(at("clause")), set(at("relative"))
    # German relative pronouns are its articles ("die", "der"): followed by another article, a
    # pronoun or an adverb (roles.tsv relnext) rather than a noun or adjective, one opens a clause
    # (", die einen Siedler angriffen,"; not ", die gegnerischen Kräfte").
    relative |= {i for i in at("relarticle") if i + 1 in set(at("relnext"))}
    # ", under pressure from donors," / ", stung by criticism," after a subject is set aside like a relative clause
    relative |= set(at("aside"))
    # ", which ...," / ", der ...," is a clause inside another: at its closing comma the outer
    # clause resumes ("Israel, which occupies X, launched raids on Y": Israel launched them).
    # A sentence opened by a subordinate clause or phrase ("After meeting Arafat in Gaza, Albright
    # urged ...", "Nachdem X ... begrüßt hat, ...", "Stung by criticism, ...", "Hours after the
    # ruling, ...") has its main clause after the first comma; a dateline before it does not count.
    dateline = _dateline(sent.text)
    start = bisect_left([t.start for t in tokens], dateline) if dateline else 0
    opens_at = _opener_start(tokens, start, boundaries | set(at("opener")), set(at("lead")), mentions, sent)
    # A German main clause fronts one phrase before its finite verb ("Angesichts der Kämpfe hat die Türkei ...
    # verlegt"): a phrase opened by a preposition cue (roles ``vorfeld``) ends at the finite verb, with no comma.
    vorfeld_end = None
    if opens_at is None and "vorfeld" in cues:
        fronted = set(at("vorfeld"))
        vorfeld_end = _vorfeld_end(tokens, start, fronted, set(at("lead")), set(at("finite")), mentions, sent)
        opens_at = start if vorfeld_end is not None else None
    if (
        opens_at is None
        and start < len(tokens)  # a dateline may be all the sentence holds
        and _participle(tokens[start].text, lex)
        and not _named(tokens[start], mentions, sent)
    ):
        opens_at = start  # "Visiting Kyiv on Friday, the chancellor pledged ...": Kyiv is where, not who
    # What a speech verb introduces is a clause of its own ("Iran denied it, saying Israel had
    # attacked its embassy"): its subject acts there, not the speaker.
    speech = _reported_starts(sent, tokens, mentions, cues.get("speech", []), lex.order == "svo")
    # "Iran told the IAEA it was willing to ...": what follows the party told is reported too
    speech |= _addressed_starts(sent, tokens, mentions, cues, lex)
    # ", and" / ", but" join two main clauses, unless they close a list of names ("Russia, China, and Iran").
    joins = set(at("coord")) - _list_ends(sent, tokens, mentions) if "coord" in cues else set()
    clause_of, clause, top, outer = [], 0, 0, None
    reported: set[int] = set()
    opened: tuple[int, int] | None = None
    relative_at: dict[int, int] = {}
    opening = False
    for i, tok in enumerate(tokens):
        gap = sent.text[tokens[i - 1].end : tok.start] if i else ""
        if i == start and i and opens_at is not None:
            top, clause, outer = top + 1, top + 1, None  # the opening phrase after a dateline
        if i == opens_at:
            opening = True
        if _HARD_BREAK.search(gap) and not (i == start and i):
            top, clause, outer, opening = top + 1, top + 1, None, False
        elif i in relative and "," in gap and opening and outer is None:
            # ", some of whom were jailed," inside an opening phrase: the phrase goes on after it
            outer, top = clause, top + 1
            clause = top
            relative_at[clause] = i
        elif opening and ("," in gap or i == vorfeld_end):
            opened = (outer if outer is not None else clause, top + 1)
            top, clause, opening, outer = top + 1, top + 1, False, None
        elif (i in speech or (i in joins and "," in gap)) and outer is None:
            top += 1
            clause = top
            if i in speech:
                reported.add(clause)
        elif i in relative and "," in gap:
            outer, top = clause, top + 1
            clause = top
            relative_at[clause] = i
        elif outer is not None and "," in gap:
            clause, outer = outer, None
        elif i in boundaries:
            top += 1
            clause = top
        clause_of.append(clause)
    view = SentenceView(
        sent,
        lex,
        tokens,
        clause_of,
        reported=frozenset(reported),
        opened=opened,
        relative_at=relative_at,
        original=original,
    )
    view.restrictive_at = frozenset(at("restrictive"))
    view.relative_words = frozenset(at("relative")) | frozenset(at("relarticle"))
    view.said_at = frozenset(k for role in ("speech", "source") for i, j, _ in cues.get(role, ()) for k in range(i, j))
    view.modality = lex.modality.find(tokens)
    view.passive_at = at("passive")
    view.subordinate = [j for _, j, _ in cues.get("subordinate", ())]
    view.determiner_at = frozenset(at("determiner"))
    view.backref_at = at("backref")
    view.mutual_at = at("mutual")
    view.self_at = at("self")
    view.obliged_at = frozenset(at("obliged"))
    # the cue's last token: "stellte der" (Ukraine ein Ultimatum) ends right before the name
    view.ditransitive_at = ends_of("ditransitive")
    view.backing_at = frozenset(i for i, _, side in cues.get("backer", ()) if side == "after")
    view.speaker_at = frozenset(k for i, j, _ in cues.get("speaker", ()) for k in range(i, j))
    view.agent_at = frozenset(
        i for role in ("agent", "backer") for i, _, side in cues.get(role, ()) if side == "before"
    )
    view.implied = [i for i, _, _ in lex.implied.find(tokens)]
    view.relation_at = ends_of("relation")
    view.object_pronoun_at = frozenset(at("objpronoun"))
    view.object_after_at = frozenset(at("objafter"))
    view.undergoer_at = frozenset(at("undergoer"))
    view.host_at = frozenset(at("host"))
    view.pressure_end = ends_of("pressure")
    view.seat_at = frozenset(at("seat"))
    view.receiver_at = frozenset(at("receiver"))
    view.offer_at = frozenset(at("offer"))
    view.addressee_at = frozenset(j for _, j, _ in cues.get("addressee", ()))
    view.coord_at = frozenset(at("coord"))
    view.preposition_at = frozenset(i for i, _, (_, side) in role_hits if side == "before")
    view.counted_at = ends_of("count") | {i for i, t in enumerate(tokens) if t.text.isdigit()}
    view.boundary_at = frozenset(boundaries)
    view.start = start
    view.apposite_end = ends_of("apposite")
    view.relverb_at = frozenset(at("relverb"))
    view.condition_at = frozenset(at("condition"))
    view.fiction_at = frozenset(at("fiction"))
    view.setting_at = frozenset(at("setting"))
    view.plot_at = frozenset(i - 1 for i in at("narrates"))
    view.coverage_at = frozenset(at("coverage"))
    view.covers_at = frozenset(at("covers"))
    view.frames = frozenset(role for pair in OFF_RECORD for role in pair if role in cues)
    view.denies = tuple((i, j) for i, j, _ in cues.get("denies", ()))
    view.denied_at = frozenset(at("denied"))
    view.memory_at = frozenset(at("memory"))
    view.live_at = frozenset(at("live"))
    view.since_at = frozenset(at("since"))
    view.venue_at = frozenset(j - 1 for _, j, _ in cues.get("venue", ()))
    view.whole_at = frozenset(at("whole"))
    view.article_at = frozenset(at("article"))
    view.finite_at = frozenset(at("finite"))
    view.fronted_at = frozenset(at("fronted"))
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    for m in sorted(mentions, key=lambda m: m.start):
        if not m.actor.code:
            continue  # PLOVER codes no event for regional constructs such as "the West"
        s, e = m.start - sent.start, m.end - sent.start
        first, last = bisect_right(ends, s), bisect_left(starts, e) - 1  # tokens overlapping the mention
        if first <= last:
            view.mentions.append(MentionView(m, first, last, clause_of[first], counted=first - 1 in view.counted_at))
    _mark_roles(view, role_hits)
    _mark_owners(view)
    for mv in view.mentions:
        if mv.mention.end - sent.start <= dateline:
            mv.role = "dateline"
    _group(view)
    _mark_addressees(view)
    return view


def _opener_start(
    tokens: list[Token], start: int, openers: set[int], lead: set[int], mentions: list[Mention], sent: Sentence
) -> int | None:
    """The token where an opening subordinate clause or phrase begins, if the sentence (after any dateline)
    has one: an opener cue first ("After", "Stung by", "Despite"), or after a few measure words of time
    (roles.tsv ``lead``: "Hours after", "Six weeks after", "Nearly seven decades after"), none of them a name."""
    if start in openers:
        return start
    named = {bisect_left([t.start for t in tokens], m.start - sent.start) for m in mentions}
    k = start
    while k < len(tokens) and k - start < OPENER_LEAD and k in lead and k not in named:
        k += 1
        if k in openers and k > start and "," not in sent.text[tokens[start].start : tokens[k].start]:
            return start
    return None


def _vorfeld_end(
    tokens: list[Token],
    start: int,
    cues: set[int],
    lead: set[int],
    finite: set[int],
    mentions: list[Mention],
    sent: Sentence,
) -> int | None:
    """The finite verb closing a German fronted phrase that a preposition cue opens ("Trotz der Kritik aus Moskau
    hat Berlin ..."): within VORFELD_WORDS tokens, no comma before it; None when there is none."""
    if _opener_start(tokens, start, cues, lead, mentions, sent) is None:
        return None
    for k in range(start + 2, min(len(tokens), start + VORFELD_WORDS + 1)):
        if "," in sent.text[tokens[k - 1].end : tokens[k].start]:
            return None
        if k in finite:
            return k
    return None


def _mark_addressees(view: SentenceView) -> None:
    """The names right after "told", "assured" whose reported clause follows them ("Iran told the IAEA
    it was willing to ...") are the party told, not the subject of what is told."""
    for j in view.addressee_at:
        near = [mv for mv in view.mentions if mv.first == j or (mv.first == j + 1 and j in view.determiner_at)]
        if not near or near[0].clause + 1 not in view.reported:
            continue
        if not any(mv.last < near[0].first - 1 for mv in view.mentions):
            continue  # no speaker before the verb: an inverted speaker ("Dort versicherte der Minister, dass")
        members = [mv for mv in view.mentions if mv.group == near[0].group]
        after = max(mv.last for mv in members) + 1
        if after >= len(view.tokens) or view.clause_of[after] != near[0].clause + 1:
            continue  # no reported clause right after these names
        for mv in members:
            mv.role = "addressee"


def _reported_starts(
    sent: Sentence,
    tokens: list[Token],
    mentions: list[Mention],
    hits: list[tuple[int, int, str]],
    svo: bool,
) -> set[int]:
    """Token indices where a speech verb's reported clause begins: right after the verb ("Iran said
    Israel attacked"), or after the speaker it inverts and that speaker's comma ("sagte Putin, Russland
    werde ...", always so outside subject-verb-object languages). None for a tag after its content
    ('"...", sagte Scholz', "..., said Bush") or set off by commas ("Police, witnesses said, arrested ...")."""
    if not hits:
        return set()
    text = sent.text
    starts = [t.start for t in tokens]
    named = {bisect_left(starts, m.start - sent.start): m.end - sent.start for m in mentions}
    out: set[int] = set()
    for i, j, _ in hits:
        if j >= len(tokens):
            continue
        before = text[tokens[i - 1].end : tokens[i].start] if i else ""
        after = text[tokens[j - 1].end : tokens[j].start]
        if "," in after and "," in text[tokens[max(0, i - SPEAKER_REACH - 1)].start : tokens[i].start]:
            continue  # a parenthetical tag
        if j in named and "," not in after:
            rest = text[named[j] :].lstrip()
            ends = not rest or not rest[0].isalnum()
            if any(c in before for c in QUOTES) or ("," in before and ends):
                continue  # a tag after its content: '"...", sagte Scholz über X', "..., said Bush."
            if rest.startswith(",") or (not svo and "," in rest):
                # the speaker follows its verb ("sagte Putin am Montag, Russland werde ..."): the
                # report follows the speaker's next comma
                comma = text.index(",", len(text) - len(rest))
                if not _HARD_BREAK.search(text[len(text) - len(rest) : comma]):
                    out.add(bisect_left(starts, comma + 1))
                continue
            if ends or not svo:
                continue
        out.add(j)
    return out


def _addressed_starts(
    sent: Sentence,
    tokens: list[Token],
    mentions: list[Mention],
    cues: dict[str, list[tuple[int, int, str]]],
    lex: Lexicon,
) -> set[int]:
    """Token indices where the clause told to a party begins: after the names right after "told",
    "assured" (an article aside), when a pronoun, "that" or another name opens it ("told Iraq to
    withdraw" tells Iraq to act: no clause)."""
    if "addressee" not in cues:
        return set()
    starts = [t.start for t in tokens]
    last = {bisect_left(starts, m.start - sent.start): bisect_left(starts, m.end - sent.start) for m in mentions}
    opens = {i for i, _, _ in cues.get("clause", ())}
    articles = {i for i, _, _ in cues.get("determiner", ())}
    out: set[int] = set()
    for _, j, _ in cues["addressee"]:
        k = j + 1 if j in articles and j + 1 in last else j
        if k not in last:
            continue
        nxt = last[k]  # past the name; then past names coordinated with it ("told Russia and China that")
        while nxt < len(tokens) and tokens[nxt].text in lex.joiners and nxt + 1 in last:
            nxt = last[nxt + 1]
        if nxt < len(tokens) and (tokens[nxt].text in lex.pronouns or nxt in opens or nxt in last):
            out.add(nxt)
    return out


def _list_ends(sent: Sentence, tokens: list[Token], mentions: list[Mention]) -> set[int]:
    """Token indices right after ", " that closes a list of names: the name before the comma
    follows another comma ("Russia, China, and Iran")."""
    out: set[int] = set()
    ends = [t.end for t in tokens]
    for m in mentions:
        s, e = m.start - sent.start, m.end - sent.start
        before = sent.text[max(0, s - 3) : s]
        after = bisect_left(ends, e + 1)  # the first token after the mention's comma
        if "," in before and after < len(tokens) and sent.text[e : tokens[after].start].strip() == ",":
            out.add(after)
    return out


def _dateline(text: str) -> int:
    """End offset of a wire dateline at the start of a sentence (0 if none): text before a spaced
    dash that holds an agency in brackets ("BAGHDAD (Reuters) -") or is written in capitals."""
    m = _DATELINE.match(text)
    if not m:
        return 0
    head = m.group(1)
    letters = [c for c in head if c.isalpha()]
    place = [c for c in head.split(",")[0] if c.isalpha()]  # "AMMAN, Oct 3 -": a place in capitals, then a date
    if (
        re.search(r"\(\w[^()]{0,40}\)", head)
        or (letters and all(c.isupper() for c in letters))
        or (len(place) >= 3 and all(c.isupper() for c in place) and re.search(r"\d", head))
    ):
        return m.end(1)
    return 0


def _mark_roles(view: SentenceView, hits: list[tuple[int, int, tuple[str, str]]]) -> None:
    starts = {mv.first for mv in view.mentions}
    said = [i for i, _, (role, side) in hits if role == "source" and side == "after"]
    for mv in view.mentions:
        best: tuple[int, str] | None = None
        # A hyphenated suffix on the mention's word ("Iranian-backed", "Russian-made") is a cue after it.
        tail = view.sent.text[mv.mention.end - view.sent.start : view.tokens[mv.last].end].lower()
        if tail in view.lex.suffixes:
            mv.role = view.lex.suffixes[tail]
            continue
        for i, j, (role, side) in hits:
            if role in ("clause", "passive", "subordinate"):
                continue
            if (
                side == "after"
                and mv.last < i <= mv.last + _reach(view, mv.last, i, role)
                and _joined_to(view, mv.last, i)
            ):
                override = role in ("origin", "backer") or best is None or best[1] == "plain"
                best = (0, role) if override else best  # "von Iran unterstützte": a backer, not an agent
            elif (
                (side == "before" or (side == "tag" and _after_content(view, i)))
                and j <= mv.first
                and mv.first - j < LOOKBACK
            ):
                # Another mention between the cue and this one takes the cue (coordination is handled later).
                if any(j <= s < mv.first for s in starts) or any(j <= k < mv.first for k in said):
                    continue  # nor across a speech verb: "Iran on Monday said Israel had ..."
                if any(j <= k < mv.first for k in view.finite_at):
                    continue  # nor past a finite verb: "Nach langem Streit haben Serbien und Kosovo ..." (subjects)
                if view.lex.order == "v2" and any(
                    not _lower(view.word(k)) and _lower(view.word(k + 1)) for k in range(j, mv.first - 1)
                ):
                    continue  # German nouns are capitalised: "in der Ägäis stärkte Frankreich" ends at "Ägäis"
                if (
                    view.clause_of[i] != mv.clause
                    or "," in view.sent.text[view.tokens[j - 1].end : view.tokens[mv.first].start]
                ):
                    continue  # a cue does not reach across a comma
                if any(_year(view.tokens[k].text) for k in range(j, mv.first)):
                    continue  # nor across a year it governs: "In March 1988 Iraqi warplanes ..." act
                dist = mv.first - j + 1
                if (
                    best is None
                    or (best[1] != "origin" and dist < best[0])
                    or (best[1] == "source" and role != "source")
                ):
                    best = (dist, role)
        if best and best[1] == "seat":
            best = _seat_cue(view, mv, hits) or best
        mv.role = best[1] if best and best[1] != "plain" else None  # "plain": "spokesman for X" marks no role


def _mark_owners(view: SentenceView) -> None:
    """A name with "'s" before a short lower-case phrase ending in a relation noun (roles.tsv
    ``relation``) and another party's name owns that description ("Syria's ally Iran",
    "Washington's closest ally, Britain"): the other name is the phrase's head, the owner no
    party of it."""
    for mv, nxt in zip(view.mentions, view.mentions[1:], strict=False):
        if mv.role is not None or nxt.code == mv.code or nxt.clause != mv.clause:
            continue
        if not possessive(view, mv):
            continue
        between = range(mv.last + 1, nxt.first)
        if (
            1 <= len(between) <= OWNED_WORDS
            and between[-1] in view.relation_at
            and all(_lower(view.word(i)) for i in between)
        ):
            mv.role = "owner"


def possessive(view: SentenceView, mv: MentionView) -> bool:
    """Whether a mention is written as an English possessive ("North Korea's")."""
    end = mv.mention.end - view.sent.start
    return view.sent.text[end : end + 2] in ("'s", "\u2019s")


def _after_content(view: SentenceView, i: int) -> bool:
    """Whether a speech verb at token ``i`` follows a comma or a quote: an inverted tag ('"...",
    said Lavrov') whose speaker comes next, not a verb introducing a report ("said Israel had")."""
    gap = view.sent.text[view.tokens[i - 1].end : view.tokens[i].start] if i else ""
    return "," in gap or any(c in gap for c in QUOTES)


def _reach(view: SentenceView, last: int, cue: int, role: str) -> int:
    """How far after a mention a cue may stand: two tokens, or up to the speech verb of a speaker
    named by a longer title ("the U.S. State Department said", "Russia's Foreign Ministry said")."""
    if role != "source" or cue - last > SPEAKER_REACH:
        return 2
    words = [(i, view.word(i)) for i in range(last + 1, cue)]
    # Capitalised title words or a "speaker" cue ("on Monday", "foreign minister") between name and verb.
    return SPEAKER_REACH if all(i in view.speaker_at or not _lower(w) for i, w in words) else 2


def _joined_to(view: SentenceView, last: int, cue: int) -> bool:
    """Whether a cue after a mention belongs to it: same clause, no comma or dash between
    ('"... demands of the US", said Lavrov' does not make the US the speaker)."""
    gap = view.sent.text[view.tokens[last].end : view.tokens[cue].start]
    return view.clause_of[cue] == view.clause_of[last] and "," not in gap and not _HARD_BREAK.search(gap)


def _group(view: SentenceView) -> None:
    """Give coordinated mentions one group id; a later member inherits the first one's role."""
    group = 0
    for k, mv in enumerate(view.mentions):
        if mv.role == "seat":
            # "die Militärjunta in Naypyidaw", "die Regierung in Bamako": the seat names the government before it
            # and takes its role; alone, it is that government, no place
            prev = view.mentions[k - 1] if k else None
            if prev is None or not _seat_of(prev, mv):
                mv.role = None
            else:
                mv.role, mv.group = prev.role, prev.group
                continue
        if k:
            prev = view.mentions[k - 1]
            between = view.tokens[prev.last + 1 : mv.first]
            gap = view.sent.text[prev.mention.end - view.sent.start : mv.mention.start - view.sent.start]
            # "nordkoreanischen Amtskollegen Kim", "Egyptian President Mubarak": titles and names in
            # between; a lower-case word is a verb or a noun of another phrase ("Russian forces
            # pounded Chechen positions").
            apposition = (
                prev.code == mv.code
                and len(between) <= 2
                and all(not _lower(view.sent.text[t.start : t.end]) for t in between)
            )
            # Coordination needs a joiner ("and", a comma, Arabic "و"); two bare adjacent names are
            # subject and object ("طالب لبنان إسرائيل").
            joiners = view.lex.joiners
            # Arabic writes "and" onto the next word, and the actor stage may include it ("وإيران").
            # A name whose first letter is that letter ("واشنطن", roles ``whole``) is named right after the subject.
            clitic = (
                not gap.strip()
                and mv.mention.text[:1] in joiners
                and len(mv.mention.text) > 2
                and mv.first not in view.whole_at
            )
            conj = (
                (bool(between) and all(t.text in joiners for t in between))
                or gap.strip() in {","} | joiners
                or clitic
                or _repeated_cue(view, prev, mv)
            )
            articles = all(i in view.article_at for i in range(prev.last + 1, mv.first))
            if conj and between and prev.code != mv.code and articles:
                conj = False  # an article alone joins nothing: "hat die Bundesregierung den Botschafter einbestellt"
            if conj and gap.strip() == "," and prev.code != mv.code and not _list_closes(view, k):
                conj = False  # "In a letter to Saddam, Chirac urged ...": a comma alone ends a phrase
            if "," in gap and mv.role == "source" and prev.role is None and not _list_closes(view, k):
                # "killed 20 Kurdish rebels, the military said", "crippled the banks of Poland, officials
                # said": a speech tag after the comma is the sentence's source, not one more object.
                conj = apposition = False
            # "In Vienna, envoys of X and Y discussed ...", "Meeting in Cairo, X and Y agreed ...": a phrase
            # opened by its cue word or a participle; "Warships from India, Japan and the US" opens with a
            # noun, so its comma is a list's
            opener = (
                k == 1
                and prev.first <= OPENER_WORDS
                and (0 in view.preposition_at or (prev.first > 0 and _participle(view.tokens[0].text, view.lex)))
            )
            if "," in gap and prev.role is not None and mv.role is None and (opener or not _list_closes(view, k)):
                # "In Baghdad, the U.S. envoy met ...", "From Damascus, Assad accused ...": the comma
                # closes the opening phrase; the name after it is the clause's subject, even when a list
                # of names follows.
                conj = apposition = False
            joined = (
                (apposition or conj)
                and not _HARD_BREAK.search(gap)
                and mv.clause == prev.clause
                and (
                    prev.code == mv.code
                    or (mv.role is None or mv.role == prev.role or prev.role == "between")
                    or (mv.role == "source" and prev.role is None)  # "Russia and China said"
                )
            )
            if joined:
                if mv.role is None:
                    mv.role = prev.role
                elif mv.role == "source" and prev.role is None:
                    for other in view.mentions[:k]:  # the speech verb after the last name is all theirs
                        if other.group == prev.group:
                            other.role = "source"
                mv.group = prev.group
                continue
            group += 1
        mv.group = group


def _seat_cue(
    view: SentenceView, mv: MentionView, hits: list[tuple[int, int, tuple[str, str]]]
) -> tuple[int, str] | None:
    """The cue before a seat's institution, which the seat takes ("mit der Regierung in Kabul": a partner)."""
    seat = min((i for i, j, (role, _side) in hits if role == "seat" and j == mv.first), default=None)
    if seat is None:
        return None
    cues = [
        (0, role)
        for _i, j, (role, side) in hits
        if side == "before" and role not in ("seat", "plain") and 0 <= seat - j <= SEAT_GAP - 1
    ]
    return cues[-1] if cues else None


def _seat_of(prev: MentionView, mv: MentionView) -> bool:
    """Whether a seat ("in Naypyidaw") names the same government as the institution named right before it."""
    return prev.code == mv.code and prev.clause == mv.clause and mv.first - prev.last <= SEAT_GAP


def _repeated_cue(view: SentenceView, prev: MentionView, mv: MentionView) -> bool:
    """Whether two names with the same role cue are coordinated with that cue repeated after the joiner ("instó a
    Israel y a Irán", "a demandé à la Russie et à l'Ukraine", "to Iran and to Israel"): a joiner, then only cue words
    and articles, up to the second name."""
    if mv.role is None or mv.role != prev.role or mv.first - prev.last < 3:
        return False
    between = range(prev.last + 1, mv.first)
    toks, joiners = view.tokens, view.lex.joiners
    if toks[between[0]].text not in joiners or "," in view.sent.text[toks[prev.last].end : toks[mv.first].start]:
        return False
    return any(k in view.preposition_at for k in between[1:]) and all(
        toks[k].text in joiners or k in view.preposition_at for k in between[1:]
    )


def _list_closes(view: SentenceView, k: int) -> bool:
    """Whether the comma before mention ``k`` is in a list that a joiner closes ("Russia, China and Iran")."""
    for j in range(k + 1, len(view.mentions)):
        prev, mv = view.mentions[j - 1], view.mentions[j]
        if mv.clause != prev.clause:
            return False
        gap = view.sent.text[prev.mention.end - view.sent.start : mv.mention.start - view.sent.start].strip()
        between = view.tokens[prev.last + 1 : mv.first]
        if between and all(t.text in view.lex.joiners for t in between):
            return True
        if gap != ",":
            return False
    return False


def _participle(word: str, lex: Lexicon) -> bool:
    """Whether a sentence's first word is a participle opening a phrase (roles.tsv ``participle`` endings:
    "Meeting in Cairo,", "Visiting Kyiv,"); the caller checks it names nobody ("Beijing")."""
    return bool(lex.participles) and len(word) > 4 and word.lower().endswith(lex.participles)


def _named(token: Token, mentions: list[Mention], sent: Sentence) -> bool:
    """Whether a token lies inside an actor mention."""
    return any(m.start - sent.start <= token.start < m.end - sent.start for m in mentions)


def _year(word: str) -> bool:
    """Whether a token is a year ("1988"): a preposition before it opens a time phrase."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _lower(word: str) -> bool:
    """Whether a word is written in lower case (scripts without case, such as Arabic, never are)."""
    return word[:1].islower()


def subject(view: SentenceView) -> list[Mention]:
    """The sentence's subject: the first group of names with no role cue (or a speaker), datelines aside."""
    lead = [mv for mv in view.mentions if mv.role in (None, "source", "coactor")]
    if not lead or any(t.text in view.lex.pronouns for t in view.tokens[: lead[0].first]):
        return []  # "He urged China ...": the subject is still the one named before
    return [mv.mention for mv in lead if mv.group == lead[0].group]
