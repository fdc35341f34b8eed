"""Starting the desktop app: `run_gui(ctx)` opens the door's main window, or with `kiosk` the
full-screen self check-in window; both end cleanly on SIGTERM / Ctrl-C.

Kept apart from the windows so that neither the main window nor the kiosk knows about the
other, about process signals or about the start-up benchmark's probe.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from orga_app import paths
from orga_app.app import AppContext
from orga_app.ui import i18n, theme
from orga_app.ui.badge_door import BadgeDoor
from orga_app.ui.errors import ExceptHook
from orga_app.ui.main_window import MainWindow
from orga_app.ui.ready_probe import EXIT_WHEN_READY_ENV, exit_when_ready
from orga_app.ui.sounds import make_sound_player
from orga_app.ui.speech import make_speaker
from orga_app.ui.sync_status import SyncController, controller_for
from orga_app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from orga_app.ui.kiosk import KioskWindow

log = logging.getLogger("orga_app.ui")


def quit_on_signals(app: QApplication) -> None:
    """SIGTERM (system shutdown, `systemctl stop`, `kill`) and Ctrl-C end the app with exit code
    0 through its normal exit, so cameras, scheduler and store close in order (run_gui's
    clean-up). The OS may always end the app: the signal does not ask the windows (the kiosk
    refuses every close, the door may ask about unsent check-ins); it ends every running event
    loop, a dialog's too. The exit is posted, so a signal that comes during start-up, before the
    event loop runs, still ends it. Python runs signal handlers only between bytecodes, so a
    timer wakes the interpreter while Qt's event loop waits."""

    def end(signum: int, _frame: object) -> None:
        log.info("%s received: exiting", signal.Signals(signum).name)
        QTimer.singleShot(0, app, lambda: app.exit(0))

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, end)
    wake = QTimer(app)
    wake.setInterval(250)
    wake.timeout.connect(lambda: None)
    wake.start()


def run_gui(ctx: AppContext, *, kiosk: bool = False) -> int:
    """The desktop app; with `kiosk` the full-screen self check-in window instead."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Orga App")
    theme.apply(app)
    # before any window exists, so every widget is built in the chosen language and direction
    i18n.install(app, str(ctx.settings.get("language")))
    hook = ExceptHook(paths.log_dir(ctx.data_dir))
    hook.install()
    quit_on_signals(app)
    if kiosk:
        return _run_kiosk(app, ctx, hook)
    window = MainWindow(ctx, sync_factory=controller_for)
    window.show()
    if os.environ.get(EXIT_WHEN_READY_ENV):  # start-up benchmark: quit once scan-ready
        exit_when_ready(window)
    window.start()
    try:
        return int(app.exec())
    finally:
        window.shutdown()
        hook.uninstall()
        window.ctx.close()


def make_kiosk_window(ctx: AppContext, *, sync: SyncController | None) -> KioskWindow:
    # Imported here: a door's start never builds the kiosk, and its screens, PIN guard and
    # speech cost start-up time before the door could scan (bench/bench_startup.py).
    from orga_app.ui.kiosk import KioskWindow

    # Its check-ins go through the runner's one-thread store lane: two quick self check-ins
    # answer in the order they were made, never the first person's verdict after the second's.
    kiosk = KioskWindow(
        ctx.store,
        ctx.settings,
        ctx.checkin,
        TaskRunner(),
        make_sound_player(bool(ctx.settings.get("sound"))),
        sync=sync,
        speaker=make_speaker(
            str(ctx.settings.get("speech")), kiosk=True, language=i18n.current_language()
        ),
    )
    # The badge prints on self check-in, by the badge mode (issue 12).
    kiosk.badges = BadgeDoor(ctx.store, ctx.settings, logged=ctx.queued, parent=kiosk)
    kiosk.badges.watch(kiosk.result_shown)
    kiosk.badges.start()
    return kiosk


def _run_kiosk(app: QApplication, ctx: AppContext, hook: ExceptHook) -> int:
    # The kiosk reuses the door's background sync (push after each check-in, periodic pull),
    # so self check-ins reach the server like any other; without an account it stays local.
    kiosk = make_kiosk_window(ctx, sync=controller_for(ctx))
    kiosk.present()
    kiosk.start()
    try:
        return int(app.exec())
    finally:
        kiosk.shutdown()
        hook.uninstall()
        ctx.close()
