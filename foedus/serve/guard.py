"""Access rules: the token for writes (and for reads off localhost), and the request-body cap."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from foedus.serve.errors import ApiError, error_response
from foedus.serve.settings import TOKEN_ENV, ServeSettings

TOKEN_HEADER = "X-Foedus-Token"


def settings_of(request: Request) -> ServeSettings:
    return request.app.state.settings


Settings = Annotated[ServeSettings, Depends(settings_of)]


def presented_token(request: Request) -> str | None:
    """The token a client sent: ``Authorization: Bearer T`` or ``X-Foedus-Token: T``."""
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    return request.headers.get(TOKEN_HEADER.lower())


def check_token(request: Request, settings: ServeSettings) -> None:
    """Raise 403 when the server has no token (writes disabled), 401 when the client's is missing or wrong."""
    if settings.token is None:
        raise ApiError(403, f"writing is disabled: start the server with --token or {TOKEN_ENV}", "writes_disabled")
    given = presented_token(request)
    if given is None or not hmac.compare_digest(given.encode(), settings.token.encode()):
        raise ApiError(401, "this endpoint needs the server's token (Authorization: Bearer TOKEN)", headers=_CHALLENGE)


_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="foedus"'}


def require_write(request: Request, settings: Settings) -> None:
    """Dependency of endpoints that change the store."""
    check_token(request, settings)


def require_read(request: Request, settings: Settings) -> None:
    """Dependency of reading endpoints: open on localhost, token-protected when the server is reachable."""
    if not settings.local_only:
        check_token(request, settings)


class BodyTooLarge(StarletteHTTPException):
    """Raised while a body streams past the cap; an HTTPException so body parsers pass it on as a 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body too large (limit {limit} bytes)")


class BodySizeLimit:
    """ASGI middleware: refuse bodies over ``max_body`` bytes, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await error_response(400, "invalid Content-Length header")(scope, receive, send)
                return
            if int(declared) > self.max_body:
                await self._too_large(scope, receive, send)
                return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except BodyTooLarge:
            if not started:
                await self._too_large(scope, receive, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = f"request body too large (limit {self.max_body} bytes)"
        await error_response(413, message)(scope, receive, send)
