"""Colours, fonts and the application stylesheet. Verdict colours are chosen for a door: readable
from two metres in a bright hall (white text on strong colours, contrast ratio >= 4.5)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

# family → (background, text)
VERDICT_COLOURS: dict[str, tuple[str, str]] = {
    "success": ("#1b7a3a", "#ffffff"),  # green, white text (5.6:1)
    # check-out and validate-only must never pass for an admission: their own hues
    "checkout": ("#5b2c8f", "#ffffff"),  # purple, white text (9.5:1)
    "valid": ("#00695c", "#ffffff"),  # teal, white text (6.6:1)
    "warning": ("#f2b705", "#1a1a1a"),  # amber: dark text reads better than white on yellow
    "error": ("#b3261e", "#ffffff"),  # red, white text (6.5:1)
    "idle": ("#2b3440", "#e8edf2"),  # calm slate while waiting for a scan
    "busy": ("#3c4a5a", "#e8edf2"),
}

ACCENT = "#2f6fde"

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


def icon_path(name: str) -> Path:
    return RESOURCES / "icons" / f"{name}.svg"


def sound_path(family: str) -> Path:
    return RESOURCES / "sounds" / f"{family}.wav"


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
