"""A pretix-type door whose server cannot be reached (a real closed loopback port): the scan is
judged locally at once and the scanner page says "offline verdicts" under it (issue 11)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import OnlineState, Reason, ScanResult
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.pretix.client import PretixClient, ServerKind
from orga_app.sync.pretix.online import PretixOnlineCheck
from orga_app.ui.scanner import ScannerPage
from orga_app.ui.sounds import NullSoundPlayer
from orga_app.ui.tasks import TaskRunner
from tests.helpers import outbox_rows
from tests.unit.test_pretix_checkin import MAIN, PAID_STANDARD, PRETIX_EVENT, Door, make_door


def closed_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def door(tmp_path: Path) -> Iterator[Door]:
    found = make_door(tmp_path)
    found.choose(MAIN)
    yield found
    found.store.close()


def test_an_unreachable_server_gives_a_local_verdict_and_says_offline(
    qtbot: QtBot, door: Door
) -> None:
    client = PretixClient(
        f"http://127.0.0.1:{closed_port()}",
        organizer="demo",
        token="t" * 40,
        kind=ServerKind.PRETIX,
    )
    check = PretixOnlineCheck(client, door.store, budget=1.0)
    service = CheckInService(
        StoreCheckInRepository(door.store), lambda: "door-1", online=lambda _event: check
    )
    tasks = TaskRunner()
    page = ScannerPage(service, tasks, NullSoundPlayer(), camera_lister=list)
    qtbot.addWidget(page)
    page.show()
    page.set_event(PRETIX_EVENT)
    try:
        with qtbot.waitSignal(page.result_shown, timeout=5_000) as shown:
            qtbot.keyClicks(page.code_entry, PAID_STANDARD[1])
            qtbot.keyClick(page.code_entry, Qt.Key.Key_Return)
        result: ScanResult = shown.args[0]
        assert result.reason is Reason.CHECKED_IN and result.pending and not result.by_server
        assert result.online is OnlineState.OFFLINE
        assert page.online_hint.isVisible()
        assert "offline verdicts" in page.online_hint.text().lower()
        [row] = outbox_rows(door.store)
        assert row["attendee_id"] == PAID_STANDARD[0]
    finally:
        page.shutdown()
        tasks.shutdown()
        client.close()
