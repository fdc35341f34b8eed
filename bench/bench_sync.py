"""Sync benchmark against the demo server on loopback.

Run: python bench/bench_sync.py [--attendees 100000] [--uploads 5000]
Prints a Markdown section: download rows/s end to end; upload of queued check-ins with 50 ms
injected server latency, 8 connections vs one request at a time.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, Source
from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD, sample_ticket_codes
from orga_app.demo.server import DemoServer
from orga_app.store.db import Store
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.engine import SyncEngine
from orga_app.sync.openevent import OpenEventClient


def queue_checkins(store: Store, codes: list[str]) -> None:
    service = CheckInService(StoreCheckInRepository(store), lambda: "bench-door")
    for code in codes:
        service.scan("1", code, Mode.CHECK_IN, Source.CAMERA)


def upload_run(
    server: DemoServer, root: Path, name: str, codes: list[str], workers: int
) -> tuple[int, float]:
    """Queue check-ins for `codes` (those already checked in queue nothing), then upload."""
    client = OpenEventClient(server.url, timeout=30, max_connections=workers)
    client.login(DEMO_EMAIL, DEMO_PASSWORD)
    store = Store(root / f"{name}.sqlite")
    engine = SyncEngine(store, client, workers=workers)
    engine.run("1")  # download first, so the codes are known
    queue_checkins(store, codes)
    start = time.perf_counter()
    report = engine.run("1", download=False)
    seconds = time.perf_counter() - start
    assert report.pending == 0 and report.failed == 0, report
    client.close()
    store.close()
    return report.uploaded, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=100_000)
    parser.add_argument("--uploads", type=int, default=5000)
    parser.add_argument("--serial-uploads", type=int, default=500)
    parser.add_argument("--workers", type=int, default=16)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        server = DemoServer(root / "server.sqlite", attendees=args.attendees)
        generated = time.perf_counter() - t0
        server.start()
        try:
            client = OpenEventClient(server.url, timeout=30)
            client.login(DEMO_EMAIL, DEMO_PASSWORD)
            store = Store(root / "download.sqlite")
            engine = SyncEngine(store, client)
            engine.refresh_events()
            start = time.perf_counter()
            report = engine.run("1")
            download_s = time.perf_counter() - start
            rows = report.downloaded
            store.close()
            client.close()

            # Only attendees not checked in yet, so every scan queues an upload.
            codes = [c for _, c in sample_ticket_codes(server.db_path, 1)]
            server.set_faults(latency=0.05)
            parallel_n, parallel_s = upload_run(
                server, root, "parallel", codes[: args.uploads], args.workers
            )
            serial_codes = codes[args.uploads : args.uploads + args.serial_uploads]
            serial_n, serial_s = upload_run(server, root, "serial", serial_codes, 1)
        finally:
            server.stop()
    print(
        f"### Sync against the demo server on loopback (`python bench/bench_sync.py "
        f"--attendees {args.attendees} --uploads {args.uploads}`)\n"
    )
    print(f"- Sample generation ({args.attendees:,} attendees): {generated:.1f} s (not counted).")
    print(
        f"- Download of {rows:,} attendees (pages of 1,000, include=order,ticket, one "
        f"transaction per page): {download_s:.2f} s = **{rows / download_s:,.0f} rows/s** "
        "end to end (target ≥ 10,000/s, ≤ 15 s)."
    )
    print(
        f"- Upload of {args.uploads:,} queued check-ins, 50 ms injected latency, 8 connections: "
        f"{parallel_s:.2f} s = **{args.uploads / parallel_s:,.0f} check-ins/s** (target ≥ 200/s)."
    )
    print(
        f"- The same, one request at a time ({args.serial_uploads} check-ins): {serial_s:.2f} s = "
        f"{args.serial_uploads / serial_s:,.0f} check-ins/s."
    )


if __name__ == "__main__":
    main()
