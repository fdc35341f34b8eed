"""The download pauses Python's cyclic garbage collector while it turns pages into rows
(sync/gc_pause.py) and always resumes it: after a complete download, after a server that
fails mid-list, and only after the last of several downloads at once."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from orga_app.sync.gc_pause import collector_paused
from tests.hostile.conftest import Door
from tests.hostile.server import EVENT, Handler, HostileServer

ATTENDEES = f"/v1/events/{EVENT}/attendees"


@pytest.fixture(autouse=True)
def collector_running() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if not was:
            gc.disable()


def test_paused_while_pages_are_written_and_resumed_after(door: Door) -> None:
    during: list[bool] = []
    report = door.engine.run(EVENT, progress=lambda *_: during.append(gc.isenabled()))
    assert report.error is None, report
    assert during and not any(during), during
    assert gc.isenabled()


def test_resumed_after_a_server_that_fails_mid_list(door: Door, hostile: HostileServer) -> None:
    hostile.attendee_ids = list(range(1, 36))

    def second_page_fails(handler: Handler, query: dict[str, str]) -> None:
        if "filter" in query:  # every page after the first continues from an id
            handler.send_json({"errors": [{"status": 500, "title": "boom"}]}, status=500)
        else:
            handler.send_json(handler.hostile.attendees_page(query))

    hostile.routes[("GET", ATTENDEES)] = second_page_fails
    report = door.engine.run(EVENT)
    assert report.error is not None
    assert gc.isenabled()


def test_the_last_of_several_downloads_resumes_it() -> None:
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first() -> None:
        with collector_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    worker = threading.Thread(target=first)
    worker.start()
    assert first_in.wait(5)
    with collector_paused():
        second_in.set()
        assert first_out.wait(5)
        seen["after the first left"] = gc.isenabled()
    worker.join(5)
    assert seen == {"after the first left": False}
    assert gc.isenabled()


def test_a_collector_paused_before_stays_paused() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
