"""Store file: in-place upgrades from schema v1, refusal of newer files, pragmas, file mode,
and the declared tables (store/models.py) agreeing with what the migrations build."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc

from orga_app.store import attendees, outbox
from orga_app.store.db import SCHEMA_VERSION, Store, StoreError
from orga_app.store.models import METADATA
from tests.helpers import (
    EVENT_ID,
    add_attendees,
    add_event,
    attendee_row,
    open_store,
    raw_query,
    store_path,
)

V1_DUMP = Path(__file__).parent.parent / "fixtures" / "store_schema_v1.sql"
V1_EVENT = "11"


def write_v1_file(path: Path) -> None:
    """A data file exactly as schema version 1 left it, rows included."""
    conn = sqlite3.connect(path)
    try:
        conn.executescript(V1_DUMP.read_text(encoding="utf-8"))
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
    finally:
        conn.close()


def user_version(path: Path) -> int:
    return int(raw_query(path, "PRAGMA user_version")[0][0])


@pytest.fixture
def v1_store(tmp_path: Path) -> Iterator[Store]:
    path = store_path(tmp_path)
    write_v1_file(path)
    assert user_version(path) == 1
    store = Store(path)
    yield store
    store.close()


# --- upgrade from v1 ---------------------------------------------------------------------------


def test_v1_file_is_upgraded_in_place(v1_store: Store) -> None:
    assert user_version(v1_store.path) == SCHEMA_VERSION
    columns = {r[1] for r in raw_query(v1_store.path, "PRAGMA table_info(attendee)")}
    assert "search_text" in columns
    scan_columns = {r[1] for r in raw_query(v1_store.path, "PRAGMA table_info(scan_log)")}
    assert "mode" in scan_columns


def test_v1_rows_are_kept(v1_store: Store) -> None:
    rows = raw_query(
        v1_store.path,
        "SELECT id, firstname, lastname, is_checked_in, checkin_times, device_name_checkin"
        " FROM attendee ORDER BY id",
    )
    assert rows == [
        (1, "Ana", "Ødegaard", 1, "2024-05-02T08:15:00+02:00", "door-a"),
        (2, "Jürgen", "Müller", 0, "", ""),
        (3, "Zoë", "Léger", 0, "", ""),
        (4, "Other", "Person", 0, "", ""),
    ]
    with v1_store.read() as conn:
        queued = outbox.unsent(conn, V1_EVENT)
        counts = attendees.counts(conn, V1_EVENT)
    assert [(r.attendee_id, r.scanned_at) for r in queued] == [
        (1, "2024-05-02T06:15:00.000000+00:00")
    ]
    assert (counts.attendees, counts.checked_in, counts.pending) == (3, 1, 1)
    # Old scan-log rows get the v2 column's default.
    assert raw_query(v1_store.path, "SELECT verdict, mode FROM scan_log") == [("checked_in", "in")]


def test_v1_search_text_is_backfilled(v1_store: Store) -> None:
    (text,) = raw_query(v1_store.path, "SELECT search_text FROM attendee WHERE id = 2")[0]
    assert "jurgen muller" in text
    assert "j.mueller@example.de" in text
    assert "6f9619ff-8b86-4011-b42d-00c04fc964ff-d4e5f6" in text


@pytest.mark.parametrize(
    ("query", "expected"),
    [("ødeg", [1]), ("muller", [2]), ("leger", [3]), ("example", [1, 2, 3]), ("0a0b0c", [3])],
)
def test_v1_rows_are_searchable(v1_store: Store, query: str, expected: list[int]) -> None:
    with v1_store.read() as conn:
        found = attendees.search(conn, V1_EVENT, query)
        n = attendees.count(conn, V1_EVENT, query)
    assert sorted(a.id for a in found) == expected
    assert n == len(expected)


def test_v1_rows_stay_searchable_after_an_update(v1_store: Store) -> None:
    # The FTS triggers are live on upgraded files: a renamed attendee is found by the new name.
    with v1_store.write() as conn:
        attendees.upsert(conn, [attendee_row(2, "Jürgen", "Schäfer", event_id=V1_EVENT)])
    with v1_store.read() as conn:
        assert [a.id for a in attendees.search(conn, V1_EVENT, "schafer")] == [2]
        assert attendees.search(conn, V1_EVENT, "muller") == []


def test_reopening_an_upgraded_file_changes_nothing(v1_store: Store) -> None:
    v1_store.close()
    again = Store(v1_store.path)
    try:
        assert user_version(again.path) == SCHEMA_VERSION
        with again.read() as conn:
            assert attendees.count(conn, V1_EVENT) == 3
            assert [a.id for a in attendees.search(conn, V1_EVENT, "ødeg")] == [1]
    finally:
        again.close()


def test_new_file_starts_at_current_version(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        assert user_version(store.path) == SCHEMA_VERSION
    finally:
        store.close()


# --- files the app must refuse -----------------------------------------------------------------


def test_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future_table (x INTEGER)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as info:
        Store(path)
    message = str(info.value)
    assert "newer" in message
    assert str(SCHEMA_VERSION + 5) in message
    assert "update" in message.lower()
    assert user_version(path) == SCHEMA_VERSION + 5
    assert raw_query(path, "SELECT name FROM sqlite_master WHERE name = 'attendee'") == []


def test_damaged_file_is_a_store_error(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    path.write_bytes(b"this is not a database, only text pretending to be one. " * 4)
    with pytest.raises(StoreError):
        Store(path)


def test_damaged_file_does_not_open(tmp_path: Path) -> None:
    # The app must not open it, whatever the exception type.
    path = store_path(tmp_path)
    path.write_bytes(b"this is not a database, only text pretending to be one. " * 4)
    with pytest.raises((StoreError, sa_exc.DatabaseError)):
        Store(path)


# --- connection settings and the file itself ---------------------------------------------------


def test_pragmas_on_every_connection(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        for open_conn in (store.read, store.write):
            with open_conn() as conn:
                pragma = conn.exec_driver_sql
                assert pragma("PRAGMA journal_mode").scalar_one() == "wal"
                assert pragma("PRAGMA synchronous").scalar_one() == 2  # FULL
                assert pragma("PRAGMA foreign_keys").scalar_one() == 1
                assert pragma("PRAGMA busy_timeout").scalar_one() >= 1000
    finally:
        store.close()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        with pytest.raises(sa_exc.IntegrityError):
            add_attendees(store, [attendee_row(1, "No", "Event", event_id="missing")])
        add_event(store)
        add_attendees(store, [attendee_row(1, "Has", "Event")])
        with store.read() as conn:
            assert attendees.count(conn, EVENT_ID) == 1
    finally:
        store.close()


def test_database_file_is_private(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        add_event(store)
        mode = stat.S_IMODE(store.path.stat().st_mode)
        assert mode == 0o600, oct(mode)
    finally:
        store.close()


def test_database_file_is_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o000)
    try:
        store = open_store(tmp_path)
    finally:
        os.umask(old)
    try:
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    finally:
        store.close()


# --- models.py and the migrations agree --------------------------------------------------------


def _migrated_tables(path: Path) -> dict[str, set[str]]:
    names = [
        r[0]
        for r in raw_query(
            path,
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'",
        )
    ]
    # FTS5 keeps its index in shadow tables named after the virtual table.
    virtual = [
        r[0]
        for r in raw_query(
            path, "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    real = [n for n in names if not any(n.startswith(f"{v}_") for v in virtual)]
    return {n: {r[1] for r in raw_query(path, f'PRAGMA table_info("{n}")')} for n in real}


@pytest.mark.parametrize("origin", ["new", "upgraded_v1"])
def test_models_match_migrated_schema(tmp_path: Path, origin: str) -> None:
    path = store_path(tmp_path)
    if origin == "upgraded_v1":
        write_v1_file(path)
    Store(path).close()
    migrated = _migrated_tables(path)
    declared = {
        name: {column.name for column in table.columns} for name, table in METADATA.tables.items()
    }
    assert set(migrated) == set(declared)
    for name, columns in declared.items():
        assert migrated[name] == columns, name


def test_fts_index_exists_after_migration(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.close()
    virtual = raw_query(store.path, "SELECT sql FROM sqlite_master WHERE name = 'attendee_fts'")
    assert len(virtual) == 1
    assert "trigram" in virtual[0][0]
