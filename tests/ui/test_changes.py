"""Pages refresh themselves from the one "what changed" signal (ui/changes.py): a check-in made
through the check-in service on the scanner page reaches the attendee list and the dashboard
with no window in between; a page on another hub hears nothing; switching event refreshes
every page of the main window; after an account switch every page works on the new account's
store."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from orga_app.app import AppContext
from orga_app.core.verdict import AttendeeSummary, Source
from orga_app.settings import Settings
from orga_app.ui.attendees import AttendeesPage
from orga_app.ui.changes import ChangeHub, Changes
from orga_app.ui.dashboard import DashboardPage
from orga_app.ui.scanner import ScannerPage
from orga_app.ui.sounds import NullSoundPlayer
from orga_app.ui.tasks import TaskRunner
from tests.helpers import (
    EVENT_ID,
    OTHER_EVENT_ID,
    Seeded,
    add_attendees,
    add_event,
    attendee_row,
    scan_log_rows,
    seeded_store,
)
from tests.ui.conftest import MakeWindow
from tests.ui.test_screens import open_event


@dataclass
class Pages:
    hub: ChangeHub
    scanner: ScannerPage
    attendees: AttendeesPage
    dashboard: DashboardPage
    tasks: TaskRunner


@pytest.fixture
def pages(qtbot: QtBot, seeded: Seeded) -> Iterator[Pages]:
    tasks = TaskRunner()
    hub = ChangeHub()
    scanner = ScannerPage(seeded.service, tasks, NullSoundPlayer(), camera_lister=list, changes=hub)
    attendees = AttendeesPage(seeded.store, seeded.service, tasks, changes=hub)
    dashboard = DashboardPage(seeded.store, tasks, changes=hub)
    for page in (scanner, attendees, dashboard):
        qtbot.addWidget(page)
        page.show()  # a hidden dashboard waits until it is shown
    scanner.set_event(EVENT_ID)
    with qtbot.waitSignal(attendees.model.loaded):
        attendees.set_event(EVENT_ID)
    with qtbot.waitSignal(dashboard.updated):
        dashboard.set_event(EVENT_ID)
    yield Pages(hub, scanner, attendees, dashboard, tasks)
    dashboard.stop()
    scanner.shutdown()
    tasks.shutdown()


def row_of(page: AttendeesPage, attendee_id: int) -> AttendeeSummary:
    return next(a for a in page.model.rows if a.id == attendee_id)


def test_a_check_in_at_the_scanner_updates_the_list_and_the_dashboard_by_the_signal(
    qtbot: QtBot, pages: Pages, seeded: Seeded
) -> None:
    person = seeded.rows[2]
    assert not row_of(pages.attendees, person["id"]).is_checked_in
    assert pages.dashboard.stats is not None and pages.dashboard.stats.counts.checked_in == 0
    with qtbot.waitSignal(pages.hub.changed) as announced:
        pages.scanner.submit(person["code"], Source.MANUAL)
    changes = announced.args[0]
    assert isinstance(changes, Changes) and changes.event_id == EVENT_ID
    assert changes.attendee is not None and changes.attendee.id == person["id"]
    # nobody called the list or the dashboard: they read the announcement themselves
    qtbot.waitUntil(lambda: row_of(pages.attendees, person["id"]).is_checked_in)
    qtbot.waitUntil(
        lambda: pages.dashboard.stats is not None and pages.dashboard.stats.counts.checked_in == 1
    )
    assert pages.dashboard.checked_tile.value.text() == "1 / 5"


def test_a_page_on_another_hub_hears_nothing(qtbot: QtBot, pages: Pages, seeded: Seeded) -> None:
    elsewhere = AttendeesPage(seeded.store, seeded.service, pages.tasks, changes=ChangeHub())
    qtbot.addWidget(elsewhere)
    with qtbot.waitSignal(elsewhere.model.loaded):
        elsewhere.set_event(EVENT_ID)
    person = seeded.rows[0]
    with qtbot.waitSignal(pages.hub.changed):
        pages.scanner.submit(person["code"], Source.MANUAL)
    qtbot.waitUntil(lambda: row_of(pages.attendees, person["id"]).is_checked_in)
    assert not row_of(elsewhere, person["id"]).is_checked_in


def test_changes_of_another_event_leave_the_pages_alone(
    qtbot: QtBot, pages: Pages, seeded: Seeded
) -> None:
    person = seeded.rows[1]
    checked = seeded.service.scan(EVENT_ID, person["code"])  # e.g. the kiosk, same store
    assert checked.attendee is not None
    with qtbot.assertNotEmitted(pages.attendees.model.loaded, wait=100):
        pages.hub.announce(Changes(OTHER_EVENT_ID, attendees=True))
    assert not row_of(pages.attendees, person["id"]).is_checked_in
    with qtbot.waitSignal(pages.attendees.model.loaded):
        pages.hub.announce(Changes(EVENT_ID, attendees=True))  # a download, say
    assert row_of(pages.attendees, person["id"]).is_checked_in


def test_switching_event_refreshes_every_page(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window = open_event(qtbot, make_window)
    qtbot.waitUntil(lambda: len(window.attendees.model.rows) == len(seeded.rows))
    add_event(seeded.store, OTHER_EVENT_ID, "Other Fair", ticket_id=99)
    add_attendees(seeded.store, [attendee_row(90, "Olga", "Other", event_id=OTHER_EVENT_ID,
                                              ticket_id=99)])  # fmt: skip
    checked = seeded.service.scan(OTHER_EVENT_ID, "90")  # typed at the other event's desk
    assert checked.attendee is not None
    window.tabs.setCurrentWidget(window.dashboard)
    window.show_events()
    qtbot.waitUntil(lambda: window.events.list.count() == 2)
    window.open_event(OTHER_EVENT_ID)
    window.tabs.setCurrentWidget(window.dashboard)
    qtbot.waitUntil(lambda: [a.id for a in window.attendees.model.rows] == [90])
    qtbot.waitUntil(
        lambda: (
            window.dashboard.stats is not None
            and window.dashboard.stats.counts.attendees == 1
            and window.dashboard.stats.counts.checked_in == 1
        )
    )
    assert window.scanner.event_id == OTHER_EVENT_ID
    assert window.problems.event_id == OTHER_EVENT_ID
    qtbot.waitUntil(lambda: window.scanner.counts.text() == "1 of 1 checked in")


def test_after_an_account_switch_every_page_works_on_the_new_store(
    qtbot: QtBot, make_window: MakeWindow, ctx: AppContext, seeded: Seeded, tmp_path: Path
) -> None:
    other = seeded_store(tmp_path / "other", n_attendees=2)  # same event id, another account
    new_ctx = AppContext(tmp_path, Settings(tmp_path), other.store, other.service)
    try:
        window = make_window(context_factory=lambda _dir: new_ctx)
        window.show()
        window.sign_out()
        assert window.ctx is new_ctx
        window.open_event(EVENT_ID)
        window.tabs.setCurrentWidget(window.dashboard)
        qtbot.waitUntil(lambda: len(window.attendees.model.rows) == 2)
        qtbot.waitUntil(
            lambda: (
                window.dashboard.stats is not None and window.dashboard.stats.counts.attendees == 2
            )
        )
        with qtbot.waitSignal(window.scanner.result_shown):
            window.scanner.submit(other.rows[1]["code"], Source.MANUAL)
        assert len(scan_log_rows(other.store)) == 1  # saved in the new account's store
        qtbot.waitUntil(lambda: row_of(window.attendees, other.rows[1]["id"]).is_checked_in)
        qtbot.waitUntil(lambda: window.scanner.counts.text() == "1 of 2 checked in")
    finally:
        other.store.close()
    assert scan_log_rows(seeded.store) == []  # the old account's store was left alone
