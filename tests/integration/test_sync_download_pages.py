"""The attendee download asks for several keyset pages at once (sync/openevent/id_pages.py) and
still stores exactly the server's list, page by page in id order. Real demo server on
loopback with latency, real SQLite files; the client's real HTTP transport, watched.
"""

from __future__ import annotations

import random
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import select

from orga_app.demo import data
from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD
from orga_app.demo.server import DemoServer
from orga_app.store.db import Store
from orga_app.store.models import ATTENDEE
from orga_app.store.search import search
from orga_app.sync.engine import SyncEngine
from orga_app.sync.openevent import OpenEventBackend, OpenEventClient
from orga_app.sync.transport import bounded_transport
from tests.integration.test_sync_engine import EVENT, server_sql


class WatchedTransport(httpx.BaseTransport):
    """The client's own transport, counting attendee-list requests in flight at once."""

    def __init__(self) -> None:
        self._inner = bounded_transport(8)
        self._lock = threading.Lock()
        self._now = 0
        self.most_at_once = 0
        self.list_requests = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        listing = request.url.path.endswith(f"/events/{EVENT}/attendees")
        if listing:
            with self._lock:
                self._now += 1
                self.list_requests += 1
                self.most_at_once = max(self.most_at_once, self._now)
        try:
            response = self._inner.handle_request(request)
            response.read()
            return response
        finally:
            if listing:
                with self._lock:
                    self._now -= 1

    def close(self) -> None:
        self._inner.close()


def visible_server_ids(server: DemoServer) -> list[int]:
    rows = server_sql(
        server,
        "SELECT id FROM attendees WHERE event_id = ? AND deleted_at IS NULL ORDER BY id",
        (int(EVENT),),
    )
    return [int(r[0]) for r in rows]


def download(tmp_path: Path, server: DemoServer, page_size: int) -> tuple[list[int], int, int]:
    """A first download; (stored live attendee ids, most list requests at once, list requests)."""
    watched = WatchedTransport()
    client = OpenEventClient(server.url, timeout=10, transport=watched)
    client.login(DEMO_EMAIL, DEMO_PASSWORD)
    store = Store(tmp_path / "door.sqlite")
    engine = SyncEngine(store, OpenEventBackend(client), page_size=page_size)
    engine.refresh_events()
    report = engine.run(EVENT)
    assert report.error is None, report
    with store.read() as conn:
        stored = conn.execute(
            select(ATTENDEE.c.id)
            .where(ATTENDEE.c.event_id == EVENT, ATTENDEE.c.deleted.is_(False))
            .order_by(ATTENDEE.c.id)
        )
        ids = [int(i) for (i,) in stored]
    client.close()
    store.close()
    return ids, watched.most_at_once, watched.list_requests


def test_pages_travel_several_at_once_and_the_store_holds_the_servers_list(
    tmp_path: Path, demo_server: DemoServer
) -> None:
    demo_server.set_faults(latency=0.05)
    ids, most_at_once, requests = download(tmp_path, demo_server, page_size=20)
    assert ids == visible_server_ids(demo_server)
    assert most_at_once >= 2, most_at_once  # one at a time before
    pages = -(-len(ids) // 20)
    assert requests <= pages + 8, (requests, pages)  # guesses overlap; few extra requests


def test_gaps_left_by_wrong_guesses_are_filled_exactly(
    tmp_path: Path, demo_server: DemoServer
) -> None:
    # Up to id 60 only every 4th attendee is left: the first page's ids spread four times as
    # wide as the dense ones after them, so the guesses overshoot what the next pages reach
    # and the gaps between are asked for exactly.
    server_sql(
        demo_server,
        "UPDATE attendees SET deleted_at = '2026-11-30T10:00:00+00:00'"
        " WHERE event_id = ? AND id <= 60 AND id % 4 != 0",
        (int(EVENT),),
    )
    ids, _, requests = download(tmp_path, demo_server, page_size=15)
    assert ids == visible_server_ids(demo_server)
    assert ids[14] - ids[0] > 40  # the first page did spread wide
    assert requests > -(-len(ids) // 15)  # the gaps cost requests of their own


def sell_more(server: DemoServer, count: int) -> list[tuple[int, str]]:
    """`count` new attendees on the server (new orders, the highest ids); (id, last name)."""
    conn = sqlite3.connect(server.db_path, timeout=10)
    try:
        with conn:
            first_id = conn.execute("SELECT MAX(id) + 1 FROM attendees").fetchone()[0]
            first_order = conn.execute("SELECT MAX(id) + 1 FROM orders").fetchone()[0]
            tickets = [(int(t), 1) for (t,) in conn.execute("SELECT id FROM tickets")]
            data._insert_attendees(
                conn, random.Random(3), event_id=int(EVENT), tickets=tickets[:1], count=count,
                starts=datetime(2026, 6, 12, 9, 0, tzinfo=UTC), first_order_id=first_order,
                first_attendee_id=first_id,
            )  # fmt: skip
        rows = conn.execute(
            "SELECT id, lastname FROM attendees WHERE id >= ? AND deleted_at IS NULL", (first_id,)
        ).fetchall()
        return [(int(i), str(name)) for i, name in rows]
    finally:
        conn.close()


def download_again(
    tmp_path: Path, server: DemoServer, sold: int
) -> tuple[Store, list[bool], list[tuple[int, str]]]:
    """A first download, `sold` new attendees on the server, then a second download; the
    store and, per page of the second, whether the search index was paused."""
    client = OpenEventClient(server.url, timeout=10)
    client.login(DEMO_EMAIL, DEMO_PASSWORD)
    store = Store(tmp_path / "door.sqlite")
    engine = SyncEngine(store, OpenEventBackend(client), page_size=50)
    engine.refresh_events()
    assert engine.run(EVENT).error is None
    new = sell_more(server, sold)
    paused: list[bool] = []

    def watch(_step: str, _done: int, _total: int) -> None:
        with store.read() as conn:
            row = conn.exec_driver_sql("SELECT 1 FROM search_index_paused").first()
            paused.append(row is not None)

    assert engine.run(EVENT, progress=watch).error is None
    client.close()
    return store, paused, new


def assert_search_finds(store: Store, attendees: list[tuple[int, str]]) -> None:
    with store.write() as conn:  # FTS5 raises if the index and the table disagree
        conn.exec_driver_sql("INSERT INTO attendee_fts(attendee_fts) VALUES ('integrity-check')")
        assert conn.exec_driver_sql("SELECT 1 FROM search_index_paused").first() is None
    with store.read() as conn:
        for attendee_id, lastname in attendees:
            found = {a.id for a in search(conn, EVENT, lastname, limit=1000)}
            assert attendee_id in found, (attendee_id, lastname)


def test_many_new_attendees_pause_the_search_index_until_the_end(
    tmp_path: Path, demo_server: DemoServer
) -> None:
    store, paused, new = download_again(tmp_path, demo_server, sold=150)  # to 200 held
    assert paused and all(paused), paused  # from the first page of the second download
    assert_search_finds(store, new)
    store.close()


def test_a_few_new_attendees_keep_the_search_index_up_row_by_row(
    tmp_path: Path, demo_server: DemoServer
) -> None:
    store, paused, new = download_again(tmp_path, demo_server, sold=5)
    assert paused and not any(paused), paused
    assert_search_finds(store, new)
    store.close()


def test_a_later_download_writes_what_changed_on_the_server_and_nothing_else(
    tmp_path: Path, demo_server: DemoServer
) -> None:
    """Most attendees of a later download are unchanged and left unwritten
    (attendees.upsert_changed); each change made on the server in between still arrives: a
    new name (found by search), an order cancelled, a check-in at another door, a ticket
    moved to another type, an attendee deleted."""
    client = OpenEventClient(demo_server.url, timeout=10)
    client.login(DEMO_EMAIL, DEMO_PASSWORD)
    store = Store(tmp_path / "door.sqlite")
    engine = SyncEngine(store, OpenEventBackend(client), page_size=50)
    engine.refresh_events()
    assert engine.run(EVENT).error is None
    ids = visible_server_ids(demo_server)
    renamed, cancelled, checked_in, moved, deleted = ids[3], ids[70], ids[71], ids[120], ids[-1]
    other_ticket = server_sql(
        demo_server,
        "SELECT id FROM tickets WHERE event_id = ? AND id != "
        "(SELECT ticket_id FROM attendees WHERE id = ?) LIMIT 1",
        (int(EVENT), moved),
    )[0][0]
    for sql, params in (
        ("UPDATE attendees SET firstname = 'Quirinus', lastname = 'Zebedee' WHERE id = ?",
         (renamed,)),
        ("UPDATE orders SET status = 'cancelled' WHERE id ="
         " (SELECT order_id FROM attendees WHERE id = ?)", (cancelled,)),
        ("UPDATE attendees SET is_checked_in = 1, checkin_times = '2026-06-12T09:30:00+02:00',"
         " device_name_checkin = 'door-west' WHERE id = ?", (checked_in,)),
        ("UPDATE attendees SET ticket_id = ? WHERE id = ?", (other_ticket, moved)),
        ("UPDATE attendees SET deleted_at = '2026-06-12T09:00:00+02:00' WHERE id = ?",
         (deleted,)),
    ):  # fmt: skip
        server_sql(demo_server, sql, params)
    same_order = {
        int(i)
        for (i,) in server_sql(
            demo_server,
            "SELECT id FROM attendees"
            " WHERE order_id = (SELECT order_id FROM attendees WHERE id = ?)",
            (cancelled,),
        )
    }
    with store.read() as conn:
        before = {r[0]: tuple(r) for r in conn.exec_driver_sql("SELECT * FROM attendee").fetchall()}

    assert engine.run(EVENT).error is None

    with store.read() as conn:
        after = {r[0]: tuple(r) for r in conn.exec_driver_sql("SELECT * FROM attendee").fetchall()}
        assert [a.id for a in search(conn, EVENT, "zebedee")] == [renamed]
    client.close()
    store.close()
    assert {i for i in after if after[i] != before[i]} == {
        renamed,
        checked_in,
        moved,
        deleted,
        *same_order,
    }
    local = {i: dict(zip(ATTENDEE.columns.keys(), row, strict=True)) for i, row in after.items()}
    assert (local[renamed]["firstname"], local[renamed]["lastname"]) == ("Quirinus", "Zebedee")
    assert {local[i]["order_status"] for i in same_order} == {"cancelled"}
    assert local[checked_in]["is_checked_in"] == 1
    assert local[checked_in]["device_name_checkin"] == "door-west"
    assert local[moved]["ticket_id"] == other_ticket
    assert local[deleted]["deleted"] == 1
