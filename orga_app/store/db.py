"""The SQLite engine: pragmas, durable transactions, and schema versions with in-place upgrades."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SqlAlchemyDatabaseError
from sqlalchemy.exc import DBAPIError as SqlAlchemyDBAPIError

from orga_app.core.text import fold, fold_name

log = logging.getLogger("orga_app.store")

# Each migration takes a DB-API connection inside a transaction and moves the schema one step.
# Never edit a released step: add a new one, so older files upgrade in place.
_V1_SCHEMA = """
CREATE TABLE event (
    id TEXT PRIMARY KEY,
    identifier TEXT,
    name TEXT NOT NULL,
    starts_at TEXT,
    ends_at TEXT,
    timezone TEXT NOT NULL DEFAULT 'UTC',
    is_local BOOLEAN NOT NULL DEFAULT 0,
    last_full_download_at TEXT
);
CREATE TABLE ticket (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT '',
    is_checkin_restricted BOOLEAN NOT NULL DEFAULT 0,
    auto_checkin_enabled BOOLEAN NOT NULL DEFAULT 0
);
CREATE TABLE attendee (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    identifier TEXT,
    order_identifier TEXT,
    ticket_id INTEGER,
    firstname TEXT NOT NULL DEFAULT '',
    lastname TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    is_checked_in BOOLEAN NOT NULL DEFAULT 0,
    is_checked_out BOOLEAN NOT NULL DEFAULT 0,
    checkin_times TEXT NOT NULL DEFAULT '',
    checkout_times TEXT NOT NULL DEFAULT '',
    device_name_checkin TEXT NOT NULL DEFAULT '',
    deleted BOOLEAN NOT NULL DEFAULT 0,
    server_seen_at TEXT,
    code TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_attendee_code ON attendee(code COLLATE NOCASE);
CREATE INDEX ix_attendee_order ON attendee(order_identifier COLLATE NOCASE);
CREATE INDEX ix_attendee_email ON attendee(email COLLATE NOCASE);
CREATE INDEX ix_attendee_event_name ON attendee(event_id, lastname, firstname);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    nonce TEXT NOT NULL UNIQUE,
    event_id TEXT NOT NULL REFERENCES event(id),
    attendee_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    scanned_at TEXT NOT NULL,
    device_name TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    done_at TEXT
);
CREATE INDEX ix_outbox_state ON outbox(state, event_id);
CREATE INDEX ix_outbox_attendee ON outbox(attendee_id, state);
CREATE TABLE scan_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    event_id TEXT NOT NULL,
    raw TEXT NOT NULL,
    verdict TEXT NOT NULL,
    attendee_id INTEGER,
    device TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX ix_scan_log_event_at ON scan_log(event_id, at);
CREATE TABLE sync_state (
    event_id TEXT PRIMARY KEY,
    last_upload_at TEXT,
    last_download_at TEXT,
    last_error TEXT,
    uploaded INTEGER NOT NULL DEFAULT 0,
    downloaded INTEGER NOT NULL DEFAULT 0,
    paused_reason TEXT
);
"""

# v2: accent- and case-insensitive substring search through an FTS5 trigram index over a
# folded copy of the searchable fields (SQLite 3.40 has no remove_diacritics for trigram, so
# the folding is ours), and the scan mode in the scan log.
_V2_SCHEMA = """
ALTER TABLE attendee ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE scan_log ADD COLUMN mode TEXT NOT NULL DEFAULT 'in';
UPDATE attendee SET search_text = search_text_of(
    firstname, lastname, email, order_identifier, code);
CREATE VIRTUAL TABLE attendee_fts USING fts5(
    search_text, content='attendee', content_rowid='id', tokenize='trigram');
INSERT INTO attendee_fts(attendee_fts) VALUES ('rebuild');
CREATE VIRTUAL TABLE attendee_fts_vocab USING fts5vocab(attendee_fts, 'row');
CREATE TRIGGER attendee_fts_insert AFTER INSERT ON attendee BEGIN
    INSERT INTO attendee_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER attendee_fts_delete AFTER DELETE ON attendee BEGIN
    INSERT INTO attendee_fts(attendee_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER attendee_fts_update AFTER UPDATE OF search_text ON attendee
WHEN old.search_text IS NOT new.search_text BEGIN
    INSERT INTO attendee_fts(attendee_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    INSERT INTO attendee_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
"""

# v3: the trigram index can be paused for a first bulk download and rebuilt at its end (the
# triggers cost ~4x the insert itself; one rebuild costs about as much as 15,000 trigger runs).
# (v4 replaces these triggers and the index itself.)
_V3_SCHEMA = """
CREATE TABLE search_index_paused (since TEXT NOT NULL);
DROP TRIGGER attendee_fts_insert;
DROP TRIGGER attendee_fts_delete;
DROP TRIGGER attendee_fts_update;
CREATE TRIGGER attendee_fts_insert AFTER INSERT ON attendee
WHEN NOT EXISTS (SELECT 1 FROM search_index_paused) BEGIN
    INSERT INTO attendee_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER attendee_fts_delete AFTER DELETE ON attendee
WHEN NOT EXISTS (SELECT 1 FROM search_index_paused) BEGIN
    INSERT INTO attendee_fts(attendee_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER attendee_fts_update AFTER UPDATE OF search_text ON attendee
WHEN old.search_text IS NOT new.search_text
    AND NOT EXISTS (SELECT 1 FROM search_index_paused) BEGIN
    INSERT INTO attendee_fts(attendee_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    INSERT INTO attendee_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
"""

# v4: the trigram index's rowids follow name order (attendee.name_key), so a search hands back
# its hits already sorted by name and a page of 100 stops early instead of sorting every hit.
_V4_SCHEMA = """
ALTER TABLE attendee ADD COLUMN name_key INTEGER;
UPDATE attendee SET name_key = name_key_of(lastname, firstname, id);
CREATE UNIQUE INDEX ix_attendee_name_key ON attendee(name_key);
CREATE TRIGGER attendee_name_key_required BEFORE INSERT ON attendee
WHEN new.name_key IS NULL BEGIN
    SELECT RAISE(ABORT, 'attendee.name_key is required (write attendees through upsert)');
END;
DROP TRIGGER attendee_fts_insert;
DROP TRIGGER attendee_fts_delete;
DROP TRIGGER attendee_fts_update;
DROP TABLE attendee_fts_vocab;
DROP TABLE attendee_fts;
CREATE VIRTUAL TABLE attendee_fts USING fts5(
    search_text, content='attendee', content_rowid='name_key', tokenize='trigram',
    columnsize=0);
CREATE VIRTUAL TABLE attendee_fts_vocab USING fts5vocab(attendee_fts, 'row');
INSERT INTO attendee_fts(rowid, search_text)
    SELECT name_key, search_text FROM attendee ORDER BY name_key;
CREATE TRIGGER attendee_fts_insert AFTER INSERT ON attendee
WHEN NOT EXISTS (SELECT 1 FROM search_index_paused) BEGIN
    INSERT INTO attendee_fts(rowid, search_text) VALUES (new.name_key, new.search_text);
END;
CREATE TRIGGER attendee_fts_delete AFTER DELETE ON attendee
WHEN NOT EXISTS (SELECT 1 FROM search_index_paused) BEGIN
    INSERT INTO attendee_fts(attendee_fts, rowid, search_text)
        VALUES ('delete', old.name_key, old.search_text);
END;
CREATE TRIGGER attendee_fts_update AFTER UPDATE OF search_text, name_key ON attendee
WHEN (old.search_text IS NOT new.search_text OR old.name_key IS NOT new.name_key)
    AND NOT EXISTS (SELECT 1 FROM search_index_paused) BEGIN
    INSERT INTO attendee_fts(attendee_fts, rowid, search_text)
        VALUES ('delete', old.name_key, old.search_text);
    INSERT INTO attendee_fts(rowid, search_text) VALUES (new.name_key, new.search_text);
END;
"""

# v5: during a first bulk download the attendee table's secondary indexes are dropped too (their
# upkeep cost twice the inserts); their definitions wait here until they are built again.
_V5_SCHEMA = """
CREATE TABLE bulk_load_dropped_index (name TEXT PRIMARY KEY, sql TEXT NOT NULL);
"""

# v6: name_key in a layout that cannot collide (see name_key_of); the index is rebuilt in order.
_V6_SCHEMA = """
DROP INDEX ix_attendee_name_key;
UPDATE attendee SET name_key = name_key_of(lastname, firstname, id);
CREATE UNIQUE INDEX ix_attendee_name_key ON attendee(name_key);
INSERT INTO attendee_fts(attendee_fts) VALUES ('delete-all');
INSERT INTO attendee_fts(rowid, search_text)
    SELECT name_key, search_text FROM attendee ORDER BY name_key;
"""

# v7: what the account may do on the server, and what the door needs for it: the account's role
# per event (it picks the upload path), the order's status (cancelled and unpaid orders are
# turned away), the server's station registrations (a check-in by a non-admin role), and the
# registration station this computer uses per event.
_V7_SCHEMA = """
ALTER TABLE event ADD COLUMN access_role TEXT;
ALTER TABLE attendee ADD COLUMN order_status TEXT NOT NULL DEFAULT '';
ALTER TABLE attendee ADD COLUMN is_registered BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE attendee ADD COLUMN register_times TEXT NOT NULL DEFAULT '';
CREATE TABLE station (
    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    station_id INTEGER NOT NULL,
    PRIMARY KEY (event_id, name)
);
"""

# v8: a second server type (pretix and eventyay-tickets, issue 11). Which server an event lives
# on (it picks the verdict rules and the upload path); the event's check-in lists with the
# settings pretix documents for offline checks; the list (and direction) this door scans for;
# the secrets the server revoked (re-issued tickets); per ticket: blocked, valid time window.
# An attendee row of a pretix event is one order position (id = the position id) seen through
# the door's list: its check-in columns hold that list's entries and exits only.
_V8_SCHEMA = """
ALTER TABLE event ADD COLUMN server_kind TEXT NOT NULL DEFAULT 'openevent';
ALTER TABLE attendee ADD COLUMN blocked BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE attendee ADD COLUMN valid_from TEXT;
ALTER TABLE attendee ADD COLUMN valid_until TEXT;
CREATE TABLE checkin_list (
    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    all_products BOOLEAN NOT NULL DEFAULT 1,
    limit_products TEXT NOT NULL DEFAULT '',
    include_pending BOOLEAN NOT NULL DEFAULT 0,
    allow_multiple_entries BOOLEAN NOT NULL DEFAULT 0,
    allow_entry_after_exit BOOLEAN NOT NULL DEFAULT 1,
    has_rules BOOLEAN NOT NULL DEFAULT 0,
    subevent_id INTEGER,
    PRIMARY KEY (event_id, id)
);
CREATE TABLE door_list (
    event_id TEXT PRIMARY KEY REFERENCES event(id) ON DELETE CASCADE,
    list_id INTEGER NOT NULL,
    direction TEXT NOT NULL DEFAULT 'entry'
);
CREATE TABLE revoked_secret (
    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    secret TEXT NOT NULL,
    PRIMARY KEY (event_id, secret)
);
"""

# v9: an outbox row keeps the check-in list it was judged against (pretix-type events; NULL
# for Open Event and for rows queued before v9, which go to the door's list as before). A door
# that switches lists while rows wait must not move those scans to the new list.
_V9_SCHEMA = """
ALTER TABLE outbox ADD COLUMN list_id INTEGER;
"""

# v10: door throughput (issue 15). How long each verdict took (NULL for scans logged before
# v10), and one sample per sync run of whether the server answered and how many check-ins
# waited, so the dashboard can say how long the door was offline.
_V10_SCHEMA = """
ALTER TABLE scan_log ADD COLUMN verdict_ms REAL;
CREATE TABLE sync_sample (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    at TEXT NOT NULL,
    reachable BOOLEAN NOT NULL,
    waiting INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_sync_sample_event_at ON sync_sample(event_id, at);
"""

# v11: every check-in list's entries and exits of a pretix position as the server sent them
# (the attendee row shows the door's list only), so that a door switching lists shows the new
# list's state at once, offline, instead of the old list's until the next full download
# (store/list_state.py). `list_checkins_complete`: a complete full download filled them.
_V11_SCHEMA = """
CREATE TABLE list_checkin (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    attendee_id INTEGER NOT NULL,
    list_id INTEGER NOT NULL,
    type TEXT NOT NULL,
    at TEXT NOT NULL,
    device TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_list_checkin_attendee ON list_checkin(attendee_id);
CREATE INDEX ix_list_checkin_event_list ON list_checkin(event_id, list_id);
ALTER TABLE event ADD COLUMN list_checkins_complete BOOLEAN NOT NULL DEFAULT 0;
"""

# v12: badges (issue 12). The attendee's printed flag and time (the server's, or this door's
# print waiting to upload), and this door's print jobs: queued, printed, or held with the
# printer's problem until a person retries (a check-in never waits for a printer).
_V12_SCHEMA = """
ALTER TABLE attendee ADD COLUMN is_badge_printed BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE attendee ADD COLUMN badge_printed_at TEXT;
CREATE TABLE badge_job (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    attendee_id INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued',
    printer TEXT NOT NULL DEFAULT '',
    problem TEXT,
    requested_at TEXT NOT NULL,
    printed_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_badge_job_attendee ON badge_job(event_id, attendee_id);
"""

# v13: the server's badge layouts (Open Event badge forms, pretix badge layouts), kept as the
# server sent them (parsed when printed, so a better parser needs no new download) with their
# background downloaded once; and which layout each ticket type prints with. A ticket type with
# a NULL layout prints nothing by the server's choice (a pretix product set to "no badge").
_V13_SCHEMA = """
CREATE TABLE badge_layout (
    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    origin TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    is_default BOOLEAN NOT NULL DEFAULT 0,
    form TEXT NOT NULL,
    background_url TEXT,
    background BLOB,
    PRIMARY KEY (event_id, key)
);
CREATE TABLE badge_layout_ticket (
    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    ticket_id INTEGER NOT NULL,
    layout_key TEXT,
    PRIMARY KEY (event_id, ticket_id)
);
"""

# v14: the door's count line ("n of N checked in", store/attendees.py counts) read from a small
# covering index instead of 100,000 rowid look-ups into the wide attendee rows: at start-up that
# query ran 150-230 ms and pulled most of the file into memory (bench/bench_startup.py).
_V14_SCHEMA = """
CREATE INDEX ix_attendee_event_state ON attendee(event_id, deleted, is_checked_in);
"""

MIGRATIONS: tuple[str, ...] = (
    _V1_SCHEMA, _V2_SCHEMA, _V3_SCHEMA, _V4_SCHEMA, _V5_SCHEMA, _V6_SCHEMA, _V7_SCHEMA,
    _V8_SCHEMA, _V9_SCHEMA, _V10_SCHEMA, _V11_SCHEMA, _V12_SCHEMA, _V13_SCHEMA, _V14_SCHEMA,
)  # fmt: skip
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(RuntimeError):
    """The store cannot be used: newer schema, unreadable file, disk full."""


def search_text_of(
    firstname: str, lastname: str, email: str, order_identifier: str | None, code: str
) -> str:
    """What the trigram index holds for one attendee; the same folding as migration v2.

    The printed code usually starts with the order identifier: indexing it twice would only
    make the index bigger.
    """
    order = order_identifier or ""
    if order and code.lower().startswith(order.lower()):
        order = ""
    parts = (fold_name(firstname), fold_name(lastname), fold(email), fold(order), fold(code))
    # The trailing space gives a token at the very end a successor in the trigram index.
    return " ".join(part for part in parts if part) + " "


# name_key: 6 folded characters of "lastname firstname", 5 bits each, then the attendee id in
# its own 33 bits (a sign bit keeps local negative ids apart from server ids): unique for every
# id below 2**32, which no Open Event server comes near. Schema v6 replaced the v4 layout,
# whose 28 id bits wrapped (a local id -k met server id 2**28-k).
_KEY_CHARS = 6
_ID_BITS = 32


def _char_code(ch: str) -> int:
    if "a" <= ch <= "z":
        return 2 + ord(ch) - ord("a")
    if ch.isdigit():
        return 28
    if ch.isspace() or not ch.isalpha():
        return 1
    return 29 + ord(ch) % 3  # other scripts: a stable, coarse order


def name_key_of(lastname: str, firstname: str, attendee_id: int) -> int:
    """An integer that sorts attendees by name (6 characters deep), unique per attendee."""
    if not -(1 << _ID_BITS) < attendee_id < (1 << _ID_BITS):
        raise StoreError(f"attendee id {attendee_id} is out of the range this app supports")
    prefix = fold_name(f"{lastname} {firstname}".strip())[:_KEY_CHARS]
    key = 0
    for index in range(_KEY_CHARS):
        key = (key << 5) | (_char_code(prefix[index]) if index < len(prefix) else 0)
    sign = 1 if attendee_id < 0 else 0
    return (((key << 1) | sign) << _ID_BITS) | abs(attendee_id)


# How long a statement waits for another connection's write lock: a scan's transaction is
# milliseconds, so 5 s means something is wrong; a schema upgrade by another process may be long.
_BUSY_MS = 5_000
_MIGRATION_BUSY_MS = 120_000


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Autocommit at the driver level; transactions are begun by us (see _on_begin) so that
    # writers can take the lock up front with BEGIN IMMEDIATE.
    dbapi_conn.isolation_level = None
    # Migrations compute the folded search text in SQL with the same Python function.
    dbapi_conn.create_function("search_text_of", 5, search_text_of, deterministic=True)
    dbapi_conn.create_function("name_key_of", 3, name_key_of, deterministic=True)
    for pragma in (
        "PRAGMA journal_mode=WAL",
        # FULL: a check-in that returned survives a power cut (WAL is fsynced at each commit).
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
        f"PRAGMA busy_timeout={_BUSY_MS}",
        "PRAGMA temp_store=MEMORY",
        # 32 MB of page cache per connection. 8 MB saved ~20 MB at start-up (the problems
        # page's double-admission read fills one connection's cache) but a download's upserts
        # then re-read index pages: +1.3 s of CPU per 20,000 new attendees upserted into a
        # 100,000 store as bench_store.py does (A/B of the two settings, same code).
        "PRAGMA cache_size=-32000",
        # No memory-mapped reads: each pooled connection mapped the file anew, and every page a
        # connection had read counted once per mapping in the app's memory (4 x 44 MB at
        # start-up with 100,000 attendees). Reads go through the OS page cache instead.
        "PRAGMA mmap_size=0",
        # Checkpoint less often: a download writes ~40 MB, and each checkpoint is an fsync.
        "PRAGMA wal_autocheckpoint=10000",
    ):
        dbapi_conn.execute(pragma)


def _on_begin(conn: Connection) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get("immediate") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def _create_private_file(path: Path) -> None:
    """Create the database file 0600 before SQLite does: it holds attendees' personal data."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def make_engine(path: Path) -> Engine:
    _create_private_file(path)
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": 5.0},
        # Upload workers (16), the GUI's tasks and the scheduler each take a connection for
        # short transactions; past this many they wait for one instead of failing.
        pool_size=8,
        max_overflow=24,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def schema_version(conn: Connection) -> int:
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def migrate(engine: Engine, target: int = SCHEMA_VERSION) -> int:
    """Bring the file's schema up to `target` in place, one transaction per step."""
    with engine.connect() as conn:
        current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"this data file has schema version {current}, newer than this app "
            f"({SCHEMA_VERSION}); please update Orga App"
        )
    for version in range(current + 1, target + 1):
        raw = engine.raw_connection()
        try:
            dbapi = raw.driver_connection
            assert isinstance(dbapi, sqlite3.Connection)
            # Another process may be running this very step on a large file (the GUI and a CLI
            # call started right after an update; building an index over 100,000 attendees
            # takes seconds on a busy disk): wait for it far longer than a scan would.
            dbapi.execute(f"PRAGMA busy_timeout={_MIGRATION_BUSY_MS}")
            # executescript would COMMIT first; run statement by statement in one transaction.
            dbapi.execute("BEGIN IMMEDIATE")
            try:
                # Another process (the GUI and a CLI call right after an update) may have
                # done this step while we waited for the write lock.
                done = int(dbapi.execute("PRAGMA user_version").fetchone()[0])
                if done >= version:
                    dbapi.execute("COMMIT")
                    continue
                for statement in _statements(MIGRATIONS[version - 1]):
                    dbapi.execute(statement)
                dbapi.execute(f"PRAGMA user_version={version}")
                dbapi.execute("COMMIT")
            except BaseException:
                dbapi.execute("ROLLBACK")
                raise
            finally:
                dbapi.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
        finally:
            raw.close()
        log.info("store schema upgraded to version %d", version)
    return max(current, target)


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into complete statements (triggers contain semicolons)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        raise StoreError(f"incomplete migration statement: {buffer[:60]!r}")


# Kept during a bulk load: the primary key (upserts) and the unique name key (the trigram
# index's rowid), whose uniqueness must hold for every row written.
_KEPT_INDEXES = ("ix_attendee_name_key",)


def begin_bulk_load(conn: Connection, since: str) -> None:
    """Stop index upkeep for a first bulk download: the trigram index is paused and the
    attendee table's secondary indexes dropped (definitions saved). `end_bulk_load` rebuilds.

    Lookups stay correct meanwhile, only slower (a scan of the table instead of an index).
    """
    if conn.exec_driver_sql("SELECT 1 FROM search_index_paused").first() is not None:
        return
    conn.exec_driver_sql("INSERT INTO search_index_paused(since) VALUES (?)", (since,))
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attendee'"
        " AND sql IS NOT NULL"
    ).all()
    for name, sql in indexes:
        if name not in _KEPT_INDEXES:
            conn.exec_driver_sql(
                "INSERT INTO bulk_load_dropped_index(name, sql) VALUES (?, ?)", (name, sql)
            )
            conn.exec_driver_sql(f'DROP INDEX "{name}"')


def pause_search_index(conn: Connection, since: str) -> None:
    """Stop the trigram index's upkeep (indexes stay) until `end_bulk_load` rebuilds it, also
    after a crash. For a download that brings many new attendees to a filled store: the index
    triggers cost ~190 us per new row, the sorted rebuild ~15 us per row held (bench_store.py,
    bench_sync.py). Searches miss the new attendees until the rebuild; scans do not use it."""
    if conn.exec_driver_sql("SELECT 1 FROM search_index_paused").first() is None:
        conn.exec_driver_sql("INSERT INTO search_index_paused(since) VALUES (?)", (since,))


def end_bulk_load(conn: Connection) -> bool:
    """Rebuild what `begin_bulk_load` paused (also after a crash); True when it was paused."""
    if conn.exec_driver_sql("SELECT 1 FROM search_index_paused").first() is None:
        return False
    for (sql,) in conn.exec_driver_sql("SELECT sql FROM bulk_load_dropped_index").all():
        conn.exec_driver_sql(sql)
    conn.exec_driver_sql("DELETE FROM bulk_load_dropped_index")
    # Not FTS5's 'rebuild': that reads rows in id order, and feeding the index rowids out of
    # order made it 3.5x slower than this sorted insert (measured on 100,000 attendees).
    conn.exec_driver_sql("INSERT INTO attendee_fts(attendee_fts) VALUES ('delete-all')")
    conn.exec_driver_sql(
        "INSERT INTO attendee_fts(rowid, search_text)"
        " SELECT name_key, search_text FROM attendee ORDER BY name_key"
    )
    conn.exec_driver_sql("DELETE FROM search_index_paused")
    return True


class Store:
    """One account's SQLite file. Thread-safe: every call takes its own pooled connection."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        try:
            migrate(self.engine)
        except (sqlite3.DatabaseError, SqlAlchemyDatabaseError) as exc:
            # SQLAlchemy wraps the driver's error; either way the file is not a usable store.
            raise StoreError(f"cannot open the data file {path}: {exc}") from exc
        with self.read() as conn:
            paused = conn.exec_driver_sql("SELECT 1 FROM search_index_paused").first()
        if paused is not None:
            # A bulk download that died while its indexes were paused: rebuild them now.
            with self.write() as conn:
                end_bulk_load(conn)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction that holds the write lock from the start (BEGIN IMMEDIATE)."""
        with self.engine.connect() as conn:
            conn.execution_options(immediate=True)
            with conn.begin():
                yield conn

    @contextmanager
    def write_dbapi(self) -> Iterator[sqlite3.Connection]:
        """`write()` on the driver's own connection: the same pooled connection, pragmas and
        BEGIN IMMEDIATE ... COMMIT, without SQLAlchemy's per-statement work. For the scan's
        transaction, where that work cost more than SQLite itself (bench/bench_checkin.py)."""
        pooled = self.engine.raw_connection()
        try:
            dbapi = pooled.driver_connection
            assert isinstance(dbapi, sqlite3.Connection)
            try:
                dbapi.execute("BEGIN IMMEDIATE")
                try:
                    yield dbapi
                except BaseException:
                    if dbapi.in_transaction:  # SQLite may have rolled back already (disk full)
                        dbapi.execute("ROLLBACK")
                    raise
                dbapi.execute("COMMIT")
            except sqlite3.Error as exc:
                # The rest of the app knows the store's errors as SQLAlchemy's (the door's
                # "disk is full" message, the CLI's exit code): the same class `write()` raises.
                raise SqlAlchemyDBAPIError.instance(None, None, exc, sqlite3.Error) from exc
        finally:
            # back to the pool, which rolls back whatever a failed COMMIT left open
            pooled.close()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A consistent read snapshot."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        self.engine.dispose()
