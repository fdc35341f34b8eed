"""The camera controller the scanner page and the kiosk share: a real ticket video through the
real OpenCV file source and the real decoder; a camera that cannot be opened is tried again;
a stopped camera's late signals reach nobody."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from orga_app.demo.tickets import make_ticket_video
from orga_app.scan.sources import FrameSource, SourceUnavailable, open_source
from orga_app.ui.camera_control import CameraController

CODE = "CTRL-TICKET-0001"


@pytest.fixture
def controllers() -> Iterator[list[CameraController]]:
    made: list[CameraController] = []
    yield made
    for controller in made:
        controller.shutdown()


def test_a_ticket_video_gives_frames_the_code_and_its_end(
    qtbot: QtBot, tmp_path: Path, controllers: list[CameraController]
) -> None:
    video = tmp_path / "ticket.avi"
    make_ticket_video(
        video, [CODE], width=640, height=360, fps=15, seconds_per_ticket=1.0,
        gap_seconds=0.2, effects=["plain"],
    )  # fmt: skip
    controller = CameraController(retry_ms=60_000)
    controllers.append(controller)
    frames: list[QImage] = []
    codes: list[str] = []
    controller.frame.connect(frames.append)
    controller.code.connect(codes.append)
    with qtbot.waitSignal(controller.starting) as starting:
        controller.start(str(video), pace=False)
    assert starting.args == [str(video)]
    with qtbot.waitSignal(controller.ended, timeout=15_000):
        pass
    assert codes == [CODE]  # decoded once: the same code held up is debounced
    assert frames and not frames[0].isNull()
    # a video's end is not trouble: nothing is retried unless the owner asks
    assert controller.worker is None and not controller.active


def test_a_camera_that_cannot_open_is_tried_again_with_the_same_spec(
    qtbot: QtBot, controllers: list[CameraController]
) -> None:
    opened: list[str] = []

    def absent(spec: str) -> FrameSource:
        opened.append(spec)
        raise SourceUnavailable(f"cannot open camera {spec}")

    controller = CameraController(source_factory=absent, retry_ms=60_000)
    controllers.append(controller)
    with qtbot.waitSignal(controller.trouble) as trouble:
        controller.start("3")
    assert trouble.args == ["cannot open camera 3"]
    assert controller.worker is None and controller.retry_timer.isActive()
    controller.retry_timer.stop()
    with qtbot.waitSignal(controller.trouble):
        controller.retry_timer.timeout.emit()  # the retry interval is over
    assert opened == ["3", "3"]
    controller.stop()
    assert not controller.active


def test_a_stopped_cameras_late_signals_reach_nobody(
    qtbot: QtBot, tmp_path: Path, controllers: list[CameraController]
) -> None:
    controller = CameraController(source_factory=open_source, retry_ms=60_000)
    controllers.append(controller)
    controller.start(str(tmp_path / "missing.avi"))
    old = controller.worker
    assert old is not None
    controller.stop()
    with (
        qtbot.assertNotEmitted(controller.trouble, wait=100),
        qtbot.assertNotEmitted(controller.code),
    ):
        old.unavailable.emit("late news from the retired camera")
        old.code_detected.emit(CODE)
    assert not controller.retry_timer.isActive()


def test_preview_frames_come_scaled_to_the_preview_size(
    qtbot: QtBot, tmp_path: Path, controllers: list[CameraController]
) -> None:
    # The camera thread scales each preview frame to the size the preview asked for, so the
    # GUI thread only copies pixels (a smooth scale at paint time cost it 4.6 ms a frame).
    video = tmp_path / "wide.avi"
    make_ticket_video(
        video, [CODE], width=1280, height=720, fps=15, seconds_per_ticket=0.5,
        gap_seconds=0.1, effects=["plain"],
    )  # fmt: skip
    controller = CameraController(retry_ms=60_000)
    controllers.append(controller)
    controller.set_preview_size(400, 300)
    frames: list[QImage] = []
    controller.frame.connect(frames.append)
    with qtbot.waitSignal(controller.ended, timeout=15_000):
        controller.start(str(video), pace=False)
    assert frames
    assert {(f.width(), f.height()) for f in frames} == {(400, 225)}  # 16:9 within 400×300
    assert frames[0].format() == QImage.Format.Format_RGB32


def test_restarts_leave_one_relay_for_the_current_camera(
    qtbot: QtBot, tmp_path: Path, controllers: list[CameraController]
) -> None:
    """Each camera's signals reach the controller through a relay that knows its worker; a
    door whose camera is retried every few seconds must not pile up relays (nor, through
    them, dead workers)."""
    video = tmp_path / "long.avi"  # plays for 20 s at its own pace: the camera stays on
    make_ticket_video(
        video, [CODE], width=320, height=240, fps=5, seconds_per_ticket=20.0,
        gap_seconds=0.2, effects=["plain"],
    )  # fmt: skip
    controller = CameraController(retry_ms=60_000)
    controllers.append(controller)
    for _ in range(5):
        controller.start(str(video))
    qtbot.waitUntil(lambda: len(relays(controller)) == 1)
    current = controller.worker
    assert current is not None
    with qtbot.waitSignal(controller.code):
        current.code_detected.emit(CODE)  # the current camera's code still comes through
    controller.stop()
    qtbot.waitUntil(lambda: not relays(controller))


def relays(controller: CameraController) -> list[object]:
    return [c for c in controller.children() if type(c).__name__ == "_WorkerRelay"]
