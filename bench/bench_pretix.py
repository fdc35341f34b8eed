"""First download and incremental refresh from REAL pretix 2026 and eventyay-tickets servers.

Run: python bench/bench_pretix.py [--tickets 20000] [--uploads 200] [--kinds pretix,...]
Starts each fixture of ../shared/real-servers (tests/real_pretix/servers.py) seeded with that
many paid tickets, then through PretixBackend under the SyncEngine, into a fresh SQLite store:
- the first download (every order, 50 a page, into attendee rows for the Main entrance list);
- the refresh that shows another door's check-in (orders modified since the last look), after
  10 check-ins at another door, three times;
- the upload of queued offline scans (one forced redeem each, the engine's parallel replay).
Prints a Markdown section; a note instead when the shared fixtures are absent.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import LoadWatch, filesystem, utc_stamp
from sqlalchemy import Connection, text

from orga_app.store import attendees as attendee_queries
from orga_app.store import outbox
from orga_app.store.db import Store
from orga_app.store.models import OutboxAction
from orga_app.sync.engine import SyncEngine
from orga_app.sync.pretix.backend import PretixBackend
from orga_app.sync.pretix.client import PretixClient, RedeemRequest, ServerKind
from tests.real_pretix import servers
from tests.real_pretix.servers import RealPretix


def client(server: RealPretix) -> PretixClient:
    return PretixClient(server.url, organizer=server.organizer, token=server.token)


def fresh_tickets(store: Store, event_id: str) -> list[tuple[int, str]]:
    """(position id, secret) of the downloaded tickets the door's list would admit unused: paid,
    not cancelled, not blocked, no validity window, not checked in. Read from the store the
    download just wrote (reading every order from the server again took as long as the
    download itself)."""
    with store.read() as conn:
        found = conn.execute(
            text(
                "SELECT id, code FROM attendee WHERE event_id = :event AND order_status = 'paid'"
                " AND NOT deleted AND NOT blocked AND NOT is_checked_in AND valid_from IS NULL"
                " AND valid_until IS NULL ORDER BY id"
            ),
            {"event": event_id},
        ).all()
    return [(int(row[0]), str(row[1])) for row in found]


@contextmanager
def started(kinds: list[ServerKind], tickets: int) -> Iterator[dict[ServerKind, RealPretix]]:
    """The fixtures of `kinds` that ../shared has, started at once (each start is mostly its
    own seeding and migrations: together they take about as long as the slower one alone) and
    stopped at the end. A fixture missing from ../shared is missing from the result."""
    scripts = {kind: script for kind in kinds if (script := servers.script_of(kind)) is not None}
    with ThreadPoolExecutor(max_workers=max(1, len(scripts))) as pool:
        starting = {
            kind: pool.submit(servers.start, kind, script, tickets)
            for kind, script in scripts.items()
        }
        # Wait for every start, so that a failing one stops none of the others half-way.
        wait(starting.values())
    running = {kind: f.result() for kind, f in starting.items() if f.exception() is None}
    try:
        for future in starting.values():
            future.result()  # raises the first start's error, after the others are kept
        yield running
    finally:
        for server in running.values():
            servers.stop(server)


def bench_one(server: RealPretix, uploads: int, workdir: Path) -> list[str]:
    watch = LoadWatch()

    def main_list(conn: Connection, event_id: str) -> int:
        return server.main_list

    store = Store(workdir / f"{server.kind.value}.sqlite")
    engine = SyncEngine(store, PretixBackend(client(server), server.organizer, main_list))
    event_id = f"{server.organizer}/{server.event}"
    engine.refresh_events()
    began = time.perf_counter()
    result = engine.download(event_id)
    download_s = time.perf_counter() - began
    with store.read() as conn:
        held = attendee_queries.counts(conn, event_id).attendees
    tickets = fresh_tickets(store, event_id)
    refreshes: list[float] = []
    with client(server) as other_door:
        for round_ in range(3):
            for _, secret in tickets[round_ * 10 : round_ * 10 + 10]:
                other_door.redeem(
                    RedeemRequest(server.event, server.main_list, secret, uuid.uuid4().hex)
                )
            began = time.perf_counter()
            changed = engine.refresh_status(event_id)
            refreshes.append(time.perf_counter() - began)
            assert changed >= 10, changed
    queued = tickets[30 : 30 + uploads]
    with store.write() as conn:
        for position_id, _ in queued:
            outbox.enqueue(
                conn,
                event_id,
                position_id,
                OutboxAction.CHECK_IN,
                datetime.now(UTC).isoformat(),
                "b",
            )
    began = time.perf_counter()
    report = engine.run(event_id, download=False)
    upload_s = time.perf_counter() - began
    engine.close()
    assert report.uploaded == len(queued) and report.failed == 0, report
    watch.stop()
    low, high = min(watch.samples), max(watch.samples)
    rate = result.downloaded / download_s
    return [
        f"| {server.kind.value} | {held:,} | {download_s:.1f} s ({rate:,.0f} tickets/s) "
        f"| {statistics.median(refreshes):.2f} s (max {max(refreshes):.2f}) "
        f"| {report.uploaded} in {upload_s:.1f} s ({report.uploaded / upload_s:.0f}/s) "
        f"| {server.start_seconds:.1f} s | {low:.1f}–{high:.1f} |"
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=20000)
    parser.add_argument("--uploads", type=int, default=200)
    parser.add_argument("--kinds", default="pretix,eventyay-tickets")
    args = parser.parse_args()
    print(
        "### pretix-type servers: first download, refresh, upload "
        f"(`python bench/bench_pretix.py --tickets {args.tickets} --uploads {args.uploads}`)\n"
    )
    rows: list[str] = []
    kinds = [ServerKind(name) for name in args.kinds.split(",")]
    with tempfile.TemporaryDirectory() as workdir, started(kinds, args.tickets) as running:
        for kind in kinds:
            if kind not in running:
                rows.append(f"| {kind.value} | not run: no fixture under ../shared | | | | | |")
                continue
            rows += bench_one(running[kind], args.uploads, Path(workdir))
    print(
        "| server | attendees held | first download | refresh after 10 check-ins elsewhere "
        "(median of 3) | upload of queued offline scans | fixture start (incl. seeding) "
        "| 1-minute load while measured |"
    )
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    tmp = Path(tempfile.gettempdir())
    print(
        "\nReal servers (SQLite, gunicorn 1 worker) on loopback on the same 2 cores as the app, "
        "no added latency. Each row: through PretixBackend under the SyncEngine as the app runs "
        "it, into a new SQLite store on disk (WAL, synchronous=FULL); the first download reads "
        "50 orders a page (the servers' cap) and includes the products, lists and revoked "
        "secrets; the refresh asks for orders modified since the last look after 10 redeems by "
        "another door; the upload replays queued offline scans (one forced redeem each, the "
        "engine's parallel replay). Fixture start (the server's own seeding; both fixtures at "
        "once) is not counted. "
        f"Store in {tmp}: {filesystem(tmp)}. Run {utc_stamp()}; load average at the end: {load}."
    )


if __name__ == "__main__":
    main()
