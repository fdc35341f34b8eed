"""What every benchmark section says about the machine it ran on: the filesystem under the
store (df -T, stat -f), the load average while it ran, and what one fsync costs there.

The machine is shared (2 cores, other helpers' test suites): a figure without the load it was
taken at says little, so each section prints `LoadWatch.text()` next to its numbers.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import threading
import time
from pathlib import Path


def filesystem(path: Path) -> str:
    """'ext4 on /dev/vda (stat -f: ext2/ext3, block 4096)' for the filesystem holding `path`."""
    df = _run(["df", "-T", str(path)]).splitlines()
    fields = df[-1].split() if len(df) > 1 else []
    device, kind = (fields[0], fields[1]) if len(fields) > 1 else ("?", "?")
    stat = _run(["stat", "-f", "-c", "%T, block %S", str(path)]).strip() or "?"
    options = _mount_options(device)
    return f"{kind} on {device} (stat -f: {stat}; mount: {options}{_queue(device)})"


def _queue(device: str) -> str:
    """What the block device says of its cache: 'write back' means an fsync must also ask the
    device (here a virtual disk) to flush its cache, which other writers on it can hold up."""
    queue = Path("/sys/block") / Path(device).name / "queue"
    try:
        cache = (queue / "write_cache").read_text(encoding="utf-8").strip()
        rotational = (queue / "rotational").read_text(encoding="utf-8").strip()
    except OSError:
        return ""
    return f"; device write cache: {cache}, rotational: {rotational}"


def _mount_options(device: str) -> str:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return "?"
    for line in mounts:
        parts = line.split()
        if len(parts) >= 4 and parts[0] == device and parts[1] == "/":
            return parts[3]
    return next((line.split()[3] for line in mounts if line.startswith(device + " ")), "?")


def _run(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, check=False).stdout
    except OSError:
        return ""


def fsync_cost(directory: Path, rounds: int = 200) -> str:
    """p50/p95 of one 4 KiB write + fdatasync, appending (what a growing WAL does) and
    overwriting (what a WAL does after a checkpoint restarted it), in `directory`."""
    parts = []
    for label, append in (("appending", True), ("overwriting", False)):
        path = directory / f"fsync-probe-{os.getpid()}"
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        try:
            if not append:
                os.pwrite(fd, b"\0" * 4096 * rounds, 0)
                os.fsync(fd)
            took = []
            for i in range(rounds):
                os.pwrite(fd, b"x" * 4096, i * 4096)
                start = time.perf_counter()
                os.fdatasync(fd)
                took.append((time.perf_counter() - start) * 1000)
        finally:
            os.close(fd)
            path.unlink()
        q = statistics.quantiles(took, n=100)
        parts.append(f"{label} p50 {q[49]:.2f} ms, p95 {q[94]:.2f} ms")
    return "4 KiB write + fdatasync: " + "; ".join(parts)


class LoadWatch:
    """Samples the 1-minute load average every `every` seconds until stopped."""

    def __init__(self, every: float = 2.0) -> None:
        self.samples: list[float] = [os.getloadavg()[0]]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every,), daemon=True)
        self._thread.start()

    def _run(self, every: float) -> None:
        while not self._stop.wait(every):
            self.samples.append(os.getloadavg()[0])

    def stop(self) -> LoadWatch:
        self._stop.set()
        self._thread.join()
        self.samples.append(os.getloadavg()[0])
        return self

    def text(self) -> str:
        low, high = min(self.samples), max(self.samples)
        return f"1-minute load average {low:.1f}–{high:.1f} on {os.cpu_count()} cores while it ran"


def utc_stamp() -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())


def pct(values: list[float], q: int) -> float:
    """The q-th percentile (1..99) of `values`."""
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]
