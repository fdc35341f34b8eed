"""Issue 9 item 6: every answer is bounded in size and time, paging always ends, and a hung
download never holds back the upload of new check-ins.

Before the fix each of the stream tests below ran until the server gave up (never, here): the
client had only httpx's per-read timeout and read whole bodies into memory. The hang guard is
pytest-timeout; the client's own bounds are the small LIMITS of conftest.py.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, Source, Verdict
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.errors import AnswerTooLargeError, AnswerTooSlowError, IncompleteListError
from orga_app.sync.openevent.id_pages import PAGES_IN_FLIGHT
from orga_app.sync.transport import AnswerLimits
from tests.hostile.conftest import LIMITS, Door, open_door
from tests.hostile.server import EVENT, Handler, HostileServer, ticket_code_of

ATTENDEES = f"/v1/events/{EVENT}/attendees"
TICKETS = f"/v1/events/{EVENT}/tickets"
pytestmark = pytest.mark.timeout(60)


def endless_chunks(handler: Handler, _query: dict[str, str]) -> None:
    handler.start_chunked()
    handler.chunk(b'{"data": [')
    while not handler.hostile.stop.is_set():
        handler.chunk(b'{"type": "attendee", "id": "1"},' * 512)


def huge_declared_body(handler: Handler, _query: dict[str, str]) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/vnd.api+json")
    handler.send_header("Content-Length", str(300 * 1024 * 1024))
    handler.end_headers()
    while not handler.hostile.stop.is_set():
        handler.wfile.write(b" " * 65536)


def drip_body(handler: Handler, _query: dict[str, str]) -> None:
    handler.start_chunked()
    while not handler.hostile.stop.wait(0.2):  # one byte every 0.2 s, well inside a read timeout
        handler.chunk(b" ")


def drip_headers(handler: Handler, _query: dict[str, str]) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
    while not handler.hostile.stop.wait(0.2):
        handler.wfile.write(b"X")
        handler.wfile.flush()


@pytest.mark.parametrize("route", [endless_chunks, huge_declared_body], ids=["endless", "300MB"])
def test_a_body_past_the_cap_is_refused(door: Door, hostile: HostileServer, route: object) -> None:
    hostile.routes[("GET", ATTENDEES)] = route  # type: ignore[assignment]

    with pytest.raises(AnswerTooLargeError) as raised:
        door.client.attendees_page(EVENT, 1, 10)
    assert "too large" in str(raised.value)

    report = door.engine.run(EVENT)
    assert report.error is not None and "too large" in report.error
    assert report.transient  # worth retrying by itself, with backoff
    assert door.live_attendees() == 30


@pytest.mark.parametrize("route", [drip_body, drip_headers], ids=["body", "headers"])
def test_a_dripping_answer_ends_at_the_deadline(
    door: Door, hostile: HostileServer, route: object
) -> None:
    hostile.routes[("GET", ATTENDEES)] = route  # type: ignore[assignment]

    with pytest.raises(AnswerTooSlowError) as raised:
        door.client.attendees_page(EVENT, 1, 10)
    assert raised.value.maybe_applied  # an unsure PATCH is checked before it is sent again
    report = door.engine.run(EVENT)

    assert report.error is not None
    assert f"within {LIMITS.deadline:g} s" in report.error
    assert report.transient
    assert door.live_attendees() == 30


def test_keyset_paging_that_does_not_advance_stops(door: Door, hostile: HostileServer) -> None:
    def ignore_the_filter(handler: Handler, query: dict[str, str]) -> None:
        query.pop("filter", None)  # always the first page, always with a next link
        handler.send_json(handler.hostile.attendees_page(query))

    hostile.routes[("GET", ATTENDEES)] = ignore_the_filter
    before = hostile.count("GET", ATTENDEES)

    report = door.engine.run(EVENT)

    assert report.error is not None and "did not advance" in report.error
    # The first page, then the pages already in flight when the second showed no advance.
    assert hostile.count("GET", ATTENDEES) - before <= 1 + PAGES_IN_FLIGHT
    assert door.live_attendees() == 30


def test_page_number_paging_that_does_not_advance_stops(door: Door, hostile: HostileServer) -> None:
    def same_page_forever(handler: Handler, _query: dict[str, str]) -> None:
        handler.send_json(
            {
                "data": [{"type": "ticket", "id": "7", "attributes": {"name": "Entry"}}],
                "meta": {"count": 1},
                "links": {"next": TICKETS + "?page[number]=2"},
            }
        )

    hostile.routes[("GET", TICKETS)] = same_page_forever
    before = hostile.count("GET", TICKETS)

    with pytest.raises(IncompleteListError):
        door.client.tickets(EVENT)
    assert hostile.count("GET", TICKETS) - before == 2


def test_a_hung_download_does_not_hold_back_uploads(tmp_path: Path, hostile: HostileServer) -> None:
    # A long deadline: the download really hangs for the whole test.
    door = open_door(tmp_path, hostile, AnswerLimits(deadline=50.0))
    assert door.engine.run(EVENT).downloaded == 30
    hostile.routes[("GET", ATTENDEES)] = drip_body
    first_download = hostile.count("GET", ATTENDEES)
    pull = threading.Thread(target=door.engine.run, args=(EVENT,), daemon=True)
    pull.start()
    while hostile.count("GET", ATTENDEES) == first_download:  # until the drip has begun
        assert pull.is_alive()
        hostile.stop.wait(0.01)
    # a check-in at the door while it hangs
    service = CheckInService(StoreCheckInRepository(door.store), lambda: "door-1")
    scanned = service.scan(EVENT, ticket_code_of(5), Mode.CHECK_IN, Source.MANUAL)
    assert scanned.verdict is Verdict.CHECKED_IN

    push = door.engine.run(EVENT, download=False)

    assert push.uploaded == 1 and push.pending == 0, push
    assert pull.is_alive()  # the download is still hanging on the drip
    assert hostile.count("PATCH", "/v1/attendees/5") == 1
    hostile.stop.set()
    pull.join()
    door.client.close()
    door.store.close()


def test_a_status_refresh_whose_paging_does_not_advance_stops(
    door: Door, hostile: HostileServer
) -> None:
    def same_checked_in_page_forever(handler: Handler, query: dict[str, str]) -> None:
        if "fields[attendee]" not in query:
            handler.send_json(handler.hostile.attendees_page(query))
            return
        handler.send_json(  # page[number] ignored: always page 1, always "more follow"
            {
                "data": [{"type": "attendee", "id": "5", "attributes": {"is-checked-in": True}}],
                "meta": {"count": 30},
                "links": {"next": ATTENDEES + "?page[number]=2"},
            }
        )

    hostile.routes[("GET", ATTENDEES)] = same_checked_in_page_forever
    before = hostile.count("GET", ATTENDEES)

    with pytest.raises(IncompleteListError):
        door.engine.refresh_status(EVENT)
    assert hostile.count("GET", ATTENDEES) - before == 2
