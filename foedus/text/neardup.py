"""Exact and near-duplicate documents across a corpus (a story republished by many outlets).

Exact: the same words in the same order (case and spacing ignored). Near:
MinHash over word 3-shingles with an LSH index (datasketch), confirmed by the
estimated Jaccard similarity, so lookups stay fast on large corpora.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
SHINGLE = 3
NUM_PERM = 64
THRESHOLD = 0.6


@dataclass
class Duplicate:
    """``doc_id`` repeats ``of`` (the first document seen with that content)."""

    doc_id: str
    of: str
    kind: str  # exact | near
    similarity: float


class DuplicateIndex:
    """Remembers every document seen and says which earlier one a new document repeats."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self.exact: dict[str, str] = {}
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.sketches: dict[str, object] = {}
        self.found: list[Duplicate] = []

    def add(self, doc_id: str, text: str) -> Duplicate | None:
        """Index ``text``; return the duplicate relation when an earlier document has (nearly) the same text."""
        words = _WORD.findall(text.lower())
        key = hashlib.sha1(" ".join(words).encode()).hexdigest()
        if key in self.exact:
            return self._found(Duplicate(doc_id, self.exact[key], "exact", 1.0))
        self.exact[key] = doc_id
        if len(words) < SHINGLE * 2:
            return None
        sketch = self._sketch(words)
        best = None
        for other in self.lsh.query(sketch):
            sim = sketch.jaccard(self.sketches[other])
            if sim >= self.threshold and (best is None or sim > best.similarity):
                best = Duplicate(doc_id, other, "near", round(sim, 3))
        name = doc_id if doc_id not in self.sketches else f"{doc_id}#{len(self.sketches)}"
        self.lsh.insert(name, sketch)
        self.sketches[name] = sketch
        return self._found(best) if best else None

    def _sketch(self, words: list[str]):  # type: ignore[no-untyped-def]
        from datasketch import MinHash

        shingles = {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}
        sketch = MinHash(num_perm=self.num_perm)
        sketch.update_batch(list(shingles))
        return sketch

    def _found(self, dup: Duplicate) -> Duplicate:
        self.found.append(dup)
        return dup
