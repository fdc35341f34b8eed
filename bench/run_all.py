"""`make bench`: run every benchmark on this machine and write bench/RESULTS.md.

Each script prints its own Markdown section; this file only runs them one after another (so
they do not compete for the 2 cores) and records the machine they ran on.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
SCRIPTS = (
    "bench_store.py",
    "bench_checkin.py",
    "bench_search.py",
    # Demo server (own process) at 0, 20 and 50 ms per request: downloads and uploads.
    "bench_sync.py",
    # Needs ../shared (the real Open Event server); prints "Not run" without it.
    "bench_real_sync.py",
    "bench_decode.py",
    "bench_scan_paint.py",
    "bench_startup.py",
    # Needs root (a private cupsd); prints "Not run" otherwise.
    "bench_badge.py",
    # Needs ../shared (real pretix and eventyay-tickets, venvs from `make real-server`).
    "bench_pretix.py",
    # The online verdict at a pretix-type door (same fixtures).
    "bench_pretix_online.py",
)


def main() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    sections: list[str] = []
    failed = False
    for name in SCRIPTS:
        script = HERE / name
        if not script.exists():
            continue
        print(f"running {name} ...", flush=True)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True, env=env, check=False
        )
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            failed = True
            sections.append(f"### {name} FAILED (exit {done.returncode})\n\n```\n"
                            f"{done.stderr[-2000:]}\n```")  # fmt: skip
        else:
            sections.append(done.stdout.strip() + f"\n\n_({name} ran for {seconds:.0f} s.)_")
    utc_now = time.strftime("%Y-%m-%d %H:%M", time.gmtime())
    header = (
        "# Benchmark results\n\n"
        f"Written by `make bench` (`python bench/run_all.py`) on {utc_now}"
        f" UTC: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        f", {platform.platform()}. Every figure below comes from that run.\n"
    )
    (HERE / "RESULTS.md").write_text(header + "\n" + "\n\n".join(sections) + "\n")
    print(f"wrote {HERE / 'RESULTS.md'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
