"""A check-out uploaded while the status refresh's checked-in list was on its way: that list
still holds the attendee as inside, and writing it would show them inside again (a second
check-out would be refused, a re-entry would be taken as already inside). The attendee's
upload is newer than the question, so the refresh leaves them out (test_refresh_race.py has
the check-in case)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, Source, Verdict
from orga_app.store.models import ATTENDEE
from orga_app.store.repository import StoreCheckInRepository
from tests.hostile.conftest import Door
from tests.hostile.server import EVENT, Handler, HostileServer, ticket_code_of

ATTENDEES = f"/v1/events/{EVENT}/attendees"
pytestmark = pytest.mark.timeout(60)


def is_sparse(query: dict[str, str]) -> bool:
    return "fields[attendee]" in query  # what the status refresh asks for


def scan(door: Door, attendee_id: int, mode: Mode) -> Verdict:
    service = CheckInService(StoreCheckInRepository(door.store), lambda: "door-1")
    return service.scan(EVENT, ticket_code_of(attendee_id), mode, Source.MANUAL).verdict


def local_state(door: Door, attendee_id: int) -> tuple[bool, bool]:
    with door.store.read() as conn:
        row = conn.execute(
            select(ATTENDEE.c.is_checked_in, ATTENDEE.c.is_checked_out).where(
                ATTENDEE.c.id == attendee_id
            )
        ).one()
    return bool(row[0]), bool(row[1])


def test_a_refresh_read_before_an_upload_does_not_undo_it(
    door: Door, hostile: HostileServer
) -> None:
    hostile.checked_in[5] = {
        "is-checked-in": True,
        "checkin-times": "2026-12-01T08:00:00.000000+00:00",
        "device-name-checkin": "door-0",
    }
    assert door.engine.run(EVENT).error is None
    assert local_state(door, 5) == (True, False)
    asked, answer = threading.Event(), threading.Event()

    def stale_checked_in_list(handler: Handler, query: dict[str, str]) -> None:
        document = handler.hostile.attendees_page(query)  # 5 still inside
        if is_sparse(query) and not asked.is_set():
            asked.set()
            answer.wait(30)  # until the check-out below is on the server
        handler.send_json(document)

    hostile.routes[("GET", ATTENDEES)] = stale_checked_in_list
    refresh = threading.Thread(target=door.engine.refresh_status, args=(EVENT,), daemon=True)
    refresh.start()
    assert asked.wait(30)
    assert scan(door, 5, Mode.CHECK_OUT) is Verdict.CHECKED_OUT
    assert door.engine.run(EVENT, download=False).uploaded == 1
    assert hostile.checked_in[5]["is-checked-out"] is True

    answer.set()
    refresh.join()

    assert local_state(door, 5) == (False, True)
    assert scan(door, 5, Mode.CHECK_OUT) is Verdict.NOT_CHECKED_IN
