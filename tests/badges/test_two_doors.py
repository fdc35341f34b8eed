""" "Print once" across two doors (issue 12): door North prints a badge at check-in, its print log
goes up through the outbox to the server (the demo server, real HTTP), and door South, which
downloads afterwards, does not print that attendee's badge again; it prints a new one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from orga_app.badges.layout import default_layout
from orga_app.badges.modes import PrintMode
from orga_app.badges.spooler import BadgeNotice, BadgeSpooler, PrintConfig
from orga_app.core.verdict import Mode
from orga_app.demo.server import DemoServer
from orga_app.store import badge_jobs
from orga_app.store.badge_jobs import JobState
from tests.badges.cups import CupsQueue
from tests.integration.test_sync_engine import EVENT, Door, open_door, pick_attendees, server_row


def _spooler(door: Door, queue: CupsQueue, notices: list[BadgeNotice]) -> BadgeSpooler:
    config = PrintConfig(queue.name, default_layout(), PrintMode.ONCE, {}, door.device)
    spooler = BadgeSpooler(door.store, lambda: config, notices.append)
    spooler.start()
    return spooler


def test_once_holds_across_two_doors(
    qapp: QApplication, cups_queue: CupsQueue, demo_server: DemoServer, tmp_path: Path
) -> None:
    (known_id, known), (new_id, new) = pick_attendees(demo_server, 2)
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=30)
    north = open_door(tmp_path / "north", demo_server, device="Door North")
    north_notices: list[BadgeNotice] = []
    north_spooler = _spooler(north, cups_queue, north_notices)
    try:
        north.scan(known, start)
        north_spooler.after_check_in(known_id)
        north_spooler.wait_idle()
        assert [(n.attendee_id, n.state) for n in north_notices] == [(known_id, JobState.PRINTED)]
        north.scan(known, start + timedelta(minutes=1), Mode.CHECK_OUT)  # leaves for lunch
        assert north.engine.run(EVENT, download=False).pending == 0
    finally:
        north_spooler.stop()
        north.close()
    assert server_row(demo_server, known_id)["is_badge_printed"] == 1
    assert server_row(demo_server, known_id)["badge_printed_at"]

    south = open_door(tmp_path / "south", demo_server, device="Door South")
    south_notices: list[BadgeNotice] = []
    south_spooler = _spooler(south, cups_queue, south_notices)
    try:
        south.scan(known, datetime.now(UTC))  # back from lunch, by the other door
        south_spooler.after_check_in(known_id)
        south.scan(new, datetime.now(UTC))
        south_spooler.after_check_in(new_id)
        south_spooler.wait_idle()
        with south.store.read() as conn:
            printed = [j.attendee_id for j in badge_jobs.jobs(conn, EVENT, JobState.PRINTED)]
    finally:
        south_spooler.stop()
        south.close()
    assert printed == [new_id]
    assert [(n.attendee_id, n.state) for n in south_notices] == [(new_id, JobState.PRINTED)]
