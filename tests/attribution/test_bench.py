"""The attribution bench section is registered and measures every part."""

from __future__ import annotations

import foedus.attribution  # noqa: F401  (registers the section)
from foedus.attribution.bench import attribution_samples, attribution_section
from foedus.bench import SECTIONS


def test_section_is_registered_and_measures_each_part() -> None:
    assert SECTIONS["attribution"] is attribution_section
    row = attribution_section(12)
    for part in ("dates", "quotes+chain", "quantities", "attribution"):
        assert isinstance(row[f"{part} sentences/s"], int) and row[f"{part} sentences/s"] > 0
    assert row["quotes per doc"] > 0 and row["quantities per doc"] > 0


def test_samples_cover_the_languages() -> None:
    assert {d.lang for d in attribution_samples(6)} == {"en", "de", "ru", "uk", "fr", "es"}
