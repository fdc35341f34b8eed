"""The door in other languages: scanner (green verdict), attendees and kiosk in German, Arabic
(right to left), Simplified Chinese and the pseudo-language, to docs/screenshots/*-<lang>.png.

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshots_languages.py (part of make screenshots)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from screenshots import grab, idle, seed, settle

from orga_app.app import AppContext
from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Source
from orga_app.settings import Settings
from orga_app.store.db import Store
from orga_app.store.repository import StoreCheckInRepository
from orga_app.ui import i18n, theme
from orga_app.ui.kiosk import KioskWindow
from orga_app.ui.kiosk_pin import hash_pin
from orga_app.ui.main_window import MainWindow
from orga_app.ui.sounds import NullSoundPlayer
from orga_app.ui.tasks import TaskRunner

LANGUAGES = ("de", "ar", "zh_CN", i18n.PSEUDO)


def door(app: QApplication, code: str) -> None:
    suffix = code.replace("_", "-").lower()
    i18n.install(app, code)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        store = Store(data / "store.sqlite")
        seed(store)
        settings = Settings(data)
        settings.set("device_name", "Door A")
        service = CheckInService(StoreCheckInRepository(store), lambda: "Door A")
        ctx = AppContext(data, settings, store, service)
        window = MainWindow(ctx, sound=NullSoundPlayer(), camera_lister=list, install_wedge=False)
        window.resize(1280, 800)
        window.show()
        window.show_events()
        settle(window)
        window.open_event("1")
        settle(window)
        window.scanner.submit("ord-00000-000001", Source.CAMERA)
        settle(window)
        grab(window, f"scanner-green-{suffix}")
        window.tabs.setCurrentWidget(window.attendees)
        settle(window)
        window.attendees.table.selectRow(0)
        settle(window)
        grab(window, f"attendees-{suffix}")
        window.shutdown()
        settings.set("kiosk_pin_hash", hash_pin("2468", iterations=1000))
        settings.set("camera", "")
        settings.set("last_event_id", "1")
        kiosk = KioskWindow(store, settings, service, TaskRunner(), NullSoundPlayer(),
                            install_wedge=False, return_ms=3_600_000)  # fmt: skip
        kiosk.resize(1280, 800)
        kiosk.show()
        kiosk.start()
        idle(kiosk.tasks)
        kiosk.submit("ord-00001-000003")
        for _ in range(50):
            idle(kiosk.tasks)
            QApplication.processEvents()
        grab(kiosk, f"kiosk-welcome-{suffix}")
        kiosk.shutdown()
        store.close()


def main() -> None:
    app = QApplication([])
    theme.apply(app)
    for code in LANGUAGES:
        door(app, code)


if __name__ == "__main__":
    main()
