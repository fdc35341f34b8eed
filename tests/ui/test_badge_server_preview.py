"""The Badges… preview shows what the printer gets (pytest-qt, offscreen, a real store): the
server's badge form of the preview attendee's ticket type, at the form's own size, and the
door's own layout at the chosen size once the setting says `builtin`."""

from __future__ import annotations

import json

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from orga_app.app import AppContext
from orga_app.store import badge_layouts
from orga_app.store.badge_layouts import StoredLayout
from orga_app.ui.badge_settings import BadgeSettingsDialog
from tests.badges.server_forms import recorded_form
from tests.helpers import EVENT_ID, TICKET_ID, Seeded
from tests.ui.conftest import MakeWindow
from tests.ui.test_screens import open_event


def _ratio(dialog: BadgeSettingsDialog) -> float:
    size = dialog.preview.pixmap().size()
    return float(size.width() / size.height())


def _speaker_form(seeded: Seeded) -> None:
    """The seeded ticket type prints with a recorded server form of 100 x 70 mm, landscape."""
    form = {**recorded_form(), "badge-size": "100 x 70 mm", "badge-orientation": "Landscape"}
    with seeded.store.write() as conn:
        badge_layouts.replace_layouts(
            conn, EVENT_ID,
            [StoredLayout("speaker-badge", "openevent", json.dumps(form), "speaker-badge")],
            {TICKET_ID: "speaker-badge"},
        )  # fmt: skip


def test_preview_uses_the_tickets_server_form(
    qtbot: QtBot, make_window: MakeWindow, ctx: AppContext, seeded: Seeded
) -> None:
    _speaker_form(seeded)
    ctx.settings.set("badge_size", "a6")  # upright: the form's landscape size must win
    window = open_event(qtbot, make_window)
    dialog = window.open_badges()
    qtbot.waitUntil(lambda: dialog.attendee_id is not None)
    assert abs(_ratio(dialog) - 100 / 70) < 0.02
    dialog.reject()

    ctx.settings.set("badge_layout", "builtin")
    builtin = window.open_badges()
    qtbot.waitUntil(lambda: builtin.attendee_id is not None)
    assert abs(_ratio(builtin) - 105 / 148) < 0.02  # the door's own A6
    builtin.reject()


def test_the_organizer_picks_the_layout_in_the_dialog(
    qtbot: QtBot, make_window: MakeWindow, ctx: AppContext, seeded: Seeded
) -> None:
    _speaker_form(seeded)
    ctx.settings.set("badge_size", "a6")
    window = open_event(qtbot, make_window)
    dialog = window.open_badges()
    qtbot.waitUntil(lambda: dialog.attendee_id is not None)
    assert dialog.layout_pick.currentData() == "server"
    assert abs(_ratio(dialog) - 100 / 70) < 0.02
    # The live preview follows the pick before anything is saved.
    dialog.layout_pick.setCurrentIndex(dialog.layout_pick.findData("builtin"))
    assert abs(_ratio(dialog) - 105 / 148) < 0.02
    assert ctx.settings.get("badge_layout") == "server"
    dialog.accept()
    assert ctx.settings.get("badge_layout") == "builtin"
    # Opened again, the dialog shows the saved pick.
    again = window.open_badges()
    assert again.layout_pick.currentData() == "builtin"
    again.reject()


def test_closing_the_dialog_before_its_attendee_is_read_is_harmless(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window = open_event(qtbot, make_window)
    qtbot.waitUntil(lambda: window.tasks.active == 0)
    dialog = window.open_badges()
    assert window.tasks.active == 1  # the preview attendee is being read
    dialog.reject()  # deleted on close: delete it now, before the read comes back
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)
    # The read's answer reaches a dialog that is gone: no error in the event loop (pytest-qt
    # fails the test on one).
    qtbot.waitUntil(lambda: window.tasks.active == 0)
