"""Reasoning about an attendee's check-in lists as the Open Event server keeps them.

The server stores check-in times and their devices as two comma-separated strings that should be
parallel. This module answers the questions the outbox replay asks about them: did an earlier
attempt of a row reach the server, how far apart are the two lists, and which times a write by
someone else dropped (and how to put them back in order). Pure functions: no HTTP, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from orga_app.store.attendees import split_list
from orga_app.store.models import OutboxAction
from orga_app.store.outbox import OutboxRow
from orga_app.sync.openevent.records import AttendeeRecord

# The server's answer when a check-in carrying a device name would leave the device list and the
# time list of different lengths (it then changes nothing).
DEVICE_MISMATCH = "check in time missing for the corresponding device name"
# What the server writes itself for a check-in without a device name.
NO_DEVICE = "-"


def parse_instant(text: str) -> datetime | None:
    """A time from a list; times without an offset are UTC (the server's own stamps are)."""
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def same_instant(a: str, b: str) -> bool:
    if a.strip() == b.strip():
        return True
    first, second = parse_instant(a), parse_instant(b)
    return first is not None and first == second


def server_count(value: str) -> int:
    """How many entries the server counts in a list: it splits on every comma, empty entries
    included (a stored ``"-,"`` is two devices). An absent list counts none."""
    return len(value.split(",")) if value else 0


def missing_devices(server: AttendeeRecord) -> int:
    """How many device entries the stored device list lacks against its time list."""
    return server_count(server.checkin_times) - server_count(server.device_name_checkin)


def checkin_applied(row: OutboxRow, server: AttendeeRecord) -> bool:
    return any(same_instant(t, row.scanned_at) for t in split_list(server.checkin_times))


def checkout_settled(row: OutboxRow, server: AttendeeRecord) -> bool:
    """Is there nothing (left) to send for this check-out?

    The server stamps check-outs with its own time, so the scan time cannot be looked up. The
    attendee being out means an earlier attempt landed, or sending now would change nothing. A
    check-in scanned after this check-out (another door, once this one's answer was lost) means
    the check-out is history already: sending it now would record it after that check-in and
    turn away someone who is inside.
    """
    if not server.is_checked_in and server.is_checked_out:
        return True
    scanned = parse_instant(row.scanned_at)
    if scanned is None:
        return False
    return any(
        (when := parse_instant(t)) is not None and when > scanned
        for t in split_list(server.checkin_times)
    )


def already_applied(row: OutboxRow, server: AttendeeRecord) -> bool:
    """Did an earlier attempt of this row reach the server (or is there nothing left to send)?"""
    if row.action is OutboxAction.CHECK_IN:
        return checkin_applied(row, server)
    return checkout_settled(row, server)


@dataclass(frozen=True, slots=True)
class CheckinLists:
    """Both lists as one replacing PATCH would send them."""

    times: str
    devices: str


def _pairs(record: AttendeeRecord) -> list[tuple[str, str]]:
    times = record.checkin_times.split(",") if record.checkin_times else []
    devices = record.device_name_checkin.split(",") if record.device_name_checkin else []
    if len(devices) != len(times):
        # Misaligned lists cannot say which device goes with which time.
        devices = [NO_DEVICE] * len(times)
    return [(t, d) for t, d in zip(times, devices, strict=True) if t.strip()]


def dropped_times(before: AttendeeRecord, after: AttendeeRecord) -> list[str]:
    """Times the server had in ``before`` that ``after`` no longer holds."""
    now = split_list(after.checkin_times)
    return [t for t, _ in _pairs(before) if not any(same_instant(t, n) for n in now)]


def restored_lists(before: AttendeeRecord, after: AttendeeRecord) -> CheckinLists | None:
    """``after``'s lists with the times of ``before`` it lost put back in time order, or None
    when nothing was lost. Devices come along where the lists were aligned, else ``-``."""
    lost = dropped_times(before, after)
    if not lost:
        return None
    known = dict(_pairs(before))
    merged = _pairs(after) + [(t, known.get(t, NO_DEVICE)) for t in lost]

    def key(pair: tuple[str, str]) -> datetime:
        # Unreadable times sort first rather than vanish.
        return parse_instant(pair[0]) or datetime.min.replace(tzinfo=UTC)

    merged.sort(key=key)
    return CheckinLists(",".join(t for t, _ in merged), ",".join(d for _, d in merged))
