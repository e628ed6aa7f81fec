"""Helpers for event tests: analyses built from marked-up text, so the coder is tested apart from
the actor stage. ``[Russia|RUS] attacked [Ukraine|UKR]`` marks two mentions."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

import foedus
from foedus.actors.data import read_tsv
from foedus.config import DATA_DIR, Config
from foedus.evaluate.marked import parse_marked
from foedus.evaluate.plover import pick
from foedus.events.lexicon import load_lexicon
from foedus.events.sentence import SentenceView, build_view
from foedus.events.stage import EventStage
from foedus.records import Actor, Analysis, Document, Event, Mention, TimeExpr
from foedus.text.segment import segment


def marked(text: str, lang: str, date: str = "2024-06-20", times: list[TimeExpr] | None = None) -> Analysis:
    """An analysis whose mentions are the marked spans (``[surface|CODE]``, ``[surface|CODE:kind]``, with an
    optional sector: ``[troops|RUS/MIL]``, ``[Putin|RUS:person/GOV]``)."""
    clean, spans = parse_marked(text)
    mentions = []
    for s in spans:
        key = s.code if s.kind == "state" else s.surface  # a person or group is its own actor
        actor = Actor(id=key, name=s.code, kind=s.kind, code=s.code)
        mentions.append(Mention(s.start, s.end, s.surface, actor, sector=s.sector))
    doc = Document(id="t", text=clean, raw=clean, date=date, lang=lang)
    a = Analysis(doc=doc, sentences=segment(clean), mentions=mentions)
    for s in a.sentences:
        s.lang = lang
    a.times = times or []
    return a


@pytest.fixture(scope="session")
def stage() -> EventStage:
    return EventStage(Config())


@pytest.fixture
def code(stage: EventStage) -> Callable[..., Analysis]:
    def run(text: str, lang: str = "en", **kw: object) -> Analysis:
        return stage(marked(text, lang, **kw))  # type: ignore[arg-type]

    return run


def view_of(text: str, lang: str = "en") -> SentenceView:
    """The sentence view of a marked-up one-sentence text, with the language's shipped lexicon."""
    a = marked(text, lang)
    return build_view(a.sentences[0], a.mentions, load_lexicon(DATA_DIR, lang))


def word_at(view: SentenceView, word: str) -> int:
    """The index of the first token of the view that is ``word``."""
    return next(i for i, t in enumerate(view.tokens) if t.text == word)


def codes(refs: list) -> set[str]:  # type: ignore[type-arg]
    return {r.code for r in refs}


def assert_main_event(
    events: list[Event], event: str, actor: str, recipient: str, spared: Callable[[Event], bool] = lambda e: False
) -> Event | None:
    """The main event (as ``eval plover`` picks it) has this type and these actor and recipient codes (``-``: none,
    ``*``: not checked); for ``NONE``, no event is coded but those ``spared`` (e.g. told as hypothetical)."""
    seen = [(e.event, e.trigger.text if e.trigger else None, codes(e.actor), codes(e.recipient)) for e in events]
    if event == "NONE":
        assert not [e for e in events if not spared(e)], seen
        return None
    main = pick(events)
    assert main is not None and main.event == event, seen
    if actor != "*":
        assert codes(main.actor) == set(actor.split(",")), seen
    if recipient != "*":
        assert codes(main.recipient) == (set(recipient.split(",")) if recipient != "-" else set()), seen
    return main


def fake_probs(stage: EventStage, monkeypatch: pytest.MonkeyPatch, floor: float, probs: dict[str, float]) -> None:
    """The classifier returns ``probs`` (read at call time, so a test may change them) and ``floor`` elsewhere."""
    labels = stage.coder.classifier.labels  # type: ignore[attr-defined]

    def predict(texts: list[str], hints: object = None) -> np.ndarray:
        p = np.full((len(texts), len(labels)), floor)
        for label, value in probs.items():
            p[:, labels.index(label)] = value
        return p

    monkeypatch.setattr(stage.coder.classifier, "predict_proba", predict)  # type: ignore[attr-defined]


CODE_LINE = re.compile(r"^# (\d{2,4}) .* -> ([A-Z]+)")


def template_blocks(path: Path) -> dict[str, tuple[str, list[str]]]:
    """CAMEO code -> (type named in its ``# <code> <description> -> <TYPE>`` line, the events of its templates)."""
    out: dict[str, tuple[str, list[str]]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := CODE_LINE.match(line):
            current = m.group(1)
            out[current] = (m.group(2), [])
        elif line.startswith("#"):
            current = None  # a comment that is no code line ends the block (the NONE rows)
        elif line.strip() and current:
            out[current][1].append(line.split("\t")[0])
    return out


def feminine_fillers(lang: str) -> set[str]:
    """The names a template's feminine-only slot (``{A:nomf}``) is filled with (fillers.tsv, case nomf)."""
    fillers = read_tsv(DATA_DIR / "training" / lang / "fillers.tsv")
    return {r[2] for r in fillers if len(r) >= 3 and r[1] == "nomf"}


def codebook_overrides() -> dict[str, str]:
    """CAMEO code -> PLOVER type where the codebook or an issue decision overrides the table
    (``foedus/data/lexicons/cameo_codebook.tsv``, reasons in docs/conventions.md)."""
    path = Path(foedus.__file__).parent / "data" / "lexicons" / "cameo_codebook.tsv"
    return {r[0]: r[1] for r in read_tsv(path) if len(r) >= 2}


def table_types(eval_dir: Path, prefixes: tuple[str, ...]) -> dict[str, str]:
    """CAMEO code -> PLOVER type for the codes of three or four digits under ``prefixes``: the
    CAMEO2PLOVER table, with the codebook's overrides applied."""
    table = eval_dir / "plover" / "CAMEO2PLOVER-2021.txt"
    if not table.exists():
        pytest.skip("CAMEO2PLOVER table absent")
    out = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if (m := re.match(r"^(\d{3,4}): ([A-Z]+),", line)) and m.group(1).startswith(prefixes):
            out[m.group(1)] = m.group(2)
    return out | {code: kind for code, kind in codebook_overrides().items() if code in out}


CAMEO_FIELDS = ("cameo", "event", "actor", "recipient", "text")


def assert_cases_cover(cases: list[list[str]], roots: tuple[str, ...]) -> None:
    """A CAMEO test table has one sentence per code, for exactly these two-digit roots, and none for 057
    (signing stays with the AGREE templates)."""
    codes = [c[0] for c in cases]
    assert len(codes) == len(set(codes))
    assert {c[:2] for c in codes} == set(roots)
    assert "057" not in codes


def assert_blocks_cover(eval_dir: Path, templates: Path, cases: list[list[str]], roots: tuple[str, ...], least: int = 3,
                        least_sub: int = 2) -> None:  # fmt: skip
    """Every code of the table under ``roots`` (but 057) heads at least ``least`` templates of its type
    (``least_sub`` for a four-digit subcode) and has a test sentence."""
    wanted = set(table_types(eval_dir, roots)) - {"057"}
    assert wanted, "no codes read from the table"
    blocks = {c: sum(e == event for e in rows) for c, (event, rows) in template_blocks(templates).items()}
    thin = {c: blocks.get(c, 0) for c in wanted if blocks.get(c, 0) < (least_sub if len(c) == 4 else least)}
    assert not thin, thin
    assert wanted <= {c[0] for c in cases}, sorted(wanted - {c[0] for c in cases})


def assert_types_follow_table(eval_dir: Path, templates: Path, cases: list[list[str]], roots: tuple[str, ...]) -> None:
    """Each template block and test row has its code's type: the table's, or the codebook's where
    cameo_codebook.tsv overrides it; a block holds only its type and NONE."""
    table = table_types(eval_dir, roots)
    blocks = template_blocks(templates)
    assert {c: e for c, (e, _) in blocks.items() if c in table} == {c: table[c] for c in blocks if c in table}
    for c, (event, rows) in blocks.items():
        assert set(rows) <= {event, "NONE"} or c not in table, (c, rows)
    assert {c[0]: c[1] for c in cases if c[0] in table} == {c[0]: table[c[0]] for c in cases if c[0] in table}


def cameo_cases(rows: list[list[str]], xfail: dict[str, str]) -> list:  # type: ignore[type-arg]
    """CAMEO test-table rows (code, type, actor, recipient, text) as test parameters; a code in ``xfail``
    is an expected failure with its reason, kept visible rather than dropped."""
    out = []
    for r in rows:
        marks = [pytest.mark.xfail(reason=xfail[r[0]], strict=True)] if r[0] in xfail else []
        out.append(pytest.param(*r[:5], id=f"{r[0]}-{r[1]}", marks=marks))
    return out
