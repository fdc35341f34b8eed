"""Readiness lines that need no network: the download's age, the outbox, the kiosk PIN, the disk
and the store's integrity. Each takes plain facts (or the store) and returns one `CheckLine`."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.exc import DatabaseError

from orga_app.core.times import parse_stamp
from orga_app.readiness.lines import CheckLine, Level, text
from orga_app.store.attendees import Counts
from orga_app.store.db import Store
from orga_app.store.events import EventInfo

# The window opens the readiness check by itself past this age (issue 15); amber from here on.
STALE_AFTER = timedelta(hours=1)
# A list this old misses a day's sales and changes: download again before the doors open.
TOO_OLD = timedelta(hours=12)

MB = 1024 * 1024
# A full download writes about 40 MB (store/db.py); a door's day of scans a few MB. Below the
# red mark the next download or a busy hour may fail with "disk full" while people wait.
DISK_RED_BELOW = 50 * MB
DISK_AMBER_BELOW = 500 * MB
# quick_check stops after this many problems; the first one is shown.
_QUICK_CHECK_ROWS = 10


def age_words(age: timedelta) -> str:
    minutes = int(age.total_seconds() // 60)
    if minutes < 120:
        return f"{minutes} min"
    hours = minutes // 60
    return f"{hours} h" if hours < 48 else f"{hours // 24} days"


def download_age(event: EventInfo, now: datetime) -> timedelta | None:
    """Time since the last complete download; None when there was none."""
    done = parse_stamp(event.last_full_download_at)
    return None if done is None else now - done


def download_line(event: EventInfo, now: datetime) -> CheckLine:
    """How old the last complete attendee list is."""
    title = text("Attendee list")
    if event.is_local:
        detail = text("A list imported from a file: nothing to download.")
        return CheckLine("download", Level.GREEN, title, detail)
    fix = text("Download the list again now (Sync now, or `orga-app sync --event {event}`).",
               event=event.id)  # fmt: skip
    age = download_age(event, now)
    if age is None:
        detail = text("Never downloaded: every ticket would be refused as unknown.")
        return CheckLine("download", Level.RED, title, detail, fix)
    if age < timedelta(0):
        # Only a clock set back since the download does this; the clock line says more.
        detail = text("Downloaded later than this computer's clock says it is now.")
        return CheckLine("download", Level.AMBER, title, detail, fix)
    if age >= TOO_OLD:
        detail = text(
            "Last complete download {age} ago: tickets sold or changed since are not known here.",
            age=age_words(age),
        )
        return CheckLine("download", Level.RED, title, detail, fix)
    detail = text("Last complete download {age} ago.", age=age_words(age))
    if age >= STALE_AFTER:
        return CheckLine("download", Level.AMBER, title, detail, fix)
    return CheckLine("download", Level.GREEN, title, detail)


def outbox_line(counts: Counts, paused: str | None) -> CheckLine:
    """Check-ins waiting to upload, refused by the server, or stuck behind a paused queue."""
    title = text("Uploads")
    if paused:
        detail = text("Uploads are paused: {why}", why=paused)
        fix = text("Do what the reason says (often: sign in again), then sync.")
        return CheckLine("outbox", Level.RED, title, detail, fix)
    if counts.failed:
        detail = text(
            "{failed} check-in(s) refused by the server, {pending} waiting to upload.",
            failed=counts.failed,
            pending=counts.pending,
        )
        fix = text("Open Problems and retry or discard each refused check-in.")
        return CheckLine("outbox", Level.AMBER, title, detail, fix)
    if counts.pending:
        detail = text("{pending} check-in(s) waiting to upload.", pending=counts.pending)
        fix = text("Connect to the network and sync; they upload by themselves when online.")
        return CheckLine("outbox", Level.AMBER, title, detail, fix)
    return CheckLine("outbox", Level.GREEN, title, text("Every check-in is on the server."))


def kiosk_line(pin_hash: str, kiosk_used: bool) -> CheckLine:
    title = text("Kiosk exit PIN")
    if pin_hash:
        return CheckLine("kiosk", Level.GREEN, title, text("Set."))
    if not kiosk_used:
        return CheckLine("kiosk", Level.NOT_TESTED, title, text("No kiosk on this computer."))
    detail = text("Not set: the kiosk would ask for one at its first start, in front of guests.")
    fix = text("Start the kiosk (`orga-app gui --kiosk`) now and set a PIN of 4 to 8 digits.")
    return CheckLine("kiosk", Level.RED, title, detail, fix)


@dataclass(frozen=True)
class StoreRoom:
    disk_free: int  # bytes free on the data dir's disk
    page_room: int | None  # bytes SQLite may still add under its page limit; None: no limit

    @property
    def room(self) -> int:
        return self.disk_free if self.page_room is None else min(self.disk_free, self.page_room)


def store_room(store: Store) -> StoreRoom:
    """Room left for the store: the disk's free space and SQLite's own page limit (a file
    system quota or `PRAGMA max_page_count` stops writes just as a full disk does)."""
    free = shutil.disk_usage(store.path.parent).free
    with store.read() as conn:

        def pragma(name: str) -> int:
            return int(conn.exec_driver_sql(f"PRAGMA {name}").scalar_one())

        page_size, pages = pragma("page_size"), pragma("page_count")
        limit, free_pages = pragma("max_page_count"), pragma("freelist_count")
    # SQLite's default limit (4 billion pages, terabytes) is no limit in practice.
    page_room = None if limit >= 2**31 else max(0, limit - pages + free_pages) * page_size
    return StoreRoom(free, page_room)


def disk_line(room: StoreRoom) -> CheckLine:
    title = text("Free space")
    left = text("{mb} MB left for the local data.", mb=room.room // MB)
    fix = text("Free some disk space (delete or move large files), then check again.")
    if room.room < DISK_RED_BELOW:
        return CheckLine("disk", Level.RED, title, left, fix)
    if room.room < DISK_AMBER_BELOW:
        return CheckLine("disk", Level.AMBER, title, left, fix)
    return CheckLine("disk", Level.GREEN, title, left)


def integrity_line(store: Store) -> CheckLine:
    """SQLite's `quick_check` over the whole file (seconds even for a large event)."""
    title = text("Local data file")
    fix = text(
        "Do not scan with this file. Keep a copy of the data folder for support, then sign in "
        "on a fresh data folder and download the event again."
    )
    try:
        with store.read() as conn:
            rows = conn.exec_driver_sql(f"PRAGMA quick_check({_QUICK_CHECK_ROWS})").all()
    except DatabaseError as exc:
        detail = text("Cannot be read: {error}", error=str(exc.orig or exc))
        return CheckLine("integrity", Level.RED, title, detail, fix)
    found = [str(row[0]) for row in rows]
    if found == ["ok"]:
        return CheckLine("integrity", Level.GREEN, title, text("Intact (quick check)."))
    detail = text("Damaged: {first}", first=found[0] if found else "no answer")
    return CheckLine("integrity", Level.RED, title, detail, fix)


def readiness_due(event: EventInfo, now: datetime) -> bool:
    """Does opening this event show the readiness check by itself? When its last complete
    download is more than an hour old (a first visit downloads anyway; a file list has none)."""
    age = download_age(event, now)
    return not event.is_local and age is not None and age >= STALE_AFTER
