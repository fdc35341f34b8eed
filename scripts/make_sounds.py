"""Generate the verdict sounds (orga_app/resources/sounds/*.wav) with the stdlib only.

success: two rising notes; checkout: the same two falling; valid (validate only): one soft
note; warning: two equal mid notes; error: a low buzz, twice.
Run: python scripts/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "orga_app" / "resources" / "sounds"

# (frequency Hz, seconds); frequency 0 is silence
TUNES: dict[str, list[tuple[float, float]]] = {
    "success": [(880.0, 0.09), (0.0, 0.02), (1318.5, 0.16)],
    "checkout": [(1318.5, 0.09), (0.0, 0.02), (880.0, 0.16)],
    "valid": [(1046.5, 0.12)],
    "warning": [(660.0, 0.14), (0.0, 0.06), (660.0, 0.14)],
    "error": [(196.0, 0.18), (0.0, 0.06), (196.0, 0.26)],
}


def _note(freq: float, seconds: float, square: bool) -> list[int]:
    count = int(RATE * seconds)
    fade = max(1, int(RATE * 0.01))  # 10 ms ramps: no clicks
    samples = []
    for i in range(count):
        if freq <= 0:
            samples.append(0)
            continue
        phase = math.sin(2 * math.pi * freq * i / RATE)
        value = (1.0 if phase >= 0 else -1.0) * 0.35 if square else phase * 0.6
        envelope = min(1.0, i / fade, (count - i) / fade)
        samples.append(int(value * envelope * 32767))
    return samples


def write(name: str, notes: list[tuple[float, float]]) -> Path:
    samples: list[int] = []
    for freq, seconds in notes:
        samples += _note(freq, seconds, square=name == "error")
    path = OUT / f"{name}.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, notes in TUNES.items():
        print(write(name, notes))


if __name__ == "__main__":
    main()
