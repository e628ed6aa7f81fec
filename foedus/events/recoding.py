"""PLOVER's recoding of acts told in the future: cooperation becomes an intention, force a threat."""

from __future__ import annotations

from collections.abc import Sequence

# PLOVER 0.8 codebook: cooperative acts reported in the future are intentions (AGREE), but an
# announced retreat is a concession (CONCEDE) and a future concession stays CONCEDE + future
# (the codebook's own rule, over the CAMEO table's 035x -> AGREE).
FUTURE_AS = dict.fromkeys(("CONSULT", "SUPPORT", "COOPERATE", "AID"), "AGREE") | {"RETREAT": "CONCEDE"}
# Force or punishment announced for later ("will strike back", "will impose sanctions") is a
# threat now (CAMEO 13x); conditionals stay hypothetical, since analysts speculate in them too.
THREAT_AS = frozenset({"ASSAULT", "COERCE", "SANCTION"})


# A threat is a statement about the future, made now: a future tense in its words ("«Ils en paieront le prix»",
# "no tolerará ningún cambio") is the content's time, not the act's (a promise told by a speaker: lexicon_coder).
FUTURE_BY_NATURE = frozenset({"THREATEN"})


def recode(event: str, aux: Sequence[str]) -> tuple[str, list[str]]:
    """The (type, flags) PLOVER codes an act with these flags as: future cooperation is AGREE,
    future force THREATEN, unless negated; a THREATEN told in the future is made now."""
    if "future" in aux and "negated" not in aux and (event in FUTURE_AS or event in THREAT_AS):
        return FUTURE_AS.get(event, "THREATEN"), [a for a in aux if a != "future"]
    if "future" in aux and event in FUTURE_BY_NATURE:
        return event, [a for a in aux if a != "future"]
    return event, list(aux)
