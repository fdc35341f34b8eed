"""Numbers for the organizer dashboard: check-ins overall and per ticket type, arrivals per time
bucket, check-ins per door (device), scans by verdict. Plain queries, no Qt.

Arrivals and devices come from the attendee rows (`checkin_times`, `device_name_checkin`), not
from the local scan log: after a download these include the check-ins made at OTHER doors.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, case, func, select

from orga_app.core.list_checkin import DoorList
from orga_app.core.times import parse_stamp, sort_key
from orga_app.store import door_lists
from orga_app.store.attendees import Counts, counts, split_list
from orga_app.store.models import ATTENDEE, OUTBOX, SCAN_LOG, TICKET, OutboxAction, OutboxState

A = ATTENDEE.c
BUCKET_MINUTES = 15
# A day of 15-minute buckets: enough for a conference day, few enough bars to read.
MAX_BUCKETS = 96
NO_TICKET = ""
# Buckets step forward in time and labels go to local time: a day's margin at both ends of the
# calendar keeps that arithmetic inside it. Such stamps are junk anyway; they are not arrivals.
_FIRST_USABLE = datetime(1, 1, 3, tzinfo=UTC)
_LAST_USABLE = datetime(9999, 12, 29, tzinfo=UTC)
UNKNOWN_DEVICE = ""


@dataclass(frozen=True, slots=True)
class TicketStats:
    name: str  # "" for attendees without a ticket type
    checked_in: int
    total: int


@dataclass(frozen=True, slots=True)
class Bucket:
    start: datetime  # UTC, aligned to the bucket size
    count: int


@dataclass(frozen=True, slots=True)
class DashboardStats:
    counts: Counts
    tickets: tuple[TicketStats, ...]
    arrivals: tuple[Bucket, ...]
    devices: tuple[tuple[str, int], ...]  # (device name, check-ins), most first
    scans: dict[str, int]  # verdict → scans made on THIS device for the event
    # A pretix-type event: the check-in list whose state the counts are (None: Open Event).
    door_list: DoorList | None = None


def per_ticket(conn: Connection, event_id: str) -> list[TicketStats]:
    name = func.coalesce(TICKET.c.name, NO_TICKET).label("name")
    total = func.count().label("total")
    checked = func.coalesce(func.sum(case((A.is_checked_in.is_(True), 1), else_=0)), 0)
    rows = conn.execute(
        select(name, checked, total)
        .select_from(ATTENDEE.outerjoin(TICKET, TICKET.c.id == A.ticket_id))
        .where(A.event_id == event_id, A.deleted.is_(False))
        .group_by(name)
        .order_by(total.desc(), name)
    ).all()
    return [TicketStats(str(r[0]), int(r[1]), int(r[2])) for r in rows]


def parse_time(stamp: str) -> datetime | None:
    """A server or local check-in time as aware UTC; None when it cannot be read (or lies at
    the edge of the calendar, where bucketing and the chart's local labels cannot follow)."""
    parsed = parse_stamp(stamp)
    if parsed is None or not (_FIRST_USABLE <= parsed <= _LAST_USABLE):
        return None
    return parsed


def bucket_start(moment: datetime, minutes: int = BUCKET_MINUTES) -> datetime:
    moment = moment.astimezone(UTC)
    floored = moment.minute - moment.minute % minutes
    return moment.replace(minute=floored, second=0, microsecond=0)


def arrivals(
    conn: Connection,
    event_id: str,
    minutes: int = BUCKET_MINUTES,
    max_buckets: int = MAX_BUCKETS,
) -> list[Bucket]:
    """First check-in of each attendee, counted per `minutes` bucket (re-entries are not
    arrivals). Buckets are contiguous (empty ones count 0); only the latest `max_buckets`."""
    rows = conn.execute(
        select(A.checkin_times).where(
            A.event_id == event_id, A.deleted.is_(False), A.checkin_times != ""
        )
    ).scalars()
    per_bucket: Counter[datetime] = Counter()
    for value in rows:
        times = [t for t in (parse_time(s) for s in split_list(value)) if t is not None]
        if times:
            per_bucket[bucket_start(min(times), minutes)] += 1
    if not per_bucket:
        return []
    step = timedelta(minutes=minutes)
    last = max(per_bucket)
    first = max(min(per_bucket), last - step * (max_buckets - 1))
    buckets: list[Bucket] = []
    current = first
    while current <= last:
        buckets.append(Bucket(current, per_bucket.get(current, 0)))
        current += step
    return buckets


def checkins_per_device(conn: Connection, event_id: str) -> list[tuple[str, int]]:
    """Every recorded check-in (re-entries too) by the device that made it, most first."""
    rows = conn.execute(
        select(A.checkin_times, A.device_name_checkin).where(
            A.event_id == event_id, A.deleted.is_(False), A.checkin_times != ""
        )
    ).all()
    per_device: Counter[str] = Counter()
    for times_text, devices_text in rows:
        times = split_list(times_text)
        devices = split_list(devices_text)
        # Older server rows may list fewer devices than times: those check-ins are "unknown".
        for index in range(len(times)):
            per_device[devices[index] if index < len(devices) else UNKNOWN_DEVICE] += 1
    return sorted(per_device.items(), key=lambda item: (-item[1], item[0]))


def scan_verdicts(conn: Connection, event_id: str) -> dict[str, int]:
    rows = conn.execute(
        select(SCAN_LOG.c.verdict, func.count())
        .where(SCAN_LOG.c.event_id == event_id)
        .group_by(SCAN_LOG.c.verdict)
    ).all()
    return {str(verdict): int(n) for verdict, n in rows}


def dashboard(conn: Connection, event_id: str) -> DashboardStats:
    return DashboardStats(
        counts=counts(conn, event_id),
        tickets=tuple(per_ticket(conn, event_id)),
        arrivals=tuple(arrivals(conn, event_id)),
        devices=tuple(checkins_per_device(conn, event_id)),
        scans=scan_verdicts(conn, event_id),
        door_list=door_lists.door_list(conn, event_id),
    )


@dataclass(frozen=True, slots=True)
class DoubleAdmission:
    """One ticket admitted twice: two check-ins at different doors, no check-out between.

    Happens when two doors scan the same ticket before either has synced (each door answers
    from its own store); only after a download does one door see both check-ins."""

    attendee_id: int
    name: str
    first_at: str
    first_device: str
    second_at: str
    second_device: str


def double_admissions(conn: Connection, event_id: str) -> list[DoubleAdmission]:
    """Every double admission of the event from the attendees' histories, latest first.

    The server records a check-out at the time it is uploaded, not when it was scanned: a
    door that was offline can make a check-out look later than the next check-in. This door's
    own check-outs are taken at their scan time from the outbox; another door's late upload
    can still flag a re-entry, which the list words as something to check, not a verdict.
    """
    rows = conn.execute(
        select(
            A.id, A.firstname, A.lastname, A.checkin_times, A.device_name_checkin,
            A.checkout_times,
        ).where(
            A.event_id == event_id, A.deleted.is_(False), A.checkin_times.like("%,%")
        )
    ).all()  # fmt: skip
    if not rows:
        return []
    local_outs: dict[int, list[str]] = {}
    for attendee_id, scanned_at in conn.execute(
        select(OUTBOX.c.attendee_id, OUTBOX.c.scanned_at).where(
            OUTBOX.c.event_id == event_id,
            OUTBOX.c.action == OutboxAction.CHECK_OUT.value,
            OUTBOX.c.state != OutboxState.DISCARDED.value,
        )
    ):
        local_outs.setdefault(int(attendee_id), []).append(str(scanned_at))
    found: list[DoubleAdmission] = []
    for attendee_id, first, last, times_text, devices_text, out_text in rows:
        name = f"{first or ''} {last or ''}".strip()
        outs = [*split_list(out_text), *local_outs.get(int(attendee_id), [])]
        found.extend(_doubles(int(attendee_id), name, times_text, devices_text, outs))
    found.sort(key=lambda d: sort_key(d.second_at), reverse=True)
    return found


def _doubles(
    attendee_id: int, name: str, times_text: str, devices_text: str | None, outs: list[str]
) -> list[DoubleAdmission]:
    times = split_list(times_text)
    devices = split_list(devices_text)
    # (time, kind, device): check-outs sort before a check-in at the same instant (re-entry)
    history = [(sort_key(t), 1, t, devices[i] if i < len(devices) else "") for i, t in
               enumerate(times)]  # fmt: skip
    history += [(sort_key(t), 0, t, "") for t in outs]
    history.sort(key=lambda item: (item[0], item[1]))
    doubles: list[DoubleAdmission] = []
    inside: tuple[str, str] | None = None  # (time, device) of the check-in that let them in
    for _, kind, stamp, device in history:
        if kind == 0:
            inside = None
            continue
        # an unknown device (older server rows) cannot tell two doors apart: not flagged
        if inside is not None and inside[1] and device and inside[1] != device:
            doubles.append(DoubleAdmission(attendee_id, name, *inside, stamp, device))
        inside = (stamp, device)
    return doubles
