"""Issue 9 item 2: a short or empty attendee list must never wipe the door.

Each answer here ends "successfully" at the HTTP level; before the fix every one of them marked
all attendees not seen as deleted and reported success.
"""

from __future__ import annotations

from typing import Any

import pytest

from orga_app.sync.deletions import MIN_SUSPECT_DROP
from tests.hostile.conftest import Door
from tests.hostile.server import EVENT, Handler, HostileServer, attendee_resource, order_resource

ATTENDEES = f"/v1/events/{EVENT}/attendees"


def answer_with(hostile: HostileServer, document: dict[str, Any]) -> None:
    def route(handler: Handler, _query: dict[str, str]) -> None:
        handler.send_json(document)

    hostile.routes[("GET", ATTENDEES)] = route


@pytest.mark.parametrize(
    "document",
    [
        pytest.param({"data": [], "meta": {"count": 30}, "links": {}}, id="empty-data-count-30"),
        pytest.param({"data": []}, id="proxy-bare-empty-data"),
        pytest.param(
            {
                "data": [attendee_resource(i) for i in range(1, 11)],
                "included": [order_resource(i) for i in range(1, 11)],
                "meta": {"count": 30},
                "links": {"self": ATTENDEES},
            },
            id="first-page-without-links-next",
        ),
    ],
)
def test_an_incomplete_list_deletes_nobody_and_says_so(
    door: Door, hostile: HostileServer, document: dict[str, Any]
) -> None:
    answer_with(hostile, document)

    report = door.engine.run(EVENT)

    assert door.live_attendees() == 30
    assert report.error is not None and "incomplete" in report.error
    assert "none marked deleted" in report.error
    assert report.as_json()["error"] == report.error
    assert not report.ok


def test_an_implausible_drop_deletes_nobody_until_accepted(
    door: Door, hostile: HostileServer
) -> None:
    # A complete-looking answer that says the event is empty: a wrong event or an ignored
    # filter is far likelier at door time than every attendee deleted.
    answer_with(hostile, {"data": [], "meta": {"count": 0}, "links": {}})

    report = door.engine.run(EVENT)
    assert door.live_attendees() == 30
    assert report.error is not None and "would remove 30 of 30" in report.error

    accepted = door.engine.run(EVENT, accept_deletions=True)
    assert accepted.error is None
    assert door.live_attendees() == 0


def test_a_plausible_deletion_still_applies(door: Door, hostile: HostileServer) -> None:
    gone = MIN_SUSPECT_DROP  # at the threshold: still an ordinary deletion
    hostile.attendee_ids = list(range(1 + gone, 31))

    report = door.engine.run(EVENT)

    assert report.error is None
    assert door.live_attendees() == 30 - gone
