"""Scan → verdict painted, on the app's own path: a 1920×1080 30 fps video through the real
camera source into the real main window (offscreen), 100,000 attendees in the store.

Run: python bench/bench_scan_paint.py [--attendees 100000] [--scans 100]
The data dir is a signed-in door's (bench_startup.make_data_dir) whose camera setting names
an MJPG video of ticket QR codes (demo.tickets.make_ticket_video: each code for 6 frames, 3
empty frames between). `MainWindow` opens the last event and starts that "camera" itself:
OpenCV capture paced at 30 fps on the camera thread (preview images at 15 fps too) →
ScanPipeline decoder thread (zxing-cpp) → code signal to the GUI → CheckInService.scan on the
task runner's store lane (one durable transaction) → result signal to the GUI → VerdictPanel →
Qt paints it. Nothing is skipped; the bench only watches, through three hooks:
- capture: ScanPipeline.submit, when the camera thread hands the frame on (a paced file: the
  moment a camera would deliver that frame);
- decoded: ScanPipeline._deliver, before the code goes out (decode time = decoded − capture);
- painted: an event filter on the verdict's headline and name labels runs each label's own
  paint and notes the time after it; "painted" is when both show the new verdict (a label
  whose words and colours are already on screen, like a second green CHECKED IN, is not
  repainted by Qt: it counts from the moment the verdict is shown).
The hops between decoded and shown are stamped in the app's own methods too (the GUI's
ScannerPage._camera_code and _scan_done, CheckInService.scan on the store lane, with its thread
CPU time, and the zxing decode's thread CPU time); when the target is missed, a "Why not met"
paragraph says from those stamps where the time went.
Target (issue 13): p95 ≤ 10 ms from capture to painted.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_startup import attendee, make_data_dir
from machine import LoadWatch, pct, utc_stamp
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from orga_app.app import open_app
from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import ScanResult, Verdict
from orga_app.demo.tickets import make_ticket_video
from orga_app.scan.decoders import Detection, ZxingDecoder
from orga_app.scan.pipeline import ScanPipeline
from orga_app.scan.sources import Frame
from orga_app.settings import Settings
from orga_app.ui import theme
from orga_app.ui.main_window import MainWindow
from orga_app.ui.scanner import ScannerPage
from orga_app.ui.sync_status import controller_for
from orga_app.ui.verdict_panel import VerdictPanel

TARGET_MS = 10.0
FPS = 30.0
TICKET_FRAMES, GAP_FRAMES = 6, 3


class Times:
    """perf_counter() of each stage, per code (the first sighting is the one that fires)."""

    def __init__(self) -> None:
        self.submitted: dict[int, float] = {}  # frame index → capture
        self.capture: dict[str, float] = {}
        self.decoded: dict[str, float] = {}
        self.shown: dict[str, float] = {}
        self.painted: dict[str, dict[str, float]] = {}
        self.verdicts: dict[str, Verdict] = {}
        # the hops between decoded and shown, and the CPU the two workers spent (thread time)
        self.hops: dict[str, dict[str, float]] = {}
        self.decode_cpu: dict[str, float] = {}
        self.last_decode_cpu = threading.local()


def hook_hops(times: Times) -> None:
    """GUI has the code → store lane starts and ends the check-in → GUI has the verdict."""
    camera_code, scan, scan_done = (
        ScannerPage._camera_code, CheckInService.scan, ScannerPage._scan_done
    )  # fmt: skip

    def camera_code_watched(self: ScannerPage, code: str) -> None:
        times.hops.setdefault(code, {}).setdefault("gui", time.perf_counter())
        camera_code(self, code)

    def scan_watched(self: CheckInService, event_id: str, raw: str, *args: Any,
                     **kwargs: Any) -> ScanResult:  # fmt: skip
        hop = times.hops.setdefault(raw, {})
        hop.setdefault("lane", time.perf_counter())
        cpu = time.thread_time()
        try:
            return scan(self, event_id, raw, *args, **kwargs)
        finally:
            hop.setdefault("lane_cpu", (time.thread_time() - cpu) * 1000)
            hop.setdefault("saved", time.perf_counter())

    def scan_done_watched(self: ScannerPage, event_id: str, result: ScanResult, source: Any,
                          raw: str) -> None:  # fmt: skip
        times.hops.setdefault(raw, {}).setdefault("back", time.perf_counter())
        scan_done(self, event_id, result, source, raw)

    ScannerPage._camera_code = camera_code_watched  # type: ignore[method-assign]
    CheckInService.scan = scan_watched  # type: ignore[method-assign]
    ScannerPage._scan_done = scan_done_watched  # type: ignore[method-assign]
    decode = ZxingDecoder.decode

    def decode_watched(self: ZxingDecoder, frame: Any) -> list[Detection]:
        cpu = time.thread_time()
        found = decode(self, frame)
        times.last_decode_cpu.ms = (time.thread_time() - cpu) * 1000  # read in _deliver
        return found

    ZxingDecoder.decode = decode_watched  # type: ignore[method-assign]


def hook_pipeline(times: Times) -> None:
    submit, deliver = ScanPipeline.submit, ScanPipeline._deliver

    def submit_watched(self: ScanPipeline, frame: Frame) -> None:
        times.submitted[frame.index] = time.perf_counter()
        submit(self, frame)

    def deliver_watched(self: ScanPipeline, frame: Frame, detections: list[Detection]) -> None:
        now = time.perf_counter()
        for detection in detections:
            if detection.text not in times.capture:
                times.capture[detection.text] = times.submitted[frame.index]
                times.decoded[detection.text] = now
                times.decode_cpu[detection.text] = getattr(times.last_decode_cpu, "ms", 0.0)
        deliver(self, frame, detections)

    ScanPipeline.submit = submit_watched  # type: ignore[method-assign]
    ScanPipeline._deliver = deliver_watched  # type: ignore[method-assign]


class PaintWatch(QObject):
    """Runs a label's own paint, then notes when the panel's current verdict was painted.

    A label whose words and colours are already on screen is not painted again by Qt (two
    green CHECKED IN in a row: only the name changes); it counts as painted when the verdict
    is shown, as the person at the door already sees it.
    """

    def __init__(self, panel: VerdictPanel, times: Times) -> None:
        super().__init__(panel)
        self.panel = panel
        self.times = times
        self.labels = (panel.headline, panel.name)
        self.on_screen: dict[str, tuple[str, str]] = {}  # label → (text, family) last painted
        for label in self.labels:
            label.installEventFilter(self)

    def shown(self, code: str, at: float) -> None:
        for label in self.labels:
            if self.on_screen.get(label.objectName()) == (label.text(), self.panel.family):
                self.times.painted.setdefault(code, {}).setdefault(label.objectName(), at)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QLabel):
            return False
        watched.event(event)  # the label paints itself now, exactly as it would have
        self.on_screen[watched.objectName()] = (watched.text(), self.panel.family)
        result = self.panel.result
        if result is not None and result.code in self.times.shown:
            seen = self.times.painted.setdefault(result.code, {})
            seen.setdefault(watched.objectName(), time.perf_counter())
        return True


def make_video(path: Path, codes: list[str]) -> None:
    make_ticket_video(
        path, codes, width=1920, height=1080, fps=FPS, effects=("plain",),
        seconds_per_ticket=TICKET_FRAMES / FPS, gap_seconds=GAP_FRAMES / FPS,
    )  # fmt: skip


def run(data: Path, times: Times, codes: list[str], profile: cProfile.Profile | None) -> None:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    theme.apply(app)
    hook_pipeline(times)
    hook_hops(times)
    ctx = open_app(str(data))
    window = MainWindow(ctx, sync_factory=controller_for, install_wedge=False)
    watch = PaintWatch(window.scanner.verdict, times)

    def shown(result: Any) -> None:
        assert isinstance(result, ScanResult)
        if result.code not in times.shown:
            times.shown[result.code] = time.perf_counter()
            watch.shown(result.code, times.shown[result.code])
        times.verdicts.setdefault(result.code, result.verdict)

    window.scanner.result_shown.connect(shown)
    # the video's end quits (after the last scan's answer has had time to land); so does a
    # deadline, should the camera never start
    window.scanner.cameras.ended.connect(lambda: QTimer.singleShot(500, app.quit))
    seconds = 60 + len(codes) * (TICKET_FRAMES + GAP_FRAMES) / FPS
    QTimer.singleShot(int(seconds * 1000), app.quit)
    window.show()
    window.start()
    if profile is None:
        app.exec()
    else:  # the GUI thread only: cProfile follows the thread it was enabled on
        profile.runcall(app.exec)
    window.shutdown()
    window.close()
    window.ctx.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=100)
    parser.add_argument("--profile", action="store_true", help="cProfile the GUI thread")
    args = parser.parse_args()
    profile = cProfile.Profile() if args.profile else None
    step = max(1, args.attendees // args.scans)
    codes = [str(attendee(i)["code"]) for i in range(1, args.attendees + 1, step)][: args.scans]
    with tempfile.TemporaryDirectory(prefix="orga-bench-paint-") as tmp:
        root = Path(tmp)
        data = make_data_dir(root, args.attendees)
        video = root / "tickets.avi"
        make_video(video, codes)
        Settings(data).set("camera", str(video))
        times = Times()
        watch = LoadWatch()
        started = utc_stamp()
        run(data, times, codes, profile)
        watch.stop()
    report(args, times, codes, started, watch)
    if profile is not None:
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(25)
        print("\nGUI thread, by own time:\n\n```\n" + out.getvalue().strip() + "\n```")


def report(args: argparse.Namespace, times: Times, codes: list[str], started: str,
           watch: LoadWatch) -> None:  # fmt: skip
    total, decode, to_shown, to_painted = [], [], [], []
    for code in codes:
        painted = times.painted.get(code, {})
        if code not in times.shown or len(painted) < 2 or code not in times.capture:
            continue
        done = max(painted.values())
        capture = times.capture[code]
        total.append((done - capture) * 1000)
        decode.append((times.decoded[code] - capture) * 1000)
        to_shown.append((times.shown[code] - times.decoded[code]) * 1000)
        to_painted.append((done - times.shown[code]) * 1000)
    wrong = {v.value for v in times.verdicts.values() if v is not Verdict.CHECKED_IN}
    print(
        f"### Scan → verdict painted ({args.attendees:,} attendees, 1920×1080 MJPG video at "
        f"30 fps; `python bench/bench_scan_paint.py --attendees {args.attendees} "
        f"--scans {args.scans}`)\n"
    )
    print(
        "The real main window (offscreen) runs the door's camera on the video: OpenCV capture "
        "paced at 30 fps with 15 fps preview images → decoder thread (zxing-cpp) → GUI → "
        "CheckInService.scan on the store lane (one synchronous=FULL transaction) → GUI → "
        "verdict panel painted (headline and name labels). Capture = the camera thread hands "
        "the frame on. "
        f"{len(total)} of {len(codes)} codes painted ({len(times.capture)} decoded, "
        f"{len(times.shown)} shown; a verdict replaced by the next one before any paint is "
        "never painted, as at a door)"
        + (f" (other verdicts: {', '.join(sorted(wrong))})" if wrong else "")
        + f". Run {started}; {watch.text()}.\n"
    )
    if not total:
        print("No verdict was painted: nothing to report.")
        return
    print("| stage | p50 | p95 | max |")
    print("|---|---|---|---|")
    for label, values in (
        ("capture → decoded (decoder thread)", decode),
        ("decoded → verdict shown (GUI, store lane, GUI)", to_shown),
        ("verdict shown → painted", to_painted),
        (f"**capture → verdict painted** (target p95 ≤ {TARGET_MS:g} ms)", total),
    ):
        print(f"| {label} | {pct(values, 50):.1f} ms | {pct(values, 95):.1f} ms "
              f"| {max(values):.1f} ms |")  # fmt: skip
    print(f"\nTarget {'met' if pct(total, 95) <= TARGET_MS else 'NOT met'} in this run.")
    hops = report_hops(times, codes)
    if pct(total, 95) > TARGET_MS:
        why_not_met(hops, pct(total, 95), watch)


HOPS = (  # label, from, to (keys of Times.hops, or "decoded" / "shown")
    ("decoded → GUI has the code (queued signal)", "decoded", "gui"),
    ("GUI → store lane starts the check-in", "gui", "lane"),
    ("store lane: the check-in, one durable transaction", "lane", "saved"),
    ("store lane → GUI has the verdict (queued signal)", "saved", "back"),
    ("GUI: verdict on the panel (sound, hints)", "back", "shown"),
)


def report_hops(times: Times, codes: list[str]) -> dict[str, list[float]]:
    """Where "decoded → verdict shown" goes, hop by hop, with the CPU the workers spent."""
    hops: dict[str, list[float]] = {label: [] for label, _, _ in HOPS}
    lane_cpu: list[float] = []
    for code in codes:
        hop = dict(times.hops.get(code, {}))
        if code not in times.decoded or code not in times.shown or len(hop) < 5:
            continue
        hop["decoded"], hop["shown"] = times.decoded[code], times.shown[code]
        for label, start, end in HOPS:
            hops[label].append((hop[end] - hop[start]) * 1000)
        lane_cpu.append(hop["lane_cpu"])
    decode_cpu = [times.decode_cpu[c] for c in codes if c in times.decode_cpu]
    if not lane_cpu:
        return hops
    print("\nThe hops between decoded and shown (perf_counter stamps in the app's own methods; "
          "CPU = the thread's own time, time.thread_time):\n")  # fmt: skip
    print("| hop | p50 | p95 | max |")
    print("|---|---|---|---|")
    for label, values in hops.items():
        print(f"| {label} | {pct(values, 50):.1f} ms | {pct(values, 95):.1f} ms "
              f"| {max(values):.1f} ms |")  # fmt: skip
    print(
        f"\nCPU: the decoder thread's zxing decode of the frame that fired p50 "
        f"{pct(decode_cpu, 50):.1f} / p95 {pct(decode_cpu, 95):.1f} ms; the store lane's "
        f"check-in p50 {pct(lane_cpu, 50):.1f} / p95 {pct(lane_cpu, 95):.1f} ms."
    )
    hops["decode CPU"], hops["check-in CPU"] = decode_cpu, lane_cpu
    return hops


def why_not_met(hops: dict[str, list[float]], total_p95: float, watch: LoadWatch) -> None:
    """The measured reason, from this run's own stamps (for RESULTS.md)."""
    waits = sorted(
        ((pct(v, 95), label) for label, v in hops.items() if v and "CPU" not in label),
        reverse=True,
    )
    top = ", ".join(f"{label} {ms:.1f} ms" for ms, label in waits[:3])
    cpu = sum(pct(hops[k], 50) for k in ("decode CPU", "check-in CPU") if hops.get(k))
    print(
        f"\n**Why not met.** p95 {total_p95:.1f} ms against {TARGET_MS:g} ms. The largest p95 "
        f"hops: {top}. The work itself (decode + durable check-in, p50 thread CPU) is "
        f"{cpu:.1f} ms; the rest is waiting: for a core ({watch.text()}), for the GIL between "
        "the camera, decoder, GUI and store-lane threads, and for the disk's fsync in the "
        "check-in's commit (synchronous=FULL: a scan is durable before its verdict shows, "
        "which this bench does not trade away)."
    )


if __name__ == "__main__":
    main()
