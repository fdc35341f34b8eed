"""Every decoder backend against segno-made QRs under camera-like conditions."""

from __future__ import annotations

import sys
import threading

import cv2
import numpy as np
import pytest

from orga_app.demo.tickets import EFFECTS, empty_frame, render_effect, ticket_image
from orga_app.scan.decoders import (
    QR_CODE,
    Decoder,
    DecoderUnavailable,
    GrayConverter,
    OpenCvDecoder,
    PyzbarDecoder,
    UnknownDecoder,
    ZxingDecoder,
    available_decoders,
    make_decoder,
    to_gray,
)

BACKENDS = ["zxing", "pyzbar", "opencv"]
CODE = "a1b2c3d4-e5f6-4711-8a9b-0123456789ab-1a2b3c"
OTHER_CODE = "0f9e8d7c-6b5a-4321-8fed-cba987654321-9z8y7x"


@pytest.fixture(scope="module", params=BACKENDS)
def decoder(request: pytest.FixtureRequest) -> Decoder:
    return make_decoder(request.param)


@pytest.mark.parametrize("effect", EFFECTS)
def test_reads_camera_like_qr(decoder: Decoder, effect: str) -> None:
    frame = render_effect(CODE, effect, 1280, 720, seed=3)

    detections = decoder.decode(frame)

    assert [d.text for d in detections] == [CODE]
    assert detections[0].symbology == QR_CODE


def test_outline_surrounds_the_code(decoder: Decoder) -> None:
    frame = render_effect(CODE, "plain", 1280, 720)
    (detection,) = decoder.decode(frame)

    xs = [x for x, _ in detection.polygon]
    ys = [y for _, y in detection.polygon]
    assert len(detection.polygon) == 4
    # render_effect centres a 0.6*height card with a 3-module quiet zone: the symbol is inside it.
    assert 640 - 216 <= min(xs) < 640 < max(xs) <= 640 + 216
    assert 360 - 216 <= min(ys) < 360 < max(ys) <= 360 + 216


@pytest.mark.parametrize("seed", range(4))
def test_no_false_positive_on_empty_frames(decoder: Decoder, seed: int) -> None:
    assert decoder.decode(empty_frame(1280, 720, seed=seed)) == []


def test_no_false_positive_on_noise(decoder: Decoder) -> None:
    noise = np.random.default_rng(7).integers(0, 256, (480, 640, 3), dtype=np.uint8)
    assert decoder.decode(noise) == []


def test_accepts_gray_and_bgra_frames(decoder: Decoder) -> None:
    bgr = render_effect(CODE, "plain", 640, 480)
    gray = np.asarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY), dtype=np.uint8)
    bgra = np.asarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2BGRA), dtype=np.uint8)

    assert [d.text for d in decoder.decode(gray)] == [CODE]
    assert [d.text for d in decoder.decode(bgra)] == [CODE]


def test_reads_printed_ticket(decoder: Decoder) -> None:
    ticket = ticket_image(OTHER_CODE, "Open Summit 2026", "Jörg Müller")
    assert [d.text for d in decoder.decode(ticket)] == [OTHER_CODE]


def test_two_codes_in_one_frame(decoder: Decoder) -> None:
    left = render_effect(CODE, "plain", 640, 720)
    right = render_effect(OTHER_CODE, "plain", 640, 720)
    both = np.hstack([left, right])

    assert sorted(d.text for d in decoder.decode(both)) == sorted([CODE, OTHER_CODE])


@pytest.mark.parametrize("backend", ["zxing", "pyzbar"])
def test_raw_bytes_match_text(backend: str) -> None:
    (detection,) = make_decoder(backend).decode(render_effect(CODE, "plain", 640, 480))
    assert detection.raw == CODE.encode()


def test_opencv_gives_no_raw_bytes() -> None:
    (detection,) = OpenCvDecoder().decode(render_effect(CODE, "plain", 640, 480))
    assert detection.raw is None


def test_make_decoder_builds_each_backend_by_name() -> None:
    assert isinstance(make_decoder(), ZxingDecoder)
    assert isinstance(make_decoder(" PyZbar "), PyzbarDecoder)
    assert isinstance(make_decoder("opencv"), OpenCvDecoder)


def test_all_backends_available_here() -> None:
    # libzbar0 is installed on every project machine (see the environment notes).
    assert available_decoders() == BACKENDS


def test_unknown_decoder_name_lists_known_ones() -> None:
    with pytest.raises(UnknownDecoder, match=r"'quagga'.*zxing, pyzbar, opencv"):
        make_decoder("quagga")


def test_pyzbar_without_zbar_library_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    # A None entry in sys.modules makes the import fail the way a missing libzbar does.
    monkeypatch.setitem(sys.modules, "pyzbar.pyzbar", None)

    with pytest.raises(DecoderUnavailable, match="libzbar0"):
        PyzbarDecoder()
    assert "pyzbar" not in available_decoders()


def test_unknown_opencv_variant_is_unavailable() -> None:
    with pytest.raises(DecoderUnavailable):
        OpenCvDecoder(variant="psychic")


def test_to_gray_rejects_wrong_frames() -> None:
    with pytest.raises(ValueError, match="uint8"):
        to_gray(np.zeros((4, 4), dtype=np.float32))
    with pytest.raises(ValueError, match="shape"):
        to_gray(np.zeros((4, 4, 2), dtype=np.uint8))


# --- the grey buffer each decoding thread keeps (GrayConverter) --------------------------------


def test_a_kept_grey_buffer_never_shows_the_previous_frame() -> None:
    """Frame after frame through one zxing decoder: a code, nothing, another code, another
    size, a grey frame, a BGRA frame: each answer is about its own frame only."""
    decoder = ZxingDecoder()
    first = render_effect(CODE, "plain", 1280, 720)
    other = render_effect(OTHER_CODE, "plain", 1280, 720)
    bigger = render_effect(CODE, "plain", 1920, 1080)
    assert [d.text for d in decoder.decode(first)] == [CODE]
    assert decoder.decode(empty_frame(1280, 720, seed=1)) == []
    assert [d.text for d in decoder.decode(other)] == [OTHER_CODE]
    assert [d.text for d in decoder.decode(bigger)] == [CODE]
    assert decoder.decode(empty_frame(1920, 1080, seed=2)) == []
    assert [d.text for d in decoder.decode(to_gray(other))] == [OTHER_CODE]
    bgra = np.asarray(cv2.cvtColor(first, cv2.COLOR_BGR2BGRA), dtype=np.uint8)
    assert [d.text for d in decoder.decode(bgra)] == [CODE]
    assert decoder.decode(empty_frame(1280, 720, seed=3)) == []


def test_the_grey_buffer_matches_to_gray_and_is_kept_per_thread() -> None:
    convert = GrayConverter()
    frames = [render_effect(c, "plain", 640, 360, seed=s) for c, s in ((CODE, 1), (OTHER_CODE, 2))]
    kept = convert(frames[0])
    assert np.array_equal(kept, to_gray(frames[0]))
    again = convert(frames[1])
    assert again is kept  # the same buffer, now holding the second frame
    assert np.array_equal(again, to_gray(frames[1]))
    results: list[np.ndarray] = []
    worker = threading.Thread(target=lambda: results.append(convert(frames[0])))
    worker.start()
    worker.join()
    assert results[0] is not kept  # another thread converts into its own buffer
    assert np.array_equal(kept, to_gray(frames[1]))  # and left this thread's alone


def test_threads_decoding_at_once_each_read_their_own_frame() -> None:
    decoder = ZxingDecoder()
    frames = {CODE: render_effect(CODE, "plain", 1280, 720), OTHER_CODE: render_effect(
        OTHER_CODE, "plain", 1280, 720)}  # fmt: skip
    wrong: list[tuple[str, list[str]]] = []

    def read(code: str) -> None:
        for _ in range(25):
            got = [d.text for d in decoder.decode(frames[code])]
            if got != [code]:
                wrong.append((code, got))

    threads = [threading.Thread(target=read, args=(c,)) for c in frames]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []
