"""The offline data of a pretix-type event: products, then every order's positions as attendee
rows for the door's check-in list; and the incremental refresh that follows.

Full download (as pretixSCAN's first sync): every order, 50 a page, ordered by creation time
and code (stable pages: new orders come last, and orders are never deleted, only cancelled, so
none can slip between pages). The first page's ``X-Page-Generated`` is kept as the watermark.

Refresh: only orders changed since the watermark (``modified_since``): a check-in at another
door changes its order, so a refresh a few seconds apart shows it. The new watermark is again
the first page's header (the server's clock: this computer's may be wrong). The watermark is
kept in memory; after a restart the refresh starts a day before the last full download.

Attendees the full download did not see are marked deleted only when the list was complete
(every order the first page announced arrived) and the drop is plausible (not over half the
event, which is likelier a fault than an organizer's act at door time).
A page never overwrites an attendee uploaded after that page was asked for (store rule).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection

from orga_app.core.list_rules import CheckinListRules
from orga_app.core.list_rules import ServerKind as LocalKind
from orga_app.core.times import parse_stamp
from orga_app.store import attendees as attendee_queries
from orga_app.store import door_lists, list_state
from orga_app.store import events as event_queries
from orga_app.store.db import Store
from orga_app.sync.backend import DownloadResult, Progress
from orga_app.sync.deletions import finish_full_download
from orga_app.sync.pretix.badges import download_badge_layouts
from orga_app.sync.pretix.client import PretixClient
from orga_app.sync.pretix.records import CheckinList, OrderPage
from orga_app.sync.pretix.rows import attendee_row, passages

log = logging.getLogger("orga_app.sync.pretix")

# How far before the last full download a refresh after a restart looks (see _restart_watermark).
RESTART_MARGIN = timedelta(days=1)

# (conn, event id) -> the door's check-in list id, or None while none is chosen.
ListChoice = Callable[[Connection, str], int | None]


def chosen_list(conn: Connection, event_id: str) -> int | None:
    """The door's choice as sign-in stored it (store/door_lists.py)."""
    found = door_lists.door_list(conn, event_id)
    return found.rules.id if found is not None else None


def list_row(found: CheckinList) -> door_lists.CheckinListRow:
    rules = CheckinListRules(
        id=found.id,
        name=found.name,
        all_products=found.all_products,
        products=found.limit_products,
        include_pending=found.include_pending,
        allow_multiple_entries=found.allow_multiple_entries,
        allow_entry_after_exit=found.allow_entry_after_exit,
        has_rules=found.has_rules,
    )
    return door_lists.CheckinListRow(rules, found.subevent)


def utc_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def event_slug(event_id: str) -> str:
    """The event's slug from its local id "organizer/slug" (store/door_lists.py)."""
    return door_lists.split_event_id(event_id)[1]


@dataclass
class _Tally:
    written: int = 0
    skipped: int = 0
    announced: int | None = None
    # attendee rows the pages really changed (unchanged rows are not rewritten)
    changed: int = 0
    codes: set[str] = field(default_factory=set)
    seen: set[int] = field(default_factory=set)


class PretixDownloader:
    """Downloads and refreshes one store's pretix events. `write_lock` is the engine's upload
    lock, held only while a page is written."""

    def __init__(
        self,
        store: Store,
        client: PretixClient,
        write_lock: threading.Lock,
        list_choice: ListChoice = chosen_list,
    ) -> None:
        self._store = store
        self._client = client
        self._write_lock = write_lock
        self._list_choice = list_choice
        # event id -> the server time of the last look (X-Page-Generated of its first page)
        self._watermarks: dict[str, datetime] = {}

    def door_list(self, event_id: str) -> int | None:
        with self._store.read() as conn:
            return self._list_choice(conn, event_id)

    def full(
        self,
        event_id: str,
        progress: Progress | None,
        cancel: threading.Event,
        accept_deletions: bool,
    ) -> DownloadResult:
        """Products, check-in lists, revoked secrets, badge layouts and every position. Raises
        ApiError; the pages written before it stay."""
        slug = event_slug(event_id)
        items = self._client.items(slug)
        lists = self._client.checkin_lists(slug)
        revoked = self._client.revoked_secrets(slug)
        kind = LocalKind(self._client.server_kind().value)
        with self._write_lock, self._store.write() as conn:
            door_lists.set_server_kind(conn, event_id, kind)
            # A list gone from the server unsets the door's choice (the door must choose again).
            door_lists.replace_checkin_lists(conn, event_id, (list_row(x) for x in lists))
            door_lists.replace_revoked_secrets(conn, event_id, (r.secret for r in revoked))
            event_queries.upsert_tickets(
                conn,
                (
                    {"id": i.id, "event_id": event_id, "name": i.name, "type": "",
                     "is_checkin_restricted": False, "auto_checkin_enabled": False}
                    for i in items
                ),
            )  # fmt: skip
        download_badge_layouts(self._client, self._store, event_id, slug)
        seen_at = utc_iso()
        tally = _Tally()
        watermark = self._pages(
            event_id, self._client.order_pages(slug), seen_at, tally, progress, cancel
        )
        if cancel.is_set():
            return DownloadResult(tally.written, tally.skipped, 0, "cancelled")
        if tally.announced is not None and len(tally.codes) >= tally.announced:
            # Every position's passages on every list are in: a list switch needs no download.
            with self._write_lock, self._store.write() as conn:
                list_state.set_complete(conn, event_id)
        if watermark is not None:
            self._watermarks[event_id] = watermark
        return self._finish(event_id, seen_at, tally, accept_deletions)

    def refresh(self, event_id: str) -> int:
        """Orders changed since the last look; how many attendees changed. Without an earlier
        look (a fresh start) every order is read once, deleting nobody."""
        since = self._watermarks.get(event_id) or self._restart_watermark(event_id)
        tally = _Tally()
        pages = self._client.order_pages(event_slug(event_id), modified_since=since)
        watermark = self._pages(event_id, pages, utc_iso(), tally, None, threading.Event())
        if watermark is not None:
            self._watermarks[event_id] = watermark
        # A ticket re-issued since: its old code must be refused at once (one short list).
        revoked = self._client.revoked_secrets(event_slug(event_id))
        with self._write_lock, self._store.write() as conn:
            door_lists.add_revoked_secrets(conn, event_id, (r.secret for r in revoked))
        return tally.changed

    def _restart_watermark(self, event_id: str) -> datetime | None:
        """After a restart (the watermark lives in memory): a day before the last complete
        download on this computer's clock. Reading a day too much costs a little time; a
        clock up to a day ahead of the server's still misses nothing."""
        with self._store.read() as conn:
            info = event_queries.get(conn, event_id)
        last = parse_stamp(info.last_full_download_at) if info else None
        return last - RESTART_MARGIN if last is not None else None

    def _pages(
        self,
        event_id: str,
        pages: Iterable[OrderPage],
        seen_at: str,
        tally: _Tally,
        progress: Progress | None,
        cancel: threading.Event,
    ) -> datetime | None:
        """Write every page; the first page's watermark."""
        list_id = self.door_list(event_id) or 0
        watermark: datetime | None = None
        asked_at = utc_iso()  # before the request: see _write
        for number, page in enumerate(pages, start=1):
            if number == 1:
                watermark = page.generated
                tally.announced = page.count
            tally.changed += self._write(event_id, page, list_id, seen_at, asked_at)
            tally.written += len(page.positions)
            tally.skipped += len(page.skipped)
            tally.codes.update(order.code for order in page.orders)
            tally.seen.update(p.id for p in page.positions)
            if progress is not None:
                progress("download", len(tally.codes), max(tally.announced or 0, len(tally.codes)))
            if cancel.is_set():
                break
            asked_at = utc_iso()
        return watermark

    def _write(
        self, event_id: str, page: OrderPage, list_id: int, seen_at: str, asked_at: str
    ) -> int:
        """Leave out attendees uploaded after the page was asked for: the page shows them as
        before that upload, and writing it would undo a check-in the server already has."""
        rows = [attendee_row(p, event_id=event_id, list_id=list_id) for p in page.positions]
        for row in rows:
            row["server_seen_at"] = seen_at
        with self._write_lock, self._store.write() as conn:
            fresh = attendee_queries.uploaded_since(conn, [r["id"] for r in rows], asked_at)
            # total_changes() is per connection: read on this one, around this page's write
            before = conn.exec_driver_sql("SELECT total_changes()").scalar_one()
            attendee_queries.upsert(conn, (r for r in rows if r["id"] not in fresh))
            changed = int(conn.exec_driver_sql("SELECT total_changes()").scalar_one() - before)
            list_state.replace_passages(
                conn, event_id, {p.id: passages(p) for p in page.positions if p.id not in fresh}
            )
            return changed

    def _finish(
        self, event_id: str, seen_at: str, tally: _Tally, accept_deletions: bool
    ) -> DownloadResult:
        problem = None
        if tally.announced is None:
            problem = "the server did not say how many orders there are"
        elif len(tally.codes) < tally.announced:
            problem = f"the server announced {tally.announced} orders but sent {len(tally.codes)}"
        with self._write_lock, self._store.write() as conn:
            return finish_full_download(
                conn, event_id, tally.seen, seen_at=seen_at, written=tally.written,
                skipped=tally.skipped, problem=problem,
                accept_deletions=accept_deletions, what="order list",
            )  # fmt: skip
