"""Download, upload and check-in-state refresh against the REAL Open Event server, at 0, 20 and
50 ms per request.

Run: python bench/bench_real_sync.py [--attendees 5000] [--uploads 300]
Starts fossasia/open-event-server on loopback through ../shared/real-servers/open-event-server
(tests/real/oes.py) with a fresh database of N attendees (not counted). The server has no
latency switch, so the app talks to it through a delay line on loopback (latency_proxy.py: every
request reaches the server that long after it was sent). Signed in as admin (the role the server
lets PATCH attendees), for each latency:
- the first download of the event into a new store (SyncEngine.run: pages of 1,000,
  include=order,ticket);
- the upload of check-ins queued by real scans (the sync engine's parallel replay, one PATCH
  each, 16 connections);
then, at 0 ms, the status refresh that shows other doors' check-ins (openevent/refresh.py:
checked-in only, sparse fields), cold and with ETags, next to one sparse read of the whole list.
Prints a Markdown section; prints a note instead when the shared server scripts are absent.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# The real server's start/stop helpers live with the tests that use them.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from latency_proxy import latency_proxy

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, Source
from orga_app.store.db import Store
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.engine import SyncEngine
from orga_app.sync.openevent import OpenEventBackend, OpenEventClient
from orga_app.sync.openevent.refresh import STATUS_FIELDS, StatusRefresher
from orga_app.sync.upload import UPLOAD_CONCURRENCY
from tests.real import oes

LATENCIES = (0.0, 0.02, 0.05)


def load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def median_seconds(step: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_refresh(
    store: Store, client: OpenEventClient, event: str, rows: int
) -> tuple[float, float, float]:
    """The status refresh: first run, then the median of 5 (ETags); and the whole list, sparse,
    in pages of 2,000, as the refresh read before (median of 3)."""
    refresher = StatusRefresher(store, client)
    start = time.perf_counter()
    refresher.run(event)
    cold_s = time.perf_counter() - start
    warm_s = median_seconds(lambda: refresher.run(event), 5)

    def whole_list() -> None:
        for number in range(1, rows // 2000 + 2):
            page = client.attendees_page(event, number, 2000, fields=STATUS_FIELDS)
            if not page.has_next:
                return

    return cold_s, warm_s, median_seconds(whole_list, 3)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=5000)
    parser.add_argument("--uploads", type=int, default=300)
    args = parser.parse_args()
    title = (
        "### Sync against the real Open Event server on loopback "
        f"(`python bench/bench_real_sync.py --attendees {args.attendees} "
        f"--uploads {args.uploads}`)\n"
    )
    if oes.open_event_dir() is None:
        print(title + f"\nNot run: no real server scripts under {oes.real_servers_dir()}.")
        return
    t0 = time.perf_counter()
    # Seeding commits one order at a time: thousands of attendees take minutes.
    seeding = oes.START_TIMEOUT_S + 0.5 * args.attendees
    lines: list[str] = []
    with (
        oes.running(args.attendees, timeout=seeding) as server,
        tempfile.TemporaryDirectory() as tmp,
        latency_proxy(server.port) as proxy,
    ):
        started = time.perf_counter() - t0
        admin = server.account("admin")
        codes = [a.qr for a in server.attendees if a.order_status == "completed"]
        event = server.event_id
        for n, latency in enumerate(LATENCIES):
            proxy.latency = latency
            client = OpenEventClient(proxy.url, timeout=120, max_connections=UPLOAD_CONCURRENCY)
            client.login(admin.email, admin.password)
            store = Store(Path(tmp) / f"door-{n}.sqlite")
            engine = SyncEngine(store, OpenEventBackend(client), workers=UPLOAD_CONCURRENCY)
            engine.refresh_events()
            before = load()
            start = time.perf_counter()
            report = engine.run(event)
            download_s = time.perf_counter() - start
            assert report.error is None, report
            rows = report.downloaded
            lines.append(
                f"| first download (pages of 1,000, include=order,ticket) | {latency * 1000:.0f} ms"
                f" | {rows:,} | {download_s:.2f} s | **{rows / download_s:,.0f} rows/s** | "
                f"{before} / {load()} |"
            )
            # Each latency checks in other attendees: the server refuses nothing twice.
            service = CheckInService(StoreCheckInRepository(store), lambda: "bench-door")
            for code in codes[n * args.uploads : (n + 1) * args.uploads]:
                service.scan(event, code, Mode.CHECK_IN, Source.CAMERA)
            before = load()
            start = time.perf_counter()
            report = engine.run(event, download=False)
            upload_s = time.perf_counter() - start
            assert report.pending == 0 and report.failed == 0, report
            lines.append(
                f"| upload of queued check-ins ({UPLOAD_CONCURRENCY} connections) | "
                f"{latency * 1000:.0f} ms | {report.uploaded:,} | {upload_s:.2f} s | "
                f"**{report.uploaded / upload_s:,.1f} check-ins/s** | {before} / {load()} |"
            )
            if latency == 0.0:
                refresh = time_refresh(store, client, event, rows)
                checked_in = report.uploaded
            store.close()
            client.close()
    print(title)
    print(
        f"Server start with {args.attendees:,} seeded attendees: {started:.0f} s (not counted). "
        "The fixture is the real server (PostgreSQL) on the same 2 cores as the app. Each row: a "
        "new store on disk, signed in as admin; latency added by a delay line on loopback in the "
        "bench process. 1-minute load average before / after each step.\n"
    )
    print("| step | latency per request | rows | time | rate | load before / after |")
    print("|---|---|---|---|---|---|")
    print("\n".join(lines))
    cold_s, warm_s, whole_s = refresh
    print(
        f"\nCheck-in-state refresh (0 ms) with {checked_in:,} of {rows:,} checked in: first "
        f"**{cold_s:.2f} s**, then {warm_s:.2f} s (median of 5, ETags); the whole list, sparse, "
        f"in pages of 2,000 as the refresh read before: {whole_s:.2f} s (median of 3). With the "
        f"pull job every 10 s a ticket used at another door shows here within {10 + cold_s:.1f} s."
    )


if __name__ == "__main__":
    main()
