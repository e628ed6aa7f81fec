"""The reporting chain: outlet → publications it relays → sources they cite, each with its span.

Scopes: a relayed publication named in the headline ("Artikel von The
Telegraph") covers the document up to its last mention (including anaphors like
"schreibt die Zeitung"); a "back" cue ("Dies geht aus einem Bericht des ISW
hervor", "heißt es in der Veröffentlichung") covers its paragraph up to the cue;
"laut X" / "nach Schätzungen X" and quotes cover their sentence. Attributions
are ordered outermost first, so the last one covering a span is the innermost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlparse

from foedus.attribution.lexicon import Cue, CueIndex, Lexicon
from foedus.attribution.quotes import Found
from foedus.attribution.speakers import Speaker, SpeakerResolver
from foedus.records import ActorRef, Attribution, Document, Evidence, Quantity, Sentence

_ARTICLES = re.compile(r"^(?:the|die|der|das|le|la|el|les|los)\s+", re.I)


@dataclass
class _Node:
    kind: str
    source: ActorRef
    cue: Evidence | None
    start: int
    end: int
    refs: list[int] = field(default_factory=list)
    parent: _Node | None = None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans (blocks separated by blank lines)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)]


class ChainBuilder:
    """Builds the attributions of one document from source cues and quotes."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.index = CueIndex([c for c in lex.cues if c.kind in ("cites", "relays") and "{X}" in c.pattern])

    def source_cues(self, text: str) -> list[tuple[Cue, re.Match[str]]]:
        """Every "laut X" / "wie X berichtet" / "geht aus X hervor" cue in the text."""
        return self.index.find(text)

    def __call__(self, doc: Document, sentences: list[Sentence], found: list[Found], resolver: SpeakerResolver,
                 cues: list[tuple[Cue, re.Match[str]]] | None = None) -> list[Attribution]:  # fmt: skip
        text = doc.text
        paras = paragraphs(text) or [(0, len(text))]
        outlet = _Node("outlet", outlet_ref(doc), None, 0, len(text))
        relays: list[_Node] = []
        cites: list[_Node] = []
        cues = self.source_cues(text) if cues is None else cues
        for pos, cue, span, speaker in self._hits(text, sentences, resolver, cues):
            para = _containing(paras, pos)
            sent = _containing([(s.start, s.end) for s in sentences], pos)
            numbered = any(ch.isdigit() for ch in speaker.ref.text)  # "heißt es in Artikel 4": a clause, not a paper
            if speaker.publication or (cue.kind == "relays" and not numbered):
                node = self._relay(relays, speaker, pos)
                if node is None:
                    node = _Node("relays", speaker.ref, span, para[0], para[1])
                    relays.append(node)
                node.refs.append(pos)
                if cue.scope == "document" and para == paras[0]:
                    node.start, node.end = 0, len(text)
                continue
            start, end = {"sentence": sent, "back": (para[0], sent[1]), "document": (0, len(text))}.get(cue.scope, sent)
            cites.append(_Node("cites", speaker.ref, span, start, end, [pos]))
        for node in relays:
            _relay_extent(node, paras, len(text))
        quotes = self._quote_nodes(found, relays, sentences)
        nodes = [outlet, *relays, *cites, *quotes]
        for node in nodes[1:]:
            node.parent = _enclosing(node, [outlet, *relays])
        nodes.sort(key=lambda n: (-(n.end - n.start), n.start))
        ids = {id(n): f"{doc.id}:a{i}" for i, n in enumerate(nodes)}
        return [Attribution(id=ids[id(n)], source=n.source, kind=n.kind, cue=n.cue,
                            span=Evidence(text[n.start : n.end], n.start, n.end),
                            parent=ids[id(n.parent)] if n.parent else None) for n in nodes]  # fmt: skip

    def _hits(
        self, text: str, sentences: list[Sentence], resolver: SpeakerResolver, cues: list[tuple[Cue, re.Match[str]]]
    ) -> list[tuple[int, Cue, Evidence, Speaker]]:
        """(position, cue, cue evidence, speaker) for every source cue in the text."""
        taken: list[tuple[int, int]] = []
        hits = []
        for cue, m in cues:
            if any(s <= m.start() < e for s, e in taken):
                continue
            x = (m.start("X"), m.end("X")) if m.group("X") else None
            if cue.slot_at_end and not m.group("X"):
                limit = next((s.end for s in sentences if s.start <= m.end() <= s.end), len(text))
                x = resolver.np_after(m.end(), limit)
            elif x and cue.pattern.startswith("{X}"):
                x = resolver.np_before(x[1], x[0])
            if x is None:
                continue
            taken.append((m.start(), max(m.end(), x[1])))
            hits.append((m.start(), cue, Evidence(m.group(), m.start(), m.end()), resolver.resolve(*x)))
        return sorted(hits, key=lambda h: h[0])

    def _relay(self, relays: list[_Node], speaker: Speaker, pos: int) -> _Node | None:
        """The relay this mention refers to: same name, or the latest one for an anaphor ("die Zeitung")."""
        if speaker.publication:
            earlier = [r for r in relays if r.refs and r.refs[0] <= pos]
            return earlier[-1] if earlier else None
        key = _key(speaker.ref)
        return next((r for r in relays if _key(r.source) == key), None)

    def _quote_nodes(self, found: list[Found], relays: list[_Node], sentences: list[Sentence]) -> list[_Node]:
        nodes: list[_Node] = []
        for f in found:
            if f.speaker is None:
                continue
            q = f.quote
            lo = min(q.message.start, q.cue.start if q.cue else q.message.start)
            hi = max(q.message.end, q.cue.end if q.cue else q.message.end)
            if f.speaker.publication or any(_key(r.source) == _key(f.speaker.ref) for r in relays):
                rel = self._relay(relays, f.speaker, lo) if f.speaker.publication else None
                rel = rel or next((r for r in relays if _key(r.source) == _key(f.speaker.ref)), None)
                if rel is not None:
                    q.speaker = rel.source
                    rel.refs.append(lo)
                continue
            start = min((s.start for s in sentences if s.end > lo), default=lo)
            end = max((s.end for s in sentences if s.start < hi), default=hi)
            same = next((n for n in nodes if _key(n.source) == _key(f.speaker.ref) and n.start <= lo <= n.end), None)
            if same:
                same.start, same.end = min(same.start, start), max(same.end, end)
                continue
            nodes.append(_Node("quote", f.speaker.ref, q.cue, start, end, [lo]))
        return nodes


def assign_quantities(quantities: list[Quantity], attributions: list[Attribution]) -> None:
    """Each quantity gets the innermost attribution whose span covers it."""
    for q in quantities:
        covering = [(a.span.end - a.span.start, -i, a.id) for i, a in enumerate(attributions)
                    if a.span and a.span.start <= q.start and q.end <= a.span.end]  # fmt: skip
        if covering:
            q.attribution = min(covering)[2]  # ties: the later (inner) one, as the list is outermost first


def outlet_ref(doc: Document) -> ActorRef:
    """The outlet from the document's metadata (site, URL host, source field)."""
    name = doc.site or doc.meta.get("site") or doc.meta.get("outlet") or doc.meta.get("publisher")
    if not name and doc.url:
        name = urlparse(doc.url).hostname
    if not name and doc.source and doc.source.startswith(("http://", "https://")):
        name = urlparse(doc.source).hostname
    return ActorRef(text=name or "(outlet unknown)", code=None, name=name or None)


def _relay_extent(node: _Node, paras: list[tuple[int, int]], n: int) -> None:
    """A relay runs from its first to its last reference; named only in the headline, it covers the document."""
    where = sorted({_containing(paras, r) for r in node.refs})
    headline = where[0] == paras[0]
    node.start = 0 if headline else where[0][0]
    node.end = n if headline and len(where) == 1 else where[-1][1]


def _enclosing(node: _Node, candidates: list[_Node]) -> _Node | None:
    pos = node.refs[0] if node.refs else node.start
    inside = [c for c in candidates if c is not node and c.start <= pos < c.end and
              (c.end - c.start) > (node.end - node.start)]  # fmt: skip
    return min(inside, key=lambda c: c.end - c.start) if inside else None


def _containing(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return next(((s, e) for s, e in spans if s > pos), spans[-1] if spans else (pos, pos))


def _key(ref: ActorRef) -> str:
    return _ARTICLES.sub("", (ref.wikidata or ref.name or ref.text).strip()).lower()
