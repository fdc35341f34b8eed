"""A check-in that has returned survives SIGKILL of the process that made it.

A child process checks an attendee in through the real CheckInService, prints the result and
sleeps; the parent kills it with SIGKILL the moment the line arrives and then reopens the store.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from orga_app.store import attendees
from orga_app.store.db import Store
from tests.helpers import (
    EVENT_ID,
    FIXED_NOW,
    add_attendees,
    add_event,
    numbered_rows,
    outbox_rows,
    scan_log_rows,
    store_path,
)

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

CHECKINS = 5
CHILD_DEVICE = "door-killed"

# Runs in the child: one scan, report it, then wait to be killed (never close anything cleanly).
CHILD = """
import json, sys, time
from datetime import datetime
from pathlib import Path
from orga_app.core.checkin import CheckInService
from orga_app.store.db import Store
from orga_app.store.repository import StoreCheckInRepository

path, event_id, code, when, device = sys.argv[1:6]
store = Store(Path(path))
service = CheckInService(
    StoreCheckInRepository(store), lambda: device, clock=lambda: datetime.fromisoformat(when)
)
result = service.scan(event_id, code)
print(json.dumps({"verdict": result.verdict.value, "pending": result.pending,
                  "at": result.attendee.checkin_times[-1] if result.attendee else None}),
      flush=True)
time.sleep(120)
"""


def scan_then_sigkill(path: Path, code: str, when: str) -> dict[str, object]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), EVENT_ID, code, when, CHILD_DEVICE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        assert child.stdout is not None and child.stderr is not None
        stderr = child.stderr.read()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    assert line, f"child printed nothing; stderr: {stderr}"
    reported: dict[str, object] = json.loads(line)
    return reported


def test_checkins_survive_sigkill(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    setup = Store(path)
    rows = numbered_rows(CHECKINS)
    try:
        add_event(setup)  # a server-like event: check-ins are queued for upload
        add_attendees(setup, rows)
    finally:
        setup.close()

    for n, row in enumerate(rows, start=1):
        when = (FIXED_NOW + timedelta(seconds=17 * n)).isoformat(timespec="microseconds")
        reported = scan_then_sigkill(path, row["code"], when)
        assert reported == {"verdict": "checked_in", "pending": True, "at": when}

        store = Store(path)
        try:
            with store.read() as conn:
                attendee = attendees.get(conn, row["id"])
                counts = attendees.counts(conn, EVENT_ID)
            assert attendee is not None
            assert attendee.is_checked_in
            assert attendee.checkin_times == (when,)
            assert attendee.checkin_devices == (CHILD_DEVICE,)
            assert (counts.checked_in, counts.pending) == (n, n)

            queued = [r for r in outbox_rows(store) if r["attendee_id"] == row["id"]]
            assert len(queued) == 1
            assert queued[0]["state"] == "queued"
            assert queued[0]["action"] == "check_in"
            assert queued[0]["scanned_at"] == when
            assert queued[0]["device_name"] == CHILD_DEVICE
            assert len(outbox_rows(store)) == n

            logged = [r for r in scan_log_rows(store) if r["attendee_id"] == row["id"]]
            assert [(r["verdict"], r["at"]) for r in logged] == [("checked_in", when)]
            assert len(scan_log_rows(store)) == n
        finally:
            store.close()
