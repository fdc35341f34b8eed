"""Races and interleavings a door meets in real life (found in review):
a deletion on the server during a download, two uploaders on one store, failed rows and
the status refresh. Real demo server over loopback, real SQLite files."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from orga_app.demo.server import DemoServer
from orga_app.store import outbox
from orga_app.store.models import OutboxState
from orga_app.sync import upload
from orga_app.sync.openevent import OpenEventBackend
from orga_app.sync.upload import Uploader
from tests.integration.test_sync_engine import (
    EVENT,
    FIRST_SCAN,
    Door,
    local_attendee,
    open_door,
    pick_attendees,
    server_row,
    server_sql,
)


@pytest.fixture
def door(tmp_path: Path, demo_server: DemoServer) -> Iterator[Door]:
    opened = open_door(tmp_path / "door", demo_server, page_size=20, download=False)
    try:
        yield opened
    finally:
        opened.close()


def test_a_deletion_during_a_download_hides_no_one(door: Door, demo_server: DemoServer) -> None:
    visible = [
        r[0]
        for r in server_sql(
            demo_server,
            "SELECT id FROM attendees WHERE event_id = 1 AND deleted_at IS NULL ORDER BY id",
        )
    ]
    victim = visible[3]  # on the first page
    real_page = door.client.attendees_page
    calls = 0

    def page_then_delete(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        page = real_page(*args, **kwargs)
        calls += 1
        if calls == 1:  # an organizer deletes someone while the door downloads
            server_sql(
                demo_server,
                "UPDATE attendees SET deleted_at = '2026-11-27T09:00:00+00:00' WHERE id = ?",
                (victim,),
            )
        return page

    door.client.attendees_page = page_then_delete  # type: ignore[method-assign]
    assert door.engine.download(EVENT).downloaded == len(visible)
    assert calls > 2  # several pages really were read after the deletion
    for attendee_id in visible:
        if attendee_id != victim:
            assert not local_attendee(door.store, attendee_id)["deleted"], attendee_id
    # the next download sees the deletion
    door.client.attendees_page = real_page  # type: ignore[method-assign]
    door.engine.download(EVENT)
    assert local_attendee(door.store, victim)["deleted"]


def test_two_uploaders_on_one_store_send_a_check_in_once(
    door: Door, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    door.engine.download(EVENT)
    ((aid, code),) = pick_attendees(demo_server, 1)
    when = door.scan(code, FIRST_SCAN)
    # Both uploaders read the queue before either claims a row: the worst interleaving of two
    # processes (a GUI and a cron'd `orga-app sync`) on one data file.
    barrier = threading.Barrier(2, timeout=10)
    real_unsent = outbox.unsent

    def unsent_then_wait(*args: Any, **kwargs: Any) -> list[outbox.OutboxRow]:
        rows = real_unsent(*args, **kwargs)
        barrier.wait()
        return rows

    monkeypatch.setattr(outbox, "unsent", unsent_then_wait)  # the module upload.py calls
    # Two processes' uploaders: each its own binding of the backend, with its own lock.
    uploaders = [
        Uploader(
            door.store,
            OpenEventBackend(door.client).bind(door.store, threading.Lock(), page_size=1000),
            workers=1,
        )
        for _ in range(2)
    ]
    results: list[upload.UploadResult] = []
    threads = [threading.Thread(target=lambda u=u: results.append(u.run(EVENT))) for u in uploaders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(r.uploaded for r in results) == [0, 1]
    assert demo_server.stats == {aid: 1}
    assert server_row(demo_server, aid)["checkin_times"] == when


def test_a_failed_row_keeps_the_door_saying_already_checked_in(
    door: Door, demo_server: DemoServer
) -> None:
    door.engine.download(EVENT)
    ((aid, code),) = pick_attendees(demo_server, 1)
    door.scan(code, FIRST_SCAN)
    with door.store.write() as conn:  # as if the server had refused it (422)
        (row,) = outbox.unsent(conn, EVENT)
        outbox.set_state(conn, row.id, OutboxState.FAILED, error="refused")
    # The server still says "not checked in": neither a download nor a status refresh may
    # hand the ticket back before a person retried or discarded the failed row.
    door.engine.download(EVENT)
    door.engine.refresh_status(EVENT)
    assert local_attendee(door.store, aid)["is_checked_in"]
    door.clock.now = FIRST_SCAN + timedelta(minutes=5)
    result = door.service.scan(EVENT, code)
    assert result.verdict.value == "already_checked_in"
