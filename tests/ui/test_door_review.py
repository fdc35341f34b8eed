"""Review fixes at the door: busy and idle verdicts, stale results, camera stop/retry/probe,
problems selection and confirmation, error handlers, account switch order, kiosk task order."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import cv2
import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from orga_app.app import AppContext
from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, ScanResult, Source
from orga_app.demo.tickets import qr_image
from orga_app.scan.pipeline import Debouncer
from orga_app.scan.sources import Frame, FrameSource, SourceLost, SourceUnavailable
from orga_app.settings import Settings
from orga_app.store import events as store_events
from orga_app.store import lookup, outbox, summaries
from orga_app.store.models import OutboxState
from orga_app.sync.engine import SyncReport
from orga_app.ui.launch import make_kiosk_window
from orga_app.ui.scanner import ScannerPage
from orga_app.ui.sounds import NullSoundPlayer
from orga_app.ui.sync_status import SyncController
from orga_app.ui.tasks import Lane, TaskRunner
from tests.helpers import EVENT_ID, OTHER_EVENT_ID, Seeded, outbox_rows, seeded_store
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


# -- 1. busy, idle, stale results -----------------------------------------------------------


def test_a_slow_scan_shows_checking_instead_of_the_previous_verdict(
    qtbot: QtBot, make_scanner: MakeScanner, seeded: Seeded, gated: GatedScans
) -> None:
    scanner = make_scanner(busy_after_ms=10)
    with qtbot.waitSignal(scanner.result_shown):
        scanner.submit(seeded.rows[0]["code"], Source.MANUAL)
    assert scanner.verdict.name.text() == "Person0 Number0"
    gated.gate.clear()
    scanner.submit(seeded.rows[1]["code"], Source.MANUAL)
    qtbot.waitUntil(lambda: scanner.verdict.family == "busy")
    assert scanner.verdict.name.text() == ""  # the previous person's name is gone
    with qtbot.waitSignal(scanner.result_shown):
        gated.gate.set()
    assert scanner.verdict.name.text() == "Person1 Number1"
    assert not scanner.busy_timer.isActive()


def test_a_fast_scan_goes_straight_to_its_verdict(
    qtbot: QtBot, make_scanner: MakeScanner, seeded: Seeded
) -> None:
    scanner = make_scanner(busy_after_ms=60_000)
    scanner.submit(seeded.rows[0]["code"], Source.MANUAL)
    assert scanner.busy_timer.isActive()  # "Checking…" only if the answer takes long
    with qtbot.waitSignal(scanner.result_shown):
        pass
    assert not scanner.busy_timer.isActive()  # so it never flickers up after the verdict
    assert scanner.verdict.family == "success"


def test_a_result_for_the_previous_event_does_not_cover_the_new_one(
    qtbot: QtBot, make_scanner: MakeScanner, seeded: Seeded, gated: GatedScans
) -> None:
    scanner = make_scanner(busy_after_ms=60_000)
    gated.gate.clear()
    scanner.submit(seeded.rows[0]["code"], Source.MANUAL)
    scanner.set_event(OTHER_EVENT_ID)
    with qtbot.assertNotEmitted(scanner.result_shown):
        gated.gate.set()
        qtbot.waitUntil(lambda: scanner._tasks.active == 0)
    assert scanner.verdict.family == "idle"
    assert scanner.verdict.headline.text() == "Ready to check in"  # the prompt names the mode
    assert not scanner.busy_timer.isActive()
    assert [r["state"] for r in outbox_rows(seeded.store)] == ["queued"]  # it was saved


def test_the_verdict_returns_to_ready_to_scan(
    qtbot: QtBot, make_scanner: MakeScanner, seeded: Seeded
) -> None:
    scanner = make_scanner(idle_after_ms=20)
    with qtbot.waitSignal(scanner.result_shown):
        scanner.submit(seeded.rows[0]["code"], Source.MANUAL)
    assert scanner.verdict.family == "success"
    qtbot.waitUntil(lambda: scanner.verdict.family == "idle")
    assert scanner.verdict.headline.text() == "Ready to check in"


# -- fake cameras ---------------------------------------------------------------------------


class FakeCamera:
    """A live source. Without `image`, each read blocks until `gate` opens (an unplugged
    camera's read), then ends; with `image`, it delivers that picture at about 30 frames/s."""

    live = True

    def __init__(self, image: object | None = None, *, lose: bool = False) -> None:
        self.image = image
        self.lose = lose
        self.gate = threading.Event()
        self.reading = threading.Event()
        self.frames = 0

    @property
    def fps(self) -> float:
        return 30.0

    @property
    def size(self) -> tuple[int, int]:
        return (320, 240)

    def read(self) -> Frame | None:
        self.reading.set()
        if self.lose:
            raise SourceLost("the camera was unplugged")
        if self.image is None:
            self.gate.wait(5)
            return None
        self.gate.wait(1 / 30)  # a camera's frame interval
        self.frames += 1
        return Frame(image=self.image, index=self.frames, t=self.frames / 30)  # type: ignore[arg-type]

    def close(self) -> None:
        self.gate.set()


class Cameras:
    """A source factory handing out prepared sources (or errors) in order."""

    def __init__(self, *sources: FakeCamera | Exception) -> None:
        self.sources = list(sources)
        self.opened: list[str] = []

    def __call__(self, spec: str) -> FrameSource:
        self.opened.append(spec)
        source = self.sources.pop(0) if len(self.sources) > 1 else self.sources[0]
        if isinstance(source, Exception):
            raise source
        return source

    def release_all(self) -> None:
        for source in self.sources:
            if isinstance(source, FakeCamera):
                source.gate.set()


@pytest.fixture
def cameras() -> Iterator[list[Cameras]]:
    made: list[Cameras] = []
    yield made
    for factory in made:
        factory.release_all()


# -- 5. non-blocking stop, retry ------------------------------------------------------------


def test_stopping_a_camera_stuck_in_a_read_does_not_block_the_gui(
    qtbot: QtBot, make_scanner: MakeScanner, cameras: list[Cameras]
) -> None:
    stuck = FakeCamera()
    factory = Cameras(stuck)
    cameras.append(factory)
    scanner = make_scanner(source_factory=factory)
    scanner.start_camera("0")
    qtbot.waitUntil(stuck.reading.is_set)
    worker = scanner.cameras.worker
    assert worker is not None
    scanner.stop_camera()
    assert worker.isRunning()  # stop_camera returned while the read still hangs
    assert scanner.cameras.worker is None and scanner.cameras.retiring.workers == [worker]
    stuck.gate.set()
    qtbot.waitUntil(lambda: not scanner.cameras.retiring.workers)
    assert scanner.preview.message != "The video has ended."  # a retired thread says nothing


def test_a_lost_camera_is_tried_again_until_it_is_back(
    qtbot: QtBot, make_scanner: MakeScanner, cameras: list[Cameras]
) -> None:
    back = FakeCamera()
    factory = Cameras(FakeCamera(lose=True), SourceUnavailable("no such device"), back)
    cameras.append(factory)
    scanner = make_scanner(source_factory=factory, camera_retry_ms=60_000)
    scanner.start_camera("1")
    qtbot.waitUntil(lambda: scanner.preview.message.startswith("Camera unavailable — trying"))
    assert "unplugged" in scanner.preview.message
    assert scanner.cameras.worker is None and scanner.cameras.retry_timer.isActive()
    fire(scanner.cameras.retry_timer)
    qtbot.waitUntil(lambda: "no such device" in scanner.preview.message)
    assert factory.opened == ["1", "1"]
    assert scanner.cameras.retry_timer.isActive()  # still not there: tried again later
    fire(scanner.cameras.retry_timer)
    qtbot.waitUntil(back.reading.is_set)
    assert factory.opened == ["1", "1", "1"]
    assert scanner.cameras.worker is not None and scanner.cameras.worker.spec == "1"
    assert not scanner.cameras.retry_timer.isActive()
    scanner.stop_camera()  # the operator's Stop also ends the retrying
    assert not scanner.cameras.retry_timer.isActive()


# -- 2. settings and the camera probe -------------------------------------------------------


def test_a_probe_stops_the_camera_first_and_keeps_it_in_the_list(
    qtbot: QtBot, make_scanner: MakeScanner, cameras: list[Cameras]
) -> None:
    factory = Cameras(FakeCamera(), FakeCamera())
    cameras.append(factory)
    running_at_probe: list[object] = []

    def lister() -> list[int]:
        running_at_probe.append(scanner.cameras.worker)
        return []  # the probe cannot open camera 0: its old thread still holds it

    scanner = make_scanner(source_factory=factory, camera_lister=lister)
    scanner.start_camera("0")
    scanner.refresh_cameras("0")
    qtbot.waitUntil(lambda: len(factory.opened) == 2)
    assert running_at_probe == [None]
    assert scanner.camera_choice.count() == 1 and scanner.camera_choice.currentData() == "0"
    assert scanner.cameras.worker is not None and scanner.cameras.worker.spec == "0"


def test_saving_settings_reprobes_cameras_only_when_the_camera_changed(
    qtbot: QtBot, make_window: MakeWindow, ctx: AppContext
) -> None:
    probes: list[int] = []

    def lister() -> list[int]:
        probes.append(1)
        return []

    window = open_event(qtbot, make_window, camera_lister=lister, auto_camera=True)
    qtbot.waitUntil(lambda: probes == [1])
    ctx.settings.set("scan_mode", "out")
    window.apply_settings()
    assert window.scanner.mode is Mode.CHECK_OUT
    qtbot.waitUntil(lambda: window.tasks.active == 0)
    qtbot.waitUntil(lambda: window.tasks.active == 0)
    assert probes == [1]  # the camera was left alone
    ctx.settings.set("camera", "2")
    window.apply_settings()
    qtbot.waitUntil(lambda: probes == [1, 1])


def test_a_failing_camera_probe_shows_a_message(qtbot: QtBot, make_scanner: MakeScanner) -> None:
    def lister() -> list[int]:
        raise cv2.error("camera backend failed")

    scanner = make_scanner(camera_lister=lister)
    scanner.refresh_cameras()
    qtbot.waitUntil(lambda: "Could not look for cameras" in scanner.preview.message)


# -- 6. a failed camera scan may fire again --------------------------------------------------


def test_debouncer_forget_lets_a_held_code_fire_again() -> None:
    debounce = Debouncer(repeat_after=10.0, clock=lambda: 0.0)
    assert debounce.feed(["A", "B"], at=1.0) == ["A", "B"]
    assert debounce.feed(["A", "B"], at=2.0) == []
    debounce.forget("A")
    debounce.forget("never seen")
    assert debounce.feed(["A", "B"], at=3.0) == ["A"]


def test_a_ticket_held_up_after_not_saved_is_checked_again(
    qtbot: QtBot,
    make_scanner: MakeScanner,
    seeded: Seeded,
    cameras: list[Cameras],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code = seeded.rows[2]["code"]
    factory = Cameras(FakeCamera(qr_image(code)))
    cameras.append(factory)
    real_scan, calls = seeded.service.scan, []

    def first_fails(event_id: str, raw: str, mode: Mode, source: Source) -> ScanResult:
        calls.append(raw)
        if len(calls) == 1:
            raise locked()
        return real_scan(event_id, raw, mode, source)

    monkeypatch.setattr(seeded.service, "scan", first_fails)
    scanner = make_scanner(source_factory=factory, repeat_after=600.0)
    with qtbot.waitSignal(scanner.result_shown, timeout=10_000) as signal:
        scanner.start_camera("0")
    assert calls == [code, code]
    assert signal.args[0].verdict.value == "checked_in"
    assert scanner.sound.played == ["error", "success"]  # type: ignore[attr-defined]


# -- 7. expected errors get a message, not the crash dialog ---------------------------------


def test_a_locked_store_after_a_sync_report_is_a_notice(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_event(qtbot, make_window)
    with qtbot.waitSignal(window.scanner.result_shown):
        window.scanner.submit(seeded.rows[0]["code"], Source.MANUAL)

    def has_unsent(*_args: object) -> bool:
        raise locked()

    monkeypatch.setattr(lookup, "has_unsent", has_unsent)
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

    monkeypatch.setattr(summaries, "get", get)
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
        qtbot.waitUntil(lambda: len(order) == 2)  # off the GUI thread, in this order
        assert order == ["sync stopped", "store closed"]
        assert window.ctx is new_ctx
    finally:
        other.store.close()


# -- 9. kiosk scans answer in order ----------------------------------------------------------


def test_the_kiosk_checks_one_scan_at_a_time(ctx: AppContext) -> None:
    ctx.settings.set("speech", "off")  # a real speech engine is tested in test_speech_real
    kiosk = make_kiosk_window(ctx, sync=None)
    try:
        assert kiosk.tasks.lane_threads(Lane.STORE) == 1
    finally:
        kiosk.shutdown()
        kiosk.deleteLater()


# -- 10. one way to read every event ---------------------------------------------------------


def test_read_all_events_reads_the_cached_events(seeded: Seeded) -> None:
    found = store_events.read_all_events(seeded.store)
    assert [e.id for e in found] == [EVENT_ID]
