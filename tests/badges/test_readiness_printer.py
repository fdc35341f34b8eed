"""The readiness check's badge printer line against a real CUPS queue (tests/badges/cups.py),
through `orga-app doctor` as a subprocess: no line where no badges print; green for a queue that
takes jobs; red for one disabled with `cupsdisable` and for a printer that is not there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from orga_app.readiness.printer import badges_on
from orga_app.settings import Settings
from tests.badges.cups import CupsQueue
from tests.e2e.cli_runner import run_cli


def doctor(data: Path, event: str) -> tuple[int, dict[str, dict[str, Any]]]:
    done = run_cli(data, "doctor", "--event", event, "--no-camera", "--json", device="badges")
    assert "Traceback" not in done.stderr, done.stderr
    return done.code, {c["check"]: c for c in done.one()["checks"]}


def test_the_printer_line_follows_the_real_queue(tmp_path: Path, cups_queue: CupsQueue) -> None:
    data = tmp_path / "door"
    csv = tmp_path / "list.csv"
    csv.write_text("code,firstname,lastname\nBD-7Q2XK9M4TZ,Zoë,Ångström\n", encoding="utf-8")
    imported = run_cli(data, "import", "--csv", str(csv), "--event-name", "Badges", "--json",
                       device="badges")  # fmt: skip
    assert imported.code == 0, imported.stderr
    event = imported.one()["event"]
    settings = Settings(data)

    code, checks = doctor(data, event)
    assert code == 0 and "printer" not in checks  # this door prints no badges

    settings.set("badge_mode", "once")
    settings.set("badge_printer", cups_queue.name)
    code, checks = doctor(data, event)
    assert code == 0 and checks["printer"]["level"] == "green"

    cups_queue.disable()
    try:
        code, checks = doctor(data, event)
    finally:
        cups_queue.enable()
    assert code == 1 and checks["printer"]["level"] == "red"
    assert "is stopped" in checks["printer"]["detail"]

    settings.set("badge_printer", "NoSuchPrinter")
    code, checks = doctor(data, event)
    assert code == 1 and "is not there" in checks["printer"]["detail"]


def test_badges_are_on_by_the_door_mode_or_any_ticket_types_mode() -> None:
    assert not badges_on("never", "")
    assert not badges_on("never", "Crew=never; typo")
    assert badges_on("never", "VIP=always")
    assert badges_on("once", "")
