"""Bounds on every answer a server sends: a total deadline per request and a cap on body size.

httpx only bounds each single socket read: a server that drips one byte every few seconds, or
streams without end, keeps a request alive forever and can fill the memory. Here

- every socket operation of a request gets at most the time left until the request's deadline
  (a network backend that clamps the timeouts httpcore passes down, keyed by thread, since a
  synchronous httpx request runs entirely on the calling thread), so a drip in the status line,
  the headers or the body ends at the deadline;
- the body is streamed and refused as soon as it grows past the cap, before it is all in memory.
"""

from __future__ import annotations

import logging
import ssl
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from orga_app.sync.errors import AnswerTooLargeError, AnswerTooSlowError

log = logging.getLogger("orga_app.sync")


@dataclass(frozen=True)
class AnswerLimits:
    """How long one request may take in all and how large its answer may be.

    The defaults fit a 1000-attendee page with included orders and tickets (about 2 MB) on a
    slow door Wi-Fi many times over; tests pass small values to stay fast.
    """

    deadline: float = 60.0
    max_body_bytes: int = 32 * 1024 * 1024


_state = threading.local()


def _deadline() -> float | None:
    return getattr(_state, "deadline", None)


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    """The socket timeout to use: the caller's, but never past this thread's deadline."""
    deadline = _deadline()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the request's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(
            ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's blocking backend with every timeout clamped to the thread's deadline."""

    def __init__(self, inner: httpcore.NetworkBackend | None = None) -> None:
        self._inner = inner or httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, _clamp(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(
            path, _clamp(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def bounded_transport(max_connections: int) -> httpx.HTTPTransport:
    """httpx's transport with the deadline backend under its connection pool.

    httpx has no public way to choose the network backend, so it is swapped on the pool it
    builds; should a future httpx hide the pool, the body cap and the between-chunk deadline
    check in `read_bounded` still hold and a warning says the socket clamp is missing.
    """
    transport = httpx.HTTPTransport(
        verify=True,
        limits=httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        ),
    )
    pool = getattr(transport, "_pool", None)
    if isinstance(pool, httpcore.ConnectionPool) and hasattr(pool, "_network_backend"):
        pool._network_backend = DeadlineBackend(pool._network_backend)
    else:
        log.warning("httpx transport without a known pool: request deadlines are not enforced")
    return transport


# Headers that describe the wire form of the body; the answer handed on holds it decoded.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _declared_length(response: httpx.Response) -> int | None:
    text = response.headers.get("Content-Length", "")
    return int(text) if text.isascii() and text.strip().isdigit() else None


def read_bounded(
    client: httpx.Client, request: httpx.Request, limits: AnswerLimits
) -> httpx.Response:
    """Send `request` and read its whole answer within `limits`.

    Raises AnswerTooSlowError at the deadline, AnswerTooLargeError past the size cap (counted
    after decompression, so a small gzip bomb is refused too), httpx errors otherwise.
    """
    deadline = time.monotonic() + limits.deadline
    outer = _deadline()
    _state.deadline = deadline if outer is None else min(outer, deadline)
    try:
        response = client.send(request, stream=True)
        try:
            declared = _declared_length(response)
            if declared is not None and declared > limits.max_body_bytes:
                raise AnswerTooLargeError(limit=limits.max_body_bytes)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limits.max_body_bytes:
                    raise AnswerTooLargeError(limit=limits.max_body_bytes)
                if time.monotonic() >= deadline:
                    raise AnswerTooSlowError(limit=limits.deadline)
                chunks.append(chunk)
        finally:
            response.close()
    except httpx.TimeoutException as exc:
        # A timeout at (or within a hair of) the deadline is the deadline's, not httpx's own.
        if time.monotonic() >= deadline - 0.05:
            raise AnswerTooSlowError(limit=limits.deadline) from exc
        raise
    finally:
        _state.deadline = outer
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _WIRE_HEADERS]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=b"".join(chunks),
        request=request,
        extensions={
            "reason_phrase": response.extensions.get("reason_phrase", b""),
            "http_version": response.extensions.get("http_version", b"HTTP/1.1"),
        },
    )
