"""Stations and station check-ins, as the real server has them since 2023 (docs/open-event-api.md).

A co-organizer or above (owner, organizer, co-organizer, admin) may create a station for an
event and check an attendee in through it; the server stamps its own UTC time. A `registration`
station sets the attendee's `is-registered` and `register-times` (not `is-checked-in`) and
refuses a second registration of the same attendee at the same station on the same UTC day
(422 "Attendee already registered."). The other station types need a microlocation or a
session, which the demo has none of, so they answer as the real server does when those are
missing. The messages and statuses are the real server's, odd ones included (a registrar who
tries to create a station gets 404 "Event: … not found").
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from orga_app.demo.documents import JSONAPI, ApiError, check_accept, dumps
from orga_app.demo.query import parse_collection_query
from orga_app.demo.resources import STATION_ATTRS, STATIONS

if TYPE_CHECKING:
    from orga_app.demo.handlers import DemoApi

STATION_TYPES = ("registration", "daily", "check in", "check out")
# Roles the real server's has_access('is_coorganizer') lets through (admins always pass).
COORGANIZER_OR_ABOVE = ("owner", "organizer", "coorganizer")
_REGISTERED = "Ticket register successful."


def _unprocessable(source: dict[str, Any], detail: str) -> ApiError:
    return ApiError(422, "Unprocessable Entity", detail, source)


def _not_found(source: dict[str, Any], detail: str) -> ApiError:
    return ApiError(404, "Object not found", detail, source)


def _utc_now_text() -> str:
    """The real server's datetime.utcnow() as its API shows it: no offset, a space."""
    return str(datetime.now(UTC).replace(tzinfo=None))


def _document_data(body: bytes, kind: str) -> dict[str, Any]:
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        raise ApiError(
            400, "Bad request", "Request body is not valid JSON", {"pointer": ""}
        ) from None
    data = document.get("data") if isinstance(document, dict) else None
    if not isinstance(data, dict):
        raise _unprocessable({"pointer": "/data"}, "Object must include `data` key")
    if data.get("type") != kind:
        raise ApiError(
            409, "Incorrect type", f'Invalid type. Expected "{kind}".', {"pointer": "/data/type"}
        )
    return data


def _related_id(data: dict[str, Any], name: str) -> int | None:
    """The id of relationship *name* (``{"data": {"id": ...}}``), None when absent or odd."""
    relationships = data.get("relationships")
    entry = relationships.get(name) if isinstance(relationships, dict) else None
    target = entry.get("data") if isinstance(entry, dict) else None
    raw = target.get("id") if isinstance(target, dict) else None
    text = str(raw) if isinstance(raw, str | int) and not isinstance(raw, bool) else ""
    return int(text) if text.isascii() and text.isdigit() and len(text) < 19 else None


def _required(data: dict[str, Any], name: str) -> int:
    found = _related_id(data, name)
    if found is None:
        raise _unprocessable(
            {"pointer": f"/data/relationships/{name}"},
            f"A valid relationship with {name} resource is required",
        )
    return found


class StationHandlers:
    """POST /v1/station, GET /v1/events/{id}/stations, POST /v1/user-check-in."""

    def __init__(self, api: DemoApi) -> None:
        self.api = api

    def _may_check_in(self, caller: int, event_id: int) -> bool:
        return self.api.is_admin(caller) or (
            self.api.event_role(caller, event_id) in COORGANIZER_OR_ABOVE
        )

    def _created(self, document: dict[str, Any]) -> Response:
        document["jsonapi"] = {"version": "1.0"}
        return Response(dumps(document), status_code=201, media_type=JSONAPI)

    async def create_station(self, request: Request) -> Response:
        caller = self.api.identity(request)
        check_accept(request)
        data = _document_data(await request.body(), "station")
        attributes = data.get("attributes") if isinstance(data.get("attributes"), dict) else {}
        assert isinstance(attributes, dict)
        name, kind = attributes.get("station-name"), attributes.get("station-type")
        if not isinstance(name, str) or not name:
            raise _unprocessable(
                {"pointer": "/data/attributes/station-name"}, "Shorter than minimum length 1."
            )
        if kind not in STATION_TYPES:
            raise _unprocessable(
                {"pointer": "/data/attributes/station-type"}, "Not a valid choice."
            )
        event_id = _required(data, "event")
        if not self._may_check_in(caller, event_id):
            raise _not_found({"parameter": "event"}, f"Event: {event_id} not found () {{}}")
        if _related_id(data, "microlocation") is not None:
            raise _not_found({"parameter": "microlocation"}, "Microlocation: not found")
        if kind in ("check in", "check out"):
            raise _not_found(
                {"parameter": "microlocation"}, "Microlocation: missing from your request."
            )
        with self.api.db:
            station_id = self.api.db.execute(
                "INSERT INTO stations (event_id, station_name, station_type) VALUES (?, ?, ?)",
                (event_id, name, kind),
            ).lastrowid
        resource = self._station_resource((station_id, name, kind, event_id))
        return self._created({"data": resource, "links": {"self": f"/v1/stations/{station_id}"}})

    @staticmethod
    def _station_resource(row: tuple[Any, ...]) -> dict[str, Any]:
        station_id = row[0]
        return {
            "type": "station",
            # The real server writes station and check-in ids as JSON numbers.
            "id": station_id,
            "attributes": {name: row[1 + i] for i, (name, _, _) in enumerate(STATION_ATTRS)},
            "relationships": {
                "event": {
                    "links": {
                        "self": f"/v1/stations/{station_id}/relationships/event",
                        "related": f"/v1/events/{row[3]}",
                    }
                },
                "microlocation": {
                    "links": {"self": f"/v1/stations/{station_id}/relationships/microlocation"}
                },
            },
            "links": {"self": f"/v1/stations/{station_id}"},
        }

    async def list_stations(self, request: Request) -> Response:
        """Public, as on the real server (no token needed)."""
        check_accept(request)
        event = self.api.load_event(str(request.path_params["event_id"]))
        page = parse_collection_query(request.query_params, STATIONS)
        where, params = page.where_sql("s", "s.event_id = ?", [event[0]])
        count = self.api.db.execute(
            f"SELECT COUNT(*) FROM stations s WHERE {where}", params
        ).fetchone()[0]
        rows = self.api.db.execute(
            f"SELECT s.id, s.station_name, s.station_type, s.event_id FROM stations s"
            f" WHERE {where} ORDER BY {page.order_sql('s')}{page.limit_sql()}",
            params,
        ).fetchall()
        data = [self._station_resource(tuple(row)) for row in rows]
        return self.api.respond(
            request,
            {"data": data, "meta": {"count": count}, "links": page.links(request.url, count)},
        )

    async def create_user_check_in(self, request: Request) -> Response:
        caller = self.api.identity(request)
        check_accept(request)
        data = _document_data(await request.body(), "user_check_in")
        station_ref = _required(data, "station")
        station = self.api.db.execute(
            "SELECT id, event_id, station_type FROM stations WHERE id = ?", (station_ref,)
        ).fetchone()
        if station is None:
            raise _not_found({"parameter": str(station_ref)}, "Station: not found")
        attendee_ref = _required(data, "ticket-holder")
        session_ref = _related_id(data, "session")
        if station[2] != "registration" or session_ref is not None:
            _required(data, "session")
        if not self._may_check_in(caller, station[1]):
            raise _unprocessable(
                {"parameter": "station"},
                "Only admin/organiser/coorganizer of event only able to check in",
            )
        attendee = self.api.db.execute(
            "SELECT id, event_id FROM attendees WHERE id = ?", (attendee_ref,)
        ).fetchone()
        if attendee is None:
            raise _not_found({"parameter": None}, "Attendee: not found")
        if attendee[1] != station[1]:
            raise _unprocessable({"parameter": "Attendee"}, "Attendee not belong to this event")
        if station[2] != "registration":
            raise _not_found({"parameter": session_ref}, "Session: not found")
        now = _utc_now_text()
        today = now[:10]
        again = self.api.db.execute(
            "SELECT 1 FROM user_check_ins WHERE attendee_id = ? AND station_id = ?"
            " AND created_at >= ?",
            (attendee_ref, station_ref, today),
        ).fetchone()
        if again is not None:
            raise _unprocessable(
                {"ticket": None, "station ": station_ref}, "Attendee already registered."
            )
        with self.api.db:
            self.api.db.execute(
                "UPDATE attendees SET is_registered = 1, register_times = ? WHERE id = ?",
                (now, attendee_ref),
            )
            check_in_id = self.api.db.execute(
                "INSERT INTO user_check_ins (attendee_id, station_id, created_at) VALUES (?, ?, ?)",
                (attendee_ref, station_ref, now),
            ).lastrowid
        link = f"/v1/user-check-in/{check_in_id}"
        resource = {
            "type": "user_check_in",
            "id": check_in_id,
            "attributes": {"success": True, "message": _REGISTERED},
            "links": {"self": link},
        }
        return self._created({"data": resource, "links": {"self": link}})
