"""Render each screen offscreen to docs/screenshots/*.png with realistic sample data.

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import Connection

from orga_app.app import AppContext
from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, Source
from orga_app.settings import Settings
from orga_app.store import attendees, events, outbox, throughput
from orga_app.store.db import Store
from orga_app.store.models import OutboxAction, OutboxState
from orga_app.store.repository import StoreCheckInRepository
from orga_app.ui import theme
from orga_app.ui.camera import to_qimage
from orga_app.ui.kiosk import KioskWindow
from orga_app.ui.kiosk_pin import hash_pin
from orga_app.ui.main_window import MainWindow
from orga_app.ui.settings_dialog import SettingsDialog
from orga_app.ui.sounds import NullSoundPlayer
from orga_app.ui.tasks import TaskRunner

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
FIRST = [
    "Ingrid",
    "Jürgen",
    "Lucía",
    "Łukasz",
    "Amara",
    "Chen",
    "Sophie",
    "José",
    "Aiko",
    "Thandiwe",
    "Priya",
    "Mohammed",
    "Siobhán",
    "Nguyễn",
    "Björn",
    "Fatima",
    "Kwame",
]
LAST = [
    "Ødegaard",
    "Müller",
    "Peña",
    "Nowak",
    "Okafor",
    "Wei",
    "Köhler",
    "García",
    "Tanaka",
    "Dlamini",
    "Sharma",
    "Al-Hashimi",
    "O'Brien",
    "Trần",
    "Lindqvist",
    "El-Amin",
    "Mensah",
]


def seed(store: Store) -> None:
    with store.write() as conn:
        events.upsert_events(
            conn,
            [{"id": "1", "identifier": "fossasia", "name": "FOSSASIA Summit 2026",
              "starts_at": "2026-11-26T09:00:00+08:00", "ends_at": "2026-11-28T18:00:00+08:00",
              "timezone": "Asia/Singapore", "is_local": False}],
        )  # fmt: skip
        events.upsert_tickets(
            conn,
            [{"id": 1, "event_id": "1", "name": "Conference Pass"},
             {"id": 2, "event_id": "1", "name": "Speaker"}],
        )  # fmt: skip
        rows = []
        for i in range(240):
            # first names cycle with one step, last names with another: realistic variety
            first, last = FIRST[i % len(FIRST)], LAST[(i * 7 + i // len(LAST)) % len(LAST)]
            order = f"ord-{i // 2:05d}"
            rows.append(
                {"id": i + 1, "event_id": "1", "identifier": f"{i + 1:06x}",
                 "order_identifier": order, "ticket_id": 1 + (i % 5 == 0),
                 "firstname": first, "lastname": last,
                 "email": f"{first}.{last}.{i}@example.org".lower().replace(" ", ""),
                 "code": f"{order}-{i + 1:06x}"}
            )  # fmt: skip
        # A morning of arrivals for the dashboard; the first attendees stay out for the scans.
        doors = ["Door A", "Door A", "Door B", "Kiosk"]
        # relative to now, so the scans the script makes land right after these arrivals
        now = datetime.now(UTC).replace(second=0, microsecond=0)
        morning = now - timedelta(minutes=170 + now.minute % 15)
        for i, row in enumerate(rows):
            if i >= 8 and i % 7 != 3:
                minute = (i * 37) % 150 + (0 if i % 3 else 20)
                stamp = morning + timedelta(minutes=minute)
                row.update(
                    {"is_checked_in": True, "checkin_times": stamp.isoformat(),
                     "device_name_checkin": doors[i % 4]}
                )  # fmt: skip
        # one ticket two doors let in before they had synced (Problems: admitted twice)
        twice = now - timedelta(minutes=95)
        rows[9].update(
            {"is_checked_in": True,
             "checkin_times": f"{twice.isoformat()},{(twice + timedelta(seconds=40)).isoformat()}",
             "device_name_checkin": "Door A,Door B"}
        )  # fmt: skip
        attendees.upsert(conn, rows)  # type: ignore[arg-type]
        door_history(conn, rows, morning, now)


def door_history(
    conn: Connection, rows: list[dict[str, Any]], morning: datetime, now: datetime
) -> None:
    """This door's morning for the throughput chart: its check-ins uploaded within a minute,
    except during a 12-minute Wi-Fi outage (they wait, then go up together); a sync sample
    every 5 minutes; and one check-in stuck for 9 minutes while the server answers (the alert)."""
    outage = (morning + timedelta(minutes=60), morning + timedelta(minutes=72))
    for row in rows:
        if row.get("device_name_checkin") != "Door A":
            continue
        at = datetime.fromisoformat(str(row["checkin_times"]).split(",")[0])
        done = outage[1] if outage[0] <= at < outage[1] else at + timedelta(seconds=40)
        outbox.enqueue(conn, "1", int(row["id"]), OutboxAction.CHECK_IN, at.isoformat(), "Door A")
        row_id = outbox.unsent(conn, "1")[-1].id
        outbox.set_state(conn, row_id, OutboxState.DONE, at=done.isoformat())
    stuck = now - timedelta(minutes=9)
    outbox.enqueue(conn, "1", 4, OutboxAction.CHECK_IN, stuck.isoformat(), "Door A")
    moment = morning
    while moment <= now:
        offline = outage[0] <= moment < outage[1]
        throughput.record_sample(conn, "1", moment, not offline, 0)
        moment += timedelta(minutes=3)
    throughput.record_sample(conn, "1", now, True, 1)


def grab(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def idle(tasks: TaskRunner, seconds: float = 30.0) -> None:
    """Let the runner's tasks finish and their answers land (a script may wait; a GUI may not)."""
    deadline = time.monotonic() + seconds
    while tasks.active and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def settle(window: MainWindow | KioskWindow) -> None:
    """Let the window's tasks finish and their answers paint."""
    for _ in range(50):
        idle(window.tasks)
        QApplication.processEvents()


def open_door(data: Path) -> tuple[Store, Settings, CheckInService, MainWindow]:
    """The sample event's store in `data`, and the main window on it (1280×800, shown, no
    camera, no sound, as device "Door A")."""
    store = Store(data / "store.sqlite")
    seed(store)
    settings = Settings(data)
    settings.set("device_name", "Door A")
    service = CheckInService(StoreCheckInRepository(store), lambda: "Door A")
    ctx = AppContext(data, settings, store, service)
    window = MainWindow(ctx, sound=NullSoundPlayer(), camera_lister=list, install_wedge=False)
    window.resize(1280, 800)
    window.show()
    return store, settings, service, window


def open_kiosk(store: Store, settings: Settings, service: CheckInService) -> KioskWindow:
    """The kiosk on event 1 (PIN set, no camera), started and settled, 1280×800."""
    settings.set("kiosk_pin_hash", hash_pin("2468", iterations=1000))
    settings.set("camera", "")
    settings.set("last_event_id", "1")
    kiosk = KioskWindow(store, settings, service, TaskRunner(), NullSoundPlayer(),
                        install_wedge=False, return_ms=3_600_000)  # fmt: skip
    kiosk.resize(1280, 800)
    kiosk.show()
    kiosk.start()
    settle(kiosk)
    return kiosk


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    theme.apply(app)
    with tempfile.TemporaryDirectory() as tmp:
        store, settings, service, window = open_door(Path(tmp))
        window.show_login(can_go_back=False)
        window.login.server.setText("https://api.eventyay.com")
        window.login.email.setText("door@fossasia.org")
        grab(window, "sign-in")
        window.show_events()
        settle(window)
        grab(window, "events")
        window.open_event("1")
        settle(window)
        scans = (
            ("scanner-green", "ord-00000-000001"),
            ("scanner-amber", "ord-00000-000001"),
            ("scanner-red", "NOT-A-TICKET-4711"),
        )
        for name, code in scans:
            window.scanner.submit(code, Source.CAMERA)
            settle(window)
            grab(window, name)
        # the other two modes: a check-out, then validate-only on a used and an unused ticket
        modes = (
            ("scanner-checkout", Mode.CHECK_OUT, "ord-00000-000001"),
            ("scanner-validate-used", Mode.VALIDATE, "ord-00004-000009"),
            ("scanner-validate", Mode.VALIDATE, "ord-00001-000003"),
        )
        for name, mode, code in modes:
            window.scanner.set_mode(mode)
            window.scanner.submit(code, Source.CAMERA)
            settle(window)
            grab(window, name)
        window.scanner.set_mode(Mode.CHECK_IN)
        window.tabs.setCurrentWidget(window.attendees)
        settle(window)
        window.attendees.table.selectRow(0)
        settle(window)
        grab(window, "attendees")
        # Two check-ins the server refused, as a door would meet them (422 and 404).
        for code in ("ord-00002-000005", "ord-00003-000007"):
            window.scanner.submit(code, Source.CAMERA)
            settle(window)
        with store.write() as conn:
            reasons = iter(
                (
                    "The server refused the change (422): Check in Times missing for the "
                    "corresponding devices",
                    "Not found on the server: TicketHolder: 7 not found",
                )
            )
            for row in outbox.unsent(conn, "1")[-2:]:
                outbox.set_state(conn, row.id, OutboxState.FAILED, error=next(reasons))
        window.problems.reload()
        window.refresh_counts()
        window.tabs.setCurrentWidget(window.problems)
        settle(window)
        grab(window, "problems")
        window.tabs.setCurrentWidget(window.dashboard)
        settle(window)
        grab(window, "dashboard")
        # the throughput part at full size: per-door rates, uploads waiting, the stuck alert
        window.dashboard.throughput.setParent(None)
        window.dashboard.throughput.resize(900, 420)
        window.dashboard.throughput.alert.setParent(window.dashboard.throughput)
        window.dashboard.throughput.layout().insertWidget(0, window.dashboard.throughput.alert)
        window.dashboard.throughput.show()
        settle(window)
        grab(window.dashboard.throughput, "dashboard-throughput")
        dialog = SettingsDialog(settings, [0], window)
        dialog.show()
        grab(dialog, "settings")
        dialog.close()
        window.shutdown()
        kiosk_screens(store, settings, service)
        store.close()


def kiosk_screens(store: Store, settings: Settings, service: CheckInService) -> None:
    import numpy as np

    from orga_app.demo.tickets import render_effect

    kiosk = open_kiosk(store, settings, service)
    grab(kiosk, "kiosk-no-camera")
    # a camera frame with a ticket being held up, as the preview would show it
    frame = np.asarray(render_effect("ord-00001-000003", "plain", 960, 540))  # BGR already
    kiosk.idle.set_camera_ok(True)
    kiosk.preview.set_image(to_qimage(np.ascontiguousarray(frame))[0])
    grab(kiosk, "kiosk-idle")
    for name, code in (("kiosk-welcome", "ord-00001-000003"), ("kiosk-already", "ord-00001-000003"),
                       ("kiosk-not-recognised", "NOT-A-TICKET-4711")):  # fmt: skip
        kiosk.submit(code)
        settle(kiosk)
        grab(kiosk, name)
    kiosk.shutdown()


if __name__ == "__main__":
    main()
