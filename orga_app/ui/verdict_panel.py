"""The large verdict panel: colour, symbol and words readable from two metres.

Colour is never the only cue: each look has its own symbol and a headline word, and its own
sound. A check-out (purple ⇥) and a valid ticket in validate-only mode (teal ☑, nothing
recorded) never look like an admission (green ✓); a used ticket in validate mode is amber.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from orga_app.core.verdict import ScanResult, Verdict
from orga_app.ui.i18n import tr
from orga_app.ui.plain import plain_label
from orga_app.ui.theme import VERDICT_COLOURS
from orga_app.ui.verdict_words import headline, reason_words, used_in_validate

SYMBOLS = {
    "success": "✓",
    "checkout": "⇥",
    "valid": "☑",  # validate only: checked, not admitted (an admission is the plain ✓)
    "warning": "!",
    "error": "✕",
    "idle": "",
    "busy": "…",
}


@dataclass(frozen=True, slots=True)
class Look:
    """How a result shows and sounds: `family` picks colours, symbol and sound."""

    family: str
    headline: str


def look(result: ScanResult) -> Look:
    verdict = result.verdict
    if verdict is Verdict.CHECKED_OUT:
        return Look("checkout", headline(verdict))
    if used_in_validate(result):
        return Look("warning", headline(Verdict.ALREADY_CHECKED_IN))
    if verdict is Verdict.VALID:
        return Look("valid", headline(verdict))
    return Look(verdict.family, headline(verdict))


def sync_text(result: ScanResult) -> str:
    if result.attendee is None or result.verdict.family == "error":
        return ""
    if result.verdict is Verdict.VALID:
        return ""  # validate only writes nothing: there is nothing to upload
    if result.local:
        return tr("saved on this computer (no server)")
    return tr("● waiting to upload") if result.pending else tr("✓ on the server")


def _font(point_size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


class VerdictPanel(QFrame):
    """Shows one ScanResult (or the idle prompt) in huge type on a verdict-coloured field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictPanel")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(8)
        self._sizes: list[str] = []
        self.symbol = self._label(96, True, "symbol")
        self.headline = self._label(40, True, "headline")
        self.name = self._label(36, True, "name")
        self.ticket = self._label(22, False, "ticket")
        # the reason: why this answer, or when and where before (ui/verdict_words.py)
        self.detail = self._label(22, False, "detail")
        self.sync = self._label(16, False, "sync")
        layout.addStretch(1)
        # the reason is the line right under the headline: the two together are the answer
        for label in (self.symbol, self.headline, self.detail, self.name, self.ticket):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.sync)
        self.family = "idle"
        self._styled: str | None = None  # the family whose colours the style sheet holds
        self.result: ScanResult | None = None
        # event id → name, to say which event an OTHER EVENT ticket is for
        self.event_names: dict[str, str] = {}
        self.show_idle()

    def _label(self, size: int, bold: bool, name: str) -> QLabel:
        label = plain_label()  # names come from the server: never markup
        label.setObjectName(name)
        # the app stylesheet sets a font size on every QWidget; be more specific than that
        self._sizes.append(f"QLabel#{name} {{ font-size: {size}pt; }}")
        label.setFont(_font(size, bold))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _paint(self, family: str) -> None:
        self.family = family
        if family == self._styled:
            # setStyleSheet re-polishes the panel and every label even when the sheet is the
            # same: 1.6-1.9 ms of GUI-thread CPU per verdict against 0.2 ms without, on the
            # way from a scan's answer to its paint (one green verdict after another).
            return
        self._styled = family
        background, text = VERDICT_COLOURS[family]
        self.setStyleSheet(
            f"QFrame#verdictPanel {{ background: {background}; border-radius: 12px; }}"
            f"QFrame#verdictPanel QLabel {{ color: {text}; background: transparent; }}"
            + " ".join(self._sizes)
        )

    def _set(
        self, family: str, headline_text: str, name: str, ticket: str, detail: str, sync: str
    ) -> None:
        self._paint(family)
        self.symbol.setText(SYMBOLS.get(family, ""))
        self.symbol.setAccessibleName(headline_text)
        self.headline.setText(headline_text)
        self.name.setText(name)
        self.ticket.setText(ticket)
        self.detail.setText(detail)
        for label in (self.symbol, self.name, self.ticket, self.detail, self.sync):
            label.setVisible(bool(label.text()))
        self.sync.setText(sync)
        self.sync.setVisible(bool(sync))

    def show_idle(self, prompt: str | None = None) -> None:
        self.result = None
        self._set(
            "idle",
            prompt or tr("Ready to scan"),
            "",
            "",
            tr("Hold the ticket's QR code up to the camera"),
            "",
        )

    def show_busy(self) -> None:
        self._set("busy", tr("Checking…"), "", "", "", "")

    def show_result(self, result: ScanResult) -> None:
        self.result = result
        shown = look(result)
        attendee = result.attendee
        name = attendee.full_name if attendee else ""
        ticket = attendee.ticket if attendee else ""
        detail = reason_words(result, event_names=self.event_names)  # the reason, second line
        self._set(shown.family, shown.headline, name, ticket, detail, sync_text(result))

    def mark_synced(self, attendee_id: int) -> None:
        """The shown check-in has reached the server since: the tick must not say otherwise."""
        result = self.result
        if result and result.pending and result.attendee and result.attendee.id == attendee_id:
            self.result = replace(result, pending=False)
            self.sync.setText(sync_text(self.result))

    def show_message(self, family: str, headline_text: str, detail: str) -> None:
        """A verdict-like message that is not a scan result (e.g. the check failed)."""
        self.result = None
        self._set(family, headline_text, "", "", detail, "")
