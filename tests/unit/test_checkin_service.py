"""CheckInService on a real SQLite store: every verdict, what each one writes, on a fixed clock."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from orga_app.cli_words import scan_message
from orga_app.core.checkin import RAW_LOG_LIMIT, CheckInService
from orga_app.core.verdict import AttendeeSummary, Mode, Source, Verdict
from orga_app.store import attendees
from orga_app.store.db import Store
from orga_app.store.repository import SqlScanTransaction, StoreCheckInRepository
from tests.helpers import (
    DEVICE,
    EVENT_ID,
    FIXED_NOW,
    FIXED_NOW_TEXT,
    OTHER_EVENT_ID,
    Seeded,
    add_attendees,
    add_event,
    attendee_row,
    changed,
    outbox_rows,
    scan_log_rows,
    seeded_store,
)

LATER = FIXED_NOW + timedelta(minutes=7, seconds=3)
LATER_TEXT = "2026-11-26T09:48:08.123456+00:00"


@pytest.fixture
def door(tmp_path: Path) -> Iterator[Seeded]:
    seeded = seeded_store(tmp_path, 3)
    yield seeded
    seeded.store.close()


@pytest.fixture
def local_door(tmp_path: Path) -> Iterator[Seeded]:
    seeded = seeded_store(tmp_path, 2, is_local=True)
    yield seeded
    seeded.store.close()


def code_of(seeded: Seeded, index: int = 0) -> str:
    return seeded.rows[index]["code"]


def id_of(seeded: Seeded, index: int = 0) -> int:
    return seeded.rows[index]["id"]


def stored(store: Store, attendee_id: int) -> AttendeeSummary:
    with store.read() as conn:
        found = attendees.get(conn, attendee_id)
    assert found is not None
    return found


# --- checked_in ----------------------------------------------------------------------------------


def test_check_in_writes_state_outbox_and_log(door: Seeded) -> None:
    result = door.service.scan(EVENT_ID, code_of(door), source=Source.CAMERA)

    assert result.verdict is Verdict.CHECKED_IN
    assert result.verdict.accepted
    assert result.pending is True
    assert result.scanned_at == FIXED_NOW
    assert result.attendee is not None
    assert result.attendee.id == id_of(door)
    assert result.attendee.checkin_times == (FIXED_NOW_TEXT,)
    assert result.attendee.checkin_devices == (DEVICE,)
    assert "Person0" in scan_message(result)

    after = stored(door.store, id_of(door))
    assert after.is_checked_in
    assert after.checkin_times == (FIXED_NOW_TEXT,)
    assert after.checkin_devices == (DEVICE,)

    (row,) = outbox_rows(door.store)
    assert uuid.UUID(row["nonce"]).version == 4
    assert row["event_id"] == EVENT_ID
    assert row["attendee_id"] == id_of(door)
    assert row["action"] == "check_in"
    assert row["scanned_at"] == FIXED_NOW_TEXT
    assert datetime.fromisoformat(row["scanned_at"]).utcoffset() == timedelta(0)
    assert row["device_name"] == DEVICE
    assert row["state"] == "queued"
    assert row["attempts"] == 0

    (log,) = scan_log_rows(door.store)
    assert log["at"] == FIXED_NOW_TEXT
    assert log["event_id"] == EVENT_ID
    assert log["raw"] == code_of(door)
    assert log["verdict"] == "checked_in"
    assert log["attendee_id"] == id_of(door)
    assert log["device"] == DEVICE
    assert log["source"] == "camera"
    assert log["mode"] == "in"


def test_scan_time_is_stored_in_utc_whatever_the_clock_zone(door: Seeded) -> None:
    oslo = timezone(timedelta(hours=1))
    door.clock.advance_to(datetime(2026, 11, 26, 10, 41, 5, 123456, tzinfo=oslo))
    result = door.service.scan(EVENT_ID, code_of(door))
    assert result.verdict is Verdict.CHECKED_IN
    (row,) = outbox_rows(door.store)
    assert row["scanned_at"] == FIXED_NOW_TEXT
    assert stored(door.store, id_of(door)).checkin_times == (FIXED_NOW_TEXT,)


def test_on_queued_runs_after_the_commit(door: Seeded) -> None:
    seen: list[tuple[str, int]] = []

    def on_queued(event_id: str) -> None:
        # A different connection already sees the row: the transaction has committed.
        seen.append((event_id, len(outbox_rows(door.store))))

    service = CheckInService(
        StoreCheckInRepository(door.store), lambda: DEVICE, door.clock, on_queued
    )
    service.scan(EVENT_ID, code_of(door))
    service.scan(EVENT_ID, code_of(door))  # already checked in: nothing queued
    service.scan(EVENT_ID, "NO-SUCH-CODE")
    assert seen == [(EVENT_ID, 1)]


class _FailingLogTransaction(SqlScanTransaction):
    def log_scan(self, *args: object, **kwargs: object) -> None:
        raise OSError("disk full")


class _FailingLogRepository(StoreCheckInRepository):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self._real_store = store

    @contextmanager
    def scan_transaction(self) -> Iterator[SqlScanTransaction]:
        with self._real_store.write() as conn:
            yield _FailingLogTransaction(conn)


def test_check_in_is_one_transaction(door: Seeded) -> None:
    # The scan-log insert fails after the attendee and outbox writes: all of it rolls back.
    service = CheckInService(_FailingLogRepository(door.store), lambda: DEVICE, door.clock)
    with pytest.raises(OSError, match="disk full"):
        service.scan(EVENT_ID, code_of(door))
    assert not stored(door.store, id_of(door)).is_checked_in
    assert outbox_rows(door.store) == []
    assert scan_log_rows(door.store) == []
    assert door.service.scan(EVENT_ID, code_of(door)).verdict is Verdict.CHECKED_IN


# --- already_checked_in ------------------------------------------------------------------------


def test_second_scan_is_already_checked_in_with_when_and_where(door: Seeded) -> None:
    door.service.scan(EVENT_ID, code_of(door))
    door.clock.advance_to(LATER)
    result = door.service.scan(EVENT_ID, code_of(door))

    assert result.verdict is Verdict.ALREADY_CHECKED_IN
    assert not result.verdict.accepted
    assert result.previous_checkin_at == FIXED_NOW_TEXT
    assert result.previous_device == DEVICE
    assert DEVICE in scan_message(result)
    assert result.pending is True  # the first check-in is still queued
    assert len(outbox_rows(door.store)) == 1
    assert stored(door.store, id_of(door)).checkin_times == (FIXED_NOW_TEXT,)
    logs = scan_log_rows(door.store)
    assert [(r["verdict"], r["at"]) for r in logs] == [
        ("checked_in", FIXED_NOW_TEXT),
        ("already_checked_in", LATER_TEXT),
    ]


def test_checked_in_at_another_door_and_synced(door: Seeded) -> None:
    row = changed(
        door.rows[1],
        is_checked_in=True,
        checkin_times="2026-11-26T08:00:00+00:00,2026-11-26T08:30:00+00:00",
        device_name_checkin="door-7,door-9",
    )
    add_attendees(door.store, [row])
    result = door.service.scan(EVENT_ID, code_of(door, 1))
    assert result.verdict is Verdict.ALREADY_CHECKED_IN
    assert result.previous_checkin_at == "2026-11-26T08:30:00+00:00"
    assert result.previous_device == "door-9"
    assert result.pending is False
    assert outbox_rows(door.store) == []


# --- check-out ---------------------------------------------------------------------------------


def test_check_out_after_check_in(door: Seeded) -> None:
    door.service.scan(EVENT_ID, code_of(door))
    door.clock.advance_to(LATER)
    result = door.service.scan(EVENT_ID, code_of(door), Mode.CHECK_OUT)

    assert result.verdict is Verdict.CHECKED_OUT
    assert result.pending is True
    assert result.attendee is not None
    assert result.attendee.checkout_times == (LATER_TEXT,)
    after = stored(door.store, id_of(door))
    assert not after.is_checked_in
    assert after.checkout_times == (LATER_TEXT,)
    assert after.checkin_times == (FIXED_NOW_TEXT,)
    rows = outbox_rows(door.store)
    assert [(r["action"], r["scanned_at"], r["state"]) for r in rows] == [
        ("check_in", FIXED_NOW_TEXT, "queued"),
        ("check_out", LATER_TEXT, "queued"),
    ]
    assert scan_log_rows(door.store)[-1]["mode"] == "out"


def test_check_out_of_someone_not_inside(door: Seeded) -> None:
    result = door.service.scan(EVENT_ID, code_of(door), Mode.CHECK_OUT)
    assert result.verdict is Verdict.NOT_CHECKED_IN
    assert result.pending is False
    assert outbox_rows(door.store) == []
    assert not stored(door.store, id_of(door)).is_checked_in
    (log,) = scan_log_rows(door.store)
    assert (log["verdict"], log["mode"], log["attendee_id"]) == (
        "not_checked_in",
        "out",
        id_of(door),
    )


def test_re_entry_after_check_out_is_a_new_check_in(door: Seeded) -> None:
    third = LATER + timedelta(hours=1)
    door.service.scan(EVENT_ID, code_of(door))
    door.clock.advance_to(LATER)
    door.service.scan(EVENT_ID, code_of(door), Mode.CHECK_OUT)
    door.clock.advance_to(third)
    result = door.service.scan(EVENT_ID, code_of(door))

    third_text = third.isoformat(timespec="microseconds")
    assert result.verdict is Verdict.CHECKED_IN
    after = stored(door.store, id_of(door))
    assert after.is_checked_in
    assert after.checkin_times == (FIXED_NOW_TEXT, third_text)
    assert after.checkin_devices == (DEVICE, DEVICE)
    assert [r["action"] for r in outbox_rows(door.store)] == ["check_in", "check_out", "check_in"]


# --- validate ----------------------------------------------------------------------------------


def test_validate_writes_only_the_scan_log(door: Seeded) -> None:
    result = door.service.scan(EVENT_ID, code_of(door), Mode.VALIDATE)
    assert result.verdict is Verdict.VALID
    assert result.previous_checkin_at is None
    assert not stored(door.store, id_of(door)).is_checked_in
    assert outbox_rows(door.store) == []
    (log,) = scan_log_rows(door.store)
    assert (log["verdict"], log["mode"]) == ("valid", "validate")


def test_validate_of_a_checked_in_attendee_tells_when(door: Seeded) -> None:
    door.service.scan(EVENT_ID, code_of(door))
    door.clock.advance_to(LATER)
    result = door.service.scan(EVENT_ID, code_of(door), Mode.VALIDATE)
    assert result.verdict is Verdict.VALID
    assert result.previous_checkin_at == FIXED_NOW_TEXT
    assert result.previous_device == DEVICE
    assert len(outbox_rows(door.store)) == 1
    assert stored(door.store, id_of(door)).checkin_times == (FIXED_NOW_TEXT,)


# --- codes that do not admit anyone ------------------------------------------------------------


def test_unknown_code(door: Seeded) -> None:
    result = door.service.scan(EVENT_ID, "NO-SUCH-TICKET")
    assert result.verdict is Verdict.UNKNOWN
    assert result.attendee is None
    assert outbox_rows(door.store) == []
    (log,) = scan_log_rows(door.store)
    assert (log["verdict"], log["attendee_id"], log["raw"]) == ("unknown", None, "NO-SUCH-TICKET")


def test_deleted_attendee_is_unknown(door: Seeded) -> None:
    add_attendees(door.store, [changed(door.rows[2], deleted=True)])
    assert door.service.scan(EVENT_ID, code_of(door, 2)).verdict is Verdict.UNKNOWN


def test_ticket_of_another_event(door: Seeded) -> None:
    add_event(door.store, OTHER_EVENT_ID, "Other Conference", ticket_id=8)
    add_attendees(
        door.store,
        [attendee_row(900, "Visitor", "Elsewhere", event_id=OTHER_EVENT_ID, ticket_id=8)],
    )
    with door.store.read() as conn:
        other = attendees.get(conn, 900)
    assert other is not None
    result = door.service.scan(EVENT_ID, other.code)
    assert result.verdict is Verdict.OTHER_EVENT
    assert result.attendee is not None and result.attendee.id == 900
    assert not stored(door.store, 900).is_checked_in
    assert outbox_rows(door.store) == []
    assert scan_log_rows(door.store)[0]["verdict"] == "other_event"
    # In its own event the same code is fine.
    assert door.service.scan(OTHER_EVENT_ID, other.code).verdict is Verdict.CHECKED_IN


def test_order_only_code_with_several_attendees_is_ambiguous(door: Seeded) -> None:
    order = "7a1c2e3f-0000-4000-8000-123456789abc"
    add_attendees(
        door.store,
        [
            attendee_row(301, "Eve", "First", order=order),
            attendee_row(302, "Eve", "Second", order=order),
        ],
    )
    result = door.service.scan(EVENT_ID, order)
    assert result.verdict is Verdict.AMBIGUOUS
    assert sorted(c.id for c in result.candidates) == [301, 302]
    assert "Eve First" in scan_message(result) and "Eve Second" in scan_message(result)
    assert not stored(door.store, 301).is_checked_in
    assert not stored(door.store, 302).is_checked_in
    assert outbox_rows(door.store) == []
    assert scan_log_rows(door.store)[0]["verdict"] == "ambiguous"


def test_order_only_code_with_one_attendee_checks_in(door: Seeded) -> None:
    order = "8b8b8b8b-1111-4111-8111-222222222222"
    add_attendees(door.store, [attendee_row(401, "Solo", "Buyer", order=order)])
    result = door.service.scan(EVENT_ID, order.upper())
    assert result.verdict is Verdict.CHECKED_IN
    assert result.attendee is not None and result.attendee.id == 401
    assert stored(door.store, 401).is_checked_in
    assert [r["attendee_id"] for r in outbox_rows(door.store)] == [401]


@pytest.mark.parametrize(
    ("raw", "logged"),
    [
        ("ABC\x07DEF", "ABC\ufffdDEF"),
        ("X" * 513, "X" * RAW_LOG_LIMIT),
        (b"\x00\x01binary\xff", None),
        (b"\x80\x81\x82\x83", None),
        ("", ""),
    ],
    ids=["control-char", "too-long", "nul-bytes", "undecodable", "empty"],
)
def test_malformed_input_is_logged(door: Seeded, raw: str | bytes, logged: str | None) -> None:
    result = door.service.scan(EVENT_ID, raw, source=Source.WEDGE)
    assert result.verdict is Verdict.MALFORMED
    assert result.attendee is None
    assert outbox_rows(door.store) == []
    (log,) = scan_log_rows(door.store)
    assert log["verdict"] == "malformed"
    assert log["source"] == "wedge"
    assert log["at"] == FIXED_NOW_TEXT
    assert len(log["raw"]) <= RAW_LOG_LIMIT
    assert log["raw"].isprintable()
    if logged is not None:
        assert log["raw"] == logged


def test_scanner_noise_around_a_code_is_tolerated(door: Seeded) -> None:
    result = door.service.scan(EVENT_ID, f"\x02{code_of(door)}\r\n")
    assert result.verdict is Verdict.CHECKED_IN


# --- typed input -------------------------------------------------------------------------------


def test_typed_attendee_id(door: Seeded) -> None:
    result = door.service.scan(EVENT_ID, str(id_of(door, 1)))
    assert result.verdict is Verdict.CHECKED_IN
    assert result.attendee is not None and result.attendee.id == id_of(door, 1)
    assert stored(door.store, id_of(door, 1)).is_checked_in


def test_typed_email(door: Seeded) -> None:
    email = door.rows[2]["email"]
    result = door.service.scan(EVENT_ID, email.upper())
    assert result.verdict is Verdict.CHECKED_IN
    assert result.attendee is not None and result.attendee.id == id_of(door, 2)


# --- serverless (CSV) events -------------------------------------------------------------------


def test_local_event_queues_nothing(local_door: Seeded) -> None:
    queued: list[str] = []
    service = CheckInService(
        StoreCheckInRepository(local_door.store), lambda: DEVICE, local_door.clock, queued.append
    )
    result = service.scan(EVENT_ID, code_of(local_door))
    assert result.verdict is Verdict.CHECKED_IN
    assert result.pending is False
    assert stored(local_door.store, id_of(local_door)).checkin_times == (FIXED_NOW_TEXT,)
    local_door.clock.advance_to(LATER)
    out = service.scan(EVENT_ID, code_of(local_door), Mode.CHECK_OUT)
    assert (out.verdict, out.pending) == (Verdict.CHECKED_OUT, False)
    again = service.scan(EVENT_ID, code_of(local_door), Mode.CHECK_OUT)
    assert (again.verdict, again.pending) == (Verdict.NOT_CHECKED_IN, False)
    assert outbox_rows(local_door.store) == []
    assert queued == []
    assert [r["verdict"] for r in scan_log_rows(local_door.store)] == [
        "checked_in",
        "checked_out",
        "not_checked_in",
    ]


def test_device_name_is_read_at_each_scan(door: Seeded) -> None:
    names = iter(["door-A", "door-B"])
    service = CheckInService(StoreCheckInRepository(door.store), lambda: next(names), door.clock)
    service.scan(EVENT_ID, code_of(door, 0))
    service.scan(EVENT_ID, code_of(door, 1))
    assert [r["device_name"] for r in outbox_rows(door.store)] == ["door-A", "door-B"]


def test_default_clock_is_utc(door: Seeded) -> None:
    service = CheckInService(StoreCheckInRepository(door.store), lambda: DEVICE)
    before = datetime.now(UTC)
    result = service.scan(EVENT_ID, code_of(door))
    assert result.scanned_at.tzinfo is not None
    assert result.scanned_at.utcoffset() == timedelta(0)
    assert result.scanned_at >= before
    (row,) = outbox_rows(door.store)
    assert row["scanned_at"].endswith("+00:00")
