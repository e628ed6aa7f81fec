"""The one JSON error shape every failing request gets, and the handlers that produce it.

``{"error": {"status": 404, "code": "not_found", "message": "...", "detail": null}}``
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from foedus.errors import FetchError, FoedusError, InputError

log = logging.getLogger("foedus.serve")

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal",
    501: "not_implemented",
    502: "fetch_failed",
    503: "unavailable",
}


class ErrorInfo(BaseModel):
    status: int
    code: str
    message: str
    detail: list[dict[str, Any]] | None = None


class ErrorBody(BaseModel):
    """What every error response holds."""

    error: ErrorInfo


class ApiError(Exception):
    """An error a handler raises on purpose; rendered in the one shape."""

    def __init__(self, status: int, message: str, code: str | None = None, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.headers = headers


def error_response(
    status: int,
    message: str,
    code: str | None = None,
    detail: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    info = ErrorInfo(status=status, code=code or _CODES.get(status, "error"), message=message, detail=detail)
    return JSONResponse(ErrorBody(error=info).model_dump(), status_code=status, headers=headers)


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the error statuses an endpoint may return."""
    return {s: {"model": ErrorBody, "description": _CODES.get(s, "error").replace("_", " ")} for s in statuses}


def install_error_handlers(app: FastAPI) -> None:
    """Route every failure, expected or not, through the one shape."""

    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.code, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [_plain(e) for e in exc.errors()]
        first = detail[0] if detail else {}
        where = ".".join(str(p) for p in first.get("loc", []))
        return error_response(422, f"invalid request: {where}: {first.get('msg', 'invalid')}", detail=detail)

    @app.exception_handler(FetchError)
    async def _fetch(_: Request, exc: FetchError) -> JSONResponse:
        return error_response(502, str(exc))

    @app.exception_handler(InputError)
    async def _input(_: Request, exc: InputError) -> JSONResponse:
        return error_response(400, str(exc), "bad_input")

    @app.exception_handler(FoedusError)
    async def _foedus(_: Request, exc: FoedusError) -> JSONResponse:
        return error_response(400, str(exc), "bad_input")

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return error_response(500, f"internal error ({type(exc).__name__})")


def _plain(err: dict[str, Any]) -> dict[str, Any]:
    """A validation error entry reduced to JSON-safe fields (pydantic may put exceptions in ``ctx``)."""
    return {"loc": [str(p) for p in err.get("loc", ())], "msg": str(err.get("msg", "")), "type": err.get("type", "")}
