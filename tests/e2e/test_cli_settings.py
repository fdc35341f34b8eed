"""An out-of-range numeric override as a kiosk operator meets it: the app refuses to start with
a clear one-line message instead of running a kiosk that never returns to its idle screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli


@pytest.mark.parametrize("value", ["nan", "inf", "-1"])
@pytest.mark.parametrize("verb", [("gui", "--kiosk"), ("status", "--event", "1")])
def test_an_out_of_range_override_refuses_to_start(
    tmp_path: Path, verb: tuple[str, ...], value: str
) -> None:
    env = {"ORGA_APP_KIOSK_RETURN_SECONDS": value, "QT_QPA_PLATFORM": "offscreen"}
    run = run_cli(tmp_path / "data", *verb, device="kiosk-1", env_extra=env)
    assert run.code == 1
    assert "Traceback" not in run.stderr
    assert run.stderr.strip() == (
        f"orga-app: kiosk_return_seconds: {value!r} is out of range (from 1 to 120)"
    )
