"""A durable check-in asks SQLite as little as it can (issue 13: the scan's own cost, apart
from the fsync of its commit, was 7 statements of SQLAlchemy work before this).

Counted with sqlite3's own trace callback on the store's connections, so every statement the
driver runs is seen, BEGIN and COMMIT included; the verdicts and rows are checked too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from orga_app.core.checkin import CheckInService
from orga_app.core.list_rules import CheckinListRules, ServerKind
from orga_app.core.verdict import Mode, Source, Verdict
from orga_app.store import door_lists, events
from orga_app.store.db import Store
from orga_app.store.door_lists import CheckinListRow, pretix_event_id
from orga_app.store.repository import StoreCheckInRepository
from tests.helpers import (
    EVENT_ID,
    FixedClock,
    add_attendees,
    add_event,
    attendee_row,
    open_store,
    outbox_rows,
    scan_log_rows,
)

PRETIX_EVENT = pretix_event_id("bench", "door")
SECRET = "pjn8n4p2txc2mcuukkre7xzzvka6znnr"
LIST_ID = 7


class Traced:
    """Every statement the store's connections run from now on."""

    def __init__(self, store: Store) -> None:
        self.statements: list[str] = []

        def trace(dbapi: sqlite3.Connection, _record: Any) -> None:
            dbapi.set_trace_callback(self.statements.append)

        event.listen(store.engine, "connect", trace)
        store.engine.dispose()  # pooled connections were made before the listener

    def during(self, action: Any) -> list[str]:
        self.statements.clear()
        action()
        return [" ".join(s.split()).upper() for s in self.statements]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path)
    add_event(store)
    add_attendees(store, [attendee_row(1, "Ada", "Lovelace", code="ORDER1-ada")])
    with store.write() as conn:
        events.upsert_events(conn, [{"id": PRETIX_EVENT, "identifier": "door", "name": "P"}])
        events.upsert_tickets(conn, [{"id": 2, "event_id": PRETIX_EVENT, "name": "Standard"}])
        door_lists.set_server_kind(conn, PRETIX_EVENT, ServerKind.PRETIX)
        door_lists.replace_checkin_lists(
            conn, PRETIX_EVENT, [CheckinListRow(CheckinListRules(LIST_ID, "Main"))]
        )
        door_lists.choose_door_list(conn, PRETIX_EVENT, LIST_ID)
    add_attendees(
        store,
        [
            attendee_row(
                11, "Søren", "Kierkegaard", event_id=PRETIX_EVENT, code=SECRET, ticket_id=2,
                order_status="paid",
            )
        ],
    )  # fmt: skip
    yield store
    store.close()


def _kinds(statements: list[str]) -> list[str]:
    return [s.split()[0] if not s.startswith("BEGIN") else s for s in statements]


@pytest.mark.parametrize(
    ("event_id", "code"),
    [(EVENT_ID, "ORDER1-ada"), (PRETIX_EVENT, SECRET)],
    ids=["open-event", "pretix"],
)
def test_a_check_in_is_two_reads_three_writes_in_one_transaction(
    store: Store, event_id: str, code: str
) -> None:
    service = CheckInService(StoreCheckInRepository(store), lambda: "door", FixedClock())
    traced = Traced(store)
    results = []
    statements = traced.during(
        lambda: results.append(service.scan(event_id, code, Mode.CHECK_IN, Source.CAMERA))
    )
    assert results[0].verdict is Verdict.CHECKED_IN
    assert _kinds(statements) == [
        "BEGIN IMMEDIATE", "SELECT", "SELECT", "UPDATE", "INSERT", "INSERT", "COMMIT",
    ]  # fmt: skip
    (queued,) = outbox_rows(store)
    assert queued["attendee_id"] == results[0].attendee.id  # type: ignore[union-attr]
    assert queued["list_id"] == (LIST_ID if event_id == PRETIX_EVENT else None)
    assert [row["verdict"] for row in scan_log_rows(store)] == ["checked_in"]


def test_a_repeat_scan_reads_twice_and_logs_once(store: Store) -> None:
    service = CheckInService(StoreCheckInRepository(store), lambda: "door", FixedClock())
    service.scan(EVENT_ID, "ORDER1-ada", Mode.CHECK_IN, Source.CAMERA)
    traced = Traced(store)
    results = []
    statements = traced.during(
        lambda: results.append(service.scan(EVENT_ID, "ORDER1-ada", Mode.CHECK_IN, Source.CAMERA))
    )
    assert results[0].verdict is Verdict.ALREADY_CHECKED_IN
    assert results[0].pending  # the first check-in still waits in the outbox
    assert _kinds(statements) == ["BEGIN IMMEDIATE", "SELECT", "SELECT", "INSERT", "COMMIT"]
