"""Headless check of the real main window: `orga-app self-check` renders it offscreen. (The
start-up benchmark's `exit_when_ready` lives in `ready_probe`, re-exported here.)

Both build the window the way `run_gui` does (an AppContext from `open_app`, the real sync
factory), so a packaged build that lacks a Qt plugin, a resource or a module fails here.
Qt only reads QT_QPA_PLATFORM when the QApplication is created, so importing it here is safe.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from orga_app.app import open_app
from orga_app.store import queries
from orga_app.store.db import Store
from orga_app.ui import theme
from orga_app.ui.main_window import MainWindow
from orga_app.ui.ready_probe import (  # re-exported: the start-up bench and tests use them here
    EXIT_WHEN_READY_ENV,
    NOT_READY_EXIT_CODE,
    READY_TIMEOUT_S,
    SCAN_READY_LINE,
    exit_when_ready,
)
from orga_app.ui.sounds import NullSoundPlayer
from orga_app.ui.sync_status import controller_for

CHECK_EVENT_ID = "self-check"
CHECK_CODE = "self-check-order-000001"
PNG_NAME = "main-window.png"


class OffscreenCheckError(RuntimeError):
    """The main window could not be built, opened on the scanner, or rendered."""


def render_main_window(tmp: Path) -> tuple[int, int]:
    """Build the real main window over a fresh data dir in `tmp`, let it open the scanner of a
    one-attendee local event, render it to `tmp/main-window.png`; return (width, height)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "orga-app"])
    if not isinstance(app, QApplication):
        raise OffscreenCheckError("a non-widget Qt application already runs in this process")
    theme.apply(app)
    ctx = open_app(str(tmp / "data"))
    try:
        _seed_one_attendee(ctx.store)
        ctx.settings.set("last_event_id", CHECK_EVENT_ID)
    except BaseException:
        ctx.close()
        raise
    # No camera probing and no sound: a build machine has neither; the check is the window.
    window = MainWindow(
        ctx,
        sound=NullSoundPlayer(),
        sync_factory=controller_for,
        camera_lister=list,
        auto_camera=False,
        install_wedge=False,
    )
    previous = qInstallMessageHandler(_drop_platform_noise)
    try:
        return _show_and_render(window, app, tmp / PNG_NAME)
    finally:
        qInstallMessageHandler(previous)
        window.shutdown()
        window.close()
        window.ctx.close()  # the window may have swapped contexts: close the one it holds
        window.deleteLater()
        app.processEvents()


def _drop_platform_noise(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform warns that it has no window manager for size hints whenever a
    # top-level window is shown: noise in the self-check output, not a problem of the build.
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def _show_and_render(window: MainWindow, app: QApplication, target: Path) -> tuple[int, int]:
    window.show()
    window.start()
    _wait_for(lambda: window.stack.currentIndex() == window.WORK, app)
    for _ in range(5):  # let the queued counts and layout updates land before the picture
        _wait_for(lambda: window.tasks.active == 0, app)
        app.processEvents()
    pixmap = window.grab()
    image = pixmap.toImage()
    require_drawn(image)
    if not pixmap.save(str(target), "PNG"):
        raise OffscreenCheckError(f"could not write {target} (PNG image plugin missing?)")
    return image.width(), image.height()


def _seed_one_attendee(store: Store) -> None:
    queries.add_local_event(
        store,
        {"id": CHECK_EVENT_ID, "identifier": CHECK_EVENT_ID, "name": "Self-check event",
         "starts_at": None, "ends_at": None, "timezone": "UTC", "is_local": True},
        [{"id": 1, "event_id": CHECK_EVENT_ID, "firstname": "Ada", "lastname": "Lovelace",
          "email": "ada@example.org", "code": CHECK_CODE}],
    )  # fmt: skip


def _wait_for(done: Callable[[], bool], app: QApplication) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while not done():
        if time.monotonic() > deadline:
            raise OffscreenCheckError(
                f"the main window did not open the scanner within {READY_TIMEOUT_S:.0f} s"
            )
        app.processEvents()
        time.sleep(0.01)


def pixels(image: QImage) -> NDArray[np.uint32]:
    """The image as an (height, width) array of 0xffRRGGBB values."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    height, stride = rgb.height(), rgb.bytesPerLine()
    raw = np.frombuffer(bytes(rgb.constBits()), dtype=np.uint32, count=height * stride // 4)
    return raw.reshape(height, stride // 4)[:, : rgb.width()]


def require_drawn(image: QImage) -> None:
    """Raise OffscreenCheckError for an empty or single-colour picture."""
    if image.isNull() or image.width() <= 0 or image.height() <= 0:
        raise OffscreenCheckError(
            f"the main window rendered an empty image ({image.width()}x{image.height()})"
        )
    colours = np.unique(pixels(image)).size
    # A window with text, a toolbar and a verdict panel has hundreds of colours (antialiasing);
    # one or two means nothing was painted (missing platform plugin, fonts or style).
    if colours < 3:
        raise OffscreenCheckError(f"the main window rendered blank ({colours} colour(s))")


__all__ = [
    "EXIT_WHEN_READY_ENV",
    "NOT_READY_EXIT_CODE",
    "READY_TIMEOUT_S",
    "SCAN_READY_LINE",
    "OffscreenCheckError",
    "exit_when_ready",
    "pixels",
    "render_main_window",
    "require_drawn",
]
