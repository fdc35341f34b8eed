"""The demo server's route handlers (:class:`DemoApi`) over one SQLite connection.

Who may see and change what follows docs/open-event-api.md; query strings are read by
:mod:`orga_app.demo.query`, PATCH documents checked by :mod:`orga_app.demo.rules`.
"""

from __future__ import annotations

import gc
import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from orga_app.demo.auth import (
    ACCESS_LIFETIME,
    REFRESH_LIFETIME,
    REMEMBER_ME_LIFETIME,
    AuthError,
    claimed_identity,
    make_token,
)
from orga_app.demo.data import hash_password
from orga_app.demo.documents import JSONAPI, ApiError, check_accept, dumps, etag_matches
from orga_app.demo.faults import FaultState
from orga_app.demo.query import Collection, PageRequest, parse_collection_query
from orga_app.demo.resources import (
    ATTENDEE_ATTRS,
    ATTENDEE_SELECT,
    ATTENDEE_START,
    ATTENDEES,
    EVENT_ATTRS,
    EVENTS,
    ORDER_ATTRS,
    ORDER_START,
    TICKET_ATTRS,
    TICKET_START,
    TICKETS,
    attendee_builder,
    plain_resource,
)
from orga_app.demo.rules import apply_checkin_rules, parse_patch_document


class DemoApi:
    """Route handlers over one SQLite connection, used only from the serving event loop."""

    def __init__(self, db_path: Path, faults: FaultState, secret: str) -> None:
        self.db = sqlite3.connect(db_path, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.faults = faults
        self.secret = secret
        self.patches_applied: dict[int, int] = {}
        # Tests read the counts from their own thread while the server loop writes them.
        self.stats_lock = threading.Lock()
        self.requests = 0

    # ----- helpers

    def make_token(self, user_id: int, kind: str, lifetime: float) -> str:
        return make_token(self.secret, user_id, kind, lifetime)

    def identity(self, request: Request, kind: str = "access") -> int:
        user_id = claimed_identity(request.headers.get("authorization"), self.secret, kind)
        if not isinstance(user_id, int) or not self.user_exists(user_id):
            raise AuthError(401, "User not found")
        return user_id

    def user_exists(self, user_id: int) -> bool:
        return (
            self.db.execute("SELECT 1 FROM users WHERE id = ?", (user_id,)).fetchone() is not None
        )

    def is_admin(self, user_id: int) -> bool:
        row = self.db.execute("SELECT is_admin FROM users WHERE id = ?", (user_id,)).fetchone()
        return bool(row and row[0])

    def event_role(self, user_id: int, event_id: int) -> str | None:
        row = self.db.execute(
            "SELECT role FROM event_roles WHERE user_id = ? AND event_id = ?", (user_id, event_id)
        ).fetchone()
        return str(row[0]) if row else None

    def load_event(self, event_ref: str) -> tuple[Any, ...]:
        column = "id" if event_ref.isascii() and event_ref.isdigit() else "identifier"
        row = self.db.execute(
            f"SELECT id, {', '.join(c for _, c, _ in EVENT_ATTRS)}, owner_id FROM events"
            f" WHERE {column} = ? AND deleted_at IS NULL",
            (event_ref,),
        ).fetchone()
        if row is None:
            raise ApiError(
                404, "Object not found", f"Event: {event_ref} not found", {"parameter": "id"}
            )
        return tuple(row)

    def event_resource(self, row: tuple[Any, ...]) -> dict[str, Any]:
        return plain_resource("event", row[0], EVENT_ATTRS, row, 1)

    def respond(self, request: Request, document: dict[str, Any], status: int = 200) -> Response:
        document["jsonapi"] = {"version": "1.0"}
        body = dumps(document)
        headers: dict[str, str] = {}
        if request.method == "GET":
            etag = 'W/"' + hashlib.sha1(body, usedforsecurity=False).hexdigest() + '"'
            headers["ETag"] = etag
            if etag_matches(request.headers.get("if-none-match"), etag):
                return Response(status_code=304, headers=headers)
        return Response(body, status_code=status, media_type=JSONAPI, headers=headers)

    # ----- auth

    async def login(self, request: Request) -> Response:
        try:
            body = json.loads(await request.body())
        except ValueError:
            body = None
        if not isinstance(body, dict) or not body.get("email") or not body.get("password"):
            return JSONResponse({"error": "username or password missing"}, status_code=400)
        row = self.db.execute(
            "SELECT id, password_hash, salt FROM users WHERE email = ?", (str(body["email"]),)
        ).fetchone()
        if row is None or hash_password(str(body["password"]), row[2]) != row[1]:
            return JSONResponse({"error": "Invalid Credentials"}, status_code=401)
        remember = body.get("remember-me") is True
        lifetime = REMEMBER_ME_LIFETIME if remember else ACCESS_LIFETIME
        if self.faults.faults.token_lifetime is not None:
            lifetime = self.faults.faults.token_lifetime
        answer = {"access_token": self.make_token(row[0], "access", lifetime)}
        if remember and body.get("include-in-response") is True:
            answer["refresh_token"] = self.make_token(row[0], "refresh", REFRESH_LIFETIME)
        return JSONResponse(answer)

    async def refresh(self, request: Request) -> Response:
        user_id = self.identity(request, kind="refresh")
        lifetime = self.faults.faults.token_lifetime
        token = self.make_token(
            user_id, "access", REMEMBER_ME_LIFETIME if lifetime is None else lifetime
        )
        return JSONResponse({"access_token": token})

    async def user_id(self, request: Request) -> Response:
        return JSONResponse({"user_id": self.identity(request)})

    # ----- events and tickets

    async def user_events(self, request: Request) -> Response:
        caller = self.identity(request)
        check_accept(request)
        user_id = int(request.path_params["user_id"])
        if not self.user_exists(user_id):
            raise ApiError(
                404, "Object not found", f"User: {user_id} not found", {"parameter": "id"}
            )
        if caller != user_id and not self.is_admin(caller):
            raise ApiError(403, "Access Forbidden", "You are not authorized to access this.", None)
        where = (
            "e.deleted_at IS NULL AND (e.owner_id = ? OR e.id IN"
            " (SELECT event_id FROM event_roles WHERE user_id = ?))"
        )
        return self._simple_collection(request, EVENTS, where, [user_id, user_id], EVENT_ATTRS)

    async def event(self, request: Request) -> Response:
        check_accept(request)
        row = self._visible_event(request)
        return self.respond(
            request, {"data": self.event_resource(row), "links": {"self": f"/v1/events/{row[0]}"}}
        )

    async def tickets(self, request: Request) -> Response:
        check_accept(request)
        row = self._visible_event(request)
        where = "e.event_id = ? AND e.deleted_at IS NULL"
        return self._simple_collection(request, TICKETS, where, [row[0]], TICKET_ATTRS)

    def _visible_event(self, request: Request) -> tuple[Any, ...]:
        """Published events are public; drafts only for the team (token optional otherwise)."""
        caller = self.identity(request) if "authorization" in request.headers else None
        row = self.load_event(str(request.path_params["event_id"]))
        state = row[1 + [c for _, c, _ in EVENT_ATTRS].index("state")]
        if state != "published" and (
            caller is None or not (self.is_admin(caller) or self.event_role(caller, row[0]))
        ):
            raise ApiError(
                404, "Object not found", f"Event: {row[0]} not found", {"parameter": "id"}
            )
        return row

    def _simple_collection(
        self,
        request: Request,
        collection: Collection,
        where: str,
        params: list[Any],
        attrs: list[tuple[str, str, str]],
    ) -> Response:
        page = parse_collection_query(request.query_params, collection)
        sql_where, sql_params = page.where_sql("e", where, params)
        count = self.db.execute(
            f"SELECT COUNT(*) FROM {collection.table} e WHERE {sql_where}", sql_params
        ).fetchone()[0]
        columns = ", ".join(f"e.{c}" for _, c, _ in attrs)
        rows = self.db.execute(
            f"SELECT e.id, {columns} FROM {collection.table} e WHERE {sql_where}"
            f" ORDER BY {page.order_sql('e')}{page.limit_sql()}",
            sql_params,
        ).fetchall()
        data = [plain_resource(collection.kind, r[0], attrs, r, 1) for r in rows]
        for item in data:
            page.apply_fields(item)
        return self.respond(
            request,
            {"data": data, "meta": {"count": count}, "links": page.links(request.url, count)},
        )

    # ----- attendees

    async def attendees(self, request: Request) -> Response:
        caller = self.identity(request)
        check_accept(request)
        event = self.load_event(str(request.path_params["event_id"]))
        if not self.is_admin(caller) and self.event_role(caller, event[0]) not in (
            "owner", "organizer", "coorganizer",
        ):  # fmt: skip
            raise ApiError(
                403,
                "Access Forbidden",
                f"You don't have access to event {event[0]}",
                {"parameter": "event_id"},
            )
        with _collector_paused():
            return self._attendee_page(request, event)

    def _attendee_page(self, request: Request, event: tuple[Any, ...]) -> Response:
        page = parse_collection_query(request.query_params, ATTENDEES)
        base = "a.event_id = ?"
        if request.query_params.get("get_trashed") != "true":
            base += " AND a.deleted_at IS NULL"
        where, params = page.where_sql("a", base, [event[0]])
        count = self.db.execute(
            f"SELECT COUNT(*) FROM attendees a WHERE {where}", params
        ).fetchone()[0]
        order = page.order_sql("a")
        # The page's ids come from the index alone; only those rows are joined and read.
        rows = self.db.execute(
            f"SELECT {ATTENDEE_SELECT} FROM (SELECT a.id AS pid FROM attendees a WHERE {where}"
            f" ORDER BY {order}{page.limit_sql()}) p JOIN attendees a ON a.id = p.pid"
            " JOIN orders o ON o.id = a.order_id JOIN tickets t ON t.id = a.ticket_id"
            f" ORDER BY {order}",
            params,
        ).fetchall()
        document = self._attendee_document(request, rows, page, event)
        document["meta"] = {"count": count}
        document["links"] = page.links(request.url, count)
        return self.respond(request, document)

    def _attendee_document(
        self, request: Request, rows: list[Any], page: PageRequest, event: tuple[Any, ...] | None
    ) -> dict[str, Any]:
        base_url = str(request.base_url).rstrip("/")
        build = attendee_builder(page, base_url)
        data = [build(row) for row in rows]
        included: list[dict[str, Any]] = []
        if "order" in page.include:
            seen: dict[int, None] = {}
            for row in rows:
                if row[ORDER_START - 1] not in seen:
                    seen[row[ORDER_START - 1]] = None
                    included.append(
                        plain_resource("order", row[ORDER_START - 1], ORDER_ATTRS, row, ORDER_START)
                    )
        if "ticket" in page.include:
            seen_tickets: dict[int, None] = {}
            for row in rows:
                ticket_id = row[ATTENDEE_START + 8]
                if ticket_id not in seen_tickets:
                    seen_tickets[ticket_id] = None
                    included.append(
                        plain_resource("ticket", ticket_id, TICKET_ATTRS, row, TICKET_START)
                    )
        if "event" in page.include and rows:
            event_row = event or self.load_event(str(rows[0][1]))
            included.append(self.event_resource(event_row))
        for item in included:
            page.apply_fields(item)
        document: dict[str, Any] = {"data": data}
        if included:
            document["included"] = included
        return document

    def _load_attendee(self, attendee_id: int, trashed: bool = False) -> tuple[Any, ...]:
        row = self.db.execute(
            f"SELECT {ATTENDEE_SELECT}, o.status, o.user_id FROM attendees a"
            " JOIN orders o ON o.id = a.order_id JOIN tickets t ON t.id = a.ticket_id"
            f" WHERE a.id = ?{'' if trashed else ' AND a.deleted_at IS NULL'}",
            (attendee_id,),
        ).fetchone()
        if row is None:
            raise ApiError(
                404,
                "Object not found",
                f"TicketHolder: {attendee_id} not found",
                {"parameter": "id"},
            )
        return tuple(row)

    def _may_read_attendee(self, caller: int, row: tuple[Any, ...]) -> bool:
        if self.is_admin(caller) or row[-1] == caller:
            return True
        return self.event_role(caller, row[1]) in ("owner", "organizer", "coorganizer", "registrar")

    async def attendee(self, request: Request) -> Response:
        caller = self.identity(request)
        check_accept(request)
        attendee_id = _path_id(request)
        row = self._load_attendee(attendee_id, request.query_params.get("get_trashed") == "true")
        if not self._may_read_attendee(caller, row):
            raise ApiError(403, "Access Forbidden", "You are not authorized to access this.", None)
        page = parse_collection_query(request.query_params, ATTENDEES, paginated=False)
        document = self._attendee_document(request, [row], page, None)
        document["data"] = document["data"][0]
        document["links"] = {"self": f"/v1/attendees/{attendee_id}"}
        return self.respond(request, document)

    async def patch_attendee(self, request: Request) -> Response:
        caller = self.identity(request)
        check_accept(request)
        if request.headers.get("content-type") != JSONAPI:
            raise ApiError(
                415,
                "Invalid request header",
                "Content-Type header must be application/vnd.api+json",
                "<header>",
                status_text=True,
            )
        attendee_id = _path_id(request)
        changes = parse_patch_document(await request.body(), attendee_id)
        row = self._load_attendee(attendee_id)
        if not self.is_admin(caller) and row[-1] != caller:
            raise ApiError(
                403,
                "Access Forbidden",
                "Only admin or that user itself can update attendee info",
                None,
            )
        current = {
            column: row[ATTENDEE_START + i] for i, (_, column, _, _) in enumerate(ATTENDEE_ATTRS)
        }
        apply_checkin_rules(
            changes, current, order_status=row[-2], duplicate=self.faults.faults.duplicate_checkin
        )
        if changes:
            assignments = ", ".join(f"{column} = ?" for column in changes)
            with self.db:
                self.db.execute(
                    f"UPDATE attendees SET {assignments} WHERE id = ?",
                    [*changes.values(), attendee_id],
                )
        with self.stats_lock:
            self.patches_applied[attendee_id] = self.patches_applied.get(attendee_id, 0) + 1
        page = parse_collection_query(request.query_params, ATTENDEES, paginated=False)
        document = self._attendee_document(request, [self._load_attendee(attendee_id)], page, None)
        document["data"] = document["data"][0]
        document["links"] = {"self": f"/v1/attendees/{attendee_id}"}
        return self.respond(request, document)

    # ----- demo-only endpoints (tests read the truth here)

    async def demo_faults(self, request: Request) -> Response:
        if request.method == "POST":
            try:
                changes = json.loads(await request.body())
                if not isinstance(changes, dict):
                    raise ValueError("body must be a JSON object")
                self.faults.update(**changes)
            except (ValueError, TypeError) as exc:
                return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse(self.faults.faults.as_dict())

    async def demo_attendee(self, request: Request) -> Response:
        self.db.row_factory = sqlite3.Row
        try:
            row = self.db.execute(
                "SELECT a.*, o.identifier AS order_identifier, o.status AS order_status"
                " FROM attendees a JOIN orders o ON o.id = a.order_id WHERE a.id = ?",
                (_path_id(request),),
            ).fetchone()
        finally:
            self.db.row_factory = None
        if row is None:
            return JSONResponse({"error": "no such attendee"}, status_code=404)
        return JSONResponse(dict(row))

    async def demo_stats(self, request: Request) -> Response:
        with self.stats_lock:
            if request.method == "POST":  # reset
                self.patches_applied.clear()
                self.requests = 0
            applied = {str(k): v for k, v in sorted(self.patches_applied.items())}
        return JSONResponse({"patches_applied": applied, "requests": self.requests})


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A page of 1,000 attendees is some 20,000 dicts that live until it is encoded: with the
    cyclic collector on, they set off full collections that walk the whole server (as in the
    app, sync/gc_pause.py). Nothing awaits inside, so no other request runs meanwhile."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _path_id(request: Request) -> int:
    text = str(request.path_params["attendee_id"])
    if not (text.isascii() and text.isdigit()):
        raise ApiError(
            404, "Object not found", f"TicketHolder: {text} not found", {"parameter": "id"}
        )
    return int(text)
