"""The settings dialog and the kiosk with numeric settings at and beyond their declared range:
a person cannot type a value the door cannot use, and a bad stored value never breaks the kiosk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox
from pytestqt.qtbot import QtBot

from orga_app.app import AppContext
from orga_app.settings import SETTINGS, SETTINGS_FILE, Settings
from orga_app.ui.kiosk import KioskWindow
from orga_app.ui.settings_dialog import SettingsDialog
from orga_app.ui.sounds import NullSoundPlayer
from orga_app.ui.tasks import TaskRunner


def type_into(qtbot: QtBot, box: QAbstractSpinBox, text: str) -> None:
    """Select what the field holds and type over it, then leave it as a person would."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Tab)


@pytest.mark.parametrize(
    ("field", "typed"),
    [
        ("kiosk_return_seconds", "-1"),
        ("kiosk_return_seconds", "0"),
        ("kiosk_return_seconds", "99999"),
        ("kiosk_return_seconds", "nan"),
        ("kiosk_return_seconds", "inf"),
        ("repeat_after", "-5"),
        ("repeat_after", "1e9"),
        ("sync_interval", "-1"),
        ("sync_interval", "99999"),
    ],
)
def test_the_dialog_cannot_store_an_out_of_range_value(
    qtbot: QtBot, tmp_path: Path, field: str, typed: str
) -> None:
    settings = Settings(tmp_path)
    dialog = SettingsDialog(settings, [0])
    qtbot.addWidget(dialog)
    dialog.show()
    box = getattr(dialog, field)
    limits = next(s.limits for s in SETTINGS if s.name == field)
    assert limits is not None
    assert (box.minimum(), box.maximum()) == limits  # the range comes from the declaration
    type_into(qtbot, box, typed)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    stored = json.loads((tmp_path / SETTINGS_FILE).read_text(encoding="utf-8"))[field]
    # Which keys the field took depends on Qt's validator; what reaches the file never leaves
    # the range.
    assert limits[0] <= stored <= limits[1]


def test_the_dialog_shows_the_default_for_a_bad_stored_value(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).write_text('{"kiosk_return_seconds": -1}', encoding="utf-8")
    dialog = SettingsDialog(Settings(tmp_path), [0])
    qtbot.addWidget(dialog)
    assert dialog.kiosk_return_seconds.value() == 4.0


@pytest.mark.parametrize("stored", ["NaN", "Infinity", "-1", "0"])
def test_a_kiosk_with_a_bad_stored_return_time_uses_the_default(
    qtbot: QtBot, ctx: AppContext, stored: str
) -> None:
    path = ctx.settings._path
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(data)[:-1] + f', "kiosk_return_seconds": {stored}}}', "utf-8")
    settings = Settings(path.parent)
    kiosk = KioskWindow(
        ctx.store, settings, ctx.checkin, TaskRunner(), NullSoundPlayer(), install_wedge=False
    )
    qtbot.addWidget(kiosk)
    try:
        assert kiosk.return_ms() == 4000
    finally:
        kiosk.shutdown()
