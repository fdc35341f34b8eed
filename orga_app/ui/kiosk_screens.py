"""The four screens of kiosk mode: idle (welcome + camera preview), verdict, PIN pad, operator.

Only widgets: they show what :class:`orga_app.ui.kiosk.KioskWindow` tells them and report by
signal; which screen is up, scanning and the camera are the window's business.
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orga_app.core.times import human_time
from orga_app.core.verdict import ScanResult, Verdict
from orga_app.settings import Settings
from orga_app.ui.i18n import tr
from orga_app.ui.kiosk_pin import PinAttempts, hash_pin, is_valid_pin, verify_pin
from orga_app.ui.plain import plain_label
from orga_app.ui.preview import PreviewView
from orga_app.ui.theme import KIOSK_NOTICE, VERDICT_COLOURS
from orga_app.ui.verdict_words import reason_words


def camera_lost_text() -> str:
    return tr("Camera unavailable — you can still use the scanner at the desk")


def _big_label(name: str, size: int, *, bold: bool = False) -> QLabel:
    label = plain_label()  # names and event names come from the server: never markup
    label.setObjectName(name)
    # an object-name rule beats the app stylesheet's font size for every QWidget
    label.setStyleSheet(
        f"QLabel#{name} {{ font-size: {size}pt; font-weight: {'bold' if bold else 'normal'};"
        " background: transparent; }"
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def _paint(frame: QFrame, family: str) -> None:
    background, text = VERDICT_COLOURS[family]
    frame.setStyleSheet(
        f"QFrame#{frame.objectName()} {{ background: {background}; }}"
        f"QFrame#{frame.objectName()} QLabel {{ color: {text}; }}"
    )


class IdleScreen(QFrame):
    """Welcome, how to scan, the camera preview to aim with, and camera trouble if any."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskIdle")
        _paint(self, "idle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)
        self.title = _big_label("kioskTitle", 44, bold=True)
        self.instruction = _big_label("kioskInstruction", 30)
        self.preview = PreviewView()
        self.preview.setMinimumSize(480, 300)
        self.preview.set_message(tr("Starting camera…"))
        self.camera_line = _big_label("kioskCamera", 20, bold=True)
        self.camera_line.setStyleSheet(
            self.camera_line.styleSheet() + f" QLabel#kioskCamera {{ color: {KIOSK_NOTICE}; }}"
        )
        self.camera_line.setText(camera_lost_text())
        self.camera_line.setVisible(False)
        self.hint = _big_label("kioskHint", 18)
        self.hint.setText(tr("Paper or phone — both work. Staff at the desk are happy to help."))
        layout.addWidget(self.title)
        layout.addWidget(self.instruction)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.preview, 4)
        row.addStretch(1)
        layout.addLayout(row, 1)
        layout.addWidget(self.camera_line)
        layout.addWidget(self.hint)
        self._has_event = False
        self._event_name: str | None = None
        self._camera_ok = True
        self.set_event(None)

    def set_event(self, name: str | None) -> None:
        self._event_name = name
        self._has_event = bool(name)
        self.title.setText(tr("Welcome to {event}!").format(event=name) if name else tr("Welcome!"))
        self._instruct()

    def _instruct(self) -> None:
        if not self._has_event:
            self.instruction.setText(tr("Self check-in is not set up yet — please see the desk"))
        elif self._camera_ok:
            self.instruction.setText(tr("Hold your ticket's QR code up to the camera"))
        else:
            self.instruction.setText(tr("Please scan your ticket"))

    def show_words_again(self) -> None:
        """After a language switch: the welcome and the instruction in the new words."""
        self.set_event(self._event_name)

    def set_camera_ok(self, ok: bool) -> None:
        # without a camera the dark preview only confuses: the amber line says what to do
        self._camera_ok = ok
        self.camera_line.setVisible(not ok)
        self.preview.setVisible(ok)
        self._instruct()


class VerdictScreen(QFrame):
    """The answer in huge type: green welcome, amber already-in, red please-see-the-desk; the
    line under it says why (or the ticket type for a welcome)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskVerdict")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        self.symbol = _big_label("kioskSymbol", 150, bold=True)
        self.headline = _big_label("kioskHeadline", 60, bold=True)
        self.detail = _big_label("kioskDetail", 30)
        layout.addStretch(1)
        for label in (self.symbol, self.headline, self.detail):
            layout.addWidget(label)
        layout.addStretch(2)
        self.kind = ""
        self.family = "idle"

    def _show(self, kind: str, family: str, symbol: str, headline: str, detail: str) -> None:
        self.kind, self.family = kind, family
        _paint(self, family)
        self.symbol.setText(symbol)
        self.headline.setText(headline)
        self.detail.setText(detail)

    def show_result(self, result: ScanResult, now: datetime) -> None:
        kind = verdict_kind(result)
        # the reason, in words for the attendee (names nobody else): the second line
        words = reason_words(result, now, public=True)
        if kind == "welcome":
            ticket = result.attendee.ticket if result.attendee else ""
            self._show(kind, "success", "✓", words, ticket)
        elif kind == "already":
            self._show(kind, "warning", "!", already_text(result, now), words)
        elif kind == "not_recognised":
            self._show(kind, "error", "✕", tr("Ticket not recognised — please see the desk"), words)
        else:
            self._show(kind, "error", "✕", tr("Please see the desk"), words)

    def show_trouble(self) -> None:
        self._show(
            "trouble", "error", "✕", tr("Sorry, that did not work — please see the desk"), ""
        )


class PinScreen(QFrame):
    """A PIN pad: unlock the operator menu, or set a new PIN (entered twice)."""

    unlocked = Signal()
    pin_set = Signal()
    cancelled = Signal()
    activity = Signal()

    def __init__(
        self,
        settings: Settings,
        attempts: PinAttempts,
        iterations: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPin")
        _paint(self, "idle")
        self._settings = settings
        self._attempts = attempts
        self._iterations = iterations
        self.setting_new = False
        self.first_run = False  # setting the very first PIN: cannot be cancelled
        self._first: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        self.prompt = _big_label("pinPrompt", 28, bold=True)
        self.message = _big_label("pinMessage", 18)
        self.entry = QLineEdit()
        self.entry.setObjectName("pinEntry")
        self.entry.setAccessibleName(tr("Operator PIN"))
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setMaxLength(8)
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setStyleSheet("QLineEdit#pinEntry { font-size: 32pt; padding: 8px; }")
        self.entry.setMaximumWidth(360)
        self.entry.returnPressed.connect(self.submit)
        self.entry.textEdited.connect(lambda _t: self.activity.emit())
        layout.addStretch(1)
        layout.addWidget(self.prompt)
        layout.addWidget(self.message)
        layout.addWidget(self.entry, 0, Qt.AlignmentFlag.AlignHCenter)
        pad = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        self.buttons: dict[str, QPushButton] = {}
        for index, key in enumerate(keys):
            button = QPushButton(key)
            button.setFixedSize(110, 80)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet("QPushButton { font-size: 24pt; font-weight: bold; }")
            button.clicked.connect(lambda _c=False, k=key: self._key(k))
            if key == "⌫":
                button.setAccessibleName(tr("Delete last digit"))
            pad.addWidget(button, index // 3, index % 3)
            self.buttons[key] = button
        pad_row = QHBoxLayout()
        pad_row.addStretch(1)
        pad_row.addLayout(pad)
        pad_row.addStretch(1)
        layout.addLayout(pad_row)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setStyleSheet("QPushButton { font-size: 16pt; }")
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.cancelled.emit)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def begin(self, *, set_new: bool, first_run: bool = False) -> None:
        self.setting_new = set_new
        self.first_run = first_run
        self._first = None
        self.clear()
        self.cancel_button.setVisible(not first_run)
        if set_new:
            self.prompt.setText(
                tr("Set the operator PIN for this kiosk")
                if first_run
                else tr("Choose a new operator PIN")
            )
            self.message.setText(tr("4 to 8 digits. You need it to leave kiosk mode."))
        else:
            self.prompt.setText(tr("Operator PIN"))
            self.message.setText("")
        self.entry.setFocus()

    def clear(self) -> None:
        self.entry.clear()

    def _key(self, key: str) -> None:
        self.activity.emit()
        if key == "OK":
            self.submit()
        elif key == "⌫":
            self.entry.backspace()
        else:
            self.entry.insert(key)

    def submit(self) -> None:
        pin = self.entry.text()
        self.entry.clear()
        self.activity.emit()
        if self.setting_new:
            self._set_step(pin)
        else:
            self._unlock_step(pin)

    def _unlock_step(self, pin: str) -> None:
        if self._attempts.locked_for() > 0:
            self._say_locked()
            return
        # Hashing takes a fraction of a second, on purpose; it runs only when a PIN is typed.
        if verify_pin(pin, str(self._settings.get("kiosk_pin_hash"))):
            self._attempts.succeeded()
            self.message.setText("")
            self.unlocked.emit()
            return
        self._attempts.failed()
        if self._attempts.locked_for() > 0:
            self._say_locked()
        else:
            self.message.setText(tr("That PIN is not right. Please try again."))

    def _say_locked(self) -> None:
        self.message.setText(wait_text(self._attempts.locked_for()))

    def _set_step(self, pin: str) -> None:
        if self._first is None:
            if not is_valid_pin(pin):
                self.message.setText(tr("A PIN is 4 to 8 digits. Please try again."))
                return
            self._first = pin
            self.prompt.setText(tr("Enter the same PIN again"))
            self.message.setText("")
            return
        if pin != self._first:
            self._first = None
            self.prompt.setText(tr("Choose a new operator PIN"))
            self.message.setText(tr("The two PINs were different. Please start again."))
            return
        stored = (
            hash_pin(pin)
            if self._iterations is None
            else hash_pin(pin, iterations=self._iterations)
        )
        self._settings.set("kiosk_pin_hash", stored)
        self._first = None
        self.pin_set.emit()


class OperatorScreen(QFrame):
    """Behind the PIN: back to the kiosk, settings, a new PIN, or leave kiosk mode."""

    back = Signal()
    open_settings = Signal()
    change_pin = Signal()
    exit_kiosk = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskOperator")
        _paint(self, "idle")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = _big_label("operatorTitle", 28, bold=True)
        title.setText(tr("Operator"))
        layout.addWidget(title)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, signal in (
            ("back", tr("Back to self check-in"), self.back),
            ("settings", tr("Settings…"), self.open_settings),
            ("pin", tr("Change PIN"), self.change_pin),
            ("exit", tr("Exit kiosk mode"), self.exit_kiosk),
        ):
            button = QPushButton(text)
            button.setMinimumSize(360, 64)
            button.setStyleSheet("QPushButton { font-size: 18pt; }")
            button.clicked.connect(signal.emit)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.buttons[name] = button
        layout.addStretch(1)


# Answers that mean "this is not a ticket for this door", as against a ticket that is known but
# not valid now (a pending order, a list's rules): the kiosk's headline says which.
_NOT_RECOGNISED = frozenset({Verdict.UNKNOWN, Verdict.OTHER_EVENT, Verdict.MALFORMED})


def verdict_kind(result: ScanResult) -> str:
    """welcome | already | not_recognised | see_desk: the only answers a kiosk gives."""
    if result.verdict is Verdict.CHECKED_IN:
        return "welcome"
    if result.verdict is Verdict.ALREADY_CHECKED_IN:
        return "already"
    if result.verdict in _NOT_RECOGNISED:
        return "not_recognised"
    return "see_desk"


def wait_text(seconds: float) -> str:
    """The lockout message; escalated lockouts are long enough to count in minutes."""
    whole = math.ceil(seconds)
    if whole < 120:
        return tr("Too many wrong tries. Please wait %n second(s).", None, whole)
    return tr("Too many wrong tries. Please wait %n minute(s).", None, math.ceil(whole / 60))


def already_text(result: ScanResult, now: datetime) -> str:
    return tr("Already checked in at {when}").format(
        when=human_time(result.previous_checkin_at, now)
    )
