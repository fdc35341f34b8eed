"""The store's side of a scan: one SQL transaction behind core.checkin's ScanTransaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, update

from orga_app.core.checkin import Lookup
from orga_app.core.codes import TicketCode
from orga_app.core.verdict import AttendeeSummary, Mode, Source, Verdict
from orga_app.store import attendees, door_lists, outbox
from orga_app.store.db import Store
from orga_app.store.models import ATTENDEE, SCAN_LOG, OutboxAction


class SqlScanTransaction:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def find(self, event_id: str, code: TicketCode, typed: bool) -> Lookup:
        matches = attendees.find_by_code(self._conn, code, typed=typed)
        here = [a for a in matches if a.event_id == event_id]
        elsewhere = [a for a in matches if a.event_id != event_id]
        gone = not matches and attendees.cancelled(self._conn, code)
        local = attendees.event_is_local(self._conn, event_id)
        kind, door = door_lists.scan_context(self._conn, event_id)
        if not kind.uses_checkin_lists:
            return Lookup(here, elsewhere, local, gone)
        ticket = door_lists.ticket_facts(self._conn, here[0].id) if len(here) == 1 else None
        revoked = not here and door_lists.is_revoked(self._conn, event_id, code.text)
        return Lookup(here, elsewhere, local, gone, kind, door, ticket, revoked)

    def has_unsent(self, attendee_id: int) -> bool:
        return attendees.has_unsent(self._conn, attendee_id)

    def check_in(self, attendee: AttendeeSummary, at: str, device: str, queue: bool) -> None:
        self._conn.execute(
            update(ATTENDEE)
            .where(ATTENDEE.c.id == attendee.id)
            .values(
                is_checked_in=True,
                checkin_times=",".join(attendee.checkin_times),
                device_name_checkin=",".join(attendee.checkin_devices),
            )
        )
        if queue:
            self._enqueue(attendee, OutboxAction.CHECK_IN, at, device)

    def check_out(self, attendee: AttendeeSummary, at: str, device: str, queue: bool) -> None:
        self._conn.execute(
            update(ATTENDEE)
            .where(ATTENDEE.c.id == attendee.id)
            .values(
                is_checked_in=False,
                is_checked_out=True,
                checkout_times=",".join(attendee.checkout_times),
            )
        )
        if queue:
            self._enqueue(attendee, OutboxAction.CHECK_OUT, at, device)

    def _enqueue(
        self, attendee: AttendeeSummary, action: OutboxAction, at: str, device: str
    ) -> None:
        # Read in the scan's own transaction: the list this verdict was judged against.
        list_id = door_lists.door_list_id(self._conn, attendee.event_id)
        outbox.enqueue(
            self._conn, attendee.event_id, attendee.id, action, at, device, list_id=list_id
        )

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
        self._conn.execute(
            SCAN_LOG.insert().values(
                at=at,
                event_id=event_id,
                raw=raw,
                verdict=verdict.value,
                attendee_id=attendee_id,
                device=device,
                source=source.value,
                mode=mode.value,
                verdict_ms=verdict_ms,
            )
        )


class StoreCheckInRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    @contextmanager
    def scan_transaction(self) -> Iterator[SqlScanTransaction]:
        with self._store.write() as conn:
            yield SqlScanTransaction(conn)
