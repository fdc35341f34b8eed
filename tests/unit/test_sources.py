"""Frame sources: video files through the camera path, still images, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from orga_app.demo.tickets import make_ticket_video, write_ticket_pngs
from orga_app.scan.decoders import ZxingDecoder
from orga_app.scan.sources import (
    ImageFolderSource,
    OpenCvCaptureSource,
    SourceLost,
    SourceUnavailable,
    list_cameras,
    open_source,
)

CODES = [
    "a1b2c3d4-e5f6-4711-8a9b-0123456789ab-1a2b3c",
    "b2c3d4e5-f6a7-4822-9bac-123456789abc-2b3c4d",
]
# A camera index no test machine has.
ABSENT_CAMERA = "63"


@pytest.fixture(scope="module")
def video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("video") / "tickets.avi"
    make_ticket_video(
        path, CODES, width=320, height=240, fps=10, seconds_per_ticket=0.5, gap_seconds=0.3
    )
    return path  # 3 + (5 + 3) * 2 = 19 frames


def read_all(source: OpenCvCaptureSource | ImageFolderSource) -> list[int]:
    indexes = []
    while (frame := source.read()) is not None:
        indexes.append(frame.index)
    return indexes


def test_video_file_reads_every_frame_with_times_from_fps(video: Path) -> None:
    source = OpenCvCaptureSource(str(video))
    try:
        assert source.size == (320, 240)
        assert source.fps == pytest.approx(10)
        first = source.read()
        assert first is not None
        second = source.read()
        assert second is not None
        assert (first.index, first.t, second.index) == (0, 0.0, 1)
        assert second.t == pytest.approx(0.1)
        assert first.image.shape == (240, 320, 3)
        assert read_all(source) == list(range(2, 19))
        assert source.read() is None  # stays at the end
    finally:
        source.close()
    assert source.read() is None  # closed


def test_live_source_reports_lost_camera_when_frames_stop(video: Path) -> None:
    ticks = iter(range(100))
    source = OpenCvCaptureSource(
        str(video), live=True, clock=lambda: float(next(ticks)), lost_after=3
    )
    try:
        frames = [source.read() for _ in range(19)]
        assert [f.t for f in frames if f is not None] == [float(i) for i in range(19)]
        with pytest.raises(SourceLost, match="stopped delivering"):
            source.read()
    finally:
        source.close()


def test_missing_video_file_is_unavailable(tmp_path: Path) -> None:
    with pytest.raises(SourceUnavailable, match="no such video file"):
        OpenCvCaptureSource(str(tmp_path / "nope.avi"))


def test_garbage_video_file_is_unavailable(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.avi"
    bogus.write_bytes(b"this is not a video" * 10)
    with pytest.raises(SourceUnavailable, match="cannot open video file"):
        OpenCvCaptureSource(str(bogus))


def test_absent_camera_is_unavailable_quietly(capfd: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SourceUnavailable, match=f"cannot open camera {ABSENT_CAMERA}"):
        open_source(ABSENT_CAMERA)
    assert capfd.readouterr().err == ""


def test_list_cameras_probes_quietly(capfd: pytest.CaptureFixture[str]) -> None:
    found = list_cameras(max_index=2)
    assert all(index in (0, 1) for index in found)
    assert capfd.readouterr().err == ""


def test_image_folder_yields_images_in_name_order(tmp_path: Path) -> None:
    write_ticket_pngs(CODES, tmp_path)
    (tmp_path / "notes.txt").write_text("not an image")
    source = ImageFolderSource(tmp_path, fps=2.0)
    decoder = ZxingDecoder()
    seen = []
    while (frame := source.read()) is not None:
        seen.append((frame.index, frame.t, [d.text for d in decoder.decode(frame.image)]))
    assert seen == [(0, 0.0, [CODES[0]]), (1, 0.5, [CODES[1]])]


def test_unreadable_image_is_skipped(tmp_path: Path) -> None:
    good = write_ticket_pngs(CODES[:1], tmp_path)
    broken = tmp_path / "zz-broken.png"
    broken.write_bytes(b"\x89PNG but not really")
    source = ImageFolderSource([*good, broken, *good])
    assert read_all(source) == [0, 2]


def test_empty_folder_is_unavailable(tmp_path: Path) -> None:
    with pytest.raises(SourceUnavailable, match="no images"):
        ImageFolderSource(tmp_path)


def test_open_source_picks_by_spec(tmp_path: Path, video: Path) -> None:
    (png,) = write_ticket_pngs(CODES[:1], tmp_path / "pngs")

    folder = open_source(str(tmp_path / "pngs"))
    still = open_source(str(png))
    movie = open_source(f" {video} ")
    try:
        assert isinstance(folder, ImageFolderSource)
        assert isinstance(still, ImageFolderSource)
        assert isinstance(movie, OpenCvCaptureSource)
        assert not movie.live
        assert still.size == (600, 900)
    finally:
        for source in (folder, still, movie):
            source.close()


@pytest.mark.parametrize("spec", ["", "   ", "/definitely/not/here.avi"])
def test_open_source_rejects_nonsense(spec: str) -> None:
    with pytest.raises(SourceUnavailable):
        open_source(spec)
