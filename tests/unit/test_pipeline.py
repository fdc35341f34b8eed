"""Debounce rules, latest-frame-wins decoding, and the deterministic file scan."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from orga_app.demo.tickets import VideoTicket, make_ticket_video
from orga_app.scan.decoders import Detection, make_decoder
from orga_app.scan.pipeline import (
    GIL_SWITCH_SECONDS,
    CodeEvent,
    Debouncer,
    ScanPipeline,
    scan_stream,
)
from orga_app.scan.sources import Frame, OpenCvCaptureSource

CODES = [
    "a1b2c3d4-e5f6-4711-8a9b-0123456789ab-1a2b3c",
    "b2c3d4e5-f6a7-4822-9bac-123456789abc-2b3c4d",
    "c3d4e5f6-a7b8-4933-acbd-23456789abcd-3c4d5e",
    "d4e5f6a7-b8c9-4a44-bdce-3456789abcde-4d5e6f",
    "e5f6a7b8-c9da-4b55-cedf-456789abcdef-5e6f7a",
]
WAIT = 10.0  # generous upper bound for thread hand-overs; never reached when things work


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


# --- Debouncer -------------------------------------------------------------------------------


def test_code_held_in_front_of_camera_fires_once() -> None:
    clock = FakeClock()
    debouncer = Debouncer(repeat_after=3.0, clock=clock)
    fired = []
    for _ in range(100):  # 10 s at 10 frames per second
        fired += debouncer.feed(["A"])
        clock.now += 0.1
    assert fired == ["A"]


def test_decode_dropouts_while_held_do_not_refire() -> None:
    clock = FakeClock()
    debouncer = Debouncer(repeat_after=3.0, clock=clock)
    fired = []
    for step in range(60):
        # Every third frame misses the code (blur, a finger): shorter gaps than repeat_after.
        fired += debouncer.feed([] if step % 3 == 0 else ["A"])
        clock.now += 0.5
    assert fired == ["A"]


def test_same_code_fires_again_after_being_away_repeat_after() -> None:
    clock = FakeClock()
    debouncer = Debouncer(repeat_after=3.0, clock=clock)
    assert debouncer.feed(["A"]) == ["A"]
    clock.now += 2.9
    assert debouncer.feed(["A"]) == []  # back too soon: the same showing
    clock.now += 3.0
    assert debouncer.feed(["A"]) == ["A"]  # shown again: the door says "already checked in"


def test_codes_are_debounced_independently_and_in_order() -> None:
    clock = FakeClock()
    debouncer = Debouncer(repeat_after=3.0, clock=clock)
    assert debouncer.feed(["A", "B", "A"]) == ["A", "B"]
    clock.now += 1
    assert debouncer.feed(["C", "B"]) == ["C"]


def test_explicit_time_overrides_clock() -> None:
    debouncer = Debouncer(repeat_after=1.0, clock=lambda: pytest.fail("clock must not be read"))
    assert debouncer.feed(["A"], at=0.0) == ["A"]
    assert debouncer.feed(["A"], at=0.5) == []
    assert debouncer.feed(["A"], at=1.6) == ["A"]


def test_reset_forgets_everything() -> None:
    debouncer = Debouncer(repeat_after=3.0, clock=FakeClock())
    debouncer.feed(["A"])
    debouncer.reset()
    assert debouncer.feed(["A"]) == ["A"]


def test_negative_repeat_after_is_refused() -> None:
    with pytest.raises(ValueError, match="repeat_after"):
        Debouncer(repeat_after=-1)


# --- ScanPipeline ----------------------------------------------------------------------------


class GatedDecoder:
    """A fake decoder that can be held on a gate to play a slow decoder; reads frame markers."""

    name = "gated"

    def __init__(self, codes: dict[int, str]) -> None:
        self.codes = codes
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()
        self.seen: list[int] = []
        self._index_of: dict[int, int] = {}

    def remember(self, frame: Frame) -> Frame:
        self._index_of[id(frame.image)] = frame.index
        return frame

    def decode(self, frame: NDArray[np.uint8]) -> list[Detection]:
        index = self._index_of[id(frame)]
        self.seen.append(index)
        self.entered.set()
        assert self.gate.wait(WAIT)
        code = self.codes.get(index)
        if code == "boom":
            raise RuntimeError("decoder crashed")
        return [] if code is None else [Detection(code, code.encode(), ((0, 0),), "QR_CODE")]


class Recorder:
    def __init__(self) -> None:
        self.events: list[CodeEvent] = []
        self.decoded: list[tuple[int, int]] = []
        self.done = threading.Event()
        self.until = -1

    def on_code(self, event: CodeEvent) -> None:
        self.events.append(event)

    def on_frame(self, frame: Frame, detections: list[Detection]) -> None:
        self.decoded.append((frame.index, len(detections)))
        if frame.index == self.until:
            self.done.set()


def make_frame(decoder: GatedDecoder, index: int) -> Frame:
    return decoder.remember(Frame(np.zeros((4, 4), np.uint8), index, index / 10))


def test_latest_frame_wins_when_decoder_is_slow() -> None:
    decoder = GatedDecoder({0: "A", 9: "B"})
    recorder = Recorder()
    recorder.until = 9
    pipeline = ScanPipeline(decoder, recorder.on_code, on_frame_decoded=recorder.on_frame)
    pipeline.start()
    try:
        decoder.gate.clear()  # the decoder is "slow": stuck on the first frame
        pipeline.submit(make_frame(decoder, 0))
        assert decoder.entered.wait(WAIT)
        for index in range(1, 10):
            pipeline.submit(make_frame(decoder, index))
        decoder.gate.set()
        assert recorder.done.wait(WAIT)
    finally:
        pipeline.stop()

    assert decoder.seen == [0, 9]  # frames 1-8 went stale and were never decoded
    assert [e.text for e in recorder.events] == ["A", "B"]
    assert [e.frame_index for e in recorder.events] == [0, 9]
    stats = pipeline.stats()
    assert (stats.submitted, stats.decoded, stats.dropped, stats.errors) == (10, 2, 8, 0)
    assert stats.avg_decode_ms > 0
    assert not pipeline.running


def run_one_by_one(
    pipeline: ScanPipeline, decoder: GatedDecoder, recorder: Recorder, indexes: list[int]
) -> None:
    """Submit frames one at a time, waiting for each to be decoded (no drops)."""
    for index in indexes:
        recorder.done.clear()
        recorder.until = index
        pipeline.submit(make_frame(decoder, index))
        assert recorder.done.wait(WAIT)


def test_pipeline_debounces_with_its_clock() -> None:
    clock = FakeClock()
    decoder = GatedDecoder({i: "A" for i in range(20)})
    recorder = Recorder()
    pipeline = ScanPipeline(
        decoder, recorder.on_code, repeat_after=3.0, clock=clock, on_frame_decoded=recorder.on_frame
    )
    pipeline.start()
    try:
        run_one_by_one(pipeline, decoder, recorder, list(range(5)))  # held: one event
        clock.now += 10  # taken away, shown again later
        run_one_by_one(pipeline, decoder, recorder, [5, 6])
    finally:
        pipeline.stop()
    assert [(e.text, e.frame_index) for e in recorder.events] == [("A", 0), ("A", 5)]
    assert recorder.events[1].detection.raw == b"A"


def test_decoder_error_is_counted_and_scanning_goes_on() -> None:
    decoder = GatedDecoder({0: "boom", 1: "A"})
    recorder = Recorder()
    pipeline = ScanPipeline(decoder, recorder.on_code, on_frame_decoded=recorder.on_frame)
    pipeline.start()
    try:
        pipeline.submit(make_frame(decoder, 0))
        assert decoder.entered.wait(WAIT)  # taken by the worker, so frame 1 cannot replace it
        run_one_by_one(pipeline, decoder, recorder, [1])
    finally:
        pipeline.stop()
    assert [e.text for e in recorder.events] == ["A"]
    assert pipeline.stats().errors == 1


def test_failing_callback_is_counted_and_scanning_goes_on() -> None:
    decoder = GatedDecoder({0: "A", 1: "B"})
    recorder = Recorder()
    seen: list[str] = []

    def on_code(event: CodeEvent) -> None:
        seen.append(event.text)
        if event.text == "A":
            raise RuntimeError("UI blew up")

    pipeline = ScanPipeline(decoder, on_code, on_frame_decoded=recorder.on_frame)
    pipeline.start()
    try:
        pipeline.submit(make_frame(decoder, 0))
        assert decoder.entered.wait(WAIT)
        run_one_by_one(pipeline, decoder, recorder, [1])
    finally:
        pipeline.stop()
    assert seen == ["A", "B"]
    assert pipeline.stats().errors == 1


def test_stop_without_frames_returns_and_start_twice_is_refused() -> None:
    pipeline = ScanPipeline(GatedDecoder({}), lambda _event: None)
    pipeline.start()
    with pytest.raises(RuntimeError, match="already started"):
        pipeline.start()
    pipeline.stop(timeout=WAIT)
    assert not pipeline.running
    assert pipeline.stats().decoded == 0


# --- scan_stream over a real video -----------------------------------------------------------


@pytest.fixture(scope="module")
def ticket_video(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[VideoTicket]]:
    path = tmp_path_factory.mktemp("video") / "door.avi"
    shown = make_ticket_video(path, CODES, width=1280, height=720, fps=10)
    return path, shown


def scan_video(path: Path, backend: str) -> list[CodeEvent]:
    source = OpenCvCaptureSource(str(path))
    try:
        return list(scan_stream(source, make_decoder(backend), Debouncer(repeat_after=3.0)))
    finally:
        source.close()


def test_zxing_reads_each_ticket_exactly_once_in_order(
    ticket_video: tuple[Path, list[VideoTicket]],
) -> None:
    path, shown = ticket_video

    events = scan_video(path, "zxing")

    assert [e.text for e in events] == CODES
    for event, ticket in zip(events, shown, strict=True):
        assert ticket.first_frame <= event.frame_index <= ticket.last_frame
        assert event.t == pytest.approx(event.frame_index / 10)


@pytest.mark.parametrize("backend", ["pyzbar", "opencv"])
def test_other_backends_read_video_without_duplicates_or_strangers(
    ticket_video: tuple[Path, list[VideoTicket]], backend: str
) -> None:
    path, shown = ticket_video

    events = scan_video(path, backend)

    texts = [e.text for e in events]
    assert len(texts) == len(set(texts))
    assert texts == [c for c in CODES if c in texts]  # in order, nothing invented
    # Both read every effect in this video too (measured); a regression shows up here.
    assert texts == CODES
    for event in events:
        ticket = shown[CODES.index(event.text)]
        assert ticket.first_frame <= event.frame_index <= ticket.last_frame


def test_scan_stream_repeats_a_code_shown_twice_with_a_long_gap(tmp_path: Path) -> None:
    path = tmp_path / "twice.avi"
    make_ticket_video(
        path,
        [CODES[0], CODES[0]],
        width=320,
        height=240,
        fps=10,
        gap_seconds=3.5,
        effects=("plain",),
    )
    assert [e.text for e in scan_video(path, "zxing")] == [CODES[0], CODES[0]]


def test_scan_stream_same_code_back_soon_counts_once(tmp_path: Path) -> None:
    path = tmp_path / "flicker.avi"
    make_ticket_video(
        path,
        [CODES[0], CODES[0]],
        width=320,
        height=240,
        fps=10,
        gap_seconds=1.0,
        effects=("plain",),
    )
    assert [e.text for e in scan_video(path, "zxing")] == [CODES[0]]


def test_scan_package_imports_without_qt() -> None:
    # Run in a fresh interpreter: this test process may already have Qt loaded by other tests.
    code = (
        "import sys, orga_app.scan.pipeline, orga_app.scan.sources, orga_app.scan.decoders;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide', 'PyQt', 'shiboken'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[2],  # the repo root, so `orga_app` imports
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.strip() == "[]"


def test_a_started_pipeline_lets_threads_take_turns_quickly() -> None:
    """The verdict crosses threads three times; each may wait for the GIL up to the switch
    interval: starting a pipeline brings it from Python's 5 ms down to GIL_SWITCH_SECONDS,
    and never raises an interval someone set lower."""
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        pipeline = ScanPipeline(GatedDecoder({}), lambda _e: None)
        pipeline.start()
        pipeline.stop(timeout=5)
        assert sys.getswitchinterval() == pytest.approx(GIL_SWITCH_SECONDS, rel=0.01)
        sys.setswitchinterval(0.0001)
        again = ScanPipeline(GatedDecoder({}), lambda _e: None)
        again.start()
        again.stop(timeout=5)
        assert sys.getswitchinterval() == pytest.approx(0.0001, rel=0.01)
    finally:
        sys.setswitchinterval(before)
