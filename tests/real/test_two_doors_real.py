"""Two doors against the real server, the same 50 people, a tenth of all answers lost.

Each door has its own data dir and talks to the server through a loopback proxy that forwards
every request and then, for one in ten, drops the answer: the server applied the change, the
door does not know. The doors take turns at random; the one whose turn it is first uploads what
it has (verifying what it is unsure of), refreshes the others' check-ins, then scans someone in
or out as its own screen says. At the end the server's history of every person must hold
exactly the scans made, in order: every check-in time once, one check-out per check-out scan.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TypeVar

from orga_app.core.verdict import Mode
from orga_app.store import attendees as attendee_queries
from orga_app.sync.errors import ApiError
from tests.real.conftest import AttendeePool
from tests.real.doors import (
    DroppingProxy,
    RealDoor,
    admin_tokens,
    open_real_door,
    server_attributes,
    times_of,
)
from tests.real.oes import RealServer

PEOPLE = 50
SCANS = 120
DROP_RATE = 0.10
# Attempts a door makes to get one answer through; at 10 % loss, 40 in a row all lost is
# practically impossible (1e-40), so running out means the door is stuck, not unlucky.
TRIES = 40
T = TypeVar("T")


def through(step: Callable[[], T]) -> T:
    """Repeat a request until an answer arrives (a lost answer is an ApiError)."""
    for _ in range(TRIES - 1):
        try:
            return step()
        except ApiError:
            continue
    return step()


def drain(door: RealDoor) -> None:
    for _ in range(TRIES):
        report = door.engine.run(door.event_id, download=False)
        assert report.failed == 0 and report.paused is None, report
        if report.pending == 0:
            return
    raise AssertionError(f"outbox not drained: {report}")


def test_two_doors_interleaved_with_lost_answers_keep_exact_history(
    tmp_path: Path, real_server: RealServer, real_attendees: AttendeePool
) -> None:
    people = real_attendees.take(PEOPLE)
    tokens = admin_tokens(real_server)
    rng = random.Random(8)
    made: dict[int, list[tuple[Mode, str]]] = {p.id: [] for p in people}
    moment = datetime(2026, 12, 1, 10, 0, 0, 1, tzinfo=UTC)
    with DroppingProxy(real_server.url, DROP_RATE, seed=8).running() as proxy:
        doors = [
            open_real_door(
                tmp_path / name, real_server, name, tokens=tokens, url=proxy.url, download=False
            )
            for name in ("door-a", "door-b")
        ]
        try:
            for door in doors:
                through(partial(door.engine.download, door.event_id))
            for _ in range(SCANS):
                door = rng.choice(doors)
                drain(door)
                through(partial(door.engine.refresh_status, door.event_id))
                person = rng.choice(people)
                # Only a scan a person at that door could make: what this door's screen shows
                # agrees with the scans made so far, and the server holds all of them (a
                # check-out whose read before writing lost its answer has not reached it yet).
                with door.store.read() as conn:
                    local = attendee_queries.get(conn, person.id)
                assert local is not None
                inside = bool(made[person.id]) and made[person.id][-1][0] is Mode.CHECK_IN
                truth = server_attributes(real_server, tokens, person.id)["is-checked-in"]
                if not (truth is inside and local.is_checked_in is inside):
                    continue
                mode = Mode.CHECK_OUT if local.is_checked_in else Mode.CHECK_IN
                moment += timedelta(seconds=1, microseconds=rng.randrange(1_000_000))
                made[person.id].append((mode, door.scan(person.qr, moment, mode)))
                door.engine.run(door.event_id, download=False)  # answers may be lost
            for door in doors:
                drain(door)
        finally:
            for door in doors:
                door.close()
        assert proxy.dropped >= SCANS // 10, (proxy.dropped, proxy.forwarded)
        assert proxy.dropped_patches >= 5, proxy.dropped_patches

    assert sum(len(scans) for scans in made.values()) >= SCANS * 3 // 4
    for person in people:
        scans = made[person.id]
        on_server = server_attributes(real_server, tokens, person.id)
        assert times_of(on_server["checkin-times"]) == [
            at for mode, at in scans if mode is Mode.CHECK_IN
        ], person.id
        assert len(times_of(on_server["checkout-times"])) == sum(
            mode is Mode.CHECK_OUT for mode, _ in scans
        ), person.id
        inside = bool(scans) and scans[-1][0] is Mode.CHECK_IN
        assert on_server["is-checked-in"] is inside, person.id
