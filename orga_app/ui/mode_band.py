"""The scanner's mode in words and colour: the band over the verdict and the idle prompt.

A door checking people OUT by mistake is the costliest slip, and a small checked button is easy
to miss, so the mode is also a colour band with words over the verdict panel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from orga_app.core.verdict import Mode
from orga_app.ui.i18n import tr
from orga_app.ui.plain import plain
from orga_app.ui.theme import VERDICT_COLOURS

MODE_TINTS = {"success": "#e6f2ea", "checkout": "#efe8f6", "valid": "#e0f0ee"}


def mode_words(mode: Mode) -> tuple[str, str]:
    """The band's words and colour family: each mode in the colour of its verdicts."""
    if mode is Mode.CHECK_OUT:
        return tr("CHECK-OUT MODE — a scan lets the person leave"), "checkout"
    if mode is Mode.VALIDATE:
        return tr("VALIDATE ONLY — nothing is recorded"), "valid"
    return tr("CHECK-IN MODE — a scan admits the person"), "success"


def idle_prompt(mode: Mode) -> str:
    if mode is Mode.CHECK_OUT:
        return tr("Ready to check out")
    if mode is Mode.VALIDATE:
        return tr("Ready to validate")
    return tr("Ready to check in")


class ModeBand(QLabel):
    """A plain-text label showing one mode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain(self)
        self.setObjectName("modeBand")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def show_mode(self, mode: Mode) -> None:
        words, family = mode_words(mode)
        colour = VERDICT_COLOURS[family][0]
        # The mode's colour as text and frame on a pale tint of it: never mistaken for a
        # verdict, which fills the panel below with the full colour.
        self.setText(words)
        self.setStyleSheet(
            f"QLabel#modeBand {{ background: {MODE_TINTS[family]}; color: {colour};"
            f" border: 3px solid {colour}; font-size: 16pt; font-weight: bold; padding: 6px;"
            " border-radius: 6px; }"
        )
