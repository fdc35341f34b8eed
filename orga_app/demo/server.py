"""An Open Event (eventyay) API v1 look-alike for the demo, the tests and the benchmarks.

It follows /work/shared/OPEN_EVENT_API.md, quirks included (append/replace rules of attendee
PATCHes, snake_case sparse fieldsets, 429 without the JSON:API wrapper), keeps its data in
SQLite, and can be made slow or unreliable on purpose (see :mod:`orga_app.demo.faults`).
Everything runs on uvicorn's event loop; SQLite calls are short and made in place.

Endpoints: POST /v1/auth/login (= /v1/auth/session), POST /v1/auth/token/refresh,
GET /v1/users/user-details/get-user-id, GET /v1/users/{id}/events, GET /v1/events/{id},
GET /v1/events/{id}/tickets, GET /v1/events/{id}/attendees, GET|PATCH /v1/attendees/{id}.
Test hooks (no auth, never faulty): GET|POST /_demo/faults, GET /_demo/attendees/{id} (the
stored row), GET /_demo/stats (PATCHes applied per attendee; POST resets).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import jwt
import uvicorn
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from orga_app.demo.data import SampleInfo, generate_sample, hash_password, read_sample_info
from orga_app.demo.faults import (
    Faults,
    FaultState,
    Receive,
    Scope,
    Send,
    drop_connection,
    send_plain,
    swallow_response,
)

JSONAPI = "application/vnd.api+json"
ACCESS_LIFETIME = 24 * 3600.0
REMEMBER_ME_LIFETIME = 90 * 60.0
REFRESH_LIFETIME = 365 * 24 * 3600.0
_MISSING_JWT = 'Missing JWT in headers or cookies (Missing Authorization Header; Missing cookie "access_token_cookie")'  # noqa: E501


class AuthError(Exception):
    """An authentication failure: answered as plain ``{"error": ...}``, not JSON:API."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# --------------------------------------------------------------------------- JSON:API queries


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


# ASCII output takes the C encoder's fastest path (about 40% quicker than ensure_ascii=False).
_ENCODER = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), check_circular=False)


def dumps(document: Any) -> bytes:
    return _ENCODER.encode(document).encode()


def _bad_parameter(parameter: str, detail: str) -> ApiError:
    return ApiError(400, "Invalid parameters", detail, {"parameter": parameter})


class Collection:
    """What a resource type allows in query strings."""

    def __init__(
        self,
        kind: str,
        table: str,
        columns: dict[str, str],
        *,
        attribute_names: list[str],
        relationship_names: list[str],
        relationships: dict[str, tuple[str, str, dict[str, str]]] | None = None,
        includable: list[str] | None = None,
    ) -> None:
        self.kind = kind
        self.table = table
        self.columns = columns  # dasherized name → column
        self.attribute_names = attribute_names
        self.relationship_names = relationship_names
        # relationship → (table, foreign key column here, its columns) for has/any filters
        self.relationships = relationships or {}
        self.includable = includable or []

    def column(self, name: str, parameter: str) -> str:
        column = self.columns.get(name) or self.columns.get(name.replace("_", "-"))
        if column is None:
            raise _bad_parameter(parameter, f"{self.kind} has no attribute {name}")
        return column


_COMPARISONS = {"eq": "=", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}


def _compile_filter(
    node: Any, columns: dict[str, str], collection: Collection, alias: str
) -> tuple[str, list[Any]]:
    """One node of flask-rest-jsonapi's filter language → SQL and parameters."""
    if isinstance(node, list):
        parts = [_compile_filter(n, columns, collection, alias) for n in node]
        return _join(parts, "AND")
    if not isinstance(node, dict):
        raise _bad_parameter("filter", "A filter must be an object")
    for combinator in ("and", "or"):
        if combinator in node:
            parts = [_compile_filter(n, columns, collection, alias) for n in node[combinator]]
            return _join(parts, combinator.upper())
    if "not" in node:
        sql, params = _compile_filter(node["not"], columns, collection, alias)
        return f"NOT ({sql})", params
    name, op, val = node.get("name"), node.get("op"), node.get("val")
    if not isinstance(name, str) or not isinstance(op, str):
        raise _bad_parameter("filter", "Can't find name or op in filter")
    if op in ("has", "any"):
        relation = collection.relationships.get(name)
        if relation is None:
            raise _bad_parameter("filter", f"{collection.kind} has no relationship {name}")
        table, key, rel_columns = relation
        inner_collection = Collection(
            name, table, rel_columns, attribute_names=[], relationship_names=[]
        )
        sql, params = _compile_filter(val, rel_columns, inner_collection, "r")
        return f"EXISTS (SELECT 1 FROM {table} r WHERE r.id = {alias}.{key} AND {sql})", params
    column = columns.get(name) or columns.get(name.replace("_", "-"))
    if column is None:
        raise _bad_parameter("filter", f"{collection.kind} has no attribute {name}")
    target = f"{alias}.{column}"
    if op in ("eq", "is_") and val is None:
        return f"{target} IS NULL", []
    if op in ("ne", "isnot") and val is None:
        return f"{target} IS NOT NULL", []
    if op in _COMPARISONS:
        return f"{target} {_COMPARISONS[op]} ?", [val]
    if op in ("in_", "notin_"):
        if not isinstance(val, list):
            raise _bad_parameter("filter", f"{op} needs a list")
        marks = ", ".join("?" for _ in val) or "NULL"
        return f"{target} {'NOT IN' if op == 'notin_' else 'IN'} ({marks})", list(val)
    if op in ("like", "ilike", "notlike", "notilike"):
        negate = "NOT " if op.startswith("not") else ""
        return f"lower({target}) {negate}LIKE lower(?)", [val]
    if op in ("startswith", "endswith", "contains"):
        pattern = {"startswith": "{}%", "endswith": "%{}", "contains": "%{}%"}[op].format(val)
        return f"{target} LIKE ?", [pattern]
    raise _bad_parameter("filter", f"Invalid filter operator {op}")


def _join(parts: list[tuple[str, list[Any]]], glue: str) -> tuple[str, list[Any]]:
    if not parts:
        return "1", []
    params = [p for _, ps in parts for p in ps]
    return "(" + f" {glue} ".join(sql for sql, _ in parts) + ")", params


class PageRequest:
    """The parsed query string of a collection request."""

    def __init__(self, collection: Collection) -> None:
        self.collection = collection
        self.size = 20
        self.number = 1
        self.filter_sql = "1"
        self.filter_params: list[Any] = []
        self.sort: list[tuple[str, bool]] = []
        self.include: list[str] = []
        # type → set of dasherized names to keep (absent: all)
        self.fields: dict[str, set[str]] = {}

    def where_sql(self, alias: str, base: str, params: list[Any]) -> tuple[str, list[Any]]:
        return f"({base}) AND {self.filter_sql.replace('§.', alias + '.')}", [
            *params,
            *self.filter_params,
        ]

    def order_sql(self, alias: str) -> str:
        terms = [f"{alias}.{column} {'DESC' if desc else 'ASC'}" for column, desc in self.sort]
        return ", ".join([*terms, f"{alias}.id ASC"])

    def limit_sql(self) -> str:
        if self.size == 0:
            return ""
        return f" LIMIT {self.size} OFFSET {(self.number - 1) * self.size}"

    def apply_fields(self, resource: dict[str, Any]) -> None:
        keep = self.fields.get(resource["type"])
        if keep is None:
            return
        resource["attributes"] = {k: v for k, v in resource["attributes"].items() if k in keep}
        if "relationships" in resource:
            resource["relationships"] = {
                k: v for k, v in resource["relationships"].items() if k in keep
            }

    def links(self, url: Any, count: int) -> dict[str, str]:
        links = {"self": str(url)}
        if self.size == 0:
            return links
        last = max(1, -(-count // self.size))

        def page(number: int) -> str:
            return str(url.include_query_params(**{"page[number]": number}))

        links["first"] = page(1)
        links["last"] = page(last)
        if self.number > 1:
            links["prev"] = page(self.number - 1)
        if self.number < last:
            links["next"] = page(self.number + 1)
        return links


def parse_collection_query(
    query: Any, collection: Collection, *, paginated: bool = True
) -> PageRequest:
    page = PageRequest(collection)
    if paginated:
        page.size = _non_negative(query.get("page[size]", "20"), "page[size]")
        page.number = max(1, _non_negative(query.get("page[number]", "1"), "page[number]"))
        if "filter" in query:
            try:
                tree = json.loads(query["filter"])
            except ValueError:
                raise _bad_parameter("filter", "Parse error") from None
            sql, params = _compile_filter(tree, collection.columns, collection, "§")
            page.filter_sql, page.filter_params = sql, params
        for term in filter(None, query.get("sort", "").split(",")):
            name = term.lstrip("-")
            page.sort.append((collection.column(name, "sort"), term.startswith("-")))
    for name in filter(None, query.get("include", "").split(",")):
        if name not in collection.includable:
            raise _bad_parameter("include", f'{collection.kind} has no relationship "{name}"')
        page.include.append(name)
    for key, value in query.items():
        if key.startswith("fields[") and key.endswith("]"):
            page.fields[key[7:-1]] = _parse_fields(key, value, collection)
    return page


def _parse_fields(key: str, value: str, collection: Collection) -> set[str]:
    """Sparse fieldsets, with the server's quirk: several fields must be given in snake_case."""
    names = [n.strip() for n in value.split(",") if n.strip()]
    if key != f"fields[{collection.kind}]":
        return {n.replace("_", "-") for n in names}
    known = set(collection.attribute_names) | set(collection.relationship_names)
    keep = set()
    for name in names:
        dashed = name.replace("_", "-")
        if dashed not in known or (len(names) > 1 and "-" in name):
            raise _bad_parameter(key, f"{collection.kind} has no attribute {name}")
        keep.add(dashed)
    return keep


def _non_negative(text: str, parameter: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise _bad_parameter(parameter, "Parse error") from None
    if value < 0:
        raise _bad_parameter(parameter, "Parse error")
    return value


# --------------------------------------------------------------------------- resources

# (JSON:API attribute, column, kind, writable); kinds: s = string, b = boolean, i = id as string
ATTENDEE_ATTRS: list[tuple[str, str, str, bool]] = [
    ("firstname", "firstname", "s", True),
    ("lastname", "lastname", "s", True),
    ("email", "email", "s", True),
    ("company", "company", "s", True),
    ("job-title", "job_title", "s", True),
    ("city", "city", "s", True),
    ("country", "country", "s", True),
    ("identifier", "identifier", "s", False),
    ("ticket-id", "ticket_id", "i", False),
    ("is-checked-in", "is_checked_in", "b", True),
    ("checkin-times", "checkin_times", "s", True),
    ("is-checked-out", "is_checked_out", "b", True),
    ("checkout-times", "checkout_times", "s", True),
    ("device-name-checkin", "device_name_checkin", "s", True),
    ("attendee-notes", "attendee_notes", "s", True),
    ("is-registered", "is_registered", "b", True),
    ("is-badge-printed", "is_badge_printed", "b", True),
    ("deleted-at", "deleted_at", "s", False),
]
ORDER_ATTRS = [
    ("identifier", "identifier", "s"),
    ("status", "status", "s"),
    ("amount", "amount", "n"),
    ("created-at", "created_at", "s"),
    ("completed-at", "completed_at", "s"),
]
TICKET_ATTRS = [
    ("name", "name", "s"),
    ("type", "type", "s"),
    ("price", "price", "n"),
    ("quantity", "quantity", "n"),
    ("is-checkin-restricted", "is_checkin_restricted", "b"),
    ("auto-checkin-enabled", "auto_checkin_enabled", "b"),
    ("position", "position", "n"),
]
EVENT_ATTRS = [
    ("identifier", "identifier", "s"),
    ("name", "name", "s"),
    ("starts-at", "starts_at", "s"),
    ("ends-at", "ends_at", "s"),
    ("timezone", "timezone", "s"),
    ("state", "state", "s"),
    ("location-name", "location_name", "s"),
    ("logo-url", "logo_url", "s"),
    ("deleted-at", "deleted_at", "s"),
]
_ATTENDEE_COLUMNS = {dashed: column for dashed, column, _, _ in ATTENDEE_ATTRS} | {"id": "id"}
ATTENDEES = Collection(
    "attendee",
    "attendees",
    _ATTENDEE_COLUMNS,
    relationships={
        "order": ("orders", "order_id", {d: c for d, c, _ in ORDER_ATTRS} | {"id": "id"}),
        "ticket": ("tickets", "ticket_id", {d: c for d, c, _ in TICKET_ATTRS} | {"id": "id"}),
    },
    attribute_names=[d for d, _, _, _ in ATTENDEE_ATTRS] + ["pdf-url"],
    relationship_names=["event", "ticket", "order", "user"],
    includable=["order", "ticket", "event"],
)
EVENTS = Collection(
    "event",
    "events",
    {d: c for d, c, _ in EVENT_ATTRS} | {"id": "id"},
    attribute_names=[d for d, _, _ in EVENT_ATTRS],
    relationship_names=["tickets", "attendees"],
)
TICKETS = Collection(
    "ticket",
    "tickets",
    {d: c for d, c, _ in TICKET_ATTRS} | {"id": "id"},
    attribute_names=[d for d, _, _ in TICKET_ATTRS],
    relationship_names=["event"],
)
_A_COLS = ", ".join(f"a.{c}" for _, c, _, _ in ATTENDEE_ATTRS)
_O_COLS = ", ".join(f"o.{c}" for _, c, _ in ORDER_ATTRS)
_T_COLS = ", ".join(f"t.{c}" for _, c, _ in TICKET_ATTRS)
# row layout: a.id, a.event_id, a.order_id, attendee attrs..., o.id, order attrs..., t attrs...
_ATTENDEE_SELECT = f"a.id, a.event_id, a.order_id, {_A_COLS}, o.id, {_O_COLS}, {_T_COLS}"
_A0 = 3
_O0 = _A0 + len(ATTENDEE_ATTRS) + 1
_T0 = _O0 + len(ORDER_ATTRS)


def _value(kind: str, raw: Any) -> Any:
    if kind == "b":
        return bool(raw)
    if kind == "i":
        return None if raw is None else str(raw)
    return raw


def _plain_resource(
    kind: str, rid: Any, attrs: list[tuple[str, str, str]], row: tuple[Any, ...], start: int
) -> dict[str, Any]:
    return {
        "type": kind,
        "id": str(rid),
        "attributes": {name: _value(k, row[start + i]) for i, (name, _, k) in enumerate(attrs)},
        "links": {"self": f"/v1/{kind}s/{rid}"},
    }


# --------------------------------------------------------------------------- the application


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
        now = time.time()
        claims = {
            "iat": int(now),
            "nbf": int(now),
            "jti": str(uuid.uuid4()),
            "exp": int(now + lifetime),
            "identity": user_id,
            "fresh": kind == "access",
            "type": kind,
        }
        return jwt.encode(claims, self.secret, algorithm="HS256")

    def identity(self, request: Request, kind: str = "access") -> int:
        header = request.headers.get("authorization")
        if not header:
            raise AuthError(401, _MISSING_JWT)
        parts = header.split()
        if len(parts) != 2 or parts[0] != "JWT":
            raise AuthError(422, "Bad Authorization header. Expected value 'JWT <JWT>'")
        try:
            claims = jwt.decode(parts[1], self.secret, algorithms=["HS256"])
        except jwt.ExpiredSignatureError:
            raise AuthError(401, "Token has expired") from None
        except jwt.InvalidTokenError as exc:
            raise AuthError(422, str(exc) or "Invalid token") from None
        if claims.get("type") != kind:
            raise AuthError(422, f"Only {kind} tokens are allowed")
        user_id = claims.get("identity")
        if not isinstance(user_id, int) or not self._user_exists(user_id):
            raise AuthError(401, "User not found")
        return user_id

    def _user_exists(self, user_id: int) -> bool:
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
        column = "id" if event_ref.isdigit() else "identifier"
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
        return _plain_resource("event", row[0], EVENT_ATTRS, row, 1)

    def respond(self, request: Request, document: dict[str, Any], status: int = 200) -> Response:
        document["jsonapi"] = {"version": "1.0"}
        body = dumps(document)
        headers: dict[str, str] = {}
        if request.method == "GET":
            etag = 'W/"' + hashlib.sha1(body, usedforsecurity=False).hexdigest() + '"'
            headers["ETag"] = etag
            if _etag_matches(request.headers.get("if-none-match"), etag):
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
        _check_accept(request)
        user_id = int(request.path_params["user_id"])
        if not self._user_exists(user_id):
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
        _check_accept(request)
        row = self._visible_event(request)
        return self.respond(
            request, {"data": self.event_resource(row), "links": {"self": f"/v1/events/{row[0]}"}}
        )

    async def tickets(self, request: Request) -> Response:
        _check_accept(request)
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
        data = [_plain_resource(collection.kind, r[0], attrs, r, 1) for r in rows]
        for item in data:
            page.apply_fields(item)
        return self.respond(
            request,
            {"data": data, "meta": {"count": count}, "links": page.links(request.url, count)},
        )

    # ----- attendees

    async def attendees(self, request: Request) -> Response:
        caller = self.identity(request)
        _check_accept(request)
        event = self.load_event(str(request.path_params["event_id"]))
        if not self.is_admin(caller) and self.event_role(caller, event[0]) not in (
            "owner", "organizer", "coorganizer",
        ):  # fmt: skip
            raise ApiError(
                403,
                "Access Forbidden",
                "You don't have access to the provided event",
                {"parameter": "event_id"},
            )
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
            f"SELECT {_ATTENDEE_SELECT} FROM (SELECT a.id AS pid FROM attendees a WHERE {where}"
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
        build = _attendee_builder(page, base_url)
        data = [build(row) for row in rows]
        included: list[dict[str, Any]] = []
        if "order" in page.include:
            seen: dict[int, None] = {}
            for row in rows:
                if row[_O0 - 1] not in seen:
                    seen[row[_O0 - 1]] = None
                    included.append(_plain_resource("order", row[_O0 - 1], ORDER_ATTRS, row, _O0))
        if "ticket" in page.include:
            seen_tickets: dict[int, None] = {}
            for row in rows:
                ticket_id = row[_A0 + 8]
                if ticket_id not in seen_tickets:
                    seen_tickets[ticket_id] = None
                    included.append(_plain_resource("ticket", ticket_id, TICKET_ATTRS, row, _T0))
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
            f"SELECT {_ATTENDEE_SELECT}, o.status, o.user_id FROM attendees a"
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
        _check_accept(request)
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
        _check_accept(request)
        if request.headers.get("content-type") != JSONAPI:
            raise ApiError(
                415,
                "Invalid request header",
                "Content-Type header must be application/vnd.api+json",
                "<header>",
                status_text=True,
            )
        attendee_id = _path_id(request)
        changes = _parse_patch_document(await request.body(), attendee_id)
        row = self._load_attendee(attendee_id)
        if not self.is_admin(caller) and row[-1] != caller:
            raise ApiError(
                403,
                "Access Forbidden",
                "Only admin or that user itself can update attendee info",
                None,
            )
        current = {column: row[_A0 + i] for i, (_, column, _, _) in enumerate(ATTENDEE_ATTRS)}
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


# --------------------------------------------------------------------------- attendee documents


def _attendee_builder(page: PageRequest, base_url: str) -> Callable[[Any], dict[str, Any]]:
    """A fast row → resource function for one request (fields and includes decided once)."""
    keep = page.fields.get("attendee")
    picks = [
        (name, _A0 + i, kind)
        for i, (name, _, kind, _) in enumerate(ATTENDEE_ATTRS)
        if keep is None or name in keep
    ]
    want_pdf = keep is None or "pdf-url" in keep
    rels = [r for r in ATTENDEE_RELATIONSHIPS if keep is None or r in keep]
    include = set(page.include)

    def build(row: Any) -> dict[str, Any]:
        rid = row[0]
        attributes = {}
        for name, index, kind in picks:
            raw = row[index]
            attributes[name] = (
                bool(raw) if kind == "b" else (str(raw) if kind == "i" and raw is not None else raw)
            )
        if want_pdf:
            attributes["pdf-url"] = f"{base_url}/v1/attendees/{row[_A0 + 7] or rid}.pdf"
        relationships = {}
        for rel in rels:
            entry: dict[str, Any] = {
                "links": {
                    "self": f"/v1/attendees/{rid}/relationships/{rel}",
                    "related": f"/v1/attendees/{rid}/{rel}",
                }
            }
            if rel in include:
                target = {"order": row[2], "ticket": row[_A0 + 8], "event": row[1]}[rel]
                entry["data"] = {"type": rel, "id": str(target)}
            relationships[rel] = entry
        return {
            "type": "attendee",
            "id": str(rid),
            "attributes": attributes,
            "relationships": relationships,
            "links": {"self": f"/v1/attendees/{rid}"},
        }

    return build


ATTENDEE_RELATIONSHIPS = ["event", "ticket", "order", "user"]


def _etag_matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    wanted = etag.removeprefix("W/")
    return any(
        tag.strip() == "*" or tag.strip().removeprefix("W/") == wanted for tag in header.split(",")
    )


def _check_accept(request: Request) -> None:
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


def _path_id(request: Request) -> int:
    text = str(request.path_params["attendee_id"])
    if not text.isdigit():
        raise ApiError(
            404, "Object not found", f"TicketHolder: {text} not found", {"parameter": "id"}
        )
    return int(text)


_WRITABLE = {name: (column, kind) for name, column, kind, writable in ATTENDEE_ATTRS if writable}


def _unprocessable(pointer: str, detail: str) -> ApiError:
    return ApiError(422, "Unprocessable Entity", detail, {"pointer": pointer})


def _parse_patch_document(body: bytes, attendee_id: int) -> dict[str, Any]:
    """The JSON:API document → {column: value}; type (409) and id (400) checks as the server."""
    try:
        document = json.loads(body)
    except ValueError:
        raise ApiError(
            400, "Bad request", "Request body is not valid JSON", {"pointer": ""}
        ) from None
    data = document.get("data") if isinstance(document, dict) else None
    if not isinstance(data, dict):
        raise _unprocessable("/data", "Object must include `data` key")
    if data.get("type") != "attendee":
        raise ApiError(
            409, "Incorrect type", 'Invalid type. Expected "attendee".', {"pointer": "/data/type"}
        )
    if "id" not in data:
        raise ApiError(400, "Bad request", 'Missing id in "data" node', {"pointer": "/data/id"})
    if str(data["id"]) != str(attendee_id):
        raise ApiError(
            400,
            "Bad request",
            "Value of id does not match the resource identifier in url",
            {"pointer": "/data/id"},
        )
    attributes = data.get("attributes") or {}
    if not isinstance(attributes, dict):
        raise _unprocessable("/data/attributes", "Invalid input type.")
    changes: dict[str, Any] = {}
    # Read-only and unknown attributes are ignored, as marshmallow 2 did on load.
    for name, value in attributes.items():
        if name not in _WRITABLE:
            continue
        column, kind = _WRITABLE[name]
        if kind == "b" and not isinstance(value, bool):
            raise _unprocessable(f"/data/attributes/{name}", "Not a valid boolean.")
        if kind == "s" and value is not None and not isinstance(value, str):
            raise _unprocessable(f"/data/attributes/{name}", "Not a valid string.")
        changes[column] = value
    return changes


def apply_checkin_rules(
    changes: dict[str, Any], current: dict[str, Any], *, order_status: str, duplicate: str
) -> None:
    """Rules 2–6 of OPEN_EVENT_API.md, applied to *changes* in place (server code order)."""
    sent_times = changes.get("checkin_times")
    if "device_name_checkin" in changes and sent_times is None:
        raise _unprocessable("/data/attributes/device-name-checkin", "Check in Times missing")
    if order_status != "initializing" and sent_times is None:
        raise _unprocessable(
            "/data/attributes/checkin-times",
            "Attendee can't be updated because the corresponding order is not in"
            " initializing state",
        )
    if changes.get("is_checked_in"):
        old_times = current["checkin_times"]
        old_devices = current["device_name_checkin"]
        sent_device = changes.get("device_name_checkin")
        if old_times and sent_times in old_times.split(","):
            if duplicate == "reject":
                raise _unprocessable(
                    "/data/attributes/checkin-times", "Check in time already present"
                )
            # The classic server keeps only the re-sent time: the history is gone.
            changes["device_name_checkin"] = sent_device if sent_device is not None else "-"
        else:
            if old_times:
                changes["checkin_times"] = f"{old_times},{sent_times}"
            new_device = sent_device if sent_device is not None else "-"
            changes["device_name_checkin"] = (
                f"{old_devices},{new_device}" if old_devices is not None else new_device
            )
            if sent_device is not None and len(changes["checkin_times"].split(",")) != len(
                changes["device_name_checkin"].split(",")
            ):
                raise _unprocessable(
                    "/data/attributes/device-name-checkin",
                    "Check in Times missing for the corresponding devices",
                )
    if changes.get("is_checked_out") and not current["is_checked_out"]:
        outs = current["checkout_times"].split(",") if current["checkout_times"] else []
        outs.append(datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f"))
        changes["checkout_times"] = ",".join(outs)


# --------------------------------------------------------------------------- assembly


class _DemoStarlette(Starlette):
    """Starlette with the fault switches in front of everything (they need uvicorn's ``send``)."""

    api: DemoApi

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope["path"]).startswith("/v1"):
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


def create_app(db_path: Path, faults: Faults, secret: str) -> Starlette:
    """The ASGI application serving the database at *db_path*."""
    api = DemoApi(db_path, FaultState(faults), secret)
    routes = [
        Route("/v1/auth/login", api.login, methods=["POST"]),
        Route("/v1/auth/session", api.login, methods=["POST"]),
        Route("/v1/auth/token/refresh", api.refresh, methods=["POST"]),
        Route("/v1/users/user-details/get-user-id", api.user_id, methods=["GET"]),
        Route("/v1/users/{user_id:int}/events", api.user_events, methods=["GET"]),
        Route("/v1/events/{event_id}", api.event, methods=["GET"]),
        Route("/v1/events/{event_id}/tickets", api.tickets, methods=["GET"]),
        Route("/v1/events/{event_id}/attendees", api.attendees, methods=["GET"]),
        Route("/v1/attendees/{attendee_id}", api.attendee, methods=["GET"]),
        Route("/v1/attendees/{attendee_id}", api.patch_attendee, methods=["PATCH"]),
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
            self.secret = str(
                conn.execute("SELECT value FROM meta WHERE key = 'jwt_secret'").fetchone()[0]
            )
        self.app = create_app(db_path, faults or Faults(seed=seed), self.secret)
        self._port = port
        self._closed = False
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    def start(self) -> None:
        if self._closed:  # started again after stop(): a fresh app over the same file
            self.app = create_app(self.db_path, self.api.faults.faults, self.secret)
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
