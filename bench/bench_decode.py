"""Decode time per backend at 720p and 1080p, with one QR and with empty frames.

Run:  python bench/bench_decode.py [--frames 100]
Prints a Markdown table (p50/p95 in milliseconds, and how many QR frames were read).
The QR frames cycle through the demo video's effects (plain, tilted, blurred, dim, small).
"zxing+downscale" decodes 1080p frames after an INTER_AREA resize to 720p, to show whether
downscaling in front of the decoder pays off.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import LoadWatch, utc_stamp

from orga_app.demo.tickets import EFFECTS, empty_frame, render_effect
from orga_app.scan.decoders import Detection, available_decoders, make_decoder, to_gray

CODE = "a1b2c3d4-e5f6-4711-8a9b-0123456789ab-1a2b3c"
SIZES = [(1280, 720), (1920, 1080)]
Image = NDArray[np.uint8]


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def time_decoder(
    decode: Callable[[Image], list[Detection]], frames: list[Image]
) -> tuple[list[float], int]:
    decode(frames[0])  # warm-up (lazy init inside the libraries)
    times: list[float] = []
    read = 0
    for frame in frames:
        started = time.perf_counter()
        found = decode(frame)
        times.append(1000 * (time.perf_counter() - started))
        read += any(d.text == CODE for d in found)
    return times, read


def downscaled(decode: Callable[[Image], list[Detection]]) -> Callable[[Image], list[Detection]]:
    def run(frame: Image) -> list[Detection]:
        gray = to_gray(frame)
        height, width = gray.shape
        if height > 720:
            scale = 720 / height
            gray = np.asarray(
                cv2.resize(gray, (round(width * scale), 720), interpolation=cv2.INTER_AREA),
                dtype=np.uint8,
            )
        return decode(gray)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=100)
    args = parser.parse_args()
    count: int = args.frames

    backends: list[tuple[str, Callable[[Image], list[Detection]]]] = [
        (name, make_decoder(name).decode) for name in available_decoders()
    ]
    backends.append(("zxing+downscale", downscaled(make_decoder("zxing").decode)))

    watch = LoadWatch()
    lines: list[str] = []
    for width, height in SIZES:
        qr_frames = [
            render_effect(CODE, EFFECTS[i % len(EFFECTS)], width, height, seed=i)
            for i in range(count)
        ]
        # Ten different empty frames, each timed count/10 times (making one costs more than
        # decoding it: 0.11 s of noise at 1080p).
        empties = [empty_frame(width, height, seed=seed) for seed in range(10)]
        empty = [empties[i % 10] for i in range(count)]
        for name, decode in backends:
            if name.endswith("downscale") and height <= 720:
                continue
            qr_times, read = time_decoder(decode, qr_frames)
            empty_times, _ = time_decoder(decode, empty)
            false_hits = sum(bool(decode(frame)) for frame in empty[:10])
            lines.append(
                f"| {name} | {width}×{height} "
                f"| {statistics.median(qr_times):.1f} | {percentile(qr_times, 0.95):.1f} "
                f"| {read}/{count} "
                f"| {statistics.median(empty_times):.1f} | {percentile(empty_times, 0.95):.1f} "
                f"| {false_hits}/10 |"
            )

    watch.stop()
    print(f"### Decode time per backend (`python bench/bench_decode.py --frames {count}`)\n")
    print(
        f"{count} frames per cell, decoded one after another on one thread, in memory (no disk, "
        "no camera): the time of the backend's decode call alone, BGR frame in, detections out "
        "(zxing+downscale includes its grayscale and resize). QR frames are drawn fresh for "
        "each size and not counted; the empty ones are 10 noise frames, each decoded in turn. "
        f"cv2 {cv2.__version__}; times in ms. Run {utc_stamp()}; {watch.text()}.\n"
    )
    print(
        "| backend | frame size | QR p50 | QR p95 | QR read | empty p50 | empty p95 | false hits |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
