"""The Pusher folds requests that arrive while an upload runs into one more run per event, asks
the store which events have rows waiting only on its own thread, and keeps running after a
push that raised."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from orga_app.sync.pusher import Pusher

WAIT = 10.0


class Recorder:
    """A push function that records each run and holds the first one until released."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.runs: list[str] = []
        self.first_started = threading.Event()
        self.release = threading.Event()
        self.ran = threading.Condition()
        self._fail_on = fail_on

    def __call__(self, event_id: str) -> None:
        if not self.first_started.is_set():
            self.first_started.set()
            assert self.release.wait(WAIT)
        with self.ran:
            self.runs.append(event_id)
            self.ran.notify_all()
        if event_id == self._fail_on:
            raise RuntimeError("a push that broke")

    def wait_for(self, count: int) -> list[str]:
        with self.ran:
            assert self.ran.wait_for(lambda: len(self.runs) >= count, WAIT), self.runs
            return list(self.runs)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def pusher(recorder: Recorder) -> Iterator[Pusher]:
    started = Pusher(recorder, list)
    started.start()
    try:
        yield started
    finally:
        recorder.release.set()
        assert started.stop(WAIT)


def test_requests_during_an_upload_become_one_more_run_per_event(
    pusher: Pusher, recorder: Recorder
) -> None:
    pusher.request("1")
    assert recorder.first_started.wait(WAIT)
    for _ in range(20):  # a burst of scans while the first upload is under way
        pusher.request("1")
    pusher.request("2")
    recorder.release.set()
    assert recorder.wait_for(3) == ["1", "1", "2"]
    pusher.request("2")
    assert recorder.wait_for(4) == ["1", "1", "2", "2"]


def test_every_pending_event_is_pushed_once_and_read_on_the_pushers_thread(
    recorder: Recorder,
) -> None:
    recorder.release.set()
    readers: list[str] = []

    def pending_events() -> list[str]:
        readers.append(threading.current_thread().name)
        return ["9", "1", "9"]

    pusher = Pusher(recorder, pending_events)
    pusher.start()
    try:
        pusher.request_every_pending()
        recorder.wait_for(2)
    finally:
        assert pusher.stop(WAIT)
    assert recorder.runs == ["9", "1"]
    assert readers == ["sync-push"]  # never the caller's thread (the GUI's, for NetworkWatch)


def test_a_push_that_raises_does_not_end_the_pusher() -> None:
    recorder = Recorder(fail_on="bad")
    recorder.release.set()
    pusher = Pusher(recorder, list)
    pusher.start()
    try:
        pusher.request("bad")
        recorder.wait_for(1)
        pusher.request("good")
        assert recorder.wait_for(2) == ["bad", "good"]
    finally:
        assert pusher.stop(WAIT)
    assert not pusher.running
    pusher.request("late")  # after stop: dropped, never run
    assert recorder.runs == ["bad", "good"]
