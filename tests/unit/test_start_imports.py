"""What a door's start-up imports: libraries and windows its first screen does not use stay out
of the process, since every import is paid in start-up time and memory before the door can
scan (issue 13; bench/bench_startup.py has the figures)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What the GUI's start loads: the command line, the launcher and the door's main window.
START = """
import json, sys
import orga_app.cli
import orga_app.ui.launch
import orga_app.ui.main_window
print(json.dumps(sorted(sys.modules)))
"""


def modules_after(code: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], check=False, env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_the_desktop_app_starts_without_an_orm() -> None:
    loaded = top_level(modules_after(START))
    assert "sqlalchemy" in loaded  # the check sees the store's real imports at all
    # The store queries through SQLAlchemy Core only: SQLModel with pydantic under it cost
    # 190 ms of CPU and 26 MB at each start.
    assert {"sqlmodel", "pydantic"} & loaded == set()


def test_the_door_starts_without_the_kiosk_or_the_qr_maker() -> None:
    loaded = modules_after(START)
    assert "orga_app.ui.scanner_setup_dialog" in loaded  # the window's own imports are seen
    # The kiosk's screens, PIN guard and speech are built only by `gui --kiosk`; segno only
    # draws the scanner set-up's test code, when that dialog opens.
    assert {"orga_app.ui.kiosk", "orga_app.ui.kiosk_screens", "segno"} & loaded == set()
