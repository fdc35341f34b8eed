"""Each screen constructs and shows; the scanner checks in by manual entry; search, problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from orga_app.app import AppContext
from orga_app.core.verdict import Source
from orga_app.store import outbox
from orga_app.store.models import OutboxState
from orga_app.sync.errors import InvalidCredentialsError, TlsError, TransientNetworkError
from orga_app.ui.errors import CrashDialog, ExceptHook, user_message
from orga_app.ui.settings_dialog import SettingsDialog
from orga_app.ui.sync_status import SyncStatusWidgets
from tests.helpers import EVENT_ID, Seeded, add_attendees, attendee_row, outbox_rows
from tests.ui.conftest import MakeWindow


def open_event(qtbot: QtBot, make_window: MakeWindow, **kwargs: object):  # type: ignore[no-untyped-def]
    window = make_window(**kwargs)
    window.show()
    window.start()  # the seeded store has one event and no last event: the picker shows
    qtbot.waitUntil(lambda: window.events.list.count() == 1)
    assert window.stack.currentIndex() == window.EVENTS
    qtbot.mouseClick(window.events.open_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == window.WORK
    return window


def test_every_screen_shows(qtbot: QtBot, make_window: MakeWindow, ctx: AppContext) -> None:
    window = make_window()
    window.show()
    for index in (window.LOGIN, window.EVENTS, window.WORK):
        window.stack.setCurrentIndex(index)
        current = window.stack.currentWidget()
        assert current is not None and current.isVisible()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        assert window.tabs.currentWidget().isVisible()
    dialog = SettingsDialog(ctx.settings, [0, 2])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.camera.count() == 2
    crash = CrashDialog("Traceback ...", Path("/tmp/crash.txt"))
    qtbot.addWidget(crash)
    crash.show()
    assert crash.isVisible()


def test_empty_store_starts_at_sign_in(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    from orga_app.app import open_app

    empty = open_app(str(tmp_path / "empty"))
    try:
        window = make_window(empty)
        window.start()
        qtbot.waitUntil(lambda: window.tasks.active == 0)
        assert window.stack.currentIndex() == window.LOGIN
    finally:
        window.shutdown()
        empty.close()


def test_manual_entry_checks_in_and_shows_green_with_the_name(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window = open_event(qtbot, make_window)
    scanner = window.scanner
    row = seeded.rows[2]
    with qtbot.waitSignal(scanner.result_shown, timeout=5000):
        qtbot.keyClicks(scanner.code_entry, row["code"])
        qtbot.keyClick(scanner.code_entry, Qt.Key.Key_Return)
    assert scanner.verdict.family == "success"
    assert scanner.verdict.name.text() == "Person2 Number2"
    assert scanner.verdict.ticket.text() == "Regular"
    assert "upload" in scanner.verdict.sync.text()  # pending tick until the server has it
    assert window.sound.played == ["success"]  # type: ignore[attr-defined]
    assert [r["state"] for r in outbox_rows(seeded.store)] == ["queued"]
    # the same ticket again: amber, with when and which device
    with qtbot.waitSignal(scanner.result_shown, timeout=5000):
        scanner.submit(row["code"], Source.MANUAL)
    assert scanner.verdict.family == "warning"
    assert "door-1" in scanner.verdict.detail.text()
    with qtbot.waitSignal(scanner.result_shown, timeout=5000):
        scanner.submit("no-such-ticket-here", Source.MANUAL)
    assert scanner.verdict.family == "error"
    assert scanner.verdict.headline.text() == "UNKNOWN TICKET"
    qtbot.waitUntil(lambda: "1 of 5" in scanner.counts.text())


def test_search_filters_the_table_and_lazy_loads_pages(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    extra = [attendee_row(100 + i, f"Guest{i}", f"Visitor{i}") for i in range(445)]
    add_attendees(seeded.store, extra)  # 450 in all
    window = open_event(qtbot, make_window)
    page = window.attendees
    model = page.model
    qtbot.waitUntil(lambda: model.total == 450)
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 450)
    assert not model.canFetchMore()
    with qtbot.waitSignal(model.loaded, timeout=5000):
        qtbot.keyClicks(page.search, "Number3")  # debounced: one query after typing stops
    qtbot.waitUntil(lambda: model.total == 1 and model.rowCount() == 1)
    assert model.attendee(0) is not None
    assert model.attendee(0).lastname == "Number3"  # type: ignore[union-attr]
    page.search.clear()
    qtbot.waitUntil(lambda: model.total == 450)


def test_list_check_in_and_confirmed_check_out(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    asked: list[str] = []

    def confirm(_title: str, question: str) -> bool:
        asked.append(question)
        return True

    window = open_event(qtbot, make_window, confirm=confirm)
    page = window.attendees
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    page.table.selectRow(0)
    qtbot.waitUntil(page.checkin_button.isEnabled)
    with qtbot.waitSignal(page.checked, timeout=5000) as signal:
        page.checkin_button.click()
    assert signal.args[0].verdict.value == "checked_in"
    qtbot.waitUntil(lambda: "door-1" in page.details.toPlainText())
    qtbot.waitUntil(page.checkout_button.isEnabled)
    with qtbot.waitSignal(page.checked, timeout=5000) as signal:
        page.checkout_button.click()
    assert signal.args[0].verdict.value == "checked_out"
    assert asked and "Number0" in asked[0]
    actions = [r["action"] for r in outbox_rows(seeded.store)]
    assert actions == ["check_in", "check_out"]


def test_problems_retry_and_discard_change_outbox_rows(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    for row in seeded.rows[:2]:
        seeded.service.scan(EVENT_ID, row["code"])
    with seeded.store.write() as conn:
        for item in outbox.unsent(conn, EVENT_ID):
            outbox.set_state(conn, item.id, OutboxState.FAILED, error="ticket is restricted")
    window = open_event(qtbot, make_window, confirm=lambda _title, _question: True)
    window.tabs.setCurrentWidget(window.problems)
    page = window.problems
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    assert page.table.item(0, 4).text() == "ticket is restricted"
    qtbot.waitUntil(window.status.problems.isVisible)
    page.table.selectRow(0)
    page.retry_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.table.selectRow(0)
    page.discard_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    assert [r["state"] for r in outbox_rows(seeded.store)] == ["queued", "discarded"]


def test_expected_trouble_gets_specific_messages() -> None:
    assert "Wrong email or password" in user_message(InvalidCredentialsError(status=401))
    assert "certificate" in user_message(TlsError())
    assert "cannot be reached" in user_message(TransientNetworkError(maybe_applied=False))


def test_excepthook_writes_a_crash_file_and_shows(tmp_path: Path) -> None:
    shown: list[tuple[str, Path | None]] = []
    hook = ExceptHook(tmp_path / "logs", show=lambda d, p: shown.append((d, p)))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        hook(RuntimeError, exc, exc.__traceback__)
    assert shown and "boom" in shown[0][0]
    assert shown[0][1] is not None and "boom" in shown[0][1].read_text()


def test_status_bar_shows_progress_and_offline(qtbot: QtBot) -> None:
    from orga_app.sync.engine import SyncReport

    def report(
        error: str | None = "Server unreachable (no connection); will retry.",
        pending: int = 3,
    ) -> SyncReport:
        return SyncReport("1", pending=pending, error=error, transient=error is not None)

    widgets = SyncStatusWidgets()
    widgets.show_progress("download", 10, 100)
    assert not widgets.progress.isHidden() and widgets.progress.value() == 10
    widgets.show_report(report())
    assert "Offline" in widgets.online.text() and widgets.progress.isHidden()
    widgets.show_report(report(error=None, pending=0))
    assert "Online" in widgets.online.text()


def test_a_full_disk_shows_not_saved_and_changes_nothing(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    from sqlalchemy import event

    window = open_event(qtbot, make_window)
    scanner = window.scanner
    store = seeded.store

    # SQLite's page limit makes every new page fail with SQLITE_FULL, as a full disk does.
    def no_room(dbapi_conn: object, _record: object) -> None:
        cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(store.engine, "connect", no_room)
    store.engine.dispose()
    big = "x" * 400  # a malformed-looking but long code: the scan log row needs room too
    for _ in range(60):  # fill what is left of the last page with scan-log rows
        try:
            seeded.service.scan(EVENT_ID, big, source=Source.MANUAL)
        except Exception:
            break
    scanner.submit(seeded.rows[3]["code"], Source.MANUAL)
    qtbot.waitUntil(lambda: scanner.verdict.headline.text() == "NOT SAVED", timeout=5000)
    assert scanner.verdict.family == "error"
    assert "disk is full" in scanner.verdict.detail.text()
    assert outbox_rows(store) == []  # the check-in was not half-written
