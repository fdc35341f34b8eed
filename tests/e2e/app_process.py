"""The desktop app as a real process, for the end-to-end tests: started on a data dir
(offscreen unless the test gives it a display), waited for through its log file, ended by a
signal as the OS or a service manager ends it, and checked to have exited cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pytest

from orga_app.paths import log_dir

START_TIMEOUT_S = 60.0  # two cores shared with other test runs: start-up can be slow
EXIT_TIMEOUT_S = 20.0


def wait_for_log(child: subprocess.Popen[str], data: Path, needle: str) -> None:
    """Poll the app's log file until it holds `needle` (the app logs the event it opened and
    the kiosk the screen it shows); a fixed sleep was too short on a loaded machine."""
    log_file = log_dir(data) / "orga-app.log"
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if child.poll() is not None:
            pytest.fail(f"the app exited early: {child.communicate()}")
        if log_file.exists() and needle in log_file.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.1)
    pytest.fail(f"the app did not log {needle!r} within {START_TIMEOUT_S} s")


@contextmanager
def app_process(
    data: Path, *args: str, ready: str, env: Mapping[str, str] | None = None
) -> Iterator[subprocess.Popen[str]]:
    """`orga-app --data-dir DATA gui ARGS` as a child process, once its log holds `ready`;
    `env` is laid over this process's (QT_QPA_PLATFORM=offscreen unless it says otherwise).
    Killed at the end if the test left it running."""
    child = subprocess.Popen(
        [sys.executable, "-m", "orga_app", "--data-dir", str(data), "gui", *args],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_log(child, data, ready)
        yield child
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()


def end_cleanly(
    child: subprocess.Popen[str], signum: int = signal.SIGTERM, timeout: float = EXIT_TIMEOUT_S
) -> None:
    """Send `signum` (SIGTERM: shutdown, `systemctl stop`); fails the test unless the app
    exits within `timeout` with code 0 and no traceback."""
    child.send_signal(signum)
    _, stderr = child.communicate(timeout=timeout)
    assert child.returncode == 0, stderr
    assert "Traceback" not in stderr
