"""The camera line: does the door's camera open, give pictures, and read a code?

The camera is opened and read here for a few seconds at most (a live camera) or until a code is
read (a video file stands in for a camera in tests and on machines without one).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from orga_app.readiness.lines import CheckLine, Level, text
from orga_app.scan.decoders import DecoderError, make_decoder
from orga_app.scan.scanner_setup import SCANNER_TEST_CODE
from orga_app.scan.sources import SourceError, open_source

# Long enough to hold a ticket up after pressing "check again"; short enough not to hold the
# check up when nobody does.
CAMERA_BUDGET_S = 3.0
MAX_FRAMES = 120
# What a camera reads is shown, shortened: it is whatever someone held up to it.
SHOWN_CODE_CHARS = 40
NO_CAMERA = ("", "none")


def camera_line(
    spec: str,
    decoder_name: str,
    *,
    budget_s: float = CAMERA_BUDGET_S,
    clock: Callable[[], float] = time.monotonic,
) -> CheckLine:
    title = text("Camera")
    if spec.strip().lower() in NO_CAMERA:
        return CheckLine(
            "camera", Level.NOT_TESTED, title, text("No camera chosen (USB scanner only).")
        )
    fix = text(
        "Plug the camera in, close other programs that use it, or choose another camera in "
        "Settings; then check again."
    )
    try:
        decoder = make_decoder(decoder_name)
    except DecoderError as exc:
        detail = text("The code reader {name} cannot start: {error}", name=decoder_name,
                      error=str(exc))  # fmt: skip
        return CheckLine(
            "camera", Level.RED, title, detail, text("Choose another decoder in Settings.")
        )
    try:
        source = open_source(spec)
    except SourceError as exc:
        detail = text("Does not open: {error}", error=str(exc))
        return CheckLine("camera", Level.RED, title, detail, fix)
    frames = 0
    read: str | None = None
    try:
        started = clock()
        while frames < MAX_FRAMES and clock() - started < budget_s:
            frame = source.read()
            if frame is None:
                break  # a file ended
            frames += 1
            found = decoder.decode(frame.image)
            if found:
                read = found[0].text
                break
    except SourceError as exc:
        return camera_verdict(frames, None, str(exc))
    finally:
        source.close()
    return camera_verdict(frames, read, None)


def camera_verdict(frames: int, read: str | None, error: str | None) -> CheckLine:
    """The camera line from what was seen: frames delivered, the code read ("" when a code was
    seen but its text is not known here), or why the camera stopped."""
    title = text("Camera")
    fix = text(
        "Plug the camera in, close other programs that use it, or choose another camera in "
        "Settings; then check again."
    )
    if error is not None:
        detail = text("Stopped giving pictures: {error}", error=error)
        return CheckLine("camera", Level.RED, title, detail, fix)
    if read is not None:
        if read == SCANNER_TEST_CODE:
            detail = text("Opens and reads the printable test ticket.")
        elif read:
            detail = text("Opens and reads codes (read “{code}”).", code=read[:SHOWN_CODE_CHARS])
        else:
            detail = text("Opens and reads codes.")
        return CheckLine("camera", Level.GREEN, title, detail)
    if frames == 0:
        return CheckLine("camera", Level.RED, title, text("Opens but gives no picture."), fix)
    detail = text("Gives pictures ({frames} frames) but saw no code.", frames=frames)
    hold = text(
        "Hold a ticket (or the printable test ticket) in front of the camera and check again."
    )
    return CheckLine("camera", Level.AMBER, title, detail, hold)
