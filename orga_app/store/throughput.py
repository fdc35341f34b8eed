"""Door throughput (issue 15): check-ins per minute per door over the day, how long verdicts
took, minutes offline, uploads waiting over time, and whether uploads wait too long while the
server answers. Plain queries and arithmetic, no Qt; the dashboard and `orga-app status` read it.

Sources, and why:
- per door: the attendee rows' check-in times and devices (after a download they include the
  other doors, which this computer's scan log never sees); scans of every verdict (refusals
  too) from this computer's scan log;
- verdict times: this computer's scan log (`verdict_ms`, schema v10);
- offline: `sync_sample`, one row per sync run (written by `record_sample`);
- uploads waiting over time: rebuilt from the outbox (a row waited from its scan until done).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, select

from orga_app.store.models import ATTENDEE, OUTBOX, SCAN_LOG, SYNC_SAMPLE, OutboxState
from orga_app.store.outbox import WAITING
from orga_app.store.stats import UNKNOWN_DEVICE, bucket_start, parse_time
from orga_app.store.summaries import split_list

A = ATTENDEE.c
S = SYNC_SAMPLE.c
BUCKET_MINUTES = 15
# Uploads that have waited this long while the server answers mean something is stuck.
WAIT_ALERT = timedelta(minutes=5)
# A sample says "offline" until the next one; a gap longer than this (the app was closed, the
# laptop asleep) counts only this much, so a night with the app shut is not "offline".
# Longer than the sync backoff's 5-minute cap, so a door that stays offline counts in full.
MAX_SAMPLE_SPAN = timedelta(minutes=6)
# While nothing changes, a sync run every 10 s would add 8,640 rows a day: one a minute is
# plenty for "minutes offline".
SAMPLE_EVERY = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class RatePoint:
    start: datetime  # UTC, bucket start
    per_minute: float


@dataclass(frozen=True, slots=True)
class DoorRate:
    device: str  # "" when older server rows do not name the door
    points: tuple[RatePoint, ...]  # contiguous buckets from the first to the last check-in
    total: int

    @property
    def peak_per_minute(self) -> float:
        return max((p.per_minute for p in self.points), default=0.0)


@dataclass(frozen=True, slots=True)
class WaitPoint:
    at: datetime  # UTC, end of a bucket
    waiting: int


@dataclass(frozen=True, slots=True)
class Throughput:
    doors: tuple[DoorRate, ...]  # check-ins per door, busiest first
    scans: tuple[DoorRate, ...]  # this computer's scans (every verdict) per device
    verdict_p95_ms: float | None  # None until a scan with a measured time exists
    verdicts_timed: int
    minutes_offline: float
    waiting_now: int
    oldest_wait: timedelta | None  # how long the oldest waiting upload has waited
    reachable: bool | None  # the last sync run's answer; None before the first run
    waiting_over_time: tuple[WaitPoint, ...]

    @property
    def upload_alert(self) -> bool:
        """Uploads have waited over 5 minutes although the server answers: not the network,
        something to look at (paused uploads, a stuck row, a sync that does not run)."""
        return (
            bool(self.reachable)
            and self.oldest_wait is not None
            and (self.oldest_wait > WAIT_ALERT)
        )

    def as_json(self) -> dict[str, object]:
        return {
            "doors": [
                {
                    "device": door.device,
                    "checkins": door.total,
                    "peak_per_minute": round(door.peak_per_minute, 2),
                    "per_minute": [
                        [p.start.isoformat(), round(p.per_minute, 2)] for p in door.points
                    ],
                }
                for door in self.doors
            ],
            "scans_here": [
                {
                    "device": door.device,
                    "scans": door.total,
                    "peak_per_minute": round(door.peak_per_minute, 2),
                }
                for door in self.scans
            ],
            "verdict_p95_ms": (
                None if self.verdict_p95_ms is None else round(self.verdict_p95_ms, 2)
            ),
            "verdicts_timed": self.verdicts_timed,
            "minutes_offline": round(self.minutes_offline, 1),
            "waiting": self.waiting_now,
            "oldest_wait_seconds": (
                None if self.oldest_wait is None else round(self.oldest_wait.total_seconds())
            ),
            "reachable": self.reachable,
            "upload_alert": self.upload_alert,
        }


def record_sample(
    conn: Connection, event_id: str, at: datetime, reachable: bool, waiting: int
) -> bool:
    """Keep one sync run's outcome; skipped (False) when the last sample of the event says the
    same and is under a minute old."""
    last = conn.execute(
        select(S.at, S.reachable, S.waiting)
        .where(S.event_id == event_id)
        .order_by(S.id.desc())
        .limit(1)
    ).first()
    if last is not None:
        last_at = parse_time(str(last.at))
        same = bool(last.reachable) == reachable and int(last.waiting) == waiting
        if same and last_at is not None and timedelta(0) <= at - last_at < SAMPLE_EVERY:
            return False
    conn.execute(
        SYNC_SAMPLE.insert().values(
            event_id=event_id,
            at=at.astimezone(UTC).isoformat(timespec="microseconds"),
            reachable=reachable,
            waiting=waiting,
        )
    )
    return True


def percentile(values: list[float], share: float) -> float | None:
    """Nearest-rank percentile (p95: share 0.95); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def door_rates(
    conn: Connection, event_id: str, since: datetime, minutes: int = BUCKET_MINUTES
) -> list[DoorRate]:
    """Check-ins (re-entries too) per minute per door, in `minutes` buckets, since `since`."""
    rows = conn.execute(
        select(A.checkin_times, A.device_name_checkin).where(
            A.event_id == event_id, A.deleted.is_(False), A.checkin_times != ""
        )
    ).all()
    per_door: dict[str, Counter[datetime]] = defaultdict(Counter)
    for times_text, devices_text in rows:
        devices = split_list(devices_text)
        for index, stamp in enumerate(split_list(times_text)):
            moment = parse_time(stamp)
            if moment is None or moment < since:
                continue
            device = devices[index] if index < len(devices) else UNKNOWN_DEVICE
            per_door[device][bucket_start(moment, minutes)] += 1
    return _rates(per_door, minutes)


def scan_rates(
    conn: Connection, event_id: str, since: datetime, minutes: int = BUCKET_MINUTES
) -> list[DoorRate]:
    """Scans of every verdict per minute, per device, from THIS computer's scan log: a door's
    work includes the people it turned away, which no attendee row records."""
    rows = conn.execute(
        select(SCAN_LOG.c.at, SCAN_LOG.c.device).where(
            SCAN_LOG.c.event_id == event_id, SCAN_LOG.c.at >= _iso(since)
        )
    ).all()
    per_door: dict[str, Counter[datetime]] = defaultdict(Counter)
    for stamp, device in rows:
        moment = parse_time(str(stamp))
        if moment is not None and moment >= since:
            per_door[str(device)][bucket_start(moment, minutes)] += 1
    return _rates(per_door, minutes)


def _rates(per_door: dict[str, Counter[datetime]], minutes: int) -> list[DoorRate]:
    """Contiguous buckets per door (empty ones count 0), busiest door first."""
    step = timedelta(minutes=minutes)
    doors: list[DoorRate] = []
    for device, buckets in per_door.items():
        current, last = min(buckets), max(buckets)
        points: list[RatePoint] = []
        while current <= last:
            points.append(RatePoint(current, buckets.get(current, 0) / minutes))
            current += step
        doors.append(DoorRate(device, tuple(points), sum(buckets.values())))
    doors.sort(key=lambda d: (-d.total, d.device))
    return doors


def verdict_times(conn: Connection, event_id: str, since: datetime) -> list[float]:
    rows = conn.execute(
        select(SCAN_LOG.c.verdict_ms).where(
            SCAN_LOG.c.event_id == event_id,
            SCAN_LOG.c.at >= _iso(since),
            SCAN_LOG.c.verdict_ms.is_not(None),
        )
    ).scalars()
    return [float(v) for v in rows]


def minutes_offline(conn: Connection, event_id: str, since: datetime, now: datetime) -> float:
    """Minutes since `since` during which the last sync run had found the server unreachable."""
    rows = conn.execute(
        select(S.at, S.reachable)
        .where(S.event_id == event_id, S.at >= _iso(since - MAX_SAMPLE_SPAN))
        .order_by(S.at)
    ).all()
    samples = [(t, bool(r)) for t, r in ((parse_time(str(a)), r) for a, r in rows) if t]
    offline = timedelta(0)
    for index, (at, reachable) in enumerate(samples):
        if reachable:
            continue
        until = samples[index + 1][0] if index + 1 < len(samples) else now
        until = min(until, at + MAX_SAMPLE_SPAN, now)
        begin = max(at, since)
        if until > begin:
            offline += until - begin
    return offline.total_seconds() / 60.0


def last_reachable(conn: Connection, event_id: str) -> bool | None:
    value = conn.execute(
        select(S.reachable).where(S.event_id == event_id).order_by(S.id.desc()).limit(1)
    ).scalar()
    return None if value is None else bool(value)


def waiting_over_time(
    conn: Connection, event_id: str, since: datetime, now: datetime, minutes: int = BUCKET_MINUTES
) -> tuple[list[WaitPoint], int, timedelta | None]:
    """(uploads waiting at the end of each bucket since `since`, waiting now, age of the oldest).

    A row waited from its scan until it was done; refused and discarded rows wait for a person,
    not for the network, and are left out (their end is not recorded)."""
    rows = conn.execute(
        select(OUTBOX.c.created_at, OUTBOX.c.done_at, OUTBOX.c.state).where(
            OUTBOX.c.event_id == event_id,
            OUTBOX.c.state.in_((*WAITING, OutboxState.DONE.value)),
        )
    ).all()
    spans: list[tuple[datetime, datetime | None]] = []
    waiting_now = 0
    oldest: datetime | None = None
    for created_text, done_text, state in rows:
        created = parse_time(str(created_text))
        if created is None:
            continue
        if state in WAITING:
            waiting_now += 1
            oldest = created if oldest is None else min(oldest, created)
            spans.append((created, None))
        else:
            done = parse_time(str(done_text)) if done_text else None
            if done is not None and done > since:
                spans.append((created, done))
    points: list[WaitPoint] = []
    # from the first upload of the day on: hours of zeros before the doors opened say nothing
    first = min((start for start, _ in spans), default=now)
    end = bucket_start(max(since, first), minutes) + timedelta(minutes=minutes)
    while True:
        at = min(end, now)  # the bucket under way ends now
        count = sum(1 for start, done in spans if start <= at and (done is None or done > at))
        points.append(WaitPoint(at, count))
        if end >= now:
            break
        end += timedelta(minutes=minutes)
    age = None if oldest is None else max(now - oldest, timedelta(0))
    return points, waiting_now, age


def start_of_day(now: datetime) -> datetime:
    """Local midnight of `now`'s day, in UTC: "over the day" as the door team means it."""
    local = now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


def throughput(
    conn: Connection, event_id: str, now: datetime, since: datetime | None = None
) -> Throughput:
    since = start_of_day(now) if since is None else since
    waits, waiting_now, oldest = waiting_over_time(conn, event_id, since, now)
    times = verdict_times(conn, event_id, since)
    return Throughput(
        doors=tuple(door_rates(conn, event_id, since)),
        scans=tuple(scan_rates(conn, event_id, since)),
        verdict_p95_ms=percentile(times, 0.95),
        verdicts_timed=len(times),
        minutes_offline=minutes_offline(conn, event_id, since, now),
        waiting_now=waiting_now,
        oldest_wait=oldest,
        reachable=last_reachable(conn, event_id),
        waiting_over_time=tuple(waits),
    )
