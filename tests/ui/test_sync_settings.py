"""Sync settings and "Sync now" in the running door: a sync interval saved in the Settings
dialog (of the main window or the kiosk) reaches the running APScheduler pull job without a
restart, and a "Sync now" that fails
with an exception (here: the local database held locked by another program) says so in the
status bar instead of only in the log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from orga_app.app import AppContext, open_app
from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD
from orga_app.demo.server import DemoServer
from orga_app.sync.engine import SyncEngine
from orga_app.sync.openevent import OpenEventBackend, OpenEventClient, TokenPair
from orga_app.sync.scheduler import SyncScheduler
from orga_app.ui.kiosk import KioskWindow
from orga_app.ui.settings_dialog import SettingsDialog
from orga_app.ui.sounds import NullSoundPlayer
from orga_app.ui.sync_status import SyncController, controller_for
from orga_app.ui.tasks import TaskRunner
from tests.helpers import Seeded
from tests.ui.conftest import MakeWindow
from tests.ui.test_screens import open_event
from tests.ui.test_settings_ranges_ui import type_into
from tests.ui.test_sign_in_flow import credential_store
from tests.ui.test_wedge_dialogs import while_modal

# A loopback port nobody listens on: the sync in the second test never reaches a server.
NO_SERVER = "http://127.0.0.1:9"


def test_a_saved_sync_interval_reaches_the_running_pull_job(
    qtbot: QtBot, make_window: MakeWindow, demo_server: DemoServer, tmp_path: Path
) -> None:
    keyfile = tmp_path / "keyring.cfg"
    ctx = open_app(str(tmp_path / "door"))
    ctx.settings.set("sound", False)
    window = make_window(
        ctx,
        credentials=lambda: credential_store(ctx.data_dir, keyfile),
        sync_factory=lambda c: controller_for(c, credential_store(c.data_dir, keyfile)),
        context_factory=lambda d: open_app(str(d)),
    )
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.stack.currentIndex() == window.LOGIN)
    window.login.server.setText(demo_server.url)
    window.login.email.setText(DEMO_EMAIL)
    window.login.password.setText(DEMO_PASSWORD)
    window.login.button.click()
    qtbot.waitUntil(lambda: window.events.list.count() >= 1, timeout=15000)
    window.events.list.setCurrentRow(0)
    qtbot.mouseClick(window.events.open_button, Qt.MouseButton.LeftButton)
    assert window.sync is not None
    scheduler = window.sync.scheduler
    assert isinstance(scheduler, SyncScheduler)  # the real one, with its SQLite job store
    before = float(window.ctx.settings.get("sync_interval"))
    qtbot.waitUntil(lambda: scheduler.pull_job_interval() == before, timeout=10000)
    wanted = 600

    while_modal(window.open_settings, lambda dialog: set_interval_and_save(qtbot, dialog, wanted))
    assert window.ctx.settings.get("sync_interval") == wanted
    assert window.sync.scheduler is scheduler  # the same scheduler: no restart
    qtbot.waitUntil(lambda: scheduler.pull_job_interval() == wanted, timeout=10000)


def set_interval_and_save(qtbot: QtBot, dialog: QWidget, seconds: int) -> None:
    assert isinstance(dialog, SettingsDialog)
    type_into(qtbot, dialog.sync_interval, str(seconds))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def signed_in_offline_engine(context: AppContext) -> SyncEngine:
    # Signed in (tokens), so a run that reaches no server is "offline", not "paused".
    client = OpenEventClient(NO_SERVER, tokens=TokenPair("access", "refresh"))
    return SyncEngine(context.store, OpenEventBackend(client))


def test_the_kiosk_settings_reach_its_running_pull_job(
    qtbot: QtBot, seeded: Seeded, ctx: AppContext
) -> None:
    engine = signed_in_offline_engine(ctx)
    sync = SyncController(
        engine, lambda on_report: SyncScheduler(engine, ctx.store, on_report=on_report)
    )
    ctx.settings.set("camera", "")  # no camera here
    kiosk = KioskWindow(
        ctx.store, ctx.settings, ctx.checkin, TaskRunner(), NullSoundPlayer(),
        install_wedge=False, sync=sync,
    )  # fmt: skip
    qtbot.addWidget(kiosk)
    try:
        kiosk.show()
        kiosk.start()  # opens the one event, and sync for it
        qtbot.waitUntil(lambda: sync.scheduler is not None, timeout=10000)
        scheduler = sync.scheduler
        assert isinstance(scheduler, SyncScheduler)
        qtbot.waitUntil(lambda: scheduler.pull_job_interval() is not None, timeout=10000)
        while_modal(kiosk.open_settings, lambda dialog: set_interval_and_save(qtbot, dialog, 900))
        assert sync.scheduler is scheduler
        qtbot.waitUntil(lambda: scheduler.pull_job_interval() == 900, timeout=10000)
    finally:
        kiosk.shutdown()


def test_a_failing_sync_now_is_shown_in_the_status_bar(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded, ctx: AppContext
) -> None:
    def offline_sync(context: AppContext) -> SyncController:
        return SyncController(signed_in_offline_engine(context))

    window = open_event(qtbot, make_window, sync_factory=offline_sync)
    sync = window.sync
    assert sync is not None
    qtbot.waitUntil(lambda: not sync.running, timeout=15000)  # the first visit's download
    # Another program holds the store's write lock past the store's busy timeout.
    blocker = sqlite3.connect(seeded.store.path, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        with qtbot.waitSignal(sync.report_ready, timeout=20000):
            qtbot.mouseClick(window.status.sync_button, Qt.MouseButton.LeftButton)
    finally:
        blocker.rollback()
        blocker.close()

    def says_why() -> None:
        text = window.status.online.text()
        assert "Sync problem" in text
        assert "database is busy" in text

    qtbot.waitUntil(says_why)
