"""Issue 5, round 12: the cooperative side of hard wire copy (CAMEO roots 03-09): journalese and idioms ("inked",
"picked up the phone to", "sprang to the defence of", "blinked", "let ... into"), announced concessions, receiving-side
aid and decoy event words, plus sport and business negatives (tests/events/data/hard_coop.tsv, written for the tests,
not in training)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR
from foedus.evaluate.plover import pick
from foedus.events.lexicon import load_lexicon
from foedus.records import Analysis
from tests.events.conftest import codes

ROWS = [r for r in read_tsv(Path(__file__).parent / "data" / "hard_coop.tsv") if len(r) == 5]
# Rows the coder does not get yet, with the reason (structure outside this vocabulary's reach).
XFAIL: dict[str, str] = {}
# Patterns about roles (aid told by the side that gets it, a visit told by its host): the recipient is checked too.
ROLE_PATTERNS = frozenset({"received a swap", "took delivery", "received from", "red carpet", "flew into"})


def test_rows_cover_every_cooperative_type_and_negatives() -> None:
    types = {r[1] for r in ROWS}
    assert types >= {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "ACCUSE", "NONE"}
    assert len({r[4] for r in ROWS}) == len(ROWS)  # no sentence twice
    assert {r[0] for r in ROWS} >= ROLE_PATTERNS


def _cases() -> list:  # type: ignore[type-arg]
    out = []
    for r in ROWS:
        marks = [pytest.mark.xfail(reason=XFAIL[r[4]], strict=True)] if r[4] in XFAIL else []
        out.append(pytest.param(*r[:5], id=f"{r[0]}-{r[1]}", marks=marks))
    return out


@pytest.mark.parametrize(("pattern", "event", "actor", "recipient", "text"), _cases())
def test_main_event_type_and_actor(
    code: Callable[..., Analysis], pattern: str, event: str, actor: str, recipient: str, text: str
) -> None:
    events = code(text).events
    main = pick(events)
    seen = [(e.event, sorted(codes(e.actor)), e.aux, e.trigger.text if e.trigger else None) for e in events]
    if event == "NONE":
        assert not [e for e in events if e.factual], seen
        return
    assert main is not None and main.factual and main.event == event, seen
    assert codes(main.actor) == set(actor.split(",")), seen
    if pattern in ROLE_PATTERNS:
        assert codes(main.recipient) == ({recipient} if recipient != "-" else set()), seen


def test_topic_files_extend_modality_and_domains() -> None:
    """``modality.<topic>.tsv`` and ``domains.<topic>.tsv`` are read beside the main files, as triggers files are."""
    lex = load_lexicon(DATA_DIR, "en")
    cues = {(seq, value) for entries in lex.modality.by_first.values() for seq, value in entries}
    assert (("were", "prepared"), ("announced", "opinion")) in cues  # modality.hard_coop.tsv
    assert (("not",), ("negated", "clause")) in cues  # modality.tsv still read
    assert lex.find_domains("The grandmasters agreed a draw after 30 moves.") == ["sport"]  # domains.hard_coop.tsv
    assert lex.find_domains("Brazil beat Argentina in a World Cup qualifier.") == ["sport"]  # domains.tsv


def test_idioms_are_triggers_and_blocks_hide_a_party_word() -> None:
    lex = load_lexicon(DATA_DIR, "en")

    def found(text: str) -> list[tuple[str, str]]:
        return [(t.event, t.kind) for _, t in lex.find_triggers(text)]

    assert found("Chile and Peru inked a fisheries accord.") == [("AGREE", "v")]
    assert found("Scholz picked up the phone to Xi.") == [("CONSULT", "v")]
    assert found("Hungary climbed down and lifted its veto.")[0] == ("CONCEDE", "v")
    # the visiting minister is a party, not a second act of the sentence
    assert found("Putin told the visiting minister about the plan.") == []
    # "met" is a whole word: no meeting inside "metal" or "Meta"
    assert found("Metal prices rose at Meta.") == []
