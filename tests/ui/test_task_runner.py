"""The UI's one background runner: the store lane keeps order, run_on_main reaches the GUI
thread from any thread, and switching accounts never makes the GUI thread wait for work under
way (the old store closes only after that work, off the GUI thread)."""

from __future__ import annotations

import sqlite3
import threading
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orga_app.app import AppContext
from orga_app.settings import Settings
from orga_app.sync.scheduler import SyncScheduler
from orga_app.ui.sync_status import SyncController
from orga_app.ui.tasks import Lane, TaskRunner
from tests.helpers import EVENT_ID, OTHER_EVENT_ID, Seeded, seeded_store
from tests.ui.conftest import MakeWindow
from tests.ui.test_sync_settings import signed_in_offline_engine

# Only a safety valve: if the GUI thread waited for the blocked task, this releases it (and
# the test fails); a switch that does not wait is back long before.
WATCHDOG_SECONDS = 10.0


def test_the_store_lane_answers_in_the_order_asked(qtbot: QtBot) -> None:
    runner = TaskRunner()
    try:
        gate = threading.Event()
        answers: list[int] = []
        runner.run(lambda: gate.wait(10), lane=Lane.STORE)
        for n in range(5):
            runner.run(partial(int, n), answers.append, lane=Lane.STORE)
        gate.set()
        qtbot.waitUntil(lambda: len(answers) == 5)
        assert answers == [0, 1, 2, 3, 4]
        assert runner.lane_threads(Lane.STORE) == 1
    finally:
        runner.shutdown()


def test_run_on_main_runs_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    ran_on: list[QThread] = []
    try:
        worker = threading.Thread(
            target=lambda: runner.run_on_main(lambda: ran_on.append(QThread.currentThread()))
        )
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(ran_on) == 1)
        app = QApplication.instance()
        assert app is not None and ran_on[0] is app.thread()
    finally:
        runner.shutdown()


def test_switching_accounts_does_not_wait_for_a_slow_task(
    qtbot: QtBot,
    make_window: MakeWindow,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = seeded_store(tmp_path / "other")
    new_ctx = AppContext(tmp_path, Settings(tmp_path), other.store, other.service)
    order: list[str] = []
    old_close = ctx.close

    def close() -> None:
        order.append("old store closed")
        old_close()

    monkeypatch.setattr(ctx, "close", close)
    gate = threading.Event()
    watchdog = threading.Timer(WATCHDOG_SECONDS, gate.set)
    started = threading.Event()

    def slow_store_work() -> None:  # e.g. a scan being saved while the disk is slow
        started.set()
        gate.wait(60)
        order.append("slow task done")

    try:
        window = make_window(context_factory=lambda _dir: new_ctx)
        window.tasks.run(slow_store_work, lane=Lane.STORE)
        qtbot.waitUntil(started.is_set)
        watchdog.start()
        window.sign_out()
        released_by_watchdog = gate.is_set()
        assert window.ctx is new_ctx
        assert not released_by_watchdog, "the GUI thread waited for the slow task"
        assert order == []  # the old store stays open while work on it runs
        gate.set()
        qtbot.waitUntil(lambda: len(order) == 2)
        assert order == ["slow task done", "old store closed"]
    finally:
        watchdog.cancel()
        gate.set()
        other.store.close()


def test_switching_events_does_not_wait_for_a_locked_job_table(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded, tmp_path: Path
) -> None:
    """Opening another event moves the sync's pull job, a write to the job table in the
    store's file. Another program holds that file's write lock: the switch still returns at
    once, and the pull job moves once the lock is gone."""

    def offline_sync(context: AppContext) -> SyncController:
        engine = signed_in_offline_engine(context)
        return SyncController(
            engine,
            lambda on_report: SyncScheduler(
                engine, context.store, pull_interval=3600, on_report=on_report
            ),
        )

    window = make_window(sync_factory=offline_sync)
    window.open_event(EVENT_ID)
    qtbot.waitUntil(lambda: f"pull:{EVENT_ID}" in job_ids(window.sync), timeout=10000)
    blocker = sqlite3.connect(seeded.store.path, isolation_level=None, check_same_thread=False)
    released = threading.Event()

    def release() -> None:
        released.set()
        blocker.rollback()

    watchdog = threading.Timer(WATCHDOG_SECONDS, release)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        watchdog.start()
        window.open_event(OTHER_EVENT_ID)
        released_by_watchdog = released.is_set()
        assert window.event_id == OTHER_EVENT_ID
        assert not released_by_watchdog, "the GUI thread waited for the locked job table"
    finally:
        watchdog.cancel()
        if not released.is_set():
            blocker.rollback()
        blocker.close()
    qtbot.waitUntil(lambda: f"pull:{OTHER_EVENT_ID}" in job_ids(window.sync), timeout=15000)


def job_ids(sync: SyncController | None) -> list[str]:
    scheduler = sync.scheduler if sync is not None else None
    return scheduler.pending_job_ids() if isinstance(scheduler, SyncScheduler) else []
