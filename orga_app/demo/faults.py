"""Fault switches of the demo server: slow, failing, dropping or absent, on purpose.

Every random decision comes from one seeded generator, drawn in a fixed order per request, so
a test that sends the same requests in the same order sees the same faults.
"""

from __future__ import annotations

import asyncio
import dataclasses
import random
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any, Literal

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
AsgiApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_ERROR_STATUSES = (500, 502, 503, 429)


@dataclass
class Faults:
    """What goes wrong. All rates are fractions of requests to ``/v1`` (0.0–1.0)."""

    latency: float = 0.0  # seconds added to every /v1 request (asyncio sleep: others proceed)
    error_rate: float = 0.0  # answered with a random one of 500/502/503/429 instead
    drop_before_rate: float = 0.0  # PATCH: connection closed before anything is applied
    drop_after_rate: float = 0.0  # PATCH: applied and committed, then closed without answer
    token_lifetime: float | None = None  # seconds an access token lives (None: the real rules)
    down: bool = False  # every /v1 request gets 503
    # "replace": a duplicate check-in time replaces the history (the classic server);
    # "reject": 422 "Check in time already present" (some newer server versions).
    duplicate_checkin: Literal["replace", "reject"] = "replace"
    seed: int = 0

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class FaultState:
    """The current :class:`Faults` plus the seeded generator; changeable while serving."""

    def __init__(self, faults: Faults | None = None) -> None:
        self.faults = faults or Faults()
        self._rng = random.Random(self.faults.seed)

    def update(self, **changes: Any) -> Faults:
        """Change some switches; an unknown name or a bad value raises ValueError."""
        known = {f.name for f in dataclasses.fields(Faults)}
        unknown = set(changes) - known
        if unknown:
            raise ValueError(f"unknown fault switch(es): {', '.join(sorted(unknown))}")
        merged = dataclasses.replace(self.faults, **changes)
        _validate(merged)
        self.faults = merged
        if "seed" in changes:
            self._rng = random.Random(merged.seed)
        return merged

    def draw(self) -> tuple[int | None, bool, bool]:
        """(error status or None, drop before, drop after) for the next request."""
        f = self.faults
        error_roll, pick, before_roll, after_roll = (self._rng.random() for _ in range(4))
        status = _ERROR_STATUSES[int(pick * len(_ERROR_STATUSES))]
        return (
            status if error_roll < f.error_rate else None,
            before_roll < f.drop_before_rate,
            after_roll < f.drop_after_rate,
        )


def _validate(f: Faults) -> None:
    for name in ("error_rate", "drop_before_rate", "drop_after_rate"):
        value = getattr(f, name)
        if not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
            raise ValueError(f"{name} must be a number between 0 and 1")
    if not isinstance(f.latency, int | float) or f.latency < 0:
        raise ValueError("latency must be a non-negative number")
    if f.token_lifetime is not None and not isinstance(f.token_lifetime, int | float):
        raise ValueError("token_lifetime must be a number of seconds or null")
    if f.duplicate_checkin not in ("replace", "reject"):
        raise ValueError('duplicate_checkin must be "replace" or "reject"')
    if not isinstance(f.down, bool) or not isinstance(f.seed, int):
        raise ValueError("down must be a boolean and seed an integer")


_HTML_PAGES = {
    502: b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
    b"</h1></center><hr><center>nginx</center></body></html>\n",
    503: b"<html><head><title>503 Service Temporarily Unavailable</title></head><body><center>"
    b"<h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body>"
    b"</html>\n",
}


def error_response_parts(status: int) -> tuple[list[tuple[bytes, bytes]], bytes]:
    """Headers and body of an injected error, shaped like the real thing behind nginx."""
    if status == 429:
        # The server's rate limiter answers without the JSON:API "errors" wrapper.
        body = b'{"status": 429, "title": "Request Limit Exceeded"}'
        return [(b"content-type", b"application/json"), (b"retry-after", b"1")], body
    if status == 500:
        body = (
            b'{"errors": [{"status": 500, "source": null, "title": "Unknown error",'
            b' "detail": "Unknown error"}], "jsonapi": {"version": "1.0"}}'
        )
        return [(b"content-type", b"application/vnd.api+json")], body
    return [(b"content-type", b"text/html")], _HTML_PAGES[status]


async def send_plain(send: Send, status: int) -> None:
    headers, body = error_response_parts(status)
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class DropConnection(Exception):  # noqa: N818 - it is an action, not an error
    """Raised when the connection cannot be closed quietly (no transport reachable)."""


async def drop_connection(send: Send) -> None:
    """Close the client's TCP connection without a single response byte.

    uvicorn's ``send`` is a bound method of its request cycle, which holds the transport.
    Waiting until uvicorn has noticed the loss keeps it from logging a spurious error.
    """
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise DropConnection("no transport to close")
    transport.close()
    for _ in range(200):
        if getattr(cycle, "disconnected", True):
            return
        await asyncio.sleep(0.001)


def swallow_response(send: Send) -> tuple[Send, Callable[[], Awaitable[None]]]:
    """A ``send`` that keeps the response from the client, and the closer to call afterwards."""
    real_send = send

    async def swallowing_send(message: Message) -> None:
        return None

    async def close() -> None:
        await drop_connection(real_send)

    return swallowing_send, close
