"""Qt-free scanning pipeline: latest-frame-wins decoding on a worker thread, same-code debounce.

Debounce rule (chosen for a door): a code fires when it has NOT been seen during the last
`repeat_after` seconds. While a ticket is held in front of the camera it keeps being seen, so it
fires once however long it is held, and short decode drop-outs (blur, a hand in the way) do not
make it fire again. Shown again after it was away for `repeat_after` seconds it fires again, so
the door answers "already checked in" for a second use of the same ticket.

The other rule ("fire again when last fired more than repeat_after ago and it reappears") was
rejected: a decoder misses the odd frame, so a ticket held still for longer than repeat_after
"reappears" after every miss and would flash "already checked in" at the attendee standing there.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from orga_app.scan.decoders import Decoder, Detection
from orga_app.scan.sources import Frame, FrameSource

log = logging.getLogger("orga_app.scan")

Clock = Callable[[], float]

# A scan crosses threads three times before its verdict shows (decoder, GUI, store lane, GUI),
# and each time the receiving thread must get the GIL back. A thread running Python holds it
# until the switch interval asks it to let go: 5 ms by default, so one busy thread (a sync
# parsing a page, the camera thread's preview) could add 5 ms to each hop. At 0.5 ms a zxing
# decode of a 1080p frame took 2.6 ms beside a thread spinning in Python, against 7-23 ms at
# 5 ms. The interval is process-wide; switches only happen when another thread waits.
GIL_SWITCH_SECONDS = 0.0005


@dataclass(frozen=True, slots=True)
class CodeEvent:
    text: str
    detection: Detection
    frame_index: int
    t: float  # the frame's time in seconds (see Frame.t)


@dataclass(frozen=True, slots=True)
class PipelineStats:
    submitted: int
    decoded: int
    dropped: int  # replaced by a newer frame before the worker got to them
    errors: int
    avg_decode_ms: float


class Debouncer:
    """Decides which of the codes seen in a frame fire; see the module docstring for the rule."""

    def __init__(self, repeat_after: float = 3.0, clock: Clock = time.monotonic) -> None:
        if repeat_after < 0:
            raise ValueError("repeat_after must be >= 0")
        self.repeat_after = repeat_after
        self._clock = clock
        self._last_seen: dict[str, float] = {}

    def feed(self, codes: Iterable[str], at: float | None = None) -> list[str]:
        """Record that `codes` were seen now (or at `at`); return those that fire, in order."""
        now = self._clock() if at is None else at
        fired: list[str] = []
        for code in dict.fromkeys(codes):  # one frame may hold the same code twice
            last = self._last_seen.get(code)
            if last is None or now - last >= self.repeat_after:
                fired.append(code)
            self._last_seen[code] = now
        self._forget_old(now)
        return fired

    def _forget_old(self, now: float) -> None:
        # Codes away longer than repeat_after would fire anyway: drop them to bound memory.
        stale = [c for c, seen in self._last_seen.items() if now - seen > self.repeat_after]
        for code in stale:
            del self._last_seen[code]

    def forget(self, code: str) -> None:
        """The next sighting of `code` fires at once (e.g. its check-in could not be saved)."""
        self._last_seen.pop(code, None)

    def reset(self) -> None:
        self._last_seen.clear()


def _events(frame: Frame, detections: list[Detection], fired: list[str]) -> list[CodeEvent]:
    first_by_text: dict[str, Detection] = {}
    for detection in detections:
        first_by_text.setdefault(detection.text, detection)
    return [CodeEvent(text, first_by_text[text], frame.index, frame.t) for text in fired]


def scan_stream(
    source: FrameSource, decoder: Decoder, debouncer: Debouncer | None = None
) -> Iterator[CodeEvent]:
    """Decode EVERY frame of `source` in order and yield debounced codes (deterministic).

    Debouncing uses the frame times, not the wall clock, so a video gives the same events
    however fast the machine is. The caller owns (and closes) the source.
    """
    debounce = debouncer if debouncer is not None else Debouncer()
    while (frame := source.read()) is not None:
        detections = decoder.decode(frame.image)
        fired = debounce.feed([d.text for d in detections], at=frame.t)
        yield from _events(frame, detections, fired)


class ScanPipeline:
    """Decodes submitted frames on one worker thread; only the newest waiting frame is kept.

    `on_code` and `on_frame_decoded` run on the worker thread: a GUI forwards them by signal.
    """

    def __init__(
        self,
        decoder: Decoder,
        on_code: Callable[[CodeEvent], None],
        *,
        repeat_after: float = 3.0,
        clock: Clock = time.monotonic,
        on_frame_decoded: Callable[[Frame, list[Detection]], None] | None = None,
    ) -> None:
        self._decoder = decoder
        self._on_code = on_code
        self._on_frame_decoded = on_frame_decoded
        self._debouncer = Debouncer(repeat_after, clock)
        self._wake = threading.Condition()
        self._pending: Frame | None = None
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._submitted = 0
        self._decoded = 0
        self._dropped = 0
        self._errors = 0
        self._decode_seconds = 0.0

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("pipeline already started")
        if sys.getswitchinterval() > GIL_SWITCH_SECONDS:
            sys.setswitchinterval(GIL_SWITCH_SECONDS)
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="scan-decoder", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = None) -> None:
        """Ask the worker to finish its current frame and wait for it (never killed)."""
        with self._wake:
            self._stopping = True
            self._pending = None
            self._wake.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def submit(self, frame: Frame) -> None:
        """Hand over a frame; a frame still waiting is replaced (and counted as dropped)."""
        with self._wake:
            self._submitted += 1
            if self._pending is not None:
                self._dropped += 1
            self._pending = frame
            self._wake.notify()

    def forget(self, code: str) -> None:
        """Let `code` fire on its next sighting (thread-safe: the worker feeds the debouncer)."""
        with self._wake:
            self._debouncer.forget(code)

    def stats(self) -> PipelineStats:
        with self._wake:
            avg = 1000 * self._decode_seconds / self._decoded if self._decoded else 0.0
            return PipelineStats(self._submitted, self._decoded, self._dropped, self._errors, avg)

    def _next_frame(self) -> Frame | None:
        with self._wake:
            while self._pending is None and not self._stopping:
                self._wake.wait()
            if self._stopping:
                return None
            frame, self._pending = self._pending, None
            return frame

    def _run(self) -> None:
        while (frame := self._next_frame()) is not None:
            started = time.perf_counter()
            try:
                detections = self._decoder.decode(frame.image)
            except Exception:
                # A bad frame must not end scanning at the door; it is logged and skipped.
                log.exception("decoder %s failed on frame %d", self._decoder.name, frame.index)
                with self._wake:
                    self._errors += 1
                continue
            elapsed = time.perf_counter() - started
            with self._wake:
                self._decoded += 1
                self._decode_seconds += elapsed
            self._deliver(frame, detections)

    def _deliver(self, frame: Frame, detections: list[Detection]) -> None:
        try:
            # The clock is read once per frame, right after decoding; code events go out first,
            # and on_frame_decoded last, so it also tells "this frame is fully handled".
            with self._wake:  # forget() may come from another thread
                fired = self._debouncer.feed([d.text for d in detections])
            for event in _events(frame, detections, fired):
                self._on_code(event)
            if self._on_frame_decoded is not None:
                self._on_frame_decoded(frame, detections)
        except Exception:
            log.exception("scan callback failed on frame %d", frame.index)
            with self._wake:
                self._errors += 1
