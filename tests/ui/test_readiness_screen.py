"""The readiness screen: the lines of the check with symbol, word and colour, the fix under each,
text from outside shown as text; it opens by itself for an event whose list is over an hour old,
and from the events page's "Check readiness"."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from orga_app.app import AppContext
from orga_app.demo.tickets import make_ticket_video
from orga_app.readiness.lines import Level, Readiness
from orga_app.readiness.run import DoctorOptions, check_event
from orga_app.store import events as event_queries
from orga_app.store.models import SYNC_STATE
from orga_app.ui.readiness import LOOKS, ReadinessDialog
from orga_app.ui.tasks import TaskRunner
from orga_app.ui.theme import contrast_ratio
from tests.helpers import EVENT_ID, Seeded
from tests.ui.conftest import MakeWindow

HOSTILE = '<b style="color:green">✔ READY</b>'


def downloaded(seeded: Seeded, ago: timedelta) -> None:
    with seeded.store.write() as conn:
        stamp = (datetime.now(UTC) - ago).isoformat()
        event_queries.set_full_download(conn, EVENT_ID, stamp)


def blank_video(path: Path) -> Path:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 10, (320, 240))
    for _ in range(5):
        writer.write(np.full((240, 320, 3), 180, dtype=np.uint8))
    writer.release()
    return path


def labels(dialog: ReadinessDialog) -> list[QLabel]:
    return dialog.rows.findChildren(QLabel)


def test_the_screen_shows_each_line_with_its_fix_and_outside_text_as_text(
    qtbot: QtBot, ctx: AppContext, seeded: Seeded, tmp_path: Path
) -> None:
    downloaded(seeded, timedelta(minutes=5))
    ctx.settings.set("camera", str(blank_video(tmp_path / "blank.avi")))
    with seeded.store.write() as conn:  # a server's reason for pausing, with markup in it
        conn.execute(SYNC_STATE.insert().values(event_id=EVENT_ID, paused_reason=HOSTILE))
    tasks = TaskRunner()

    def checker(options: DoctorOptions) -> Readiness:
        return check_event(ctx.store, ctx.settings, EVENT_ID, None, options)

    dialog = ReadinessDialog(tasks, checker, "Test Conference")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.checked, timeout=15_000):
        dialog.check()

    report = dialog.report
    assert report is not None and not report.ready
    assert report.line("outbox").level is Level.RED  # the paused queue
    assert report.line("camera").level is Level.AMBER  # pictures, no code
    texts = [label.text() for label in labels(dialog)]
    assert "✖ Fix" in texts and "⚠ Look" in texts and "✔ OK" in texts
    assert f"Uploads are paused: {HOSTILE}" in texts  # shown literally
    assert any(t.startswith("Fix: Hold a ticket") for t in texts)
    assert all(label.textFormat() is Qt.TextFormat.PlainText for label in labels(dialog))
    assert dialog.summary.text().startswith("✖ Not ready: fix the 1 line marked Fix")
    tasks.shutdown()


def test_every_mark_is_a_symbol_and_a_word_readable_on_its_tint() -> None:
    symbols = {symbol for symbol, _, _, _ in LOOKS.values()}
    assert len(symbols) == len(LOOKS)
    for _symbol, word, fg, bg in LOOKS.values():
        assert word and contrast_ratio(fg, bg) >= 4.5


def test_an_event_downloaded_over_an_hour_ago_opens_the_check_by_itself(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    downloaded(seeded, timedelta(hours=2))
    window = make_window()
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.events.list.count() == 1)
    qtbot.mouseClick(window.events.open_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: bool(window.findChildren(ReadinessDialog)), timeout=5000)
    (dialog,) = window.findChildren(ReadinessDialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15_000)
    assert dialog.report is not None
    assert dialog.report.line("download").level is Level.AMBER
    assert "2 h ago" in str(dialog.report.line("download").detail)
    dialog.close()


def test_a_fresh_list_opens_no_check_but_the_events_page_button_does(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    downloaded(seeded, timedelta(minutes=10))
    window = make_window()
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.events.list.count() == 1)
    qtbot.mouseClick(window.events.open_button, Qt.MouseButton.LeftButton)
    assert not window.findChildren(ReadinessDialog)  # open_event would have shown it already

    window.show_events()
    qtbot.waitUntil(window.events.readiness_button.isEnabled)
    qtbot.mouseClick(window.events.readiness_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.findChildren(ReadinessDialog)), timeout=5000)
    (dialog,) = window.findChildren(ReadinessDialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15_000)
    assert dialog.report is not None and dialog.report.line("download").level is Level.GREEN
    dialog.close()


def test_a_camera_the_scanner_runs_is_watched_not_opened_twice(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded, tmp_path: Path
) -> None:
    downloaded(seeded, timedelta(minutes=10))
    video = tmp_path / "ticket.avi"
    make_ticket_video(video, [seeded.rows[0]["code"]], width=480, height=360, fps=15,
                      seconds_per_ticket=6.0, gap_seconds=0.1, effects=("plain",))  # fmt: skip
    window = make_window()
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.events.list.count() == 1)
    qtbot.mouseClick(window.events.open_button, Qt.MouseButton.LeftButton)
    # the settings name a camera that does not exist: opening it again would be red
    window.ctx.settings.set("camera", str(tmp_path / "not-this-one.avi"))
    with qtbot.waitSignal(window.scanner.cameras.frame, timeout=10_000):
        window.scanner.start_camera(str(video))

    dialog = window.open_readiness(EVENT_ID)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15_000)

    assert dialog.report is not None
    camera = dialog.report.line("camera")
    assert camera.level is Level.GREEN and str(camera.detail) == "Opens and reads codes."
    dialog.close()


def test_closing_the_screen_while_the_server_is_slow_is_safe(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    """The answer of a check still running when the screen is closed (and deleted) is dropped,
    not written into deleted widgets."""
    downloaded(seeded, timedelta(minutes=10))
    window = make_window()
    release = threading.Event()
    ctx = window.ctx

    def slow(options: DoctorOptions) -> Readiness:
        release.wait(10)
        return check_event(ctx.store, ctx.settings, EVENT_ID, None, options)

    dialog = ReadinessDialog(window.tasks, slow, "Test Conference", None, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.check()
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        dialog.close()
    release.set()
    qtbot.waitUntil(lambda: window.tasks.active == 0, timeout=15_000)


# Offscreen there is no window manager to raise a window or pass size hints to: platform noise.
@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_asking_again_checks_again_in_the_same_screen(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    downloaded(seeded, timedelta(minutes=10))
    window = make_window()
    window.show()
    first = window.open_readiness(EVENT_ID)
    assert first is not None
    qtbot.waitUntil(lambda: first.report is not None, timeout=15_000)
    shown = first.report

    with qtbot.waitSignal(first.checked, timeout=15_000):
        again = window.open_readiness(EVENT_ID)

    assert again is first and len(window.findChildren(ReadinessDialog)) == 1
    assert first.report is not shown  # a new check, not the old answer
    first.close()
