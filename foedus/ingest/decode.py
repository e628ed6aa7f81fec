"""Bytes to text: refuse binary data, detect the encoding, never guess silently."""

from __future__ import annotations

import codecs

from foedus.errors import InputError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean binary."""
    head = data[:8192]
    if not head:
        return False
    if any(head.startswith(bom) for bom, _ in _BOMS[1:]):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.05


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise InputError on binary or empty data."""
    if not data.strip():
        raise InputError("empty input", source)
    if looks_binary(data):
        raise InputError("binary data, not text or HTML", source)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc), enc
    candidates = [declared] if declared else []
    candidates.append("utf-8")
    for enc in candidates:
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError("unknown text encoding", source)
    return data.decode(best.encoding, errors="replace"), best.encoding
