"""Door throughput (issue 15) against a real SQLite store: check-ins per minute per door,
verdict time p95 from the scan log, minutes offline from sync samples, uploads waiting over
time from the outbox, and the "uploads stuck while the server answers" alert."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from orga_app.core.checkin import CheckInService
from orga_app.store import outbox, throughput
from orga_app.store.db import Store
from orga_app.store.models import SCAN_LOG, SYNC_SAMPLE, OutboxState
from orga_app.store.repository import StoreCheckInRepository
from tests.helpers import EVENT_ID, FixedClock, add_attendees, add_event, attendee_row, open_store


def utc(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, 11, 26, hour, minute, second, tzinfo=UTC)


MORNING = utc(8, 0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path)
    add_event(store)
    add_attendees(store, [
        attendee_row(1, "Ana", "A", is_checked_in=True,
                     checkin_times="2026-11-26T09:02:00+00:00,2026-11-26T09:20:00+00:00",
                     device_name_checkin="door-1,door-2"),
        attendee_row(2, "Ben", "B", is_checked_in=True,
                     checkin_times="2026-11-26T09:14:00+00:00", device_name_checkin="door-1"),
        attendee_row(3, "Cem", "C", is_checked_in=True,
                     checkin_times="2026-11-26T09:50:00+00:00", device_name_checkin="door-1"),
        # yesterday: not today's throughput
        attendee_row(4, "Dia", "D", is_checked_in=True,
                     checkin_times="2026-11-25T09:50:00+00:00", device_name_checkin="door-1"),
        attendee_row(5, "Eva", "E"),
        attendee_row(6, "Fay", "F"),
    ])  # fmt: skip
    try:
        yield store
    finally:
        store.close()


def test_check_ins_per_minute_per_door_over_the_day(store: Store) -> None:
    with store.read() as conn:
        doors = throughput.door_rates(conn, EVENT_ID, since=MORNING)
    assert [(d.device, d.total) for d in doors] == [("door-1", 3), ("door-2", 1)]
    door1 = doors[0]
    # 15-minute buckets from the first check-in to the last, empty ones included
    assert [(p.start, p.per_minute) for p in door1.points] == [
        (utc(9, 0), 2 / 15),
        (utc(9, 15), 0.0),
        (utc(9, 30), 0.0),
        (utc(9, 45), 1 / 15),
    ]
    assert door1.peak_per_minute == pytest.approx(2 / 15)


def test_every_scan_records_its_verdict_time_and_p95_reads_it(store: Store) -> None:
    service = CheckInService(
        StoreCheckInRepository(store), lambda: "door-1", clock=FixedClock(utc(10, 0))
    )
    service.scan(EVENT_ID, attendee_row(5, "Eva", "E")["code"])
    service.scan(EVENT_ID, "no-such-ticket")
    service.scan(EVENT_ID, b"\x00binary")  # malformed scans are timed too
    with store.read() as conn:
        logged = conn.execute(select(SCAN_LOG.c.verdict_ms)).scalars().all()
        result = throughput.throughput(conn, EVENT_ID, now=utc(10, 1), since=MORNING)
    assert len(logged) == 3
    assert all(v is not None and v >= 0 for v in logged)
    assert result.verdicts_timed == 3
    assert result.verdict_p95_ms == max(float(v) for v in logged if v is not None)
    # every verdict counts as a scan of this door, refusals too
    assert [(d.device, d.total) for d in result.scans] == [("door-1", 3)]
    assert result.scans[0].peak_per_minute == pytest.approx(3 / 15)


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert throughput.percentile(values, 0.95) == 95.0
    assert throughput.percentile([3.0, 1.0, 2.0], 0.95) == 3.0
    assert throughput.percentile([], 0.95) is None


def _sample(store: Store, at: datetime, reachable: bool, waiting: int = 0) -> bool:
    with store.write() as conn:
        return throughput.record_sample(conn, EVENT_ID, at, reachable, waiting)


def test_minutes_offline_add_up_the_spans_the_server_did_not_answer(store: Store) -> None:
    _sample(store, utc(9, 0), True)
    _sample(store, utc(9, 10), False)
    _sample(store, utc(9, 13), False)
    _sample(store, utc(9, 14), True)  # offline 09:10-09:14: 4 minutes
    _sample(store, utc(9, 30), False)  # then closed: counts at most 6 minutes, not 2 hours
    _sample(store, utc(11, 30), True)
    _sample(store, utc(11, 55), False)  # offline until now (12:00): 5 minutes
    with store.read() as conn:
        minutes = throughput.minutes_offline(conn, EVENT_ID, since=MORNING, now=utc(12, 0))
        before = throughput.minutes_offline(conn, EVENT_ID, since=utc(9, 12), now=utc(9, 20))
    assert minutes == pytest.approx(4 + 6 + 5)
    assert before == pytest.approx(2)  # only the part after `since`


def test_a_sample_that_says_nothing_new_within_a_minute_is_not_kept(store: Store) -> None:
    assert _sample(store, utc(9, 0, 0), True, 2)
    assert not _sample(store, utc(9, 0, 30), True, 2)
    assert _sample(store, utc(9, 0, 40), True, 3)  # the count changed
    assert _sample(store, utc(9, 0, 50), False, 3)  # the server stopped answering
    assert _sample(store, utc(9, 2, 0), False, 3)  # a minute passed
    with store.read() as conn:
        kept = conn.execute(select(func.count()).select_from(SYNC_SAMPLE)).scalar_one()
    assert kept == 4


def _checkins(store: Store, at: datetime, *attendees: int) -> None:
    service = CheckInService(StoreCheckInRepository(store), lambda: "door-1", clock=FixedClock(at))
    for attendee_id in attendees:
        service.scan(EVENT_ID, attendee_row(attendee_id, "X", "Y")["code"])


def test_uploads_waiting_over_time_and_the_stuck_upload_alert(store: Store) -> None:
    _checkins(store, utc(9, 5), 5)
    _checkins(store, utc(9, 20), 6)
    with store.write() as conn:
        eva = next(r for r in outbox.unsent(conn, EVENT_ID) if r.attendee_id == 5)
        outbox.set_state(conn, eva.id, OutboxState.DONE, at=utc(9, 40).isoformat())
    _sample(store, utc(9, 59), True, 1)
    with store.read() as conn:
        points, now_waiting, oldest = throughput.waiting_over_time(
            conn, EVENT_ID, since=utc(9, 0), now=utc(10, 0)
        )
        result = throughput.throughput(conn, EVENT_ID, now=utc(10, 0), since=utc(9, 0))
    assert [(p.at, p.waiting) for p in points] == [
        (utc(9, 15), 1),  # Eva
        (utc(9, 30), 2),  # Eva and Fay
        (utc(9, 45), 1),  # Eva went up at 09:40
        (utc(10, 0), 1),
    ]
    assert (now_waiting, oldest) == (1, timedelta(minutes=40))
    # Fay's check-in has waited 40 minutes and the last sync reached the server
    assert result.reachable is True
    assert result.upload_alert
    assert result.as_json()["upload_alert"] is True


def test_no_alert_while_the_server_cannot_be_reached_or_nothing_waits_long(store: Store) -> None:
    _checkins(store, utc(9, 0), 5)
    _sample(store, utc(9, 30), False, 1)
    with store.read() as conn:
        offline = throughput.throughput(conn, EVENT_ID, now=utc(9, 30), since=MORNING)
        fresh = throughput.throughput(conn, EVENT_ID, now=utc(9, 4), since=MORNING)
    assert offline.oldest_wait == timedelta(minutes=30)
    assert not offline.upload_alert  # offline: waiting is expected, the door says "offline"
    _sample(store, utc(9, 31), True, 1)
    with store.read() as conn:
        fresh = throughput.throughput(conn, EVENT_ID, now=utc(9, 4), since=MORNING)
    assert fresh.reachable is True
    assert not fresh.upload_alert  # 4 minutes is not yet "stuck"
