"""Per-language event lexicons (``data/lexicons/<lang>/``), loaded once and compiled.

Files (TSV, ``#`` header lines name their source):
``triggers.tsv`` (phrase, event, mode, context, kind), ``modality.tsv`` (cue, flag, scope, needs),
``roles.tsv`` (cue, role, side), ``contexts.tsv`` (cue prefix, context), ``implied.tsv`` (cue),
``modes.tsv`` (cue prefix, event, mode), ``domains.tsv`` (cue prefix, domain) and ``clitics.tsv`` (prefix).
``triggers``, ``roles``, ``modality`` and ``domains`` also read topic files next to them (``roles.<topic>.tsv``).
Adding a language is adding a folder; no Python changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from foedus.actors.data import read_tsv
from foedus.errors import ConfigError

# Arabic vowel marks (tashkeel), the superscript alef and the tatweel: written on some words ("لوّح", "أُفرج") and
# not on others, they belong to the word they sit in and are ignored when words are compared.
MARKS = "\u064b-\u065f\u0670\u0640"
_MARK = re.compile(f"[{MARKS}]")
_ARABIC_LETTER = re.compile("([\u0621-\u063f\u0641-\u064a])")  # letters, not the tatweel
TOKEN = re.compile(f"[\\w{MARKS}]+(?:['’-][\\w{MARKS}]+)*|n't|'ll", re.U)
BRACKET_WORDS = 20  # words a verb-second language's middle field may hold between a split trigger's parts
SEEN_WORDS = 200_000  # words whose phrase candidates an index keeps
WHOLE_WORD = 4  # a last part of a split phrase this short matches a whole word ("stellte ... ein")
# How far a modality cue reaches (foedus.events.modality); "occurred" and "stop" cues carry no flag.
MODALITY_SCOPES = frozenset(
    {"clause", "inflection", "verb-final", "sentence", "purpose", "opinion", "frame", "occurred", "stop"}
)


@dataclass(frozen=True)
class Trigger:
    """A word or phrase that signals an event; ``kind`` is v (verb), n (noun) or x (needs the classifier).

    An ``event`` of ``-`` marks a phrase that is never a trigger and hides shorter ones ("press release").
    """

    phrase: str
    event: str
    mode: str | None
    context: str | None
    kind: str = "v"
    needs: tuple[str, ...] = ()  # one of these must occur in the sentence, even inside a compound


class Token(NamedTuple):
    text: str  # lower-cased
    start: int  # offset in the sentence
    end: int


@dataclass
class CueSet:
    """Multi-word cues looked up on token sequences: first token -> [(tokens, value)]."""

    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, str]]]] = field(default_factory=dict)
    # A modality cue written "-eront" is a word ending (a tense inflection: French "feront", "signeront"),
    # matched on words with at least two letters before it.
    endings: list[tuple[str, tuple[str, str]]] = field(default_factory=list)

    def add(self, phrase: str, value: tuple[str, str], endings: bool = False) -> None:
        if endings and phrase.startswith("-") and " " not in phrase:
            self.endings.append((phrase[1:].lower(), value))
            return
        toks = tuple(bare(t.lower()) for t in TOKEN.findall(phrase))
        if toks:
            self.by_first.setdefault(toks[0], []).append((toks, value))

    def find(self, tokens: list[Token]) -> list[tuple[int, int, tuple[str, str]]]:
        """(first token index, end token index, value) of every cue occurrence."""
        out = []
        texts = [t.text for t in tokens]
        by_first, endings = self.by_first, self.endings
        for i, text in enumerate(texts):
            seqs = by_first.get(text)
            if seqs:
                for seq, value in seqs:
                    n = len(seq)
                    if n == 1 or tuple(texts[i : i + n]) == seq:
                        out.append((i, i + n, value))
            for end, value in endings:
                if len(text) >= len(end) + 2 and text.endswith(end):
                    out.append((i, i + 1, value))
        return out


@dataclass
class PhraseIndex:
    """Phrases found by the prefixes of their first word: a few dict lookups per word of text,
    then only the candidates' own anchored patterns run (far faster than one big alternation)."""

    sources: list[str]  # the patterns' regex sources, matched case-insensitively
    first: dict[str, list[int]]  # first word (a prefix of a text word) -> phrase indices
    lengths: tuple[int, ...]  # the lengths those first words have
    clitics: tuple[str, ...] = ()
    # First words that another word follows in the phrase ("a signé", "called off"): the pattern needs them whole, so
    # they are looked up whole; as prefixes, French "a" alone sent every word in "a" to some 500 patterns.
    whole: dict[str, list[int]] = field(default_factory=dict)
    patterns: list[re.Pattern[str] | None] = field(default_factory=list)  # compiled on first use (``pattern``)
    seen: dict[str, list[int]] = field(default_factory=dict)  # candidates of words already looked up (news repeats)

    @classmethod
    def build(cls, phrases: list[str], sources: list[str], clitics: tuple[str, ...] = ()) -> PhraseIndex:
        first: dict[str, list[int]] = {}
        whole: dict[str, list[int]] = {}
        for i, phrase in enumerate(phrases):
            words = list(TOKEN.finditer(bare(phrase.lower())))
            if not words:
                continue
            followed = len(words) > 1 and words[0].string[words[0].end() : words[1].start()].isspace()
            (whole if followed else first).setdefault(words[0].group(), []).append(i)
        lengths = tuple(sorted({len(w) for w in first}))
        return cls(sources, first, lengths, clitics, whole, [None] * len(sources))

    def pattern(self, i: int) -> re.Pattern[str]:
        """The compiled pattern of phrase ``i``: a run reads a small share of some 20,000 phrases, and compiling all
        of them (Arabic's vowel-mark classes above all) cost seconds per language at start-up."""
        compiled = self.patterns[i]
        if compiled is None:
            compiled = self.patterns[i] = re.compile(self.sources[i], re.I)
        return compiled

    def candidates(self, word: str) -> list[int]:
        """The indices of the phrases that may start at ``word``, in index order."""
        found = self.seen.get(word)
        if found is None:
            if len(self.seen) >= SEEN_WORDS:
                self.seen.clear()  # a bound for long corpus runs: the frequent words come back at once
            found = self.seen[word] = self._lookup(word)
        return found

    def _lookup(self, word: str) -> list[int]:
        found: list[int] = []
        stems = (word, *(word[len(c) :] for c in self.clitics if word.startswith(c))) if self.clitics else (word,)
        first = self.first
        for stem in stems:
            hit = self.whole.get(stem)
            if hit:
                found += hit
            n = len(stem)
            for k in self.lengths:
                if k > n:
                    break
                hit = first.get(stem[:k])
                if hit:
                    found += hit
        return sorted(set(found)) if len(found) > 1 else found


@dataclass
class Lexicon:
    lang: str
    triggers: list[Trigger]
    trigger_index: PhraseIndex  # phrases sorted longest first
    modality: CueSet  # value: (flag, scope)
    roles: CueSet  # value: (role, side)
    implied: CueSet  # value: ("implied", "")
    implied_re: re.Pattern[str] | None  # a quick test whether a sentence has such a phrase at all
    context_index: PhraseIndex
    contexts: list[str]
    joiners: frozenset[str] = frozenset()  # words between coordinated actors ("and", "und", "و")
    pronouns: frozenset[str] = frozenset()  # "it", "er": a reported subject ("Iraq said it rejected")
    order: str = "svo"  # svo: a name right after a verb is its object; v2/vso: it may be the subject
    mode_index: PhraseIndex | None = None
    mode_values: list[tuple[str, str]] = field(default_factory=list)  # (event, mode) per mode cue
    # (cue tokens, flag, scope) -> a pattern the text right after the cue must match ("um" ... "zu <verb>")
    modality_needs: dict[tuple[tuple[str, ...], str, str], re.Pattern[str]] = field(default_factory=dict)
    suffixes: dict[str, str] = field(default_factory=dict)  # "-backed" -> backer: a cue joined to the mention's word
    domain_index: PhraseIndex | None = None  # cues of a domain that is no politics (sport, markets, culture)
    domains: list[str] = field(default_factory=list)
    participles: tuple[str, ...] = ()  # endings of a participle opening a phrase ("Meeting in Cairo,": "-ing")
    # word endings that tell a name's case ("-у" -> obl, "-ые" -> nom, "-баку" -> "-": no case told); the longest wins
    cases: dict[str, str] = field(default_factory=dict)
    case_reach: int = 0  # the longest ending in ``cases``
    passive_endings: tuple[str, ...] = ()  # endings of short passive participles ("выдворен", "передано")

    def case_of(self, word: str) -> str | None:
        """``nom`` or ``obl`` by the longest listed ending of ``word`` (``cases``); None when none tells."""
        w = _fold(word)
        for k in range(min(len(w), self.case_reach), 0, -1):
            found = self.cases.get(w[-k:]) if k == len(w) or len(w) - k >= 2 else None  # a stem of 2+ letters
            if found:
                return found if found != "-" else None
        return None

    def passive_participle(self, word: str) -> bool:
        """Whether ``word`` ends like a short passive participle (``passive`` case rows: "выдворен", "передано")."""
        return bool(self.passive_endings) and _fold(word).endswith(self.passive_endings)

    def find_triggers(self, text: str, tokens: list[Token] | None = None) -> list[tuple[re.Match[str], Trigger]]:
        """Non-overlapping trigger matches, left to right; at one place the longest phrase wins."""
        out: list[tuple[re.Match[str], Trigger]] = []
        pos = 0
        low = ""
        index = self.trigger_index
        for tok in tokens if tokens is not None else tokenize(text):
            if tok.start < pos:
                continue
            for i in index.candidates(tok.text):
                trig = self.triggers[i]
                if trig.needs:
                    low = low or text.lower()
                    if not any(w in low for w in trig.needs):
                        continue
                m = (index.patterns[i] or index.pattern(i)).match(text, tok.start)
                if m:
                    if trig.event != "-":  # "-" entries only block ("press release")
                        out.append((m, trig))
                    pos = m.end()
                    break
        return out

    def find_modes(self, text: str, tokens: list[Token]) -> dict[str, str]:
        """The first mode cue per event type in the text ("drones" -> ASSAULT drone)."""
        found: dict[str, str] = {}
        index = self.mode_index
        if index is None:
            return found
        for tok in tokens:
            for i in index.candidates(tok.text):
                if (index.patterns[i] or index.pattern(i)).match(text, tok.start):
                    event, mode = self.mode_values[i]
                    found.setdefault(event, mode)
        return found

    def find_contexts(self, text: str, tokens: list[Token] | None = None) -> list[str]:
        """The PLOVER contexts whose cues the text holds."""
        return _cued(self.context_index, self.contexts, text, tokens)

    def find_domain_at(self, text: str, tokens: list[Token]) -> list[tuple[int, str]]:
        """(token index, domain) of every domain cue in the text: for a domain that reaches only its own clause."""
        if not self.domain_index:
            return []
        index = self.domain_index
        return [
            (k, self.domains[i])
            for k, tok in enumerate(tokens)
            for i in index.candidates(tok.text)
            if (index.patterns[i] or index.pattern(i)).match(text, tok.start)
        ]

    def find_domains(self, text: str, tokens: list[Token] | None = None) -> list[str]:
        """The non-political domains (``domains.tsv``: sport, markets, culture) whose cues the text holds. A cue of
        domain ``-`` names none and hides the cues inside it: Russian "на выручку" (to the rescue) holds the market
        cue "выручк" (takings)."""
        if not self.domain_index:
            return []
        index, found, pos = self.domain_index, set(), 0
        for tok in tokens if tokens is not None else tokenize(text):
            if tok.start < pos:
                continue
            hits = [
                (self.domains[i], m)
                for i in index.candidates(tok.text)
                if (m := index.pattern(i).match(text, tok.start))
            ]
            blocks = [m.end() for value, m in hits if value == "-"]
            if blocks:
                pos = max(blocks)
                continue
            found.update(value for value, _m in hits)
        return sorted(found)


def _cued(index: PhraseIndex, values: list[str], text: str, tokens: list[Token] | None) -> list[str]:
    """The values of the cues of ``index`` found in ``text``, sorted."""
    found = set()
    for tok in tokens if tokens is not None else tokenize(text):
        for i in index.candidates(tok.text):
            if (index.patterns[i] or index.pattern(i)).match(text, tok.start):
                found.add(values[i])
    return sorted(found)


def _fold(word: str) -> str:
    """``word`` lower-cased with ё read as е, as most Russian copy writes it (case endings are compared so)."""
    return word.lower().replace("ё", "е")


def bare(text: str) -> str:
    """``text`` without Arabic vowel marks and tatweel (see ``MARKS``)."""
    return _MARK.sub("", text) if _MARK.search(text) else text


def tokenize(text: str) -> list[Token]:
    """Lower-cased word tokens with their offsets; a token's text drops Arabic vowel marks (its span keeps them)."""
    if _MARK.search(text):
        return [Token(bare(m.group().lower()), m.start(), m.end()) for m in TOKEN.finditer(text)]
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased
        return [Token(m.group().lower(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(low)]


@lru_cache(maxsize=32)
def load_lexicon(data_dir: Path, lang: str) -> Lexicon:
    """The lexicon for ``lang``; an empty one when the language has none."""
    base = data_dir / "lexicons" / lang
    triggers = [
        Trigger(r[0].lower(), r[1], r[2] or None, r[3] or None, r[4] or "v", tuple(w for w in r[5].split("|") if w))
        # triggers.tsv, plus triggers.<topic>.tsv files so a topic can be reviewed on its own
        for path in sorted(base.glob("triggers*.tsv"))
        for r in (row + [""] * 6 for row in _rows(path))
    ]
    triggers.sort(key=lambda t: -len(bare(t.phrase)))  # the longest phrase wins where several start at one place
    # Nouns take only inflectional endings (so "Unterzeichnung" does not fire inside
    # "Unterzeichnungszeremonie"); verbs and phrases are stems that may take any ending.
    noun_end = r"\w{0,3}(?!\w)"
    # Languages that write clitics onto words (Arabic "والتعاون") list them in clitics.tsv.
    clitics = tuple(sorted((r[0] for r in _rows(base / "clitics.tsv")), key=len, reverse=True))
    pre = _marked(f"(?:{'|'.join(map(re.escape, clitics))})?") if clitics else ""
    # A verb-second language brackets its middle field between a verb and its particle ("stellte ... in Aussicht"):
    # a split trigger there may span a longer middle field, with no comma in it.
    role_rows = [row for _path, row in _topic_rows(base, "roles")]
    bracket = any(r[1:2] == ["order"] and r[0] == "v2" for r in role_rows)
    patterns = [
        f"{pre}{_phrase(t.phrase, bracket)}{noun_end if t.kind == 'n' else _stem_end(t.phrase)}" for t in triggers
    ]
    trigger_index = PhraseIndex.build([t.phrase for t in triggers], patterns, clitics)
    modality, roles, implied = CueSet(), CueSet(), CueSet()
    modality_needs = {}
    for path, row in _topic_rows(base, "modality"):
        value = (row[1], row[2] if len(row) > 2 and row[2] else "clause")
        if value[1] not in MODALITY_SCOPES:
            raise ConfigError(f"unknown modality scope {value[1]!r} for {row[0]!r}", source=str(path))
        modality.add(row[0], value, endings=True)
        if len(row) > 3 and row[3]:
            modality_needs[(tuple(TOKEN.findall(row[0].lower())), *value)] = _regex(row[3], path)
    for row in role_rows:
        if row[0].startswith("-"):
            continue  # a suffix joined to the mention's word ("Iranian-backed"), not a word: "Ankara made" is no origin
        roles.add(row[0], (row[1], row[2] if len(row) > 2 else "before"))
    implied_rows = _rows(base / "implied.tsv")
    for row in implied_rows:
        implied.add(row[0], ("implied", ""))
    implied_re = (
        re.compile("|".join(f"(?<!\\w){_phrase(r[0].lower())}(?!\\w)" for r in implied_rows), re.I)
        if implied_rows
        else None
    )
    ctx_rows = list(_rows(base / "contexts.tsv"))
    ctx_index = _cue_index(ctx_rows)
    domain_rows = [r for _path, r in _topic_rows(base, "domains") if len(r) >= 2]
    joiners = frozenset(t.lower() for r in role_rows if r[1:2] == ["joiner"] for t in r[0].split())
    pronouns = frozenset(r[0].lower() for r in role_rows if r[1:2] == ["pronoun"])
    order = next((r[0] for r in role_rows if r[1:2] == ["order"]), "svo")
    mode_rows = [r for r in _rows(base / "modes.tsv") if len(r) >= 3]
    mode_index = _cue_index(mode_rows)
    case_rows = [r for r in role_rows if r[0][:1] == "-" and len(r) > 2 and r[1] == "case"]
    cases = {_fold(r[0][1:]): r[2] for r in case_rows if r[2] != "passive"}
    return Lexicon(
        lang, triggers, trigger_index, modality, roles, implied, implied_re, ctx_index, [r[1] for r in ctx_rows],
        joiners, pronouns, order, mode_index, [(r[1], r[2]) for r in mode_rows], modality_needs,
        {r[0].lower(): r[1] for r in role_rows if r[0].startswith("-") and r[2:3] == ["after"]},
        _cue_index(domain_rows) if domain_rows else None, [r[1] for r in domain_rows],
        tuple(r[0][1:].lower() for r in role_rows if r[0].startswith("-") and r[1:2] == ["participle"]),
        cases, max(map(len, cases), default=0), tuple(_fold(r[0][1:]) for r in case_rows if r[2] == "passive"),
    )  # fmt: skip


def _cue_index(rows: list[list[str]]) -> PhraseIndex:
    """An index of the cue phrases in the first column of ``rows``."""
    return PhraseIndex.build([r[0] for r in rows], [_phrase(r[0].lower()) for r in rows])


def available_languages(data_dir: Path) -> list[str]:
    return sorted(p.name for p in (data_dir / "lexicons").iterdir() if (p / "triggers.tsv").exists())


def _topic_rows(base: Path, name: str) -> list[tuple[Path, list[str]]]:
    """Rows of ``<name>.tsv`` and of its topic files ``<name>.<topic>.tsv`` (reviewed and merged on their own)."""
    paths = [base / f"{name}.tsv", *sorted(base.glob(f"{name}.*.tsv"))]
    return [(path, row) for path in paths for row in _rows(path)]


def _rows(path: Path) -> list[list[str]]:
    return [r for r in read_tsv(path) if r and r[0]] if path.exists() else []


def _regex(pattern: str, source: Path) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"bad pattern {pattern!r}: {exc}", source=str(source)) from None


def _phrase(p: str, bracket: bool = False) -> str:
    """A regex for a phrase: spaces match any whitespace; " ... " spans up to eight words
    (German separable verbs: "wies ... zurück"). A part ending in ``=`` is a whole word, not a
    stem ("sent= ... troops" must not match "sentenced ... troops", "let= ... aid" not "lethal aid")."""
    raw = [part.strip() for part in bare(p).split("...")]
    whole = [part.endswith("=") for part in raw]
    parts = [re.escape(part.rstrip("=").rstrip()).replace(r"\ ", r"\s+") for part in raw]
    if len(parts) > 1 and len(parts[-1]) <= WHOLE_WORD:
        # A short last part is a whole word, a particle or a noun with its plural ("stellte ... ein"
        # must not end in "einer", "granted ... loan" takes "loans"); longer ones are stems.
        parts[-1] += r"(?:e?s)?\b"
    elif whole[-1]:
        parts[-1] += r"\b"
    short_gap = r"(?:\s+\S+){0,8}?"
    gap = (f"(?:{short_gap}|(?:\\s+[^\\s,;:]+){{9,{BRACKET_WORDS}}}?)" if bracket else short_gap) + r"\s+"
    ends = [r"\b" if w else _stem_end(p) for w in whole[:-1]]
    return _marked("".join(part + end + gap for part, end in zip(parts[:-1], ends, strict=True)) + parts[-1])


def _stem_end(phrase: str) -> str:
    """The endings a stem may take: Arabic words may carry vowel marks too. Only Arabic phrases get the wider class,
    since compiling it into some 20,000 patterns of the other languages quadrupled the start-up time."""
    return f"[\\w{MARKS}]*" if _ARABIC_LETTER.search(phrase) else r"\w*"


def _marked(pattern: str) -> str:
    """``pattern`` (written without vowel marks) with Arabic vowel marks allowed after each Arabic letter."""
    if not _ARABIC_LETTER.search(pattern):
        return pattern
    return _ARABIC_LETTER.sub(f"\\1[{MARKS}]*", pattern)
