"""Export from the GUI writes the same CSV as the command line, off the GUI thread."""

from __future__ import annotations

import csv
import stat
from pathlib import Path

from pytestqt.qtbot import QtBot

from orga_app.core.verdict import Source
from orga_app.store import csvio
from orga_app.ui.export_dialog import ExportKind, filters
from tests.helpers import EVENT_ID, Seeded, add_attendees, attendee_row
from tests.ui.conftest import MakeWindow
from tests.ui.test_screens import open_event


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_export_attendees_and_scan_log(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded, tmp_path: Path
) -> None:
    window = open_event(qtbot, make_window)
    assert window.export_action.isVisible()
    with qtbot.waitSignal(window.scanner.result_shown, timeout=5000):
        window.scanner.submit(seeded.rows[2]["code"], Source.MANUAL)
    with qtbot.waitSignal(window.scanner.result_shown, timeout=5000):
        window.scanner.submit("not-a-ticket", Source.MANUAL)

    target = tmp_path / "out" / "attendees.csv"
    target.parent.mkdir()
    with qtbot.waitSignal(window.exporter.finished, timeout=5000) as done:
        assert window.export_csv(ExportKind.ATTENDEES, target)
    assert done.args == ["attendees", str(target), 5]
    rows = read_csv(target)
    assert tuple(rows[0]) == csvio.EXPORT_HEADER
    assert sorted(r["lastname"] for r in rows) == [f"Number{i}" for i in range(5)]
    checked = [r for r in rows if r["checked_in"] == "1"]
    assert [(r["firstname"], r["checkin_devices"]) for r in checked] == [("Person2", "door-1")]
    assert "5 attendees" in window.notice.text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # personal data: owner only

    log_target = tmp_path / "out" / "scans.csv"
    with qtbot.waitSignal(window.exporter.finished, timeout=5000) as done:
        window.export_csv(ExportKind.SCAN_LOG, log_target)
    assert done.args[2] == 2
    scans = read_csv(log_target)
    assert [(s["verdict"], s["source"]) for s in scans] == [
        ("checked_in", "manual"),
        ("unknown", "manual"),
    ]
    assert stat.S_IMODE(log_target.stat().st_mode) == 0o600
    assert not list((tmp_path / "out").glob(".*part"))  # no temporary files left


def test_a_large_export_reports_progress(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded, tmp_path: Path
) -> None:
    add_attendees(seeded.store, [attendee_row(100 + i, f"G{i}", f"V{i}") for i in range(2495)])
    window = open_event(qtbot, make_window)
    reports: list[tuple[int, int]] = []
    window.exporter.progress.connect(lambda done, total: reports.append((done, total)))
    target = tmp_path / "big.csv"
    with qtbot.waitSignal(window.exporter.finished, timeout=15000):
        window.export_csv(ExportKind.ATTENDEES, target)
    assert reports == [(2000, 2500), (2500, 2500)]
    assert len(read_csv(target)) == 2500
    assert window.exporter.dialog is None and not window.exporter.running


def test_export_into_a_missing_folder_fails_with_a_message(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = open_event(qtbot, make_window)
    with qtbot.waitSignal(window.exporter.failed, timeout=5000) as failed:
        window.export_csv(ExportKind.ATTENDEES, tmp_path / "nowhere" / "a.csv")
    assert failed.args[0]
    assert window.notice.text() == failed.args[0]
    assert not window.exporter.running


def test_the_file_type_filter_chooses_what_to_export() -> None:
    assert set(filters().values()) == set(ExportKind)
    assert EVENT_ID  # the same event the window opened
