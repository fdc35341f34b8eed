"""The status refresh against the real server: other doors' check-ins and check-outs show at
this door, and the refresh asks only for who is checked in (plus, by id, the people this door
shows as inside whom that list no longer holds), not for every attendee of the event."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import httpx

from orga_app.store import attendees as attendee_queries
from tests.real.conftest import AttendeePool
from tests.real.doors import admin_tokens, iso, open_real_door, raw_patch
from tests.real.oes import RealServer

_INSIDE = ("is-checked-in", "is-registered")


class ListAnswers(httpx.HTTPTransport):
    """Real HTTP; keeps what each attendee-list answer held: (query, [(id, checked in)])."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[tuple[str, list[tuple[int, bool]]]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.url.path.endswith("/attendees") and response.status_code == 200:
            data = json.loads(response.read())["data"]
            # inside: checked in, or registered through a station (counts as checked in)
            items = [
                (int(d["id"]), any(d["attributes"].get(k) is True for k in _INSIDE)) for d in data
            ]
            self.answers.append((str(request.url.params.get("filter")), items))
        return response


def test_refresh_shows_other_doors_and_reads_only_checked_in_people(
    tmp_path: Path, real_server: RealServer, real_attendees: AttendeePool
) -> None:
    arrives, leaves = real_attendees.take(2)
    tokens = admin_tokens(real_server)
    answers = ListAnswers()
    door = open_real_door(tmp_path, real_server, "door-west", tokens=tokens, transport=answers)

    def shown_inside(attendee_id: int) -> bool:
        with door.store.read() as conn:
            found = attendee_queries.get(conn, attendee_id)
        assert found is not None
        return found.is_checked_in

    try:
        at = iso(datetime(2026, 12, 1, 11, 0, tzinfo=UTC))
        for person in (arrives, leaves):  # another door lets both in
            checked_in = {"is-checked-in": True, "is-checked-out": False, "checkin-times": at}
            assert raw_patch(real_server, tokens, person.id, checked_in).status_code == 200
        answers.answers.clear()
        door.engine.refresh_status(real_server.event_id)
        assert shown_inside(arrives.id) and shown_inside(leaves.id)
        # Everything the refresh read was someone checked in: not the event's whole list.
        read = [inside for _, items in answers.answers for _, inside in items]
        assert read and all(read)

        left = {"is-checked-in": False, "is-checked-out": True, "checkin-times": at}
        assert raw_patch(real_server, tokens, leaves.id, left).status_code == 200
        answers.answers.clear()
        door.engine.refresh_status(real_server.event_id)
        assert shown_inside(arrives.id) and not shown_inside(leaves.id)
        # The one who left was read by id, as the only one not inside.
        outside = [i for _, items in answers.answers for i, inside in items if not inside]
        assert outside == [leaves.id]
    finally:
        door.close()
