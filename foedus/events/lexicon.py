"""Per-language event lexicons (``data/lexicons/<lang>/``), loaded once and compiled.

Files (TSV, ``#`` header lines name their source):
``triggers.tsv`` (phrase, event, mode, context, kind), ``modality.tsv`` (cue, flag, scope),
``roles.tsv`` (cue, role, side), ``contexts.tsv`` (cue prefix, context), ``implied.tsv`` (cue).
Adding a language is adding a folder; no Python changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from foedus.actors.data import read_tsv

TOKEN = re.compile(r"\w+(?:['’-]\w+)*|n't|'ll", re.U)


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


@dataclass(frozen=True)
class Token:
    text: str  # lower-cased
    start: int  # offset in the sentence
    end: int


@dataclass
class CueSet:
    """Multi-word cues looked up on token sequences: first token -> [(tokens, value)]."""

    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, str]]]] = field(default_factory=dict)

    def add(self, phrase: str, value: tuple[str, str]) -> None:
        toks = tuple(t.lower() for t in TOKEN.findall(phrase))
        if toks:
            self.by_first.setdefault(toks[0], []).append((toks, value))

    def find(self, tokens: list[Token]) -> list[tuple[int, int, tuple[str, str]]]:
        """(first token index, end token index, value) of every cue occurrence."""
        out = []
        for i, tok in enumerate(tokens):
            for seq, value in self.by_first.get(tok.text, ()):
                n = len(seq)
                if tuple(t.text for t in tokens[i : i + n]) == seq:
                    out.append((i, i + n, value))
        return out


@dataclass
class Lexicon:
    lang: str
    triggers: list[Trigger]
    patterns: list[re.Pattern[str]]  # one anchored pattern per trigger
    first_words: dict[str, list[int]]  # first word of a phrase -> trigger indices
    clitics: tuple[str, ...]
    modality: CueSet  # value: (flag, scope)
    roles: CueSet  # value: (role, side)
    implied: CueSet  # value: ("implied", "")
    context_re: re.Pattern[str] | None
    contexts: list[str]
    joiners: frozenset[str] = frozenset()  # words between coordinated actors ("and", "und", "و")
    pronouns: frozenset[str] = frozenset()  # "it", "er": a reported subject ("Iraq said it rejected")
    order: str = "svo"  # svo: a name right after a verb is its object; v2/vso: it may be the subject

    def find_triggers(self, text: str) -> list[tuple[re.Match[str], Trigger]]:
        """Non-overlapping trigger matches, left to right; at one place the longest phrase wins.

        Words are looked up by their prefixes in an index of first words (a few dict lookups
        per word), and only the candidates' own patterns are run: far faster than one big
        alternation over hundreds of phrases.
        """
        out: list[tuple[re.Match[str], Trigger]] = []
        pos = 0
        for tok in TOKEN.finditer(text):
            if tok.start() < pos:
                continue
            word = tok.group().lower()
            cands: list[int] = []
            for stem in (word, *(word[len(c) :] for c in self.clitics if word.startswith(c))):
                for k in range(1, len(stem) + 1):
                    cands.extend(self.first_words.get(stem[:k], ()))
            for i in sorted(set(cands)):  # triggers are sorted longest first
                needs = self.triggers[i].needs
                if needs and not any(w in text.lower() for w in needs):
                    continue
                m = self.patterns[i].match(text, tok.start())
                if m:
                    if self.triggers[i].event != "-":  # "-" entries only block ("press release")
                        out.append((m, self.triggers[i]))
                    pos = m.end()
                    break
        return out

    def find_contexts(self, text: str) -> list[str]:
        if self.context_re is None:
            return []
        return sorted({self.contexts[int(m.lastgroup[1:])] for m in self.context_re.finditer(text)})  # type: ignore[index]


def tokenize(text: str) -> list[Token]:
    return [Token(m.group().lower(), m.start(), m.end()) for m in TOKEN.finditer(text)]


@lru_cache(maxsize=32)
def load_lexicon(data_dir: Path, lang: str) -> Lexicon:
    """The lexicon for ``lang``; an empty one when the language has none."""
    base = data_dir / "lexicons" / lang
    triggers = [
        Trigger(r[0].lower(), r[1], r[2] or None, r[3] or None, r[4] or "v", tuple(w for w in r[5].split("|") if w))
        for r in (row + [""] * 6 for row in _rows(base / "triggers.tsv"))
    ]
    triggers.sort(key=lambda t: -len(t.phrase))  # the longest phrase wins where several start at one place
    # Nouns take only inflectional endings (so "Unterzeichnung" does not fire inside
    # "Unterzeichnungszeremonie"); verbs and phrases are stems that may take any ending.
    noun_end, stem_end = r"\w{0,3}(?!\w)", r"\w*"
    # Languages that write clitics onto words (Arabic "والتعاون") list them in clitics.tsv.
    clitics = sorted((r[0] for r in _rows(base / "clitics.tsv")), key=len, reverse=True)
    pre = f"(?:{'|'.join(map(re.escape, clitics))})?" if clitics else ""
    patterns = [
        re.compile(f"{pre}{_phrase(t.phrase)}{noun_end if t.kind == 'n' else stem_end}", re.I) for t in triggers
    ]
    first_words: dict[str, list[int]] = {}
    for i, t in enumerate(triggers):
        words = TOKEN.findall(t.phrase)
        if words:
            first_words.setdefault(words[0], []).append(i)
    modality, roles, implied = CueSet(), CueSet(), CueSet()
    for row in _rows(base / "modality.tsv"):
        modality.add(row[0], (row[1], row[2] if len(row) > 2 else "clause"))
    for row in _rows(base / "roles.tsv"):
        roles.add(row[0], (row[1], row[2] if len(row) > 2 else "before"))
    for row in _rows(base / "implied.tsv"):
        implied.add(row[0], ("implied", ""))
    ctx_rows = list(_rows(base / "contexts.tsv"))
    ctx_parts = [f"(?P<c{i}>(?<!\\w){_phrase(r[0].lower())})" for i, r in enumerate(ctx_rows)]
    context_re = re.compile("|".join(ctx_parts), re.I) if ctx_parts else None
    role_rows = _rows(base / "roles.tsv")
    joiners = frozenset(t.lower() for r in role_rows if r[1:2] == ["joiner"] for t in r[0].split())
    pronouns = frozenset(r[0].lower() for r in role_rows if r[1:2] == ["pronoun"])
    order = next((r[0] for r in role_rows if r[1:2] == ["order"]), "svo")
    return Lexicon(
        lang, triggers, patterns, first_words, tuple(clitics), modality, roles, implied, context_re,
        [r[1] for r in ctx_rows], joiners, pronouns, order,
    )  # fmt: skip


def available_languages(data_dir: Path) -> list[str]:
    return sorted(p.name for p in (data_dir / "lexicons").iterdir() if (p / "triggers.tsv").exists())


def _rows(path: Path) -> list[list[str]]:
    return [r for r in read_tsv(path) if r and r[0]] if path.exists() else []


def _phrase(p: str) -> str:
    """A regex for a phrase: spaces match any whitespace; " ... " spans up to eight words
    (German separable verbs: "wies ... zurück")."""
    parts = [re.escape(part.strip()).replace(r"\ ", r"\s+") for part in p.split("...")]
    return r"\w*(?:\s+\S+){0,8}?\s+".join(parts)
