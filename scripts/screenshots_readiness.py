"""Render the readiness screen to docs/screenshots: all green, and with failures, each produced
for real against the demo server on loopback (the clock set off by the tests' Date proxy).

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshots_readiness.py (part of `make
screenshots`).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The screenshots never touch the user's keyring: tokens go to the temporary data dir's file.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.clock_proxy

from PySide6.QtWidgets import QApplication  # noqa: E402

from orga_app.app import AppContext, open_app  # noqa: E402
from orga_app.core.verdict import Mode, Source  # noqa: E402
from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD, sample_ticket_codes  # noqa: E402
from orga_app.demo.server import DemoServer  # noqa: E402
from orga_app.demo.tickets import make_ticket_video  # noqa: E402
from orga_app.settings import Settings  # noqa: E402
from orga_app.signin import sign_in  # noqa: E402
from orga_app.sync.credentials import CredentialStore  # noqa: E402
from orga_app.ui import theme  # noqa: E402
from orga_app.ui.readiness import ReadinessDialog, event_checker  # noqa: E402
from orga_app.ui.tasks import TaskRunner  # noqa: E402
from tests.clock_proxy import SkewedClockProxy  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
EVENT = "1"


def door(data: Path, server_url: str) -> AppContext:
    """A door signed in to `server_url` with the event's list downloaded."""
    settings = Settings(data)
    settings.set("device_name", "Door A")
    sign_in(data, CredentialStore(data), server_url, DEMO_EMAIL, DEMO_PASSWORD)
    settings.set("server_url", server_url)
    settings.set("account_email", DEMO_EMAIL)
    ctx = open_app(str(data))
    report = ctx.sync_engine().run(EVENT)
    assert report.error is None, report.error
    return ctx


def shoot(ctx: AppContext, name: str) -> None:
    tasks = TaskRunner()
    checker = event_checker(ctx, EVENT, ctx.credentials)
    dialog = ReadinessDialog(tasks, checker, "Door Days 2026 · Main hall")
    dialog.resize(820, 880)
    dialog.show()
    done: list[object] = []
    dialog.checked.connect(done.append)
    dialog.check()
    deadline = time.monotonic() + 30
    while not done and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()
    dialog.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")
    dialog.close()
    tasks.shutdown()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    theme.apply(app)
    with (
        tempfile.TemporaryDirectory() as tmp,
        DemoServer(Path(tmp) / "server.db", attendees=300, seed=11) as server,
    ):
        video = Path(tmp) / "tickets.avi"
        code = sample_ticket_codes(server.db_path, int(EVENT))[0][1]
        make_ticket_video(video, [code], width=640, height=480, effects=("plain",))

        ready = door(Path(tmp) / "ready", server.url)
        ready.settings.set("camera", str(video))
        shoot(ready, "readiness-green")
        ready.close()

        proxy = SkewedClockProxy(server.url, skew_s=-14 * 60)  # this clock 14 min fast
        failing = door(Path(tmp) / "failing", proxy.url)
        failing.settings.set("camera", "/dev/video7")
        for row_code in [c for _, c in sample_ticket_codes(server.db_path, int(EVENT))[5:8]]:
            failing.checkin.scan(EVENT, row_code, Mode.CHECK_IN, Source.CAMERA)  # not uploaded
        db = sqlite3.connect(failing.store.path)
        with db:  # the list was downloaded yesterday evening
            old = (datetime.now(UTC) - timedelta(hours=15)).isoformat()
            db.execute("UPDATE event SET last_full_download_at = ? WHERE id = ?", (old, EVENT))
        db.close()
        server_db = sqlite3.connect(server.db_path)
        with server_db:  # 6 tickets sold since
            server_db.execute(
                "INSERT INTO attendees (id, event_id, order_id, ticket_id, identifier, "
                "firstname, lastname, email) SELECT id + 100000, event_id, order_id, ticket_id, "
                "identifier || 'x', firstname, lastname, email FROM attendees "
                "WHERE event_id = 1 AND deleted_at IS NULL ORDER BY id LIMIT 6"
            )
        server_db.close()
        shoot(failing, "readiness-failures")
        failing.close()
        proxy.close()
    del app


if __name__ == "__main__":
    main()
