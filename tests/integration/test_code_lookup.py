"""A ticket the local list does not have yet (sold after the last download): the door explains
it and looks it up on the real demo server, then checks it in from the store (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from orga_app.core.list_rules import ServerKind
from orga_app.core.unknown_codes import Cause, explain
from orga_app.core.verdict import Mode, Reason, Source
from orga_app.demo.server import DemoServer
from orga_app.sync.lookup import LookupOutcome
from orga_app.sync.openevent.lookup import look_up_code
from tests.integration.test_sync_engine import EVENT, Door, open_door, pick_attendees


@pytest.fixture
def door(tmp_path: Path, demo_server: DemoServer) -> Iterator[Door]:
    # the attendee list was never downloaded: every ticket was "sold after the last download"
    opened = open_door(tmp_path / "door", demo_server, download=False)
    try:
        yield opened
    finally:
        opened.close()


def test_a_ticket_sold_after_the_download_is_explained_found_and_checked_in(
    door: Door, demo_server: DemoServer
) -> None:
    ((attendee_id, code),) = pick_attendees(demo_server, 1)
    first = door.service.scan(EVENT, code, Mode.CHECK_IN, Source.CAMERA)
    assert first.reason is Reason.UNKNOWN_CODE
    explanation = explain(first, ServerKind.OPEN_EVENT)
    assert explanation is not None
    assert explanation.cause is Cause.SOLD_AFTER_DOWNLOAD and explanation.online_lookup
    assert look_up_code(door.client, door.store, EVENT, code) is LookupOutcome.FOUND
    again = door.service.scan(EVENT, code, Mode.CHECK_IN, Source.CAMERA)
    assert again.reason is Reason.CHECKED_IN
    assert again.attendee is not None and again.attendee.id == attendee_id


def test_a_guessed_code_with_a_real_attendee_part_finds_nobody(
    door: Door, demo_server: DemoServer
) -> None:
    ((_, code),) = pick_attendees(demo_server, 1)
    suffix = code.rpartition("-")[2]
    forged = f"00000000-0000-4000-8000-000000000000-{suffix}"
    assert look_up_code(door.client, door.store, EVENT, forged) is LookupOutcome.NOT_ON_SERVER
    assert door.service.scan(EVENT, forged).reason is Reason.UNKNOWN_CODE
    assert look_up_code(door.client, door.store, EVENT, "just-text") is (
        LookupOutcome.CANNOT_LOOK_UP
    )
