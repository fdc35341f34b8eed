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
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Connection

from orga_app.store import attendees as attendee_queries
from orga_app.store import outbox
from orga_app.store.db import Store
from orga_app.store.models import OutboxAction
from orga_app.sync.engine import SyncEngine
from orga_app.sync.pretix.backend import PretixBackend
from orga_app.sync.pretix.client import PretixClient, RedeemRequest, ServerKind
from orga_app.sync.pretix.records import Position
from tests.real_pretix import servers
from tests.real_pretix.servers import RealPretix


def client(server: RealPretix) -> PretixClient:
    return PretixClient(server.url, organizer=server.organizer, token=server.token)


def fresh_tickets(server: RealPretix) -> list[Position]:
    with client(server) as reader:
        return [
            p
            for page in reader.order_pages(server.event)
            for p in page.positions
            if p.order_status == "p" and not p.checkins and not p.canceled
        ]


def bench_one(server: RealPretix, uploads: int, workdir: Path) -> list[str]:
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
    tickets = fresh_tickets(server)
    refreshes: list[float] = []
    with client(server) as other_door:
        for round_ in range(3):
            for ticket in tickets[round_ * 10 : round_ * 10 + 10]:
                other_door.redeem(
                    RedeemRequest(server.event, server.main_list, ticket.secret, uuid.uuid4().hex)
                )
            began = time.perf_counter()
            changed = engine.refresh_status(event_id)
            refreshes.append(time.perf_counter() - began)
            assert changed >= 10, changed
    queued = tickets[30 : 30 + uploads]
    with store.write() as conn:
        for ticket in queued:
            outbox.enqueue(
                conn, event_id, ticket.id, OutboxAction.CHECK_IN, datetime.now(UTC).isoformat(), "b"
            )
    began = time.perf_counter()
    report = engine.run(event_id, download=False)
    upload_s = time.perf_counter() - began
    engine.close()
    rate = result.downloaded / download_s
    return [
        f"| {server.kind.value} | {held:,} | {download_s:.1f} s ({rate:,.0f} tickets/s) "
        f"| {statistics.median(refreshes):.2f} s (max {max(refreshes):.2f}) "
        f"| {report.uploaded} in {upload_s:.1f} s ({report.uploaded / upload_s:.0f}/s) "
        f"| {server.start_seconds:.1f} s |"
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
    with tempfile.TemporaryDirectory() as workdir:
        for name in args.kinds.split(","):
            kind = ServerKind(name)
            script = servers.script_of(kind)
            if script is None:
                rows.append(f"| {kind.value} | not run: no fixture under ../shared | | | | |")
                continue
            server = servers.start(kind, script, tickets=args.tickets)
            try:
                rows += bench_one(server, args.uploads, Path(workdir))
            finally:
                servers.stop(server)
    print(
        "| server | attendees held | first download | refresh after 10 check-ins elsewhere "
        "(median of 3) | upload of queued offline scans | fixture start (incl. seeding) |"
    )
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        "\nReal servers (SQLite, gunicorn 1 worker) on loopback on the same cores as the app; "
        f"the download reads 50 orders a page (the servers' cap). Load average at the end: {load}."
    )


if __name__ == "__main__":
    main()
