"""Outbox replay against the real Open Event server: the cases of issue 8 where the real server
loses or refuses check-ins a client sends the obvious way.

Each test drives a door (real SQLite file, real client, sync engine, check-in service) signed
in as admin, and reads the result straight from the server. Where another client must write at
an exact moment (between the door's read and its write), a transport runs that client's request
there; every request still goes over real HTTP to the real server.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from orga_app.core.verdict import Mode
from orga_app.sync.openevent import TokenPair
from tests.real.conftest import AttendeePool
from tests.real.doors import (
    HookTransport,
    RealDoor,
    admin_tokens,
    iso,
    open_real_door,
    raw_patch,
    server_attributes,
    times_of,
)
from tests.real.oes import RealServer

DEVICE = "door-north"
START = datetime(2026, 12, 1, 9, 0, 0, 123456, tzinfo=UTC)


@pytest.fixture(scope="module")
def tokens(real_server: RealServer) -> TokenPair:
    return admin_tokens(real_server)


def sync(door: RealDoor) -> None:
    report = door.engine.run(door.event_id, download=False)
    assert (report.failed, report.pending, report.error) == (0, 0, None), report


@pytest.mark.parametrize(
    ("left_times", "left_devices", "device_lists"),
    [
        # a time without a device (an older client): the device list is one short
        (1, None, ["-", DEVICE]),
        # two devices for one time: nothing can line this up, the time goes without a device
        (1, "old-a,old-b", ["old-a", "old-b", "-"]),
    ],
)
def test_checkin_beside_mismatched_lists_is_recorded_with_its_history(
    tmp_path: Path,
    real_server: RealServer,
    real_attendees: AttendeePool,
    tokens: TokenPair,
    left_times: int,
    left_devices: str | None,
    device_lists: list[str],
) -> None:
    """Case 2: the server answers 422 "Check in Time missing for the corresponding device
    name" to every check-in with a device while its lists differ in length."""
    (person,) = real_attendees.take(1)
    earlier = [iso(START - timedelta(days=1, minutes=i)) for i in range(left_times)]
    left = raw_patch(real_server, tokens, person.id, {
        "is-checked-in": False, "checkin-times": ",".join(earlier),
        "device-name-checkin": left_devices,
    })  # fmt: skip
    assert left.status_code == 200, left.text
    door = open_real_door(tmp_path, real_server, DEVICE, tokens=tokens)
    try:
        scanned = door.scan(person.qr, START)
        sync(door)
    finally:
        door.close()
    on_server = server_attributes(real_server, tokens, person.id)
    assert times_of(on_server["checkin-times"]) == [*earlier, scanned]
    assert on_server["device-name-checkin"].split(",") == device_lists
    assert on_server["is-checked-in"] is True


def test_every_checkout_of_in_out_in_out_is_recorded(
    tmp_path: Path, real_server: RealServer, real_attendees: AttendeePool, tokens: TokenPair
) -> None:
    """Case 3: a check-in must clear is-checked-out, or the server stamps no second check-out."""
    (person,) = real_attendees.take(1)
    door = open_real_door(tmp_path, real_server, DEVICE, tokens=tokens)
    scans = []
    try:
        for step, mode in enumerate([Mode.CHECK_IN, Mode.CHECK_OUT] * 2):
            scans.append(door.scan(person.qr, START + timedelta(minutes=step), mode))
            sync(door)
    finally:
        door.close()
    on_server = server_attributes(real_server, tokens, person.id)
    assert times_of(on_server["checkin-times"]) == [scans[0], scans[2]]
    assert len(times_of(on_server["checkout-times"])) == 2
    assert (on_server["is-checked-in"], on_server["is-checked-out"]) == (False, True)


def test_checkout_keeps_a_checkin_uploaded_after_its_first_read(
    tmp_path: Path, real_server: RealServer, real_attendees: AttendeePool, tokens: TokenPair
) -> None:
    """Case 4, before the write: a check-out retried after a lost attempt reads the attendee
    to verify; another door's check-in (scanned earlier, offline) lands right after that read.
    The check-out must write the list as it is then, not as that read saw it."""
    (person,) = real_attendees.take(1)
    door = open_real_door(tmp_path / "ours", real_server, DEVICE, tokens=tokens)
    first = door.scan(person.qr, START)
    sync(door)
    other_door_time = iso(START + timedelta(minutes=5))
    leaving = door.scan(person.qr, START + timedelta(minutes=10), Mode.CHECK_OUT)
    # The check-out's first attempt never got an answer: it is tried again, verifying first.
    with door.store.write() as conn:
        conn.exec_driver_sql(
            "UPDATE outbox SET state = 'sending', attempts = 1 WHERE state = 'queued'"
        )
    door.close()

    def other_door_checks_in() -> None:
        sent = raw_patch(real_server, tokens, person.id, {
            "is-checked-in": True, "is-checked-out": False, "checkin-times": other_door_time,
            "device-name-checkin": "door-south",
        })  # fmt: skip
        assert sent.status_code == 200, sent.text

    hook = HookTransport("GET", f"/attendees/{person.id}", 1, other_door_checks_in)
    door = open_real_door(
        tmp_path / "ours", real_server, DEVICE, tokens=tokens, transport=hook, download=False
    )
    try:
        sync(door)
    finally:
        door.close()
    assert hook.fired
    on_server = server_attributes(real_server, tokens, person.id)
    assert times_of(on_server["checkin-times"]) == [first, other_door_time]
    assert on_server["device-name-checkin"] == f"{DEVICE},door-south"
    assert (on_server["is-checked-in"], on_server["is-checked-out"]) == (False, True)
    assert leaving  # scanned after both check-ins


def test_checkout_puts_back_times_a_stale_write_dropped_after_it(
    tmp_path: Path, real_server: RealServer, real_attendees: AttendeePool, tokens: TokenPair
) -> None:
    """Case 4, after the write: right after the door's check-out, an older client writes the
    list it read before the last check-in. The door reads again and puts the time back."""
    (person,) = real_attendees.take(1)
    door = open_real_door(tmp_path / "ours", real_server, DEVICE, tokens=tokens)
    first = door.scan(person.qr, START)
    door.scan(person.qr, START + timedelta(minutes=1), Mode.CHECK_OUT)
    second = door.scan(person.qr, START + timedelta(minutes=2))
    sync(door)
    door.scan(person.qr, START + timedelta(minutes=3), Mode.CHECK_OUT)
    door.close()

    def stale_client_checks_out() -> None:
        sent = raw_patch(real_server, tokens, person.id, {
            "is-checked-in": False, "is-checked-out": True, "checkin-times": first,
            "device-name-checkin": DEVICE,
        })  # fmt: skip
        assert sent.status_code == 200, sent.text

    hook = HookTransport("PATCH", f"/attendees/{person.id}", 1, stale_client_checks_out)
    door = open_real_door(
        tmp_path / "ours", real_server, DEVICE, tokens=tokens, transport=hook, download=False
    )
    try:
        sync(door)
    finally:
        door.close()
    assert hook.fired
    on_server = server_attributes(real_server, tokens, person.id)
    assert times_of(on_server["checkin-times"]) == [first, second]
    assert on_server["device-name-checkin"] == f"{DEVICE},{DEVICE}"
    assert (on_server["is-checked-in"], on_server["is-checked-out"]) == (False, True)


def test_checkout_of_empty_lists_sends_null_so_later_checkins_keep_their_device(
    tmp_path: Path, real_server: RealServer, real_attendees: AttendeePool, tokens: TokenPair
) -> None:
    """An empty list goes as null: the server counts a stored "" as one device, and every
    later check-in with a device name would then be refused (422) for mismatched lists."""
    (person,) = real_attendees.take(1)
    # Checked in on the server, its time list since emptied (another client's stale write).
    emptying: list[dict[str, object]] = [
        {"is-checked-in": True, "checkin-times": iso(START - timedelta(days=1))},
        {"checkin-times": None},
    ]
    for attributes in emptying:
        assert raw_patch(real_server, tokens, person.id, attributes).status_code == 200
    door = open_real_door(tmp_path, real_server, DEVICE, tokens=tokens)
    try:
        door.scan(person.qr, START, Mode.CHECK_OUT)
        sync(door)
        emptied = server_attributes(real_server, tokens, person.id)
        assert emptied["checkin-times"] is None
        back = door.scan(person.qr, START + timedelta(minutes=1))
        sync(door)
    finally:
        door.close()
    on_server = server_attributes(real_server, tokens, person.id)
    assert times_of(on_server["checkin-times"]) == [back]
    assert on_server["is-checked-in"] is True
