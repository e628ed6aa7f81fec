"""How a server is configured: where the store is, where it listens, its token and body cap."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

TOKEN_ENV = "FOEDUS_TOKEN"
DEFAULT_MAX_BODY = 8 * 1024 * 1024  # an HTML page or a small batch of articles


@dataclass(frozen=True)
class ServeSettings:
    """Settings shared by every handler; ``token=None`` means writing is disabled."""

    db: Path | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = None
    max_body: int = DEFAULT_MAX_BODY

    @property
    def local_only(self) -> bool:
        """True when only this machine can reach the server, so reads need no token."""
        return is_loopback(self.host)

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def token_from_env(explicit: str | None) -> str | None:
    """The token given on the command line, else ``FOEDUS_TOKEN``; empty strings count as unset."""
    token = explicit if explicit is not None else os.environ.get(TOKEN_ENV)
    return token or None
