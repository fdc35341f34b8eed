"""An account whose check-ins the server refuses (a server admin's door, whose uploads are
attendee PATCHes, after its admin rights were taken away on the server: every PATCH is 403):
the door says uploads are paused and why (status bar tooltip, Problems), and signing out or
closing with check-ins not uploaded asks first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from pytestqt.qtbot import QtBot

from orga_app.app import open_app
from orga_app.core.verdict import Source
from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD, sample_ticket_codes
from orga_app.demo.server import DemoServer
from orga_app.store import events as store_events
from orga_app.sync.engine import SyncReport
from orga_app.sync.openevent.access import Role, stored_role
from orga_app.ui.main_window import MainWindow
from orga_app.ui.sync_status import SyncStatusWidgets, controller_for
from tests.helpers import Seeded
from tests.ui.conftest import MakeWindow
from tests.ui.test_screens import open_event
from tests.ui.test_sign_in_flow import credential_store


class UserClose(QCloseEvent):
    """A close the user asked for (window button, Alt+F4): Qt marks those spontaneous."""

    def spontaneous(self) -> bool:
        return True


def test_a_paused_account_says_why_and_warns_before_sign_out_and_close(
    qtbot: QtBot, make_window: MakeWindow, demo_server: DemoServer, tmp_path: Path
) -> None:
    keyfile = tmp_path / "keyring.cfg"
    ctx = open_app(str(tmp_path / "door"))
    ctx.settings.set("sound", False)
    asked: list[tuple[str, str]] = []
    answers: list[bool] = []

    def confirm(title: str, question: str) -> bool:
        asked.append((title, question))
        return answers.pop(0)

    window: MainWindow = make_window(
        ctx,
        credentials=lambda: credential_store(ctx.data_dir, keyfile),
        sync_factory=lambda c: controller_for(c, credential_store(c.data_dir, keyfile)),
        context_factory=lambda d: open_app(str(d)),
        confirm=confirm,
    )
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.stack.currentIndex() == window.LOGIN)
    window.login.server.setText(demo_server.url)
    window.login.email.setText(DEMO_EMAIL)
    window.login.password.setText(DEMO_PASSWORD)
    window.login.button.click()
    qtbot.waitUntil(lambda: window.events.list.count() >= 1, timeout=15000)
    event_id = window.events.events[0].id
    window.events.list.setCurrentRow(0)
    qtbot.mouseClick(window.events.open_button, Qt.MouseButton.LeftButton)
    codes = dict(sample_ticket_codes(demo_server.db_path, int(event_id)))
    qtbot.waitUntil(lambda: f" of {len(codes)} " in window.scanner.counts.text(), timeout=20000)
    with window.ctx.store.read() as store_conn:  # told at sign-in: check-ins go up as PATCHes
        assert stored_role(store_conn, event_id) is Role.ADMIN
    with sqlite3.connect(demo_server.db_path) as conn:
        # The account's admin rights are taken away on the server while the door is open.
        conn.execute("UPDATE users SET is_admin = 0 WHERE email = ?", (DEMO_EMAIL,))
        attendee_id = conn.execute(
            "SELECT min(id) FROM attendees WHERE event_id = ? AND is_checked_in = 0"
            " AND deleted_at IS NULL",
            (int(event_id),),
        ).fetchone()[0]
    conn.close()
    with qtbot.waitSignal(window.scanner.result_shown, timeout=5000):
        window.scanner.submit(codes[attendee_id], Source.MANUAL)
    # the push job's PATCH is refused with 403: uploads pause
    status = window.status
    qtbot.waitUntil(lambda: "paused" in status.online.text(), timeout=15000)
    with window.ctx.store.read() as store_conn:
        reason = str(store_events.sync_state(store_conn, event_id)["paused_reason"])
    assert "not allowed" in reason
    assert "paused" in status.online.text()
    assert "Online" not in status.online.text()
    server_words = reason.rsplit(":", maxsplit=1)[-1].strip()
    assert server_words in status.online.toolTip()
    assert status.problems.isVisibleTo(window)

    window.tabs.setCurrentWidget(window.problems)
    banner = window.problems.paused
    qtbot.waitUntil(lambda: banner.isVisibleTo(window) and reason in banner.text())
    assert "1 check-in made here" in banner.text()
    assert "No problems" not in window.problems.message.text()

    # closing the window by hand: warned with the count; "No" keeps the door open
    answers.append(False)
    close = UserClose()
    window.closeEvent(close)
    assert not close.isAccepted()
    assert asked[-1][0] == "Close" and "1 check-in made on" in asked[-1][1]
    assert reason in asked[-1][1]

    # signing out: warned; "No" keeps the account, "Yes" signs out
    window.show_events()
    answers.append(False)
    window.events.sign_out_button.click()
    assert asked[-1][0] == "Sign out" and "1 check-in made on" in asked[-1][1]
    assert window.stack.currentIndex() == window.EVENTS
    assert window.ctx.settings.get("account_email") == DEMO_EMAIL
    answers.append(True)
    window.events.sign_out_button.click()
    qtbot.waitUntil(lambda: window.stack.currentIndex() == window.LOGIN)
    assert window.ctx.settings.get("account_email") == ""
    # nothing of the paused account stays on the status bar
    assert "Local only" in status.online.text() and status.online.toolTip() == ""
    assert status.paused_reason is None and not status.problems.isVisibleTo(window)
    assert answers == []
    window.shutdown()
    window.ctx.close()


def test_nothing_unsent_closes_and_signs_out_without_asking(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    def never(_title: str, _question: str) -> bool:
        raise AssertionError("asked although nothing waits")

    window = open_event(qtbot, make_window, confirm=never)
    close = UserClose()
    window.closeEvent(close)
    assert close.isAccepted()


def test_server_errors_are_not_called_offline(qtbot: QtBot) -> None:
    widgets = SyncStatusWidgets()
    widgets.show_report(
        SyncReport("1", pending=2, error="Server error 503: upstream down, will retry",
                   transient=True)
    )  # fmt: skip
    assert "Server error" in widgets.online.text() and "Offline" not in widgets.online.text()
    assert "upstream down" in widgets.online.toolTip()
    widgets.show_report(
        SyncReport("1", pending=2, error="Server unreachable (no connection); will retry.",
                   transient=True)
    )  # fmt: skip
    assert "Offline" in widgets.online.text()
    widgets.show_report(SyncReport("1"))
    assert "Online" in widgets.online.text() and widgets.online.toolTip() == ""
