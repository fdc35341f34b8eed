"""A USB scanner at a real X server: the app as a process under Xvfb, xdotool typing codes as an
HID scanner does (a Shift press around every capital letter, keys 5 ms apart), the check-ins
read back through `orga-app status` (issue 9 item 1, end to end). And the kiosk, unmapped
behind its back as a desktop switch does, maps itself again (item 11).

Needs Xvfb and xdotool (Makefile SYSTEM_PACKAGES; CI installs them); skipped without them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from orga_app.paths import log_dir
from orga_app.scan.scanner_setup import SCANNER_TEST_CODE, Burst, Terminator, analyse, save_result
from orga_app.settings import Settings
from orga_app.ui.kiosk_pin import hash_pin
from tests.e2e.app_process import app_process, end_cleanly

XVFB = shutil.which("Xvfb")
XDOTOOL = shutil.which("xdotool")
pytestmark = pytest.mark.skipif(
    XVFB is None or XDOTOOL is None,
    reason="needs Xvfb and xdotool (Debian packages xvfb, xdotool: `make system` as root)",
)

DEADLINE_S = 60.0  # two shared cores: the app's start-up can take a while
ATTENDEES = (
    "code,first name,last name,email\nJN-0002,Jo,Nakamura,jo@x.org\nKIOSK-0001,Kim,Ode,kim@x.org\n"
)


@pytest.fixture
def display() -> Iterator[str]:
    """A private X server; -displayfd lets it pick a free display number itself."""
    assert XVFB is not None
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [XVFB, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()  # written once the server accepts clients
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def orga_app(data: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "orga_app", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def xdotool(env: dict[str, str], *args: str) -> str:
    assert XDOTOOL is not None
    done = subprocess.run(
        [XDOTOOL, *args], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout


def imported_door(directory: Path) -> tuple[Path, str, Settings]:
    """A serverless door (the attendees above imported through the CLI) opening on that event,
    without sound or camera: its data dir, event id and settings."""
    data = directory / "door"
    data.mkdir()
    csv_file = directory / "list.csv"
    csv_file.write_text(ATTENDEES, encoding="utf-8")
    imported = orga_app(data, "import", "--csv", str(csv_file), "--event-name", "Door", "--json")
    event_id = str(json.loads(imported)["event"])
    settings = Settings(data)
    settings.set("last_event_id", event_id)
    settings.set("sound", False)
    settings.set("camera", "")
    return data, event_id, settings


def x_display(display: str) -> dict[str, str]:
    """The environment of a program on that X server (the app, xdotool)."""
    return {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}


def focus_app(env: dict[str, str]) -> None:
    window = xdotool(env, "search", "--sync", "--onlyvisible", "--name", "Orga App").split()[0]
    xdotool(env, "windowfocus", "--sync", window)  # no window manager: focus it directly


def wait_checked_in(data: Path, event_id: str, count: int) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while checked_in(data, event_id) < count and time.monotonic() < deadline:
        time.sleep(0.2)
    assert checked_in(data, event_id) == count


def checked_in(data: Path, event_id: str) -> int:
    status = json.loads(orga_app(data, "status", "--event", event_id, "--json"))
    return int(status["checked_in"])


def test_codes_typed_by_xdotool_with_shift_are_checked_in(tmp_path: Path, display: str) -> None:
    data, event_id, _ = imported_door(tmp_path)
    env = x_display(display)
    with app_process(data, ready=f"event {event_id} open", env=env) as app:
        focus_app(env)
        # a scanner that ends codes with Enter, then one that sends none (silence ends it)
        xdotool(env, "type", "--delay", "5", "JN-0002\n")
        xdotool(env, "type", "--delay", "5", "KIOSK-0001")
        wait_checked_in(data, event_id, 2)
        end_cleanly(app)


def test_a_set_up_scanner_with_prefix_and_doubled_output_checks_in_once(
    tmp_path: Path, display: str
) -> None:
    """Issue 15: what the scanner set-up saved (a "]Q1" prefix, every code sent twice) corrects
    keys typed at a real X server: one burst holding both copies and no Enter, then two bursts
    each ended by Enter. Each ticket is checked in once and the scan log holds one scan each."""
    data, event_id, settings = imported_door(tmp_path)
    learned = analyse([Burst("]Q1" + SCANNER_TEST_CODE, Terminator.NONE)] * 2)
    save_result(settings, "scanner", learned)  # what the set-up window saves
    env = x_display(display)
    with app_process(data, ready=f"event {event_id} open", env=env) as app:
        focus_app(env)
        xdotool(env, "type", "--delay", "5", "]Q1JN-0002]Q1JN-0002")
        # a person's pause before the next ticket: two xdotool runs follow each other within
        # the 45 ms of one burst, which no door team manages (the copies come within ms)
        time.sleep(0.5)
        xdotool(env, "type", "--delay", "5", "]Q1KIOSK-0001\n]Q1KIOSK-0001\n")
        wait_checked_in(data, event_id, 2)
        time.sleep(1.0)  # a wrongly kept second copy would be logged by now
        status = json.loads(orga_app(data, "status", "--event", event_id, "--json"))
        assert status["throughput"]["verdicts_timed"] == 2  # one scan per ticket, no duplicate
        end_cleanly(app)


def test_an_unmapped_kiosk_shows_itself_again(tmp_path: Path, display: str) -> None:
    data, _, settings = imported_door(tmp_path)
    settings.set("kiosk_pin_hash", hash_pin("2468", iterations=1000))
    env = x_display(display)
    with app_process(data, "--kiosk", ready="kiosk shows idle", env=env) as kiosk:
        find = ("search", "--sync", "--onlyvisible", "--name", "self check-in")
        window = xdotool(env, *find).split()[0]
        xdotool(env, "windowunmap", "--sync", window)  # as a desktop switch or a WM would
        # --sync waits until a visible window has that name again (xdotool() times out at 60 s)
        assert xdotool(env, *find).split()[0] == window
        end_cleanly(kiosk)
    assert "was hidden or minimised" in (log_dir(data) / "orga-app.log").read_text(encoding="utf-8")
