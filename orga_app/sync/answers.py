"""What every server's answers need before their format: JSON decoding that only raises the
project's own error, and the Retry-After header as seconds to wait (capped at the backoff's cap).
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import orjson

from orga_app.sync.errors import UnexpectedResponseError


def decode_json(body: bytes) -> object:
    """Decode a body as JSON; ``UnexpectedResponseError`` for anything that is not.

    orjson first: a 1,000-attendee page took 16-24 us a row with the standard library, 5 with
    orjson (bench/bench_sync.py's pages). What orjson refuses and the standard library reads
    (a lone surrogate in a name, NaN, a byte order mark) goes through the standard library, so
    one odd record still costs the door only that record (records.py repairs the surrogate).
    """
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        pass
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise UnexpectedResponseError(detail="the answer is not JSON") from exc


# The backoff never waits longer than this (sync.scheduler.Backoff's cap); a larger Retry-After
# is capped here, so what the door shows is what it will do.
MAX_RETRY_AFTER = 300.0


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Retry-After as seconds to wait (delta-seconds or an HTTP date), at most MAX_RETRY_AFTER.
    None when unusable."""
    seconds = _retry_after_seconds(value, now=now)
    return None if seconds is None else min(seconds, MAX_RETRY_AFTER)


def _retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now or datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())
