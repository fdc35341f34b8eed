"""An Open Event (eventyay) API v1 look-alike for the demo, the tests and the benchmarks.

It follows the real server as docs/open-event-api.md describes it, quirks included
(append/replace rules of attendee PATCHes, roles and their 403s, stations, snake_case sparse
fieldsets, 429 without the JSON:API wrapper), keeps its data in SQLite, and can be made slow
or unreliable on purpose (see :mod:`orga_app.demo.faults`).
Everything runs on uvicorn's event loop; SQLite calls are short and made in place.

Endpoints: POST /v1/auth/login (= /v1/auth/session), POST /v1/auth/token/refresh,
GET /v1/users/user-details/get-user-id, GET /v1/users/{id}/events, GET /v1/users/{id} and
GET /v1/users/{id}/relationships/{owner,organizer,coorganizer,registrar}-events (in
:mod:`~orga_app.demo.users`), GET /v1/events/{id},
GET /v1/events/{id}/tickets, GET /v1/events/{id}/attendees, GET|PATCH /v1/attendees/{id},
POST /v1/station, GET /v1/events/{id}/stations, POST /v1/user-check-in (in
:mod:`~orga_app.demo.stations`).
Test hooks (never faulty; only with the per-server key in the ``X-Demo-Key`` header, since they
show personal data and can switch the server down, and a custom header cannot come from a
cross-site form or link): GET|POST /_demo/faults, GET /_demo/attendees/{id} (the stored row),
GET /_demo/stats (PATCHes applied per attendee; POST resets).
Request bodies over MAX_BODY_BYTES get 413 without being read further.

Here: the routes, the fault switches in front of them, and :class:`DemoServer`. The handlers are
in :mod:`~orga_app.demo.handlers`, query strings in :mod:`~orga_app.demo.query`, PATCH rules in
:mod:`~orga_app.demo.rules`, resource tables in :mod:`~orga_app.demo.resources`, JWTs in
:mod:`~orga_app.demo.auth`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import secrets
import sqlite3
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from orga_app.demo.auth import AuthError
from orga_app.demo.data import SampleInfo, generate_sample, read_sample_info, upgrade_schema
from orga_app.demo.documents import JSONAPI, ApiError, dumps
from orga_app.demo.faults import (
    Faults,
    FaultState,
    Message,
    Receive,
    Scope,
    Send,
    drop_connection,
    send_plain,
    swallow_response,
)
from orga_app.demo.handlers import DemoApi
from orga_app.demo.stations import StationHandlers
from orga_app.demo.users import UserHandlers

HOOK_HEADER = "X-Demo-Key"
# Far above any real request (a login, a PATCH, a station check-in are well under 4 KiB).
MAX_BODY_BYTES = 64 * 1024


async def _send_json(send: Send, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _read_bounded_body(receive: Receive) -> bytes | None:
    """The whole request body, or None as soon as it grows past MAX_BODY_BYTES."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)  # the client went away; the handler sees what came
        chunk = bytes(message.get("body", b""))
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


def _replaying(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the already-read body over once, then the real one."""
    given = False

    async def replay() -> Message:
        nonlocal given
        if not given:
            given = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value)
    return None


class _DemoStarlette(Starlette):
    """Starlette with the fault switches in front of everything (they need uvicorn's ``send``)."""

    api: DemoApi
    hook_key: str

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        declared = _header(scope, b"content-length") or b"0"
        too_long = not (declared.isascii() and declared.isdigit()) or int(declared) > MAX_BODY_BYTES
        body = None if too_long else await _read_bounded_body(receive)
        if body is None:
            await _send_json(send, 413, b'{"error": "Request body too large"}')
            return
        receive = _replaying(body, receive)
        path = str(scope["path"])
        if path.startswith("/_demo"):
            given = _header(scope, HOOK_HEADER.lower().encode()) or b""
            if not hmac.compare_digest(given, self.hook_key.encode()):
                await _send_json(send, 401, b'{"error": "the demo hooks need the X-Demo-Key"}')
                return
        if not path.startswith("/v1"):
            await super().__call__(scope, receive, send)
            return
        state = self.api.faults
        self.api.requests += 1
        if state.faults.down:
            await send_plain(send, 503)
            return
        error, drop_before, drop_after = state.draw()
        if state.faults.latency:
            await asyncio.sleep(state.faults.latency)
        if error is not None:
            await send_plain(send, error)
            return
        if scope["method"] == "PATCH" and drop_before:
            await drop_connection(send)
            return
        if scope["method"] == "PATCH" and drop_after:
            # The handler commits before it answers; the answer never leaves the server.
            swallowing_send, close = swallow_response(send)
            await super().__call__(scope, receive, swallowing_send)
            await close()
            return
        await super().__call__(scope, receive, send)


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return Response(
        dumps(exc.body), status_code=exc.status, media_type=JSONAPI, headers=exc.headers
    )


async def _auth_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, AuthError)
    return JSONResponse({"error": exc.message}, status_code=exc.status)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    title = "Not found" if exc.status_code == 404 else "Error"
    # a 405 carries its Allow header along
    headers = dict(exc.headers or {})
    error = ApiError(exc.status_code, title, str(exc.detail), None, headers=headers)
    return await _api_error(request, error)


def create_app(db_path: Path, faults: Faults, secret: str, hook_key: str) -> Starlette:
    """The ASGI application serving the database at *db_path*; *hook_key* opens /_demo."""
    api = DemoApi(db_path, FaultState(faults), secret)
    stations = StationHandlers(api)
    users = UserHandlers(api)
    routes = [
        Route("/v1/auth/login", api.login, methods=["POST"]),
        Route("/v1/auth/session", api.login, methods=["POST"]),
        Route("/v1/auth/token/refresh", api.refresh, methods=["POST"]),
        Route("/v1/users/user-details/get-user-id", api.user_id, methods=["GET"]),
        Route("/v1/users/{user_id:int}/events", api.user_events, methods=["GET"]),
        Route("/v1/users/{user_id:int}", users.user, methods=["GET"]),
        Route(
            "/v1/users/{user_id:int}/relationships/{relation}",
            users.role_events,
            methods=["GET"],
        ),
        Route("/v1/events/{event_id}", api.event, methods=["GET"]),
        Route("/v1/events/{event_id}/tickets", api.tickets, methods=["GET"]),
        Route("/v1/events/{event_id}/attendees", api.attendees, methods=["GET"]),
        Route("/v1/attendees/{attendee_id}", api.attendee, methods=["GET"]),
        Route("/v1/attendees/{attendee_id}", api.patch_attendee, methods=["PATCH"]),
        Route("/v1/station", stations.create_station, methods=["POST"]),
        Route("/v1/events/{event_id}/stations", stations.list_stations, methods=["GET"]),
        Route("/v1/user-check-in", stations.create_user_check_in, methods=["POST"]),
        Route("/_demo/faults", api.demo_faults, methods=["GET", "POST"]),
        Route("/_demo/attendees/{attendee_id}", api.demo_attendee, methods=["GET"]),
        Route("/_demo/stats", api.demo_stats, methods=["GET", "POST"]),
    ]
    app = _DemoStarlette(
        routes=routes,
        exception_handlers={
            ApiError: _api_error,
            AuthError: _auth_error,
            HTTPException: _http_error,
        },
    )
    app.api = api
    app.hook_key = hook_key
    return app


class DemoServer:
    """The demo server on 127.0.0.1 in a background thread (uvicorn), for tests and ``demo``."""

    def __init__(
        self,
        db_path: Path,
        port: int = 0,
        attendees: int = 200,
        seed: int = 7,
        faults: Faults | None = None,
    ) -> None:
        db_path = Path(db_path)
        if not db_path.exists():
            generate_sample(db_path, attendees, seed)
        self.db_path = db_path
        self.info: SampleInfo = read_sample_info(db_path)
        with contextlib.closing(sqlite3.connect(db_path)) as conn:
            upgrade_schema(conn)
            self.secret = str(
                conn.execute("SELECT value FROM meta WHERE key = 'jwt_secret'").fetchone()[0]
            )
        # Per server run, never stored: whoever started the server can use the hooks.
        self.hook_key = secrets.token_urlsafe(24)
        self.app = create_app(db_path, faults or Faults(seed=seed), self.secret, self.hook_key)
        self._port = port
        self._closed = False
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    def start(self) -> None:
        if self._closed:  # started again after stop(): a fresh app over the same file
            self.app = create_app(self.db_path, self.api.faults.faults, self.secret, self.hook_key)
            self._closed = False
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self._port,
            log_level="warning",
            access_log=False,
            lifespan="off",
            http="h11",
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="demo-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the demo server did not start")
            time.sleep(0.01)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self._port = port
        self.url = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None
        self.api.db.close()
        self._closed = True

    @property
    def hook_headers(self) -> dict[str, str]:
        """Headers that open the /_demo test hooks of this server."""
        return {HOOK_HEADER: self.hook_key}

    @property
    def api(self) -> DemoApi:
        """The handlers and their state (tokens, fault switches, PATCH counts)."""
        assert isinstance(self.app, _DemoStarlette)
        return self.app.api

    def set_faults(self, **changes: Any) -> None:
        """Change fault switches while serving (see :class:`Faults` for the names)."""
        self.api.faults.update(**changes)

    @property
    def stats(self) -> dict[int, int]:
        """PATCHes applied per attendee id since start (or the last reset)."""
        with self.api.stats_lock:
            return dict(self.api.patches_applied)

    def __enter__(self) -> DemoServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
