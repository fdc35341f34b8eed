"""Sync benchmark against the demo server on loopback.

Run: python bench/bench_sync.py [--attendees 100000] [--uploads 5000]
Prints a Markdown section: download rows/s end to end; upload of queued check-ins with 50 ms
injected server latency, 16 connections vs one request at a time. The server runs in its own
process (`orga-app demo-server`), as a real server would, so it does not share our GIL.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, Source
from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD, sample_ticket_codes
from orga_app.store.db import Store
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.engine import SyncEngine
from orga_app.sync.openevent import OpenEventBackend, OpenEventClient


def queue_checkins(store: Store, codes: list[str]) -> None:
    service = CheckInService(StoreCheckInRepository(store), lambda: "bench-door")
    for code in codes:
        service.scan("1", code, Mode.CHECK_IN, Source.CAMERA)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def upload_run(
    url: str, root: Path, name: str, codes: list[str], workers: int
) -> tuple[int, float]:
    """Queue check-ins for `codes` (those already checked in queue nothing), then upload."""
    client = OpenEventClient(url, timeout=30, max_connections=workers)
    client.login(DEMO_EMAIL, DEMO_PASSWORD)
    store = Store(root / f"{name}.sqlite")
    engine = SyncEngine(store, OpenEventBackend(client), workers=workers)
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
        port = free_port()
        server_db = root / "server.sqlite"
        t0 = time.perf_counter()
        server = subprocess.Popen(
            [sys.executable, "-m", "orga_app", "demo-server", "--port", str(port),
             "--attendees", str(args.attendees), "--db", str(server_db)],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert server.stdout is not None
        server.stdout.readline()  # the URL line: serving from now on
        hook_key = ""
        while not hook_key:  # the fault switches need the per-run key it prints
            line = server.stdout.readline()
            if not line:
                raise SystemExit("the demo server printed no X-Demo-Key")
            if "X-Demo-Key:" in line:
                hook_key = line.rsplit(":", 1)[1].strip()
        generated = time.perf_counter() - t0
        url = f"http://127.0.0.1:{port}"
        try:
            client = OpenEventClient(url, timeout=30)
            client.login(DEMO_EMAIL, DEMO_PASSWORD)
            store = Store(root / "download.sqlite")
            engine = SyncEngine(store, OpenEventBackend(client))
            engine.refresh_events()
            start = time.perf_counter()
            rows = engine.run("1").downloaded
            download_s = time.perf_counter() - start
            start = time.perf_counter()
            again = engine.run("1").downloaded
            again_s = time.perf_counter() - start
            store.close()
            client.close()

            codes = [c for _, c in sample_ticket_codes(server_db, 1)]
            httpx.post(
                f"{url}/_demo/faults", json={"latency": 0.05}, headers={"X-Demo-Key": hook_key}
            ).raise_for_status()
            parallel_n, parallel_s = upload_run(
                url, root, "parallel", codes[: args.uploads], args.workers
            )
            serial_codes = codes[args.uploads : args.uploads + args.serial_uploads]
            serial_n, serial_s = upload_run(url, root, "serial", serial_codes, 1)
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(
        "### Sync against the demo server on loopback (`python bench/bench_sync.py "
        f"--attendees {args.attendees} --uploads {args.uploads}`)\n"
    )
    print(f"- Server start with sample generation: {generated:.1f} s (not counted).")
    print(
        f"- First download of {rows:,} attendees (pages of 1,000, include=order,ticket, one "
        f"transaction per page): {download_s:.2f} s = **{rows / download_s:,.0f} rows/s** "
        "end to end (target ≥ 10,000/s, ≤ 15 s)."
    )
    print(
        f"- A second full download of the unchanged list: {again_s:.2f} s = "
        f"{again / again_s:,.0f} rows/s."
    )
    print(
        f"- Upload of {parallel_n:,} queued check-ins, 50 ms injected latency, {args.workers} "
        f"connections: {parallel_s:.2f} s = **{parallel_n / parallel_s:,.0f} check-ins/s** "
        "(target ≥ 200/s)."
    )
    print(
        f"- The same, one request at a time ({serial_n} check-ins): {serial_s:.2f} s = "
        f"{serial_n / serial_s:,.0f} check-ins/s."
    )


if __name__ == "__main__":
    main()
