"""The Coder seam: anything that turns an analysed text into PLOVER events.

Register an implementation with ``@register("name")``; ``Config.coder`` chooses it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from foedus.config import Config
from foedus.errors import ConfigError
from foedus.records import Analysis, Event


class Coder(Protocol):
    def __call__(self, analysis: Analysis) -> list[Event]: ...


_REGISTRY: dict[str, Callable[[Config], Coder]] = {}


def register(name: str) -> Callable[[Callable[[Config], Coder]], Callable[[Config], Coder]]:
    def deco(factory: Callable[[Config], Coder]) -> Callable[[Config], Coder]:
        _REGISTRY[name] = factory
        return factory

    return deco


def make_coder(config: Config) -> Coder:
    """Build the coder named by ``config.coder``."""
    from foedus.events import lexicon_coder, llm_coder  # noqa: F401  (register the built-in coders)

    try:
        return _REGISTRY[config.coder](config)
    except KeyError:
        raise ConfigError(f"unknown coder {config.coder!r}; known: {sorted(_REGISTRY)}") from None
