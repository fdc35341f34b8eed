"""The status refresh (every 10 s) waits for the server without the sync lock: a slow answer
never holds back the push of a new check-in, and an answer read before that push cannot undo
it when it is written."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, Source, Verdict
from orga_app.store.models import ATTENDEE
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.transport import AnswerLimits
from tests.hostile.conftest import open_door
from tests.hostile.server import EVENT, Handler, HostileServer, attendee_resource, ticket_code_of

ATTENDEES = f"/v1/events/{EVENT}/attendees"
pytestmark = pytest.mark.timeout(60)


def test_a_slow_refresh_neither_holds_back_a_push_nor_undoes_it(
    tmp_path: Path, hostile: HostileServer
) -> None:
    # Long enough that only the refresh's own wait, not a deadline, ends its request.
    door = open_door(tmp_path, hostile, AnswerLimits(deadline=30.0, max_body_bytes=256 * 1024))
    try:
        assert door.engine.run(EVENT).downloaded == 30
        asked, answer = threading.Event(), threading.Event()

        def stale_answers(handler: Handler, query: dict[str, str]) -> None:
            wanted = query.get("filter", "")
            if "is_checked_in" in wanted:  # who is inside: held until the push below is done
                asked.set()
                answer.wait(30)
                handler.send_json({"data": [], "meta": {"count": 0}, "links": {}})
            elif '"in_"' in wanted:  # attendee 5 read by id, as before the push
                handler.send_json({"data": [attendee_resource(5)], "meta": {"count": 1}})
            else:
                handler.send_json(handler.hostile.attendees_page(query))

        hostile.routes[("GET", ATTENDEES)] = stale_answers
        changed: list[int] = []
        refresh = threading.Thread(
            target=lambda: changed.append(door.engine.refresh_status(EVENT)), daemon=True
        )
        refresh.start()
        assert asked.wait(30)
        service = CheckInService(StoreCheckInRepository(door.store), lambda: "door-1")
        scanned = service.scan(EVENT, ticket_code_of(5), Mode.CHECK_IN, Source.MANUAL)
        assert scanned.verdict is Verdict.CHECKED_IN
        assert door.engine.run(EVENT, download=False).uploaded == 1
        assert refresh.is_alive()  # the push went out while the refresh still waited

        answer.set()
        refresh.join(30)
        assert changed == [0]  # the refresh ended normally and wrote nothing stale
        with door.store.read() as conn:
            inside = conn.execute(
                select(ATTENDEE.c.is_checked_in).where(ATTENDEE.c.id == 5)
            ).scalar_one()
        assert inside
        again = service.scan(EVENT, ticket_code_of(5), Mode.CHECK_IN, Source.MANUAL)
        assert again.verdict is Verdict.ALREADY_CHECKED_IN
    finally:
        door.client.close()
        door.store.close()
