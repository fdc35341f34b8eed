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
from screenshots import grab, open_door, open_kiosk, settle

from orga_app.core.verdict import Source
from orga_app.ui import i18n, theme

LANGUAGES = ("de", "ar", "zh_CN", i18n.PSEUDO)


def door(app: QApplication, code: str) -> None:
    suffix = code.replace("_", "-").lower()
    i18n.install(app, code)
    with tempfile.TemporaryDirectory() as tmp:
        store, settings, service, window = open_door(Path(tmp))
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
        kiosk = open_kiosk(store, settings, service)
        kiosk.submit("ord-00001-000003")
        settle(kiosk)
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
