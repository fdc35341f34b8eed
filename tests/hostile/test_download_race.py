"""A download no longer holds the sync lock while it waits for the server, so an upload can
finish while a page is on its way. That page shows the attendee as before the upload; writing
it as it is would undo a check-in the server already has (the door would admit the ticket
again until the next download)."""

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


def test_an_upload_during_a_download_is_not_undone_by_the_page(
    door: Door, hostile: HostileServer
) -> None:
    asked, answer = threading.Event(), threading.Event()

    def first_page_after_the_upload(handler: Handler, query: dict[str, str]) -> None:
        document = handler.hostile.attendees_page(query)  # attendee 5 not checked in yet
        if "filter" not in query:  # the first page: held until the upload below is done
            asked.set()
            answer.wait(30)
        handler.send_json(document)

    hostile.routes[("GET", ATTENDEES)] = first_page_after_the_upload
    pull = threading.Thread(target=door.engine.run, args=(EVENT,), daemon=True)
    pull.start()
    assert asked.wait(30)
    service = CheckInService(StoreCheckInRepository(door.store), lambda: "door-1")
    scanned = service.scan(EVENT, ticket_code_of(5), Mode.CHECK_IN, Source.MANUAL)
    assert scanned.verdict is Verdict.CHECKED_IN
    assert door.engine.run(EVENT, download=False).uploaded == 1

    answer.set()
    pull.join()

    with door.store.read() as conn:
        checked_in = conn.execute(
            select(ATTENDEE.c.is_checked_in).where(ATTENDEE.c.id == 5)
        ).scalar_one()
    assert checked_in
    again = service.scan(EVENT, ticket_code_of(5), Mode.CHECK_IN, Source.MANUAL)
    assert again.verdict is Verdict.ALREADY_CHECKED_IN
