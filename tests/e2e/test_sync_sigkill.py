"""A sync process killed with SIGKILL mid-upload loses nothing and sends nothing twice.

The parent queues many check-ins in a store file; a child process uploads them against a slow
demo server; the parent kills it with SIGKILL while PATCHes are in flight, then syncs the same
store again. Rows the child left `sending` must be verified with a GET, not blindly re-sent.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from orga_app.demo.server import DemoServer
from orga_app.store import outbox
from tests.integration.test_sync_engine import (
    EVENT,
    FIRST_SCAN,
    open_door,
    outbox_states,
    pick_attendees,
    server_sql,
)

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

QUEUED = 120
# Killed after this many PATCHes were applied: well into the run, far from its end.
KILL_AFTER = 24

CHILD = """
import os, sys
from pathlib import Path
from orga_app.store.db import Store
from orga_app.sync.engine import SyncEngine
from orga_app.sync.openevent import OpenEventBackend, OpenEventClient, TokenPair

store_path, url, event_id = sys.argv[1:4]
tokens = TokenPair(os.environ["SYNC_ACCESS"], os.environ["SYNC_REFRESH"])
client = OpenEventClient(url, tokens=tokens)
engine = SyncEngine(Store(Path(store_path)), OpenEventBackend(client), workers=8)
print(engine.run(event_id, download=False))
"""


def applied(server: DemoServer) -> int:
    stats = httpx.get(f"{server.url}/_demo/stats", headers=server.hook_headers, timeout=5).json()[
        "patches_applied"
    ]
    return sum(int(n) for n in stats.values())


def test_sigkill_during_sync_loses_nothing_and_sends_nothing_twice(tmp_path: Path) -> None:
    with DemoServer(tmp_path / "server.db", attendees=400, seed=5) as server:
        door = open_door(tmp_path / "door", server)
        try:
            # Some have come and left before: a blind re-send would wipe that history.
            picked = pick_attendees(server, QUEUED, "a.is_checked_in = 0")
            before = {
                int(i): t.split(",") if t else []
                for i, t in server_sql(
                    server,
                    "SELECT id, checkin_times FROM attendees WHERE id IN"
                    f" ({','.join('?' * len(picked))})",
                    tuple(aid for aid, _ in picked),
                )
            }
            scanned = {
                aid: door.scan(code, FIRST_SCAN + timedelta(seconds=n))
                for n, (aid, code) in enumerate(picked)
            }
            tokens = door.client.tokens
            assert tokens is not None and tokens.refresh is not None
            server.set_faults(latency=0.2)

            env = {**os.environ, "SYNC_ACCESS": tokens.access, "SYNC_REFRESH": tokens.refresh}
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, str(door.store.path), server.url, EVENT],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            try:
                deadline = time.monotonic() + 30
                while applied(server) < KILL_AFTER:
                    assert child.poll() is None, child.communicate()
                    assert time.monotonic() < deadline, "the child never got going"
                    time.sleep(0.02)
                child.send_signal(signal.SIGKILL)
                assert child.wait(timeout=10) == -signal.SIGKILL
            finally:
                if child.poll() is None:
                    child.kill()
                child.communicate()

            # PATCHes already inside the server still land after the kill (the server does not
            # notice the closed socket until it answers); let them, as a real server would.
            settled = [-1, applied(server)]
            while settled[-1] != settled[-2]:
                time.sleep(0.25)
                settled.append(applied(server))
            states = list(outbox_states(door.store).values())
            assert states.count("done") < QUEUED, "the child finished before it was killed"
            assert "sending" in states, "no row was in flight when the child died"

            server.set_faults(latency=0.0)
            report = door.engine.run(EVENT, download=False)
            assert (report.uploaded, report.failed, report.pending, report.error) == (
                QUEUED - states.count("done"),
                0,
                0,
                None,
            )
            with door.store.read() as conn:
                assert outbox.count_unsent(conn, EVENT) == 0

            after = {
                int(i): t.split(",") if t else []
                for i, t in server_sql(
                    server,
                    "SELECT id, checkin_times FROM attendees WHERE id IN"
                    f" ({','.join('?' * len(picked))})",
                    tuple(scanned),
                )
            }
            assert {aid: after[aid] for aid in scanned} == {
                aid: [*before[aid], when] for aid, when in scanned.items()
            }
            assert server.stats == dict.fromkeys(scanned, 1)
        finally:
            door.close()
