"""One configuration object naming the components, so entry points share it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Config:
    """Which implementation each seam uses; entry points pass one of these around.

    ``coder`` names an event coder registered in ``foedus.events.coder``;
    ``languages`` limits lexicon loading (``None`` = all shipped languages).
    """

    coder: str = "lexicon"
    languages: tuple[str, ...] | None = None
    data_dir: Path = DATA_DIR
    options: dict[str, str] = field(default_factory=dict)
