"""The end of a full download, for every server type: mark what the server no longer sent as
deleted, but only on evidence that its list was complete and the drop is plausible.

A door that deletes on a short list turns valid tickets red until the next download. So the
marking happens in a savepoint and is rolled back when the backend found the list incomplete
(`problem`), or when it would remove more than half of the event's attendees (and more than a
handful): far likelier a server or proxy fault than an organizer's act at door time, unless a
person confirms it (`orga-app sync --accept-deletions`). The attendees received are kept either
way; only a download shown complete (or harmlessly incomplete: nothing local was missing) counts
as a full download.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import UTC, datetime

from sqlalchemy import Connection

from orga_app.store import attendees as attendee_queries
from orga_app.store import events as event_queries
from orga_app.sync.backend import DownloadResult

log = logging.getLogger("orga_app.sync")

# More than this share of the event's attendees, and more than MIN_SUSPECT_DROP of them.
MAX_DROP_SHARE = 0.5
MIN_SUSPECT_DROP = 10


def implausible(deleted: int, live: int) -> bool:
    return deleted > MIN_SUSPECT_DROP and deleted > live * MAX_DROP_SHARE


def finish_full_download(
    conn: Connection,
    event_id: str,
    seen: Collection[int],
    *,
    seen_at: str,
    written: int,
    skipped: int,
    problem: str | None,
    accept_deletions: bool,
    what: str,
) -> DownloadResult:
    """Apply the deletions of one finished download inside the caller's write transaction.
    `what` names the server's list in the message ("attendee list", "order list")."""
    live = attendee_queries.count(conn, event_id)
    savepoint = conn.begin_nested()
    deleted = attendee_queries.mark_missing_deleted(conn, event_id, seen)
    message = None
    if problem is not None:
        message = f"The {what} looked incomplete ({problem})"
    elif not accept_deletions and implausible(deleted, live):
        message = (
            f"The {what} would remove {deleted} of {live} attendees, which looks "
            "like a server fault (sync with --accept-deletions if it is right)"
        )
    if message is not None and deleted:
        savepoint.rollback()
        log.warning("event %s: %s; kept %d attendee(s)", event_id, message, deleted)
        message += f"; kept all {live} attendees, none marked deleted."
        return DownloadResult(written, skipped, 0, message)
    savepoint.commit()
    event_queries.set_full_download(conn, event_id, seen_at)
    event_queries.update_sync_state(
        conn,
        event_id,
        last_download_at=datetime.now(UTC).isoformat(timespec="microseconds"),
        downloaded=written,
    )
    return DownloadResult(written, skipped, deleted)
