"""Runs `python -m orga_app` as a subprocess with a temporary data dir, the way a script would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    def lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]

    def one(self) -> dict[str, Any]:
        (obj,) = self.lines()
        return obj


def run_cli(
    data_dir: Path,
    *args: str,
    device: str,
    stdin: str | None = None,
    env_extra: dict[str, str] | None = None,
) -> Run:
    """The developer's own ORGA_APP_* settings never leak in; the device name is fixed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ORGA_APP_")}
    env["ORGA_APP_DEVICE_NAME"] = device
    env["ORGA_APP_LANGUAGE"] = "en"  # people's lines follow LANG otherwise; tests read English
    env.update(env_extra or {})
    done = subprocess.run(
        [sys.executable, "-m", "orga_app", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)
