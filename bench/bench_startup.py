"""Start-up benchmark: process start → scan-ready, and peak memory, with 100,000 attendees.

A data dir is filled through the store's own functions (an event with N attendees, the settings
of a signed-in door that re-opens its last event), then `python -m orga_app --data-dir DIR gui`
runs offscreen with $ORGA_APP_EXIT_WHEN_READY=1, which prints "scan-ready" once the scanner of
that event is on screen and quits. Wall time is taken from just before the process is spawned to
that line; peak RSS is the child's own ru_maxrss (os.wait4), not the sum of all children.

If run_gui does not call offscreen_check.exit_when_ready yet, the child is a two-line wrapper
that installs the same hook and then calls the same `orga_app.cli.main([... "gui"])`.

Run: python bench/bench_startup.py [--attendees N] [--runs 5]   (prints a Markdown section)
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from orga_app.app import account_store_path
from orga_app.core.codes import ticket_code
from orga_app.settings import Settings
from orga_app.store import attendees, events
from orga_app.store.attendees import AttendeeRow
from orga_app.store.db import Store
from orga_app.ui.offscreen_check import EXIT_WHEN_READY_ENV, SCAN_READY_LINE

EVENT_ID = "4242"
# A server nobody listens on: the door is signed in but has no stored tokens, so it runs from
# its offline store the way it does after a restart without network.
SERVER = "http://127.0.0.1:9"
EMAIL = "door-bench@example.org"
CHUNK = 5_000
TARGET_READY_S = 1.5
TARGET_RSS_MB = 300.0
TIMEOUT_S = 60.0

WRAPPER = """
import sys
from PySide6.QtWidgets import QApplication
from orga_app.ui import main_window, offscreen_check
start = main_window.MainWindow.start
def start_and_watch(self):
    offscreen_check.exit_when_ready(self)
    start(self)
main_window.MainWindow.start = start_and_watch
from orga_app.cli import main
sys.exit(main(["--data-dir", sys.argv[1], "gui"]))
"""


@dataclass(frozen=True)
class Run:
    ready_s: float
    exit_s: float
    peak_rss_mb: float


def make_data_dir(root: Path, n: int) -> Path:
    """A door's data dir: settings of a signed-in account and its store with `n` attendees."""
    data = root / "data"
    data.mkdir()
    settings = Settings(data)
    settings.set("server_url", SERVER)
    settings.set("account_email", EMAIL)
    settings.set("last_event_id", EVENT_ID)
    settings.set("sound", False)
    store = Store(account_store_path(data, settings))
    try:
        with store.write() as conn:
            events.upsert_events(
                conn,
                [{"id": EVENT_ID, "identifier": "bench", "name": "Start-up Bench Con",
                  "starts_at": "2026-11-26T08:00:00+00:00", "ends_at": "2026-11-27T18:00:00+00:00",
                  "timezone": "UTC", "is_local": False,
                  "last_full_download_at": "2026-11-25T12:00:00+00:00"}],
            )  # fmt: skip
        for first in range(1, n + 1, CHUNK):
            rows = [attendee(i) for i in range(first, min(first + CHUNK, n + 1))]
            with store.write() as conn:
                attendees.upsert(conn, rows)
    finally:
        store.close()
    return data


def attendee(i: int) -> AttendeeRow:
    order = f"order-{i // 3:07d}"
    identifier = f"{i:08x}"
    return {
        "id": i,
        "event_id": EVENT_ID,
        "identifier": identifier,
        "order_identifier": order,
        "firstname": f"Person{i}",
        "lastname": f"Number{i % 997}",
        "email": f"person{i}@example.org",
        "code": ticket_code(order, identifier, i),
    }


def run_gui_has_hook() -> bool:
    spec = importlib.util.find_spec("orga_app.ui.launch")
    if spec is None or spec.origin is None:
        return False
    return "exit_when_ready" in Path(spec.origin).read_text(encoding="utf-8")


def command(data: Path, direct: bool) -> list[str]:
    if direct:
        return [sys.executable, "-m", "orga_app", "--data-dir", str(data), "gui"]
    return [sys.executable, "-c", WRAPPER, str(data)]


def run_once(data: Path, direct: bool) -> Run:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", EXIT_WHEN_READY_ENV: "1"}
    ready = threading.Event()
    lines: list[str] = []
    started = time.perf_counter()
    proc = subprocess.Popen(
        command(data, direct), env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True,
    )  # fmt: skip
    ready_at = [0.0]

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.strip() == SCAN_READY_LINE and not ready.is_set():
                ready_at[0] = time.perf_counter()
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not ready.wait(TIMEOUT_S):
        proc.kill()
    # wait4 reaps the child and gives its own resource usage (ru_maxrss in KiB on Linux).
    _, status, usage = os.wait4(proc.pid, 0)
    exited = time.perf_counter()
    proc.returncode = os.waitstatus_to_exitcode(status)
    reader.join(timeout=5)
    if not ready.is_set() or proc.returncode != 0:
        raise SystemExit(f"start-up failed (exit {proc.returncode}): {lines[-5:]}")
    return Run(ready_at[0] - started, exited - started, usage.ru_maxrss / 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--attendees", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    direct = run_gui_has_hook()
    with tempfile.TemporaryDirectory(prefix="orga-bench-startup-") as tmp:
        data = make_data_dir(Path(tmp), args.attendees)
        run_once(data, direct)  # warm-up: the first start after writing pays for the page cache
        runs = [run_once(data, direct) for _ in range(args.runs)]
    ready = [r.ready_s for r in runs]
    rss = [r.peak_rss_mb for r in runs]
    how = (
        "`python -m orga_app --data-dir DIR gui`"
        if direct
        else "the same `orga_app.cli.main([..., 'gui'])` via a wrapper that installs the hook"
    )
    print(
        f"### Start-up ({args.attendees:,} attendees; "
        f"`python bench/bench_startup.py --attendees {args.attendees}`)\n"
    )
    print(
        f"{args.runs} runs after one warm-up, offscreen, {EXIT_WHEN_READY_ENV}=1; child: {how}.\n"
    )
    print("| measure | p50 | max | target |")
    print("|---|---|---|---|")
    print(
        f"| process start → scan-ready | {statistics.median(ready):.2f} s | {max(ready):.2f} s "
        f"| ≤ {TARGET_READY_S} s |"
    )
    exits = [r.exit_s for r in runs]
    print(f"| process start → exited | {statistics.median(exits):.2f} s | {max(exits):.2f} s | |")
    print(
        f"| peak RSS | {statistics.median(rss):.0f} MB | {max(rss):.0f} MB "
        f"| ≤ {TARGET_RSS_MB:.0f} MB |"
    )
    each = ", ".join(f"{r:.2f}" for r in ready)
    print(
        f"\nEach run to scan-ready (s): {each}; load average at the end: {os.getloadavg()[0]:.1f}."
    )
    ok = max(ready) <= TARGET_READY_S and max(rss) <= TARGET_RSS_MB
    print(f"\nTargets {'met' if ok else 'NOT met'} (judged on the max of the runs).")


if __name__ == "__main__":
    main()
