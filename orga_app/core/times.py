"""Time stamps from the server (or a file), read and shown without ever raising.

A ticket buyer may edit their own attendee on Open Event, so a stored check-in time can be
anything: `0001-01-01T00:00:00+14:00` parses, but moving it to UTC or to local time leaves the
calendar (OverflowError). Every view goes through these helpers, so no stamp can crash one.
"""

from __future__ import annotations

from datetime import UTC, datetime

# An ISO 8601 stamp with microseconds and offset is 32 characters; anything much longer is junk.
MAX_STAMP_CHARS = 64
# How much of an unreadable stamp a view shows (it is shown, not hidden: a person may need it).
RAW_SHOWN_CHARS = 40


def parse_stamp(stamp: str | None) -> datetime | None:
    """An aware UTC datetime; None for anything unreadable or outside the calendar in UTC.

    Naive stamps are UTC (the server writes check-out times that way).
    """
    if not stamp:
        return None
    text = stamp.strip()
    if not text or len(text) > MAX_STAMP_CHARS:
        return None
    try:
        parsed = datetime.fromisoformat(text)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def to_local(moment: datetime) -> datetime:
    """The moment in this computer's time zone; unchanged where that would leave the calendar
    (9999-12-31 23:30 UTC is already year 10000 east of Greenwich)."""
    try:
        return moment.astimezone()
    except (OverflowError, ValueError, OSError):
        return moment


def raw_shown(stamp: str) -> str:
    """An unreadable stamp as a view may show it: printable and short."""
    cleaned = "".join(ch if ch.isprintable() else "\ufffd" for ch in stamp.strip())
    if len(cleaned) > RAW_SHOWN_CHARS:
        return cleaned[: RAW_SHOWN_CHARS - 1] + "…"
    return cleaned


def human_time(stamp: str | None, now: datetime, *, seconds: bool = False) -> str:
    """ "10:42" for today (local time), else "2026-11-26 10:42"; unreadable text as it is
    (printable, shortened). `seconds` adds them ("10:42:05"), to tell close scans apart."""
    if not stamp:
        return "an earlier time"
    parsed = parse_stamp(stamp)
    if parsed is None:
        return raw_shown(stamp)
    local = to_local(parsed)
    clock = f"{local.hour:02d}:{local.minute:02d}"
    if seconds:
        clock += f":{local.second:02d}"
    if local.date() == to_local(now).date():
        return clock
    # isoformat, not strftime: the C library writes year 1 as "1", not "0001"
    return f"{local.date().isoformat()} {clock}"


def export_time(stamp: str) -> str:
    """One format for every time in an export: ISO 8601 in UTC to the second with a `Z`
    (`2026-11-26T10:42:05Z`); unreadable text is kept as it is so nothing is lost."""
    parsed = parse_stamp(stamp)
    if parsed is None:
        return stamp.strip()
    return parsed.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def sort_key(stamp: str) -> datetime:
    """Order stamps in time; unreadable ones first."""
    return parse_stamp(stamp) or datetime.min.replace(tzinfo=UTC)
