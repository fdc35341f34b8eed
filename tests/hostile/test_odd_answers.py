"""Issue 9 item 12, sync parts: one odd attendee must not cost the door the whole list, and an
absurd Retry-After is shown and used as the capped wait the backoff really applies."""

from __future__ import annotations

from typing import Any

from orga_app.sync.answers import MAX_RETRY_AFTER
from orga_app.sync.scheduler import Backoff
from tests.hostile.conftest import Door
from tests.hostile.server import EVENT, Handler, HostileServer, attendee_resource

ATTENDEES = f"/v1/events/{EVENT}/attendees"


def test_odd_attendees_are_skipped_and_counted(door: Door, hostile: HostileServer) -> None:
    hostile.attendee_ids = list(range(1, 36))  # five new attendees on the server

    def with_odd_ones(handler: Handler, query: dict[str, str]) -> None:
        # In id order, as the real server sorts them; the meta counts include the odd ones.
        document: dict[str, Any] = handler.hostile.attendees_page(query)
        for resource in document["data"]:
            if resource["id"] == "31":  # another event's attendee
                resource["relationships"]["event"]["data"]["id"] = "999"
            elif resource["id"] == "33":
                resource["id"] = None
            elif resource["id"] == "34":
                resource["id"] = "thirty-four"
        document["meta"]["count"] += 1
        if "next" not in document["links"]:  # past the store's 32-bit ids, sorted last
            document["data"].append(attendee_resource(2**32))
        handler.send_json(document)

    hostile.routes[("GET", ATTENDEES)] = with_odd_ones

    report = door.engine.run(EVENT)

    assert report.error is None, report
    assert report.skipped == 4
    assert report.as_json()["skipped"] == 4
    assert report.downloaded == 30 + 2  # the old 30, and the new 32 and 35
    assert door.live_attendees() == 32


def test_a_huge_retry_after_is_shown_and_used_capped(door: Door, hostile: HostileServer) -> None:
    def busy(handler: Handler, _query: dict[str, str]) -> None:
        handler.send_json(
            {"errors": [{"status": 429, "title": "Too many requests"}]},
            status=429,
            headers={"Retry-After": "99999999"},
        )

    hostile.routes[("GET", ATTENDEES)] = busy

    report = door.engine.run(EVENT)

    assert report.transient and report.retry_after == MAX_RETRY_AFTER
    assert report.error is not None and f"retrying in {MAX_RETRY_AFTER:.0f} s" in report.error
    assert Backoff().next_delay(report.retry_after) == MAX_RETRY_AFTER


def test_a_lone_surrogate_or_nan_keeps_the_page(door: Door, hostile: HostileServer) -> None:
    """JSON that the fast decoder refuses but the standard library reads (a lone surrogate
    escaped in a name, NaN in an attribute the app does not use) costs the door nothing: the
    page is read, the name repaired, the other attendees of the page kept."""

    def odd_json(handler: Handler, query: dict[str, str]) -> None:
        document: dict[str, Any] = handler.hostile.attendees_page(query)
        for resource in document["data"]:
            if resource["id"] == "7":
                resource["attributes"]["firstname"] = "Ren\ud800e"
                resource["attributes"]["balance"] = float("nan")
        handler.send_json(document)  # json.dumps writes "\\ud800" and NaN

    hostile.routes[("GET", ATTENDEES)] = odd_json
    hostile.attendee_ids = list(range(1, 36))

    report = door.engine.run(EVENT)

    assert report.error is None and report.skipped == 0, report
    assert report.downloaded == 35
    assert door.live_attendees() == 35
    with door.store.read() as conn:
        name = conn.exec_driver_sql("SELECT firstname FROM attendee WHERE id = 7").scalar_one()
    assert name.startswith("Ren") and name.endswith("e") and "\ud800" not in name
