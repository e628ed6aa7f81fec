"""Role words around actor mentions ("US officials", "Präsident Russlands") and unnamed office holders.

Role phrases come from ``roles/<lang>.tsv``; all languages share one table because
a document's language is not always known and the words rarely collide.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from foedus.actors.data import RoleWord, load_roles
from foedus.actors.normalize import LATIN_ENDINGS, TokenText, script_of

ROLE_WINDOW = 3  # longest role phrase, in tokens
NAME_MAX = 4  # longest unknown person's name after a role word, in tokens


# roles that mark a word's grammar, not an actor's role (see roles/en.tsv)
_MARKERS = ("link", "stop", "ethnic", "backer", "honorific")
# English verb endings: no case ending of our Latin-script languages, so a role word never takes them
_VERB_ENDINGS = frozenset({"d", "ed", "ing"})


class RoleLexicon:
    def __init__(self, data_dir: Path) -> None:
        self.by_lang = load_roles(data_dir)
        self.roles: dict[str, RoleWord] = {}
        for table in self.by_lang.values():
            for key, rw in table.items():
                self.roles.setdefault(key, rw)
        self.lang: str | None = None  # set per document: that language's table only, when we have one
        self.heads = {k.split(" ")[0][:3] for k in self.roles}  # cheap pre-check before the dictionary probes
        firsts = {k.split(" ")[0] for k, rw in self.roles.items() if rw.alone}
        # pre-check for role words standing alone: five first letters, or three for short words ("суд", "NGO")
        self.alone_heads = {f[:5] for f in firsts if len(f) >= 5} | {f[:3] for f in firsts if len(f) < 5}
        self.linkers = {k for k, rw in self.roles.items() if rw.role == "link"}
        self.function_words = {k for k, rw in self.roles.items() if rw.role in ("link", "stop")}
        self.ethnic_words = {k for k, rw in self.roles.items() if rw.role == "ethnic"}
        self.backer_words = {k for k, rw in self.roles.items() if rw.role == "backer"}
        self.honorifics = {k for k, rw in self.roles.items() if rw.role == "honorific"}

    def word(self, tokens: list[str], strict: bool = False) -> RoleWord | None:
        """The role of a phrase; its last word may carry a case ending of up to four letters.

        ``strict``: a Latin-script word takes only the endings of our Latin ending list ("Rebellen"),
        so a foreign word is not read as one of ours ("militari" is not "Militär").
        """
        if tokens[0][:3] not in self.heads:
            return None
        head, last = " ".join(tokens[:-1]), tokens[-1]
        table = self.by_lang.get(self.lang or "", self.roles)
        for cut in range(0, min(4, len(last) - 3) + 1):
            key = (head + " " if head else "") + (last[:-cut] if cut else last)
            rw = table.get(key)
            if rw and rw.role not in _MARKERS:
                if cut and last[-cut:] in _VERB_ENDINGS and script_of(last) == "latin":
                    continue  # "pressed Washington", "policed": a verb made of a role word is no role
                if strict and cut and last[-cut:] not in LATIN_ENDINGS and script_of(last) == "latin":
                    continue
                return rw
        return None

    def after(self, tt: TokenText, last: int) -> tuple[RoleWord, int] | None:
        """A role phrase starting right after token ``last``: (role, its last token).

        English possessives are crossed ("Iraq's foreign minister"); the phrase may open with
        up to two modifiers ("Interior Minister", "deputy foreign minister"): then the role
        keeps its sector but names no office holder.
        """
        t = last + 1
        gap = tt.text[tt.spans[last][1] : tt.spans[t][0]] if t < len(tt.spans) else ""
        possessive = gap in ("'", "’") and tt.tokens[t] == "s"
        if possessive:
            last, t = t, t + 1
        if t >= len(tt.spans) or not joined(tt, last, t):
            return None
        for k in range(min(ROLE_WINDOW, len(tt.spans) - t), 0, -1):
            if k > 1 and not all(joined(tt, i, i + 1) for i in range(t, t + k - 1)):
                continue
            for lead in range(0, min(k, 3)):
                modifier = t + lead - 1
                if lead and (_verb_like(tt.surface(modifier)) or tt.norm_token(modifier) in self.function_words):
                    break  # "North Korea supplied artillery", "Putin met the envoy": no modifiers of the role
                rw = self.word([tt.norm_token(i) for i in range(t + lead, t + k)])
                if rw and lead and rw.alone and not possessive:
                    break  # "Iraq's elite troops", "deputy foreign minister", but not "Kenya said troops"
                if rw:
                    return (replace(rw, offices=()) if lead else rw), t + k - 1
        return None

    def before(self, tt: TokenText, first: int) -> tuple[RoleWord, int] | None:
        """A role phrase ending right before token ``first``, possibly across "of (the)": (role, its first token)."""
        end = first - 1
        while end >= 0 and tt.norm_token(end) in self.linkers and first - end <= 2:
            end -= 1
        if end < 0 or not all(joined(tt, i, i + 1) for i in range(end, first)):
            return None
        for k in range(min(ROLE_WINDOW, end + 1), 0, -1):
            s = end - k + 1
            if k > 1 and not all(joined(tt, i, i + 1) for i in range(s, end)):
                continue
            rw = self.word([tt.norm_token(i) for i in range(s, end + 1)])
            if rw:
                return rw, s
        return None

    def name_after(self, tt: TokenText, last: int, taken: bytearray) -> int | None:
        """The last token of a personal name (two to four capitalised free tokens) right after ``last``."""
        j = last
        while j + 1 < len(tt.spans) and j - last < NAME_MAX and not taken[j + 1] and joined(tt, j, j + 1):
            word = tt.surface(j + 1)
            if not (word[:1].isupper() and word[1:2].islower()) or self.word([tt.norm_token(j + 1)]):
                break
            j += 1
        return j if j - last >= 2 else None

    def apposed_name(self, tt: TokenText, first: int, taken: bytearray) -> tuple[int, int] | None:
        """A personal name set off by a comma before token ``first``: "Tariq Aziz, Iraq's deputy premier"."""
        i = first - 1
        if i >= 0 and tt.tokens[i] in self.linkers and joined(tt, i, first):
            i -= 1  # "X Y, the Iraqi minister"
        if i < 1 or tt.text[tt.spans[i][1] : tt.spans[i + 1][0]].strip() != ",":
            return None
        end = j = i
        while j >= 0 and end - j < NAME_MAX and not taken[j]:
            word = tt.surface(j)
            if not (word[:1].isupper() and word[1:2].islower()) or self.word([tt.tokens[j]]):
                break
            if j < end and not joined(tt, j, j + 1):
                break
            j -= 1
        return (j + 1, end) if end - j >= 2 else None


def _verb_like(word: str) -> bool:
    """A lower-case English word with a verb ending ("supplied", "sends"), which no role modifier has."""
    return word.islower() and word.isascii() and (word.endswith("ed") or (word.endswith("s") and word[-2:] != "ss"))


def joined(tt: TokenText, i: int, j: int) -> bool:
    """Tokens ``i`` and ``j`` are neighbours separated only by a space or a hyphen.

    The closing dot of a dotted abbreviation counts as part of it: "U.N. officials", "U.S.-led".
    """
    gap = tt.text[tt.spans[i][1] : tt.spans[j][0]]
    start, end = tt.spans[i]
    if gap[:1] == "." and end - start == 1 and start > 0 and tt.text[start - 1] == ".":
        gap = gap[1:]  # the "N" of "U.N." and its dot
    return len(gap) <= 3 and not gap.strip(" -‐‑\u00a0")
