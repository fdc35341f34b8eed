"""The wire under the pretix client: the API address from what a person pastes, and every
failure (httpx's, or a non-2xx answer) as one of the project's typed errors."""

from __future__ import annotations

import json
from collections.abc import Mapping

import httpx

from orga_app.sync.answers import parse_retry_after
from orga_app.sync.errors import (
    ApiError,
    AuthError,
    ClientDataError,
    ForbiddenError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    UnexpectedResponseError,
)
from orga_app.sync.http import secure_base_url
from orga_app.sync.pretix.records import text

# ---------------------------------------------------------------------------------------------
# Addresses (the clear-text refusal and httpx failures are sync/http.py's, shared)


def api_root(base_url: str, *, insecure: bool = False) -> str:
    """``<server>/api/v1`` from what a person pastes (the shop address or the API address),
    after refusing plain http to another computer (the token would travel readable)."""
    root = secure_base_url(base_url, insecure=insecure)
    for suffix in ("/api/v1", "/api"):
        if root.endswith(suffix):
            root = root[: -len(suffix)]
            break
    return root + "/api/v1"


def _detail(body: object) -> str | None:
    """The server's words from a DRF error: {"detail": …}, ["…"], or {"field": ["…"]}."""
    if isinstance(body, Mapping):
        if isinstance(body.get("detail"), str):
            return text(body["detail"])
        parts = []
        for key, value in list(body.items())[:5]:
            first = value[0] if isinstance(value, list) and value else value
            parts.append(f"{text(key, 40)}: {text(first) if isinstance(first, str) else '?'}")
        return "; ".join(parts) or None
    if isinstance(body, list) and body and isinstance(body[0], str):
        return text(body[0])
    return None


# DRF answers a missing or wrong credential with 403 where the scheme has no WWW-Authenticate;
# those are a login problem, not a permission one.
_AUTH_DETAILS = (
    "authentication credentials were not provided",
    "invalid token",
    "device access has been revoked",
    "user inactive or deleted",
)


def error_for(response: httpx.Response) -> ApiError:
    """The typed error for a non-2xx answer."""
    status = response.status_code
    try:
        body: object = json.loads(response.content)
    except (ValueError, RecursionError):
        body = None
    detail = _detail(body)
    if status == 401:
        return AuthError(status=status, detail=detail)
    if status == 403:
        if detail and detail.lower().rstrip(".") in _AUTH_DETAILS:
            return AuthError(status=status, detail=detail)
        return ForbiddenError(status=status, detail=detail)
    if status == 404:
        return NotFoundError(status=status, detail=detail)
    if status == 429:
        return RateLimitedError(
            status=status,
            detail=detail,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    if status == 409 or status >= 500:
        # pretix answers 409 when an order is locked by another request: busy, try again.
        return ServerError(status=status, detail=detail)
    if body is None and status < 400:
        return UnexpectedResponseError(status=status, detail=f"HTTP {status}")
    return ClientDataError(status=status, detail=detail)
