"""Review fixes at the door: busy and idle verdicts, stale results, camera stop/retry/probe,
problems selection and confirmation, error handlers, account switch order, kiosk task order."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from orga_app.app import AppContext
from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, ScanResult, Source
from orga_app.settings import Settings
from orga_app.store import attendees as store_attendees
from orga_app.store import events as store_events
from orga_app.store import outbox
from orga_app.store.models import OutboxState
from orga_app.sync.engine import SyncReport
from orga_app.ui.main_window import make_kiosk_window
from orga_app.ui.scanner import ScannerPage
from orga_app.ui.sounds import NullSoundPlayer
from orga_app.ui.sync_status import SyncController
from orga_app.ui.tasks import TaskRunner
from tests.helpers import EVENT_ID, Seeded, outbox_rows, seeded_store
from tests.ui.conftest import MakeWindow
from tests.ui.test_screens import open_event

MakeScanner = Callable[..., ScannerPage]


def fire(timer: QTimer) -> None:
    """The injected wait is over now (the test decides when "a few seconds" have passed)."""
    timer.stop()
    timer.timeout.emit()


def locked() -> OperationalError:
    return OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))


@pytest.fixture
def make_scanner(qtbot: QtBot, seeded: Seeded) -> Iterator[MakeScanner]:
    pages: list[ScannerPage] = []

    def make(**kwargs: object) -> ScannerPage:
        options: dict[str, object] = {"camera_lister": list}
        options.update(kwargs)
        tasks = TaskRunner()
        page = ScannerPage(seeded.service, tasks, NullSoundPlayer(), **options)  # type: ignore[arg-type]
        tasks.setParent(page)
        qtbot.addWidget(page)
        page.set_event(EVENT_ID)
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.shutdown()
        page._tasks.shutdown()


class GatedScans:
    """Wraps CheckInService.scan: while `gate` is closed, scans wait (a sync holds the store)."""

    def __init__(self, service: CheckInService) -> None:
        self._scan = service.scan
        self.gate = threading.Event()
        self.gate.set()

    def __call__(self, event_id: str, raw: str, mode: Mode, source: Source) -> ScanResult:
        self.gate.wait(10)
        return self._scan(event_id, raw, mode, source)


@pytest.fixture
def gated(seeded: Seeded, monkeypatch: pytest.MonkeyPatch) -> Iterator[GatedScans]:
    scans = GatedScans(seeded.service)
    monkeypatch.setattr(seeded.service, "scan", scans)
    yield scans
    scans.gate.set()


# -- 7. expected errors get a message, not the crash dialog ---------------------------------


def test_a_locked_store_after_a_sync_report_is_a_notice(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_event(qtbot, make_window)
    with qtbot.waitSignal(window.scanner.result_shown):
        window.scanner.submit(seeded.rows[0]["code"], Source.MANUAL)

    def has_unsent(*_args: object) -> bool:
        raise locked()

    monkeypatch.setattr(store_attendees, "has_unsent", has_unsent)
    window._sync_report(SyncReport(EVENT_ID, uploaded=1))
    qtbot.waitUntil(lambda: "database is busy" in window.notice.text())
    assert "upload" in window.scanner.verdict.sync.text()  # still said to be waiting


def test_a_locked_store_in_the_details_pane_is_a_message(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_event(qtbot, make_window)
    page = window.attendees
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)

    def get(*_args: object) -> object:
        raise locked()

    monkeypatch.setattr(store_attendees, "get", get)
    page.table.selectRow(1)
    qtbot.waitUntil(lambda: "database is busy" in page.message.text())


# -- 3. a way back from the sign-in page ----------------------------------------------------


def test_refresh_offline_can_go_back_to_the_cached_events_and_scan(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window = make_window()
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.events.list.count() == 1)
    qtbot.mouseClick(window.events.refresh_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == window.LOGIN
    assert window.login.back_button.isVisible()
    qtbot.mouseClick(window.login.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == window.EVENTS
    qtbot.waitUntil(lambda: window.events.list.count() == 1)
    qtbot.mouseClick(window.events.open_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.scanner.result_shown):
        window.scanner.submit(seeded.rows[0]["code"], Source.MANUAL)
    assert window.scanner.verdict.family == "success"


def test_no_way_back_without_cached_events(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    from orga_app.app import open_app

    empty = open_app(str(tmp_path / "empty"))
    try:
        window = make_window(empty)
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.stack.currentIndex() == window.LOGIN)
        assert not window.login.back_button.isVisible()
    finally:
        window.shutdown()
        empty.close()


# -- 4. problems: selection by outbox id, confirmed discard ---------------------------------


def test_discard_keeps_to_the_selected_person_across_a_reload(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    for row in seeded.rows[:3]:
        seeded.service.scan(EVENT_ID, row["code"])
    with seeded.store.write() as conn:
        failed = outbox.unsent(conn, EVENT_ID)
        for item in failed:
            outbox.set_state(conn, item.id, OutboxState.FAILED, error="ticket is restricted")
    asked: list[str] = []
    answers = [False, True]

    def confirm(_title: str, question: str) -> bool:
        asked.append(question)
        return answers.pop(0)

    window = open_event(qtbot, make_window, confirm=confirm)
    window.tabs.setCurrentWidget(window.problems)
    page = window.problems
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    page.table.selectRow(1)  # Person1
    with seeded.store.write() as conn:  # meanwhile another door's retry settled Person0's row
        outbox.set_state(conn, failed[0].id, OutboxState.DONE)
    page.reload()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    assert page.selected_ids() == [failed[1].id]
    page.discard_button.click()  # answered "no": nothing happens
    assert "Person1 Number1" in asked[0] and "Person2" not in asked[0]
    page.discard_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    states = {r["id"]: r["state"] for r in outbox_rows(seeded.store)}
    assert states == {failed[0].id: "done", failed[1].id: "discarded", failed[2].id: "failed"}


# -- 8. account switch: sync down before the store closes -----------------------------------


class RecordingSync(SyncController):
    def __init__(self, order: list[str]) -> None:
        super().__init__(engine=None)  # type: ignore[arg-type]
        self.order = order

    def shutdown(self) -> None:
        self.order.append("sync stopped")
        super().shutdown()


def test_switching_accounts_stops_sync_before_closing_the_store(
    qtbot: QtBot,
    make_window: MakeWindow,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    order: list[str] = []
    other = seeded_store(tmp_path / "other")
    new_ctx = AppContext(tmp_path, Settings(tmp_path), other.store, other.service)
    old_close = ctx.close

    def close() -> None:
        order.append("store closed")
        old_close()

    monkeypatch.setattr(ctx, "close", close)
    try:
        window = make_window(
            sync_factory=lambda _ctx: RecordingSync(order),
            context_factory=lambda _dir: new_ctx,
        )
        window.sign_out()
        assert order == ["sync stopped", "store closed"]
        assert window.ctx is new_ctx
    finally:
        other.store.close()


# -- 9. kiosk scans answer in order ----------------------------------------------------------


def test_the_kiosk_checks_one_scan_at_a_time(ctx: AppContext) -> None:
    kiosk = make_kiosk_window(ctx, sync=None)
    try:
        assert kiosk.tasks.max_threads == 1
    finally:
        kiosk.shutdown()
        kiosk.deleteLater()


# -- 10. one way to read every event ---------------------------------------------------------


def test_read_all_events_reads_the_cached_events(seeded: Seeded) -> None:
    found = store_events.read_all_events(seeded.store)
    assert [e.id for e in found] == [EVENT_ID]
