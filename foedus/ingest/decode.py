"""Bytes to text: refuse binary data, detect the encoding, never guess silently."""

from __future__ import annotations

import codecs

from foedus.errors import InputError

_HIGH_BYTES = bytes(range(0x80, 0x100))
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
    # UTF-8 first: strict UTF-8 decoding of other encodings almost always fails, while pages
    # declaring latin-1 but sending UTF-8 are common.
    candidates = ["utf-8"] + ([declared] if declared else [])
    for enc in candidates:
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    text = data.decode("utf-8", errors="replace")
    high = len(data) - len(data.translate(None, _HIGH_BYTES))  # non-ASCII bytes, counted in C
    if text.count("\ufffd") <= high // 100:
        return text, "utf-8"  # UTF-8 with a few broken bytes (a cut or spliced page), not a legacy encoding
    return _guess(data, source)


def _guess(data: bytes, source: str) -> tuple[str, str]:
    """Detect a legacy encoding. charset_normalizer alone mistakes short Western text for cp1250
    ("à" -> "ŕ") or UTF-16; a language check on the cp1252 reading settles the Latin cases."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    enc = best.encoding if best is not None else "cp1252"
    if enc.startswith(("utf_16", "utf_32")):
        enc = "cp1252"  # without a BOM or NUL bytes (checked above) this is single-byte text
    if enc in _LATIN:
        enc = (
            "cp1252"
            if _language(data, "cp1252") in _WESTERN
            else "cp1250"
            if _language(data, "cp1250") in _CENTRAL
            else enc
        )
    try:
        return data.decode(enc, errors="replace"), enc
    except LookupError as exc:
        raise InputError("unknown text encoding", source) from exc


_LATIN = {"cp1250", "cp1252", "latin_1", "iso8859_15", "cp1257", "mac_roman", "mac_latin2"} | {
    f"iso8859_{n}" for n in (2, 3, 4, 9, 10, 13, 14, 16)
}
_WESTERN = {"en", "fr", "es", "it", "pt", "de", "nl"}
_CENTRAL = {"pl"}


def _language(data: bytes, enc: str) -> str | None:
    from foedus.text.language import detect

    return detect(data[:4000].decode(enc, errors="replace"))
