"""What every JSON:API answer of the demo server shares: media type, encoder, error, header checks.

The header checks are those of Accept (406 as flask-rest-jsonapi answers it) and If-None-Match.
"""

from __future__ import annotations

import json
from typing import Any

import orjson
from starlette.requests import Request

JSONAPI = "application/vnd.api+json"


class ApiError(Exception):
    """A JSON:API error answer."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str,
        source: dict[str, str] | str | None,
        *,
        status_text: bool = False,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.body = {
            # flask-rest-jsonapi writes some statuses as strings (e.g. its 415 and 406).
            "errors": [
                {
                    "status": str(status) if status_text else status,
                    "source": source,
                    "title": title,
                    "detail": detail,
                }
            ],
            "jsonapi": {"version": "1.0"},
        }
        self.headers = headers or {}


# For what orjson refuses (a lone surrogate a PATCH stored, an int past 64 bits); ASCII output
# takes the standard encoder's fastest path.
_ENCODER = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), check_circular=False)


def dumps(document: Any) -> bytes:
    """The answer's body. orjson: a page of 1,000 attendees took the standard encoder 30 ms of
    the server's 90 (cProfile of bench_sync.py's download), orjson under a fifth of that."""
    try:
        return orjson.dumps(document)
    except orjson.JSONEncodeError:
        return _ENCODER.encode(document).encode()


def etag_matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    wanted = etag.removeprefix("W/")
    return any(
        tag.strip() == "*" or tag.strip().removeprefix("W/") == wanted for tag in header.split(",")
    )


def check_accept(request: Request) -> None:
    accept = request.headers.get("accept")
    if accept is None:
        return
    types = [part.split(";")[0].strip() for part in accept.split(",")]
    exact = any(part.strip() == JSONAPI for part in accept.split(","))
    if exact or "*/*" in types or "application/*" in types:
        return
    raise ApiError(
        406,
        "Invalid request header",
        "Accept header must be application/vnd.api+json without media type parameters",
        "<header>",
        status_text=True,
    )
