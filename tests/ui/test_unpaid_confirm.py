"""The staffed door's "Not paid: admit anyway?" (issue 11), on the real scanner page (pytest-qt,
offscreen) over a real SQLite store: a pending order on a list that admits pending orders is
refused until the door person answers with a key; Enter admits (queued with the note), Esc
refuses (nothing queued), and a typed code is never read as an answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from orga_app.core.verdict import Reason, ScanResult, Source
from orga_app.ui.scanner import ScannerPage
from orga_app.ui.sounds import NullSoundPlayer
from orga_app.ui.tasks import TaskRunner
from orga_app.ui.verdict_words import reason_words
from tests.helpers import outbox_rows
from tests.unit.test_pretix_checkin import MAIN, PENDING, PRETIX_EVENT, Door, make_door


@pytest.fixture
def door(tmp_path: Path) -> Iterator[Door]:
    found = make_door(tmp_path)
    yield found
    found.store.close()


@pytest.fixture
def page(qtbot: QtBot, door: Door) -> Iterator[ScannerPage]:
    door.choose(MAIN)  # Main entrance admits pending orders
    tasks = TaskRunner()
    scanner = ScannerPage(door.service, tasks, NullSoundPlayer(), camera_lister=list)
    qtbot.addWidget(scanner)
    scanner.show()
    scanner.set_event(PRETIX_EVENT)
    yield scanner
    scanner.shutdown()
    tasks.shutdown()


def scan_typed(qtbot: QtBot, page: ScannerPage, code: str) -> ScanResult:
    with qtbot.waitSignal(page.result_shown, timeout=5_000) as shown:
        qtbot.keyClicks(page.code_entry, code)
        qtbot.keyClick(page.code_entry, Qt.Key.Key_Return)
    result: ScanResult = shown.args[0]
    return result


def test_enter_admits_a_pending_order_after_the_question(
    qtbot: QtBot, page: ScannerPage, door: Door
) -> None:
    asked = scan_typed(qtbot, page, PENDING[1])
    assert asked.reason is Reason.ORDER_PENDING and asked.may_admit_unpaid
    assert page.unpaid.isVisible()
    assert "admit anyway" in reason_words(asked).lower()
    assert page.verdict.detail.text() == reason_words(asked)
    assert outbox_rows(door.store) == []  # nobody admitted yet
    with qtbot.waitSignal(page.result_shown, timeout=5_000) as shown:
        qtbot.keyClick(page.code_entry, Qt.Key.Key_Return)
    admitted: ScanResult = shown.args[0]
    assert admitted.reason is Reason.CHECKED_IN and admitted.order_unpaid
    assert not page.unpaid.isVisible()
    assert [r["attendee_id"] for r in outbox_rows(door.store)] == [PENDING[0]]


def test_escape_refuses_and_queues_nothing(qtbot: QtBot, page: ScannerPage, door: Door) -> None:
    scan_typed(qtbot, page, PENDING[1])
    with qtbot.waitSignal(page.result_shown, timeout=5_000) as shown:
        qtbot.keyClick(page.code_entry, Qt.Key.Key_Escape)
    refused: ScanResult = shown.args[0]
    assert refused.reason is Reason.ORDER_PENDING and not refused.may_admit_unpaid
    assert "admit anyway" not in page.verdict.detail.text().lower()
    assert not page.unpaid.isVisible()
    assert outbox_rows(door.store) == []


def test_typing_the_next_code_is_no_answer(qtbot: QtBot, page: ScannerPage, door: Door) -> None:
    """Space in a typed code (or its Enter) must not admit the unpaid order shown before."""
    scan_typed(qtbot, page, PENDING[1])
    refused = scan_typed(qtbot, page, "NO SUCH TICKET")
    assert refused.reason is Reason.UNKNOWN_CODE
    assert not page.unpaid.isVisible()
    assert outbox_rows(door.store) == []


def test_the_admit_button_admits_and_the_kiosk_is_never_asked(
    qtbot: QtBot, page: ScannerPage, door: Door
) -> None:
    scan_typed(qtbot, page, PENDING[1])
    with qtbot.waitSignal(page.result_shown, timeout=5_000) as shown:
        qtbot.mouseClick(page.unpaid.admit_button, Qt.MouseButton.LeftButton)
    assert shown.args[0].reason is Reason.CHECKED_IN
    kiosk = door.service.scan(PRETIX_EVENT, PENDING[1], source=Source.KIOSK, admit_unpaid=True)
    # already inside now, and a kiosk is never offered the question
    assert not kiosk.may_admit_unpaid
