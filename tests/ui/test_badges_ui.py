"""Badges in the window and the kiosk (pytest-qt, offscreen, a real store and a real CUPS queue):
a check-in at the door prints by the mode, the list reprints, a paused printer shows why and a
Retry badges button that prints it once fixed, the kiosk prints on self check-in, and the
Badges… dialog previews a real attendee and saves the choices."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from orga_app.app import AppContext
from orga_app.core.verdict import Mode, Source
from orga_app.store import badge_jobs
from orga_app.store.badge_jobs import JobState
from orga_app.ui.badge_door import BadgeDoor
from orga_app.ui.kiosk_pin import hash_pin
from orga_app.ui.launch import make_kiosk_window
from tests.badges.cups import CupsQueue
from tests.helpers import (
    EVENT_ID,
    Seeded,
    add_attendees,
    attendee_row,
    outbox_rows,
    seeded_store,
)
from tests.ui.conftest import MakeWindow
from tests.ui.test_screens import open_event

TIMEOUT = 60_000  # a print goes through cupsd and its filters


def _printing(ctx: AppContext, queue: CupsQueue, mode: str = "once") -> None:
    ctx.settings.set("badge_printer", queue.name)
    ctx.settings.set("badge_mode", mode)
    ctx.settings.set("badge_size", "cr80")


def _printed(seeded: Seeded) -> list[int]:
    return [j.attendee_id for j in badge_jobs.event_jobs(seeded.store, EVENT_ID, JobState.PRINTED)]


def test_check_in_prints_and_the_list_reprints(
    qtbot: QtBot, make_window: MakeWindow, ctx: AppContext, seeded: Seeded, cups_queue: CupsQueue
) -> None:
    _printing(ctx, cups_queue)
    window = open_event(qtbot, make_window)
    first = seeded.rows[0]
    result = seeded.service.scan(EVENT_ID, first["code"], Mode.CHECK_IN, Source.CAMERA)
    with qtbot.waitSignal(window.badges.notice, timeout=TIMEOUT) as printed:
        window.scanner.show_result(result, Source.CAMERA)
    assert printed.args[0] == f"Badge printed: {first['firstname']} {first['lastname']}"
    assert window.notice.text() == printed.args[0]

    page = window.attendees
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(seeded.rows))
    page.table.selectRow(0)
    qtbot.waitUntil(page.badge_action.isEnabled)
    chosen = page.selected
    assert chosen is not None
    with qtbot.waitSignal(window.badges.notice, timeout=TIMEOUT):
        page.badge_action.trigger()  # the row's context menu: a reprint
    assert sorted(_printed(seeded)) == sorted([first["id"], chosen.id])


def test_a_paused_printer_says_why_and_retry_prints(
    qtbot: QtBot, make_window: MakeWindow, ctx: AppContext, seeded: Seeded, cups_queue: CupsQueue
) -> None:
    _printing(ctx, cups_queue)
    window = open_event(qtbot, make_window)
    row = seeded.rows[1]
    result = seeded.service.scan(EVENT_ID, row["code"], Mode.CHECK_IN, Source.CAMERA)
    cups_queue.disable()
    try:
        with qtbot.waitSignal(window.badges.held, timeout=TIMEOUT):
            window.scanner.show_result(result, Source.CAMERA)
        assert "paused" in window.notice.text() and cups_queue.name in window.notice.text()
        assert window.retry_badges.isVisible()
        assert window.retry_badges.text() == "Retry badges (1)"
        # the check-in stands, queued for upload, without a print log entry
        assert [r["action"] for r in outbox_rows(seeded.store)] == ["check_in"]
    finally:
        cups_queue.enable()
    with qtbot.waitSignal(window.badges.held, timeout=TIMEOUT) as held:
        window.retry_badges.click()
    assert held.args == [0]
    assert not window.retry_badges.isVisible()
    assert _printed(seeded) == [row["id"]]


def test_the_kiosk_prints_on_self_check_in(
    qtbot: QtBot, ctx: AppContext, seeded: Seeded, cups_queue: CupsQueue
) -> None:
    _printing(ctx, cups_queue, "always")
    ctx.settings.set("camera", "")  # no camera here: scans come as from a USB scanner
    ctx.settings.set("speech", "off")  # no speech engine on a test machine
    ctx.settings.set("kiosk_pin_hash", hash_pin("2468", iterations=1000))
    kiosk = make_kiosk_window(ctx, sync=None)
    qtbot.addWidget(kiosk)
    try:
        kiosk.show()
        kiosk.start(EVENT_ID)
        qtbot.waitUntil(lambda: kiosk.event_id == EVENT_ID and kiosk.tasks.active == 0)
        assert kiosk.badges is not None
        with qtbot.waitSignal(kiosk.badges.notice, timeout=TIMEOUT) as notice:
            kiosk.submit(seeded.rows[2]["code"])
        assert notice.args[0].startswith("Badge printed:")
        assert _printed(seeded) == [seeded.rows[2]["id"]]
    finally:
        kiosk.shutdown()


def test_badge_settings_preview_a_real_attendee_and_save(
    qtbot: QtBot, make_window: MakeWindow, ctx: AppContext, seeded: Seeded
) -> None:
    window = open_event(qtbot, make_window)
    dialog = window.open_badges()
    qtbot.waitUntil(lambda: dialog.attendee_id is not None)
    assert dialog.who.text().startswith("Preview: Person")
    before = dialog.preview.pixmap().size()
    dialog.badge_size.setCurrentIndex(dialog.badge_size.findData("a6"))
    after = dialog.preview.pixmap().size()
    assert after.height() > after.width() and before != after  # A6 stands upright
    dialog.mode.setCurrentIndex(dialog.mode.findData("once"))
    dialog.ticket_modes.setText("VIP = always; nonsense")
    dialog.accept()
    assert ctx.settings.get("badge_size") == "a6"
    assert ctx.settings.get("badge_mode") == "once"
    assert ctx.settings.get("badge_ticket_modes") == "vip=always"


def test_switching_accounts_moves_the_badge_queue_to_the_new_store(
    qtbot: QtBot, ctx: AppContext, seeded: Seeded, tmp_path: Path
) -> None:
    ctx.settings.set("badge_printer", "NoSuchPrinter")  # held at once: no CUPS needed
    door = BadgeDoor(ctx.store, ctx.settings)
    door.start()
    other = seeded_store(tmp_path / "other-account", 1)
    other_store = other.store
    add_attendees(other_store, [attendee_row(501, "Olga", "Other")])
    try:
        door.set_context(AppContext(tmp_path, ctx.settings, other_store, other.service))
        with qtbot.waitSignal(door.notice, timeout=TIMEOUT) as notice:
            door.reprint(501)
        assert notice.args[0].startswith("Badge of Olga Other not printed")
        assert [j.attendee_id for j in badge_jobs.event_jobs(other_store, EVENT_ID)] == [501]
        assert badge_jobs.event_jobs(ctx.store, EVENT_ID) == []
    finally:
        door.stop()
        other_store.close()
