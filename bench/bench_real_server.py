"""Download benchmark against the REAL Open Event server on loopback (needs ../shared).

Run: python bench/bench_real_server.py [--attendees 5000]
Starts fossasia/open-event-server through ../shared/real-servers/open-event-server/start with a
fresh database of N attendees (not counted), then measures the app's first full download as the
event owner (SyncEngine.run: pages of 1,000, include=order,ticket, into a new store) in rows/s.
Upload rate and the check-in-state refresh on the real server are bench_real_sync.py's.
Prints a Markdown section. One run, on whatever else this machine is doing: see the load line.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from orga_app.store.db import Store  # noqa: E402 - after the path set-up
from orga_app.sync.engine import SyncEngine  # noqa: E402
from orga_app.sync.openevent import OpenEventBackend, OpenEventClient  # noqa: E402
from tests.real import oes  # noqa: E402


def signed_in(server: oes.RealServer, role: str) -> OpenEventClient:
    account = server.account(role)
    client = OpenEventClient(server.url, timeout=120)
    client.login(account.email, account.password)
    return client


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=5000)
    args = parser.parse_args()
    if oes.open_event_dir() is None:
        print(f"### Real Open Event server\n\nNot run: no {oes.real_servers_dir()}.")
        return 0
    t0 = time.perf_counter()
    # Seeding commits one order at a time: thousands of attendees take many minutes.
    seeding = oes.START_TIMEOUT_S + 0.5 * args.attendees
    with (
        tempfile.TemporaryDirectory() as tmp,
        oes.running(args.attendees, timeout=seeding) as server,
    ):
        started = time.perf_counter() - t0
        root = Path(tmp)
        event = server.event_id

        owner = signed_in(server, "owner")
        store = Store(root / "owner.sqlite")
        engine = SyncEngine(store, OpenEventBackend(owner))
        engine.refresh_events()
        start = time.perf_counter()
        report = engine.run(event)
        download_s = time.perf_counter() - start
        assert report.error is None, report
        rows = report.downloaded
        store.close()
        owner.close()
    load = os.getloadavg()[0]
    print(
        "### Download from the real Open Event server on loopback "
        f"(`python bench/bench_real_server.py --attendees {args.attendees}`)\n"
    )
    print(f"- Server start, {args.attendees:,} attendees seeded: {started:.0f} s (not counted).")
    print(
        f"- First download of {rows:,} attendees as the owner (pages of 1,000, "
        f"include=order,ticket): {download_s:.1f} s = **{rows / download_s:,.0f} rows/s**."
    )
    print(f"- 1-minute load average at the end: {load:.1f} (2 cores, shared).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
