"""The store's side of a scan: one SQL transaction behind core.checkin's ScanTransaction.

The scan is the door's hot path, so it runs plain, pre-written SQL on the driver's connection
(Python's sqlite3 keeps the prepared statements in its cache) and asks as few questions as it
can: one read of the event (local? server type, the door's check-in list), one read of the
attendees the code matches with what the verdict needs of them (has the server got everything?
the ticket's facts for a check-in list), then the writes. An Open Event check-in is BEGIN, 2
reads, 3 writes, COMMIT (bench/bench_checkin.py; tests/unit/test_scan_statements.py).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection

from orga_app.core.checkin import Lookup
from orga_app.core.codes import TicketCode
from orga_app.core.list_rules import TicketFacts
from orga_app.core.verdict import AttendeeSummary, Mode, Source, Verdict
from orga_app.store import door_lists, lookup
from orga_app.store.db import Store
from orga_app.store.models import OutboxAction, OutboxState
from orga_app.store.outbox import NOT_ON_SERVER, states_sql
from orga_app.store.summaries import SUMMARY_SELECT_SQL, summary_of

_CONTEXT_SQL = (
    "SELECT e.is_local, d.list_id AS door_list_id, "
    + door_lists.SCAN_CONTEXT_COLUMNS_SQL
    + door_lists.SCAN_CONTEXT_FROM_SQL
)
# The summary, the ticket's facts for a check-in list (door_lists.ticket_facts_of's order) and
# whether the server lacks one of the attendee's check-ins, for each attendee a code matches.
_MATCH_SQL = (
    SUMMARY_SELECT_SQL
    + ", a.ticket_id AS f_item, a.order_status AS f_status, a.blocked AS f_blocked,"
    " a.valid_from AS f_from, a.valid_until AS f_until, a.checkin_times AS f_entries,"
    " a.is_checked_in AS f_inside,"
    f" EXISTS (SELECT 1 FROM outbox o WHERE o.attendee_id = a.id"
    f" AND o.state IN ({states_sql(NOT_ON_SERVER)})) AS unsent"
    " FROM attendee a LEFT JOIN ticket t ON t.id = a.ticket_id WHERE a.deleted = 0 AND "
)
_FACT_COLUMNS = ("f_item", "f_status", "f_blocked", "f_from", "f_until", "f_entries", "f_inside")
_CHECK_IN_SQL = (
    "UPDATE attendee SET is_checked_in = 1, checkin_times = ?, device_name_checkin = ? WHERE id = ?"
)
_CHECK_OUT_SQL = (
    "UPDATE attendee SET is_checked_in = 0, is_checked_out = 1, checkout_times = ? WHERE id = ?"
)
_ENQUEUE_SQL = (
    "INSERT INTO outbox (nonce, event_id, attendee_id, action, scanned_at, device_name, state,"
    " attempts, created_at, list_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
)
# One attendee as the store holds it now, deleted or not (an online answer's ticket).
_BY_ID_SQL = (
    SUMMARY_SELECT_SQL + " FROM attendee a LEFT JOIN ticket t ON t.id = a.ticket_id WHERE a.id = ?"
)
_LOG_SQL = (
    "INSERT INTO scan_log (at, event_id, raw, verdict, attendee_id, device, source, mode,"
    " verdict_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [column[0] for column in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


class SqlScanTransaction:
    """One scan's questions and writes, inside the caller's write transaction."""

    def __init__(self, conn: sqlite3.Connection | Connection) -> None:
        if isinstance(conn, Connection):  # a caller's SQLAlchemy transaction: same connection
            driver = conn.connection.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            conn = driver
        self._cursor = conn.cursor()
        # What find() learnt, for the questions and writes that follow in this transaction.
        self._unsent: dict[int, bool] = {}
        self._door_list_id: dict[str, int | None] = {}

    def _all(self, sql: str, params: Sequence[object]) -> list[dict[str, Any]]:
        return _rows(self._cursor.execute(sql, params))

    def find(self, event_id: str, code: TicketCode, typed: bool) -> Lookup:
        context = self._all(_CONTEXT_SQL, (event_id,))
        event = context[0] if context else None
        kind, door = door_lists.scan_context_of(event)
        local = bool(event["is_local"]) if event else False
        self._door_list_id[event_id] = event["door_list_id"] if event else None
        rows = self._all(_MATCH_SQL + lookup.CODE_MATCH, (code.text,))
        if not rows:
            fallback = lookup.fallback_match(code, typed=typed)
            if fallback is not None:
                condition, params = fallback
                rows = self._all(_MATCH_SQL + condition, params)
        matches = [summary_of(row) for row in rows]
        for row in rows:
            self._unsent[int(row["id"])] = bool(row["unsent"])
        here = [a for a in matches if a.event_id == event_id]
        elsewhere = [a for a in matches if a.event_id != event_id]
        gone = not matches and self._cancelled(code)
        if not kind.uses_checkin_lists:
            return Lookup(here, elsewhere, local, gone)
        ticket = self._facts(rows, here)
        revoked = not here and self._revoked(event_id, code)
        return Lookup(here, elsewhere, local, gone, kind, door, ticket, revoked)

    @staticmethod
    def _facts(rows: list[dict[str, Any]], here: list[AttendeeSummary]) -> TicketFacts | None:
        if len(here) != 1:
            return None
        row = next(r for r in rows if r["id"] == here[0].id)
        return door_lists.ticket_facts_of(*(row[column] for column in _FACT_COLUMNS))

    def _cancelled(self, code: TicketCode) -> bool:
        return bool(self._all(lookup.CANCELLED_SQL, (code.text,)))

    def _revoked(self, event_id: str, code: TicketCode) -> bool:
        return bool(self._all(door_lists.REVOKED_SQL, (event_id, code.text)))

    def has_unsent(self, attendee_id: int) -> bool:
        known = self._unsent.get(attendee_id)
        if known is not None:  # read by find() in this same transaction
            return known
        return bool(self._all(lookup.HAS_UNSENT_SQL, (attendee_id,)))

    def attendee(self, attendee_id: int) -> AttendeeSummary | None:
        rows = self._all(_BY_ID_SQL, (attendee_id,))
        return summary_of(rows[0]) if rows else None

    def check_in(
        self, attendee: AttendeeSummary, at: str, device: str, queue: bool, nonce: str | None = None
    ) -> None:
        self._cursor.execute(
            _CHECK_IN_SQL,
            (",".join(attendee.checkin_times), ",".join(attendee.checkin_devices), attendee.id),
        )
        if queue:
            self._enqueue(attendee, OutboxAction.CHECK_IN, at, device, nonce)

    def check_out(
        self, attendee: AttendeeSummary, at: str, device: str, queue: bool, nonce: str | None = None
    ) -> None:
        self._cursor.execute(_CHECK_OUT_SQL, (",".join(attendee.checkout_times), attendee.id))
        if queue:
            self._enqueue(attendee, OutboxAction.CHECK_OUT, at, device, nonce)

    def _enqueue(
        self,
        attendee: AttendeeSummary,
        action: OutboxAction,
        at: str,
        device: str,
        nonce: str | None,
    ) -> None:
        # The list this verdict was judged against, as read in this transaction.
        list_id = self._list_id(attendee.event_id)
        self._cursor.execute(
            _ENQUEUE_SQL,
            (
                # the scan's own nonce when the server was asked already (same scan for it)
                nonce or str(uuid.uuid4()),
                attendee.event_id,
                attendee.id,
                action.value,
                at,
                device,
                OutboxState.QUEUED.value,
                at,
                list_id,
            ),
        )
        self._unsent[attendee.id] = True

    def _list_id(self, event_id: str) -> int | None:
        if event_id not in self._door_list_id:
            found = self._all("SELECT list_id FROM door_list WHERE event_id = ?", (event_id,))
            self._door_list_id[event_id] = found[0]["list_id"] if found else None
        value = self._door_list_id[event_id]
        return int(value) if value is not None else None

    def log_scan(
        self,
        event_id: str,
        raw: str,
        verdict: Verdict,
        attendee_id: int | None,
        device: str,
        source: Source,
        mode: Mode,
        at: str,
        verdict_ms: float | None = None,
    ) -> None:
        values = (at, event_id, raw, verdict.value, attendee_id, device, source.value, mode.value)
        self._cursor.execute(_LOG_SQL, (*values, verdict_ms))


class StoreCheckInRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    @contextmanager
    def scan_transaction(self) -> Iterator[SqlScanTransaction]:
        with self._store.write_dbapi() as conn:
            yield SqlScanTransaction(conn)

    @contextmanager
    def scan_lookup(self) -> Iterator[SqlScanTransaction]:
        with self._store.read() as conn:
            yield SqlScanTransaction(conn)
