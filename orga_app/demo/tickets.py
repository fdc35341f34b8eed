"""Ticket material for demos and tests: QR ticket images, a PDF of tickets, and a video of
tickets held in front of a "camera" (tilted, blurred, dim, small) for the fake-camera source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import segno
from numpy.typing import NDArray
from PIL import Image as PilImage
from PIL import ImageDraw, ImageFont

Image = NDArray[np.uint8]

EFFECTS = ("plain", "tilted", "blurred", "dim", "small")
# MJPG in an .avi container is written and read back by the headless OpenCV wheel's FFmpeg.
VIDEO_FOURCC = "MJPG"


@dataclass(frozen=True, slots=True)
class TicketInfo:
    code: str
    title: str = "Demo Event"
    name: str = ""


@dataclass(frozen=True, slots=True)
class VideoTicket:
    """Which code a video shows in which frames (inclusive range) and how it is distorted."""

    code: str
    effect: str
    first_frame: int
    last_frame: int


def _u8(array: object) -> Image:
    # OpenCV's stubs type results loosely; every image here is 8-bit.
    return np.asarray(array, dtype=np.uint8)


def qr_image(code: str, module_px: int = 8, border: int = 4) -> Image:
    """A crisp grayscale QR (black on white) with a quiet zone of `border` modules."""
    qr = segno.make(code, error="m", micro=False)
    modules = np.array(qr.matrix, dtype=np.uint8)
    modules = np.pad(modules, border, constant_values=0)
    small = np.where(modules == 1, 0, 255).astype(np.uint8)
    return cv2.resize(
        small, None, fx=module_px, fy=module_px, interpolation=cv2.INTER_NEAREST
    ).astype(np.uint8)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    # DejaVu (common on Linux) draws accented names; Pillow's built-in font lacks umlauts.
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def ticket_image(code: str, title: str, name: str, size: tuple[int, int] = (600, 900)) -> Image:
    """A printable ticket (BGR, width x height = `size`): title, attendee name, QR and code."""
    width, height = size
    canvas = PilImage.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, width - 1, height // 8), fill=(30, 60, 120))
    title_font = _font(max(12, height // 20))
    text_font = _font(max(10, height // 30))
    small_font = _font(max(8, height // 55))
    draw.text((width // 20, height // 32), title, fill="white", font=title_font)
    draw.text((width // 20, height // 6), name, fill="black", font=text_font)
    side = int(min(width * 0.8, height * 0.55))
    qr = qr_image(code)
    qr = _u8(cv2.resize(qr, (side, side), interpolation=cv2.INTER_NEAREST))
    top = height // 4
    left = (width - side) // 2
    canvas.paste(PilImage.fromarray(qr).convert("RGB"), (left, top))
    draw.text((width // 20, top + side + height // 40), code, fill="black", font=small_font)
    rgb = np.asarray(canvas, dtype=np.uint8)
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR).astype(np.uint8)


def _safe_name(code: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in code)[:80]


def write_ticket_pngs(
    codes: Iterable[str], out_dir: Path, *, title: str = "Demo Event"
) -> list[Path]:
    """One PNG ticket per code in `out_dir` (created if missing); returns the paths in order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for number, code in enumerate(codes, start=1):
        path = out_dir / f"ticket-{number:03d}-{_safe_name(code)}.png"
        if not cv2.imwrite(str(path), ticket_image(code, title, f"Attendee {number}")):
            raise OSError(f"could not write {path}")
        paths.append(path)
    return paths


def write_tickets_pdf(tickets: Sequence[TicketInfo], path: Path) -> None:
    """A simple PDF with one ticket per page."""
    if not tickets:
        raise ValueError("no tickets to write")
    pages = [
        PilImage.fromarray(cv2.cvtColor(ticket_image(t.code, t.title, t.name), cv2.COLOR_BGR2RGB))
        for t in tickets
    ]
    pages[0].save(path, format="PDF", save_all=True, append_images=pages[1:], resolution=150.0)


def _background(width: int, height: int) -> Image:
    """A dull room-like gradient, so the QR is not on a perfect white field."""
    ramp = np.linspace(70, 140, width, dtype=np.float32)
    shade = np.linspace(0.8, 1.1, height, dtype=np.float32)[:, None]
    gray = np.clip(ramp[None, :] * shade, 0, 255).astype(np.uint8)
    return _u8(cv2.merge([gray, (gray * 0.9).astype(np.uint8), (gray * 0.8).astype(np.uint8)]))


def _place(background: Image, card: Image, quad: NDArray[np.float32]) -> Image:
    """Warp `card` (BGR) onto `background` at the four corners `quad` (tl, tr, br, bl)."""
    h, w = card.shape[:2]
    src = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(src, quad)
    size = (background.shape[1], background.shape[0])
    warped = cv2.warpPerspective(card, matrix, size, flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, size)
    out = background.copy()
    out[mask > 127] = warped[mask > 127]
    return out


def render_effect(code: str, effect: str, width: int, height: int, seed: int = 0) -> Image:
    """One camera-like BGR frame showing `code` with the given effect."""
    rng = np.random.default_rng(seed)
    card = _u8(cv2.cvtColor(qr_image(code, module_px=8, border=3), cv2.COLOR_GRAY2BGR))
    side = 0.6 * height
    if effect == "small":
        side = 0.17 * height  # about 2.5 px per module at 720p for a version-4 QR
    cx, cy = width / 2, height / 2
    half = side / 2
    quad = np.array(
        [
            [cx - half, cy - half],
            [cx + half, cy - half],
            [cx + half, cy + half],
            [cx - half, cy + half],
        ],
        dtype=np.float32,
    )
    if effect == "tilted":
        # Card leaning back and turned: the top edge is narrower and the whole thing rotated.
        quad = np.array(
            [
                [cx - 0.32 * side, cy - 0.5 * side],
                [cx + 0.42 * side, cy - 0.42 * side],
                [cx + 0.55 * side, cy + 0.5 * side],
                [cx - 0.5 * side, cy + 0.42 * side],
            ],
            dtype=np.float32,
        )
    frame = _place(_background(width, height), card, quad)
    if effect == "blurred":
        frame = _u8(cv2.GaussianBlur(frame, (0, 0), sigmaX=0.004 * height + 0.5))
    elif effect == "dim":
        # Poor light: squashed contrast, dark, with sensor noise.
        dark = frame.astype(np.float32) * 0.3 + 15
        dark += rng.normal(0, 4, frame.shape)
        frame = np.clip(dark, 0, 255).astype(np.uint8)
    elif effect not in ("plain", "tilted", "small"):
        raise ValueError(f"unknown effect {effect!r}; known: {', '.join(EFFECTS)}")
    return frame


def empty_frame(width: int, height: int, seed: int = 0) -> Image:
    """A frame with no code: the background with a little sensor noise."""
    rng = np.random.default_rng(seed)
    noisy = _background(width, height).astype(np.float32) + rng.normal(0, 3, (height, width, 3))
    return np.clip(noisy, 0, 255).astype(np.uint8)


def make_ticket_video(
    path: Path,
    codes: Sequence[str],
    *,
    width: int = 1280,
    height: int = 720,
    fps: float = 15,
    seconds_per_ticket: float = 1.5,
    gap_seconds: float = 0.7,
    effects: Sequence[str] = EFFECTS,
) -> list[VideoTicket]:
    """Write an MJPG .avi: a gap, then each code (effects taken in turn) followed by a gap."""
    if not effects:
        raise ValueError("at least one effect is needed")
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*VIDEO_FOURCC), fps, (width, height))
    if not writer.isOpened():
        raise OSError(f"OpenCV cannot write {VIDEO_FOURCC} video to {path}")
    ticket_frames = max(1, round(seconds_per_ticket * fps))
    gap_frames = max(1, round(gap_seconds * fps))
    blank = empty_frame(width, height)
    shown: list[VideoTicket] = []
    index = 0
    try:
        for _ in range(gap_frames):
            writer.write(blank)
            index += 1
        for number, code in enumerate(codes):
            effect = effects[number % len(effects)]
            frame = render_effect(code, effect, width, height, seed=number)
            for _ in range(ticket_frames):
                writer.write(frame)
            shown.append(VideoTicket(code, effect, index, index + ticket_frames - 1))
            index += ticket_frames
            for _ in range(gap_frames):
                writer.write(blank)
                index += 1
    finally:
        writer.release()
    return shown
