"""One exception hierarchy; each error carries the input that failed."""

from __future__ import annotations


class FoedusError(Exception):
    """Base of every error foedus raises on purpose."""

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source

    def __str__(self) -> str:
        msg = super().__str__()
        return f"{self.source}: {msg}" if self.source else msg


class InputError(FoedusError):
    """An input could not be read as a document (missing, empty, binary, undecodable)."""


class FetchError(InputError):
    """A URL could not be fetched, or was refused by the safety rules."""


class ConfigError(FoedusError):
    """The pipeline was configured with an unknown or inconsistent component."""


class DataUnavailable(FoedusError):
    """Gold data or another optional resource is absent; callers skip cleanly."""


class StoreError(FoedusError):
    """The corpus store is missing, locked, of a newer schema, or was asked something it cannot answer."""
