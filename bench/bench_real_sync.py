"""Upload rate and check-in-state refresh against the REAL Open Event server.

Run: python bench/bench_real_sync.py [--attendees 5000] [--uploads 500]
Starts fossasia/open-event-server on loopback through ../shared/real-servers/open-event-server
(tests/real/oes.py), signs in as admin (the role the server lets PATCH attendees), downloads the
event, then measures:
- the upload of queued offline check-ins (the sync engine's parallel replay, one PATCH each);
- the status refresh that shows other doors' check-ins (openevent/refresh.py: checked-in only,
  sparse fields), cold and with ETags, next to one sparse page of the whole list (what the
  refresh read before).
Prints a Markdown section; prints a note instead when the shared server scripts are absent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# The real server's start/stop helpers live with the tests that use them.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, Source
from orga_app.store.db import Store
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.engine import SyncEngine
from orga_app.sync.openevent import OpenEventBackend, OpenEventClient
from orga_app.sync.openevent.refresh import STATUS_FIELDS, StatusRefresher
from tests.real import oes

WORKERS = 16


def median_seconds(step: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=5000)
    parser.add_argument("--uploads", type=int, default=500)
    args = parser.parse_args()
    title = (
        "### Upload and check-in-state refresh against the real Open Event server "
        f"(`python bench/bench_real_sync.py --attendees {args.attendees} "
        f"--uploads {args.uploads}`)\n"
    )
    if oes.open_event_dir() is None:
        print(title + f"\nSkipped: no real server scripts under {oes.real_servers_dir()}.")
        return
    t0 = time.perf_counter()
    with oes.running(args.attendees) as server, tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter() - t0
        admin = server.account("admin")
        client = OpenEventClient(server.url, timeout=60, max_connections=WORKERS)
        client.login(admin.email, admin.password)
        store = Store(Path(tmp) / "door.sqlite")
        engine = SyncEngine(store, OpenEventBackend(client), workers=WORKERS)
        start = time.perf_counter()
        rows = engine.download(server.event_id).downloaded
        download_s = time.perf_counter() - start

        service = CheckInService(StoreCheckInRepository(store), lambda: "bench-door")
        codes = [a.qr for a in server.attendees if a.order_status == "completed"]
        for code in codes[: args.uploads]:
            service.scan(server.event_id, code, Mode.CHECK_IN, Source.CAMERA)
        start = time.perf_counter()
        report = engine.run(server.event_id, download=False)
        upload_s = time.perf_counter() - start
        assert report.pending == 0 and report.failed == 0, report

        refresher = StatusRefresher(store, client)
        start = time.perf_counter()
        refresher.run(server.event_id)
        cold_s = time.perf_counter() - start
        warm_s = median_seconds(lambda: refresher.run(server.event_id), 5)

        def whole_list() -> None:
            """What the refresh read before: every attendee, sparse, pages of 2,000."""
            for number in range(1, rows // 2000 + 2):
                page = client.attendees_page(server.event_id, number, 2000, fields=STATUS_FIELDS)
                if not page.has_next:
                    return

        whole_s = median_seconds(whole_list, 3)
        store.close()
        client.close()
    print(title)
    print(f"- Server start, {args.attendees:,} seeded attendees: {started:.0f} s (not counted).")
    print(
        f"- First download of {rows:,} attendees: {download_s:.2f} s "
        f"({rows / download_s:,.0f} rows/s)."
    )
    print(
        f"- Upload of {report.uploaded:,} queued check-ins (admin, attendee PATCH, {WORKERS} "
        f"connections): {upload_s:.2f} s = **{report.uploaded / upload_s:,.1f} check-ins/s**."
    )
    print(
        f"- Check-in-state refresh with {report.uploaded:,} of {rows:,} checked in: first "
        f"**{cold_s:.2f} s**, then {warm_s:.2f} s (median of 5, ETags); the whole list, sparse, "
        f"in pages of 2,000 as the refresh read before: {whole_s:.2f} s (median of 3). With the "
        f"pull job every 10 s a ticket used at another door shows here within {10 + cold_s:.1f} s."
    )


if __name__ == "__main__":
    main()
