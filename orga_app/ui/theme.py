"""Colours, fonts and the application stylesheet. Verdict colours are chosen for a door: readable
from two metres in a bright hall (white text on strong colours, contrast ratio >= 4.5)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

# family → (background, text)
VERDICT_COLOURS: dict[str, tuple[str, str]] = {
    "success": ("#1b7a3a", "#ffffff"),  # green, white text (5.4:1)
    # check-out and validate-only must never pass for an admission: their own hues
    "checkout": ("#5b2c8f", "#ffffff"),  # purple, white text (9.5:1)
    "valid": ("#00695c", "#ffffff"),  # teal, white text (6.6:1)
    "warning": ("#f2b705", "#1a1a1a"),  # amber: dark text reads better than white on yellow
    "error": ("#b3261e", "#ffffff"),  # red, white text (6.5:1)
    "idle": ("#2b3440", "#e8edf2"),  # calm slate while waiting for a scan
    "busy": ("#3c4a5a", "#e8edf2"),
}

ACCENT = "#2f6fde"

# The status bar's connection states: never colour alone (the issue 14 rule for verdicts holds
# here too), each has its own symbol and words; the colours are text on the window background.
# state → (symbol, text colour, bold)
STATUS_LOOKS: dict[str, tuple[str, str, bool]] = {
    "local": ("○", "#5a6470", False),  # no server: nothing to be online for
    "unsynced": ("○", "#5a6470", False),
    "online": ("✓", "#1b7a3a", True),
    "offline": ("✕", "#b3261e", True),
    "server_error": ("⚠", "#b3261e", True),
    "paused": ("⏸", "#b3261e", True),
    "problem": ("⚠", "#b3261e", True),
}
# Amber words on the kiosk's idle slate (camera trouble)
KIOSK_NOTICE = "#f2b705"

STYLESHEET = f"""
QWidget {{ font-size: 11pt; }}
QPushButton {{ padding: 6px 14px; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: none; border-radius: 4px;
    font-weight: bold; }}
QPushButton#primary:disabled {{ background: #9bb5e6; }}
QPushButton[mode="true"] {{ padding: 8px 18px; font-weight: bold; }}
QPushButton[mode="true"]:checked {{ background: {ACCENT}; color: white; border: none;
    border-radius: 4px; }}
QLabel#title {{ font-size: 20pt; font-weight: bold; }}
QLabel#error {{ color: #b3261e; font-weight: bold; }}
QLabel#hint {{ color: #5a6470; }}
QLabel#preview {{ background: #101418; color: #c9d1d9; font-size: 14pt; }}
QStatusBar QLabel {{ padding: 0 8px; }}
"""


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a #rrggbb colour."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio (1 to 21); text needs at least 4.5."""
    high, low = sorted((relative_luminance(foreground), relative_luminance(background)))[::-1]
    return (high + 0.05) / (low + 0.05)


def icon_path(name: str) -> Path:
    return RESOURCES / "icons" / f"{name}.svg"


def sound_path(family: str) -> Path:
    return RESOURCES / "sounds" / f"{family}.wav"


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
