"""Server time stamps at the edge of the calendar (and any other text) never raise: the helpers
every view uses to read, show, sort and export them, and the dashboard's numbers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orga_app.core import times
from orga_app.store import stats
from tests.helpers import EVENT_ID, add_attendees, attendee_row, seeded_store

EDGE_STAMPS = (
    "0001-01-01T00:00:00+14:00",  # year 0 in UTC
    "9999-12-31T23:59:59.999999-23:59",  # year 10000 in UTC
    "0001-01-01T00:00:00",
    "9999-12-31T23:59:59.999999",
    "9999-12-31T23:59:59+00:00",  # still in the calendar in UTC, not in local time east of it
)
NOW = datetime(2026, 11, 26, 9, 41, tzinfo=UTC)

# Every offset Python allows (strictly inside ±24 h), to the minute as ISO 8601 writes it.
offsets = st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
any_moment = st.datetimes(min_value=datetime.min, max_value=datetime.max, timezones=offsets)


@pytest.mark.parametrize("stamp", EDGE_STAMPS)
def test_edge_of_calendar_stamps_read_and_show(stamp: str) -> None:
    shown = times.human_time(stamp, NOW)
    assert shown  # a readable time or the text itself, never an exception
    assert times.export_time(stamp)
    times.sort_key(stamp)
    stats.parse_time(stamp)


def test_a_stamp_outside_the_calendar_in_utc_is_shown_as_written() -> None:
    assert times.parse_stamp("0001-01-01T00:00:00+14:00") is None
    assert times.human_time("0001-01-01T00:00:00+14:00", NOW) == "0001-01-01T00:00:00+14:00"


def test_early_years_keep_four_digits() -> None:
    # strftime("%Y") writes year 1 as "1" on Linux: the shown date would read like junk
    assert times.human_time("0001-01-02T10:00:00+00:00", NOW).startswith("0001-01-02 ")
    assert times.export_time("0001-01-02T10:00:00+00:00") == "0001-01-02T10:00:00Z"


def test_seconds_when_asked() -> None:
    assert times.human_time("2026-11-26T09:41:05+00:00", NOW, seconds=True).endswith(":05")


def test_export_time_is_one_format_for_offset_and_naive_stamps() -> None:
    assert times.export_time("2026-11-26T10:42:05.5+01:00") == "2026-11-26T09:42:05Z"
    assert times.export_time("2026-11-26 09:42:05") == "2026-11-26T09:42:05Z"  # naive = UTC
    assert times.export_time(" not a time ") == "not a time"  # kept, not lost


def test_unreadable_text_is_shown_printable_and_short() -> None:
    shown = times.human_time("\x1b[31m" + "x" * 500, NOW)
    assert shown.isprintable()
    assert len(shown) <= times.RAW_SHOWN_CHARS


@given(any_moment, st.sampled_from(["seconds", "microseconds", "minutes"]), st.booleans())
def test_any_iso_stamp_never_raises(moment: datetime, timespec: str, naive: bool) -> None:
    if naive:
        moment = moment.replace(tzinfo=None)
    stamp = moment.isoformat(timespec=timespec)
    for now in (NOW, datetime.max.replace(tzinfo=UTC), datetime.min.replace(tzinfo=UTC)):
        assert isinstance(times.human_time(stamp, now), str)
    assert isinstance(times.export_time(stamp), str)
    times.sort_key(stamp)
    parsed = stats.parse_time(stamp)
    if parsed is not None:
        stats.bucket_start(parsed)


@given(st.text(max_size=200))
def test_any_text_never_raises(text: str) -> None:
    assert isinstance(times.human_time(text, NOW), str)
    assert isinstance(times.export_time(text), str)
    times.sort_key(text)
    stats.parse_time(text)


def test_dashboard_numbers_with_edge_stamps(tmp_path: Path) -> None:
    door = seeded_store(tmp_path, 0)
    try:
        edge = ",".join(EDGE_STAMPS)
        add_attendees(
            door.store,
            [
                attendee_row(1, "Edge", "Case", is_checked_in=True, checkin_times=edge),
                attendee_row(
                    2, "Real", "Arrival", is_checked_in=True,
                    checkin_times="2026-11-26T09:40:00+00:00",
                ),
            ],
        )  # fmt: skip
        with door.store.read() as conn:
            data = stats.dashboard(conn, EVENT_ID)
        # the junk stamps are no arrival; the real one is, in its own bucket
        assert [(b.start, b.count) for b in data.arrivals] == [
            (datetime(2026, 11, 26, 9, 30, tzinfo=UTC), 1)
        ]
    finally:
        door.store.close()


def test_double_admissions_with_odd_histories(tmp_path: Path) -> None:
    door = seeded_store(tmp_path, 0)
    try:
        add_attendees(
            door.store,
            [
                # in at A, again at B, again at A: two double admissions
                attendee_row(1, "Three", "Times", is_checked_in=True,
                             checkin_times="2026-11-26T09:00:00Z,2026-11-26T09:01:00Z,"
                                           "2026-11-26T09:02:00Z",
                             device_name_checkin="A,B,A"),
                # an older server row without devices: two doors cannot be told apart
                attendee_row(2, "No", "Devices", is_checked_in=True,
                             checkin_times="2026-11-26T09:00:00Z,2026-11-26T09:01:00Z"),
                # junk and edge-of-calendar stamps neither crash nor invent doubles
                attendee_row(3, "Edge", "Case", is_checked_in=True,
                             checkin_times=",".join(EDGE_STAMPS) + ",not a time",
                             device_name_checkin="A,A,A,A,A,A"),
            ],
        )  # fmt: skip
        with door.store.read() as conn:
            doubles = stats.double_admissions(conn, EVENT_ID)
        assert [(d.attendee_id, d.first_device, d.second_device) for d in doubles] == [
            (1, "B", "A"),
            (1, "A", "B"),
        ]
    finally:
        door.store.close()
