"""Every control a person operates has an accessible name (what a screen reader says), in the
main window on each of its screens, in the kiosk on each of its screens and in every dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from orga_app.app import AppContext
from orga_app.ui.accessible import controls, name_controls, spoken
from orga_app.ui.errors import CrashDialog
from orga_app.ui.kiosk import KioskWindow
from orga_app.ui.log_view import LogView
from orga_app.ui.main_window import MainWindow
from orga_app.ui.scanner_setup_dialog import ScannerSetupDialog
from orga_app.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import MakeWindow
from tests.ui.test_kiosk import MakeKiosk, clock, make_kiosk  # noqa: F401 - fixtures
from tests.ui.test_screens import open_event


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} under {type(widget.parent()).__name__}"


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in controls(root) if not w.accessibleName().strip()]


def main_window_screens(window: MainWindow) -> Iterator[str]:
    for index, name in ((window.LOGIN, "sign-in"), (window.EVENTS, "events")):
        window.stack.setCurrentIndex(index)
        yield name
    window.stack.setCurrentIndex(window.WORK)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        yield f"work/{window.tabs.tabText(tab)}"


def test_every_control_of_the_main_window_has_a_name(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = open_event(qtbot, make_window)
    missing = {screen: unnamed(window) for screen in main_window_screens(window)}
    assert not any(missing.values()), missing


def test_every_control_of_the_kiosk_has_a_name(
    qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    make: MakeKiosk = request.getfixturevalue("make_kiosk")  # the kiosk tests' own fixture
    kiosk: KioskWindow = make()
    missing: dict[str, list[str]] = {}
    for index in range(kiosk.stack.count()):
        kiosk.stack.setCurrentIndex(index)
        missing[type(kiosk.stack.currentWidget()).__name__] = unnamed(kiosk)
    assert not any(missing.values()), missing


def test_every_control_of_the_dialogs_has_a_name(qtbot: QtBot, ctx: AppContext) -> None:
    dialogs: list[QWidget] = [
        SettingsDialog(ctx.settings, [0, 2]),
        LogView(None, "/tmp/orga.log"),
        CrashDialog("Traceback ...", Path("/tmp/crash.txt")),
        ScannerSetupDialog(ctx.settings, install_filter=False),
    ]
    missing = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        missing[type(dialog).__name__] = unnamed(dialog)
    assert not any(missing.values()), missing


def test_a_form_field_is_named_by_its_label_and_described_by_its_tooltip(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = SettingsDialog(ctx.settings, [0])
    qtbot.addWidget(dialog)
    assert dialog.device_name.accessibleName() == "Device name"
    assert dialog.device_name.accessibleDescription().startswith("Sent to the server")
    assert dialog.sync_interval.accessibleName() == "Download other doors' check-ins every"


def test_names_are_spoken_words_and_a_set_name_is_kept(qtbot: QtBot) -> None:
    assert spoken("⚠ 3 failed — review") == "3 failed — review"
    assert spoken("&Settings…") == "Settings"
    assert spoken("<b>Save</b> &&  go") == "Save & go"
    widget = QWidget()
    qtbot.addWidget(widget)
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    layout = QVBoxLayout(widget)
    mine, derived = QPushButton("Go"), QPushButton("✓ Check")
    mine.setAccessibleName("Check in this attendee")
    layout.addWidget(mine)
    layout.addWidget(derived)
    name_controls(widget)
    assert mine.accessibleName() == "Check in this attendee"
    assert derived.accessibleName() == "Check"
