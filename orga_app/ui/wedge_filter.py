"""Application-wide event filter that turns keyboard-wedge bursts into scans (rule: scan/wedge.py).

Printable key presses are held for a few tens of milliseconds; a fast burst ending in Enter/Tab (or,
for scanners that send no terminator, in silence) is a scan and is swallowed, anything else is
replayed to the widget it was meant for. Modifier keys pressed alone (the Shift an HID scanner
sends around every capital letter) pass through untouched and leave the burst alone.

With a `scope` window, only keys for that window count, and only while no other window is modal
over it: a Settings or Export dialog gets its keys as typed, so typing a path there is never a
scan and a scan cannot check someone in behind the dialog. Such keys are only watched: a burst at
scanner speed ending in Enter/Tab there emits `scanned_elsewhere(code)` (and that Enter is kept
from the dialog), so the door can say plainly that a ticket went into the dialog and nobody was
checked in.

Gaps are measured between the times the keys were PRESSED (`QKeyEvent.timestamp()`), not when the
GUI thread got round to them: a GUI busy for 100 ms in the middle of a scan only delays the burst,
it must not split it. The injected clock is the fallback for events without a timestamp.

Every scan is first announced raw by `burst(text, terminator, scanner)` (the USB scanner set-up
listens to that), then `corrector` (what the set-up learned for this scanner: prefix, suffix,
doubled output, keyboard layout; scan/scanner_setup.py) turns it into the ticket's code for
`scanned`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from orga_app.scan.scanner_setup import Corrector, Terminator
from orga_app.scan.wedge import DEFAULT_MAX_GAP, DEFAULT_MIN_LENGTH, WedgeBuffer, WedgeStep

TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
# Keys that only change what the next key types. Scanners press Shift (or AltGr on some layouts)
# for each capital letter or symbol; they must not count as "another key" that ends a burst.
MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_ScrollLock,
        Qt.Key.Key_Mode_switch,
        Qt.Key.Key_Kana_Lock,
        Qt.Key.Key_Kana_Shift,
        Qt.Key.Key_Eisu_Shift,
    }
)
# Modifiers a key may carry and still just type its text (AltGr arrives as GroupSwitch on X11).
_TEXT_MODIFIERS = (
    Qt.KeyboardModifier.NoModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.KeypadModifier
    | Qt.KeyboardModifier.GroupSwitchModifier
)


def is_modifier_only(event: QKeyEvent) -> bool:
    """A key that types nothing by itself: a modifier, or a key the platform could not name."""
    if event.text():
        return False
    key = event.key()
    return key in MODIFIER_KEYS or key in (0, Qt.Key.Key_unknown)


def _kind(event: QKeyEvent) -> str:
    """'terminator' (Enter/Tab), 'text' (a key that types one character) or 'other'."""
    plain = not (event.modifiers() & ~_TEXT_MODIFIERS)
    text = event.text()
    # X11's Linefeed key (what `xdotool type` sends for a newline) ends a code like Enter
    if plain and (event.key() in TERMINATORS or text in ("\r", "\n")):
        return "terminator"
    if text and text.isprintable() and plain and not event.isAutoRepeat():
        return "text"
    return "other"


def _device_name(event: QKeyEvent) -> str:
    """The keyboard that sent the key, to keep set-ups apart per scanner ('' if unknown)."""
    device = event.device()
    return device.name() if device is not None else ""


@dataclass(frozen=True, slots=True)
class HeldKey:
    receiver: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class WedgeFilter(QObject):
    """Install with `QApplication.installEventFilter(filter)`; emits `scanned(code)`."""

    scanned = Signal(str)
    # every scan as it arrived, before any correction: (text, Terminator value, scanner name)
    burst = Signal(str, str, str)
    # a scanner-speed code that went, as typed text, to a window outside the scope (a dialog)
    scanned_elsewhere = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_gap: float = DEFAULT_MAX_GAP,
        min_length: int = DEFAULT_MIN_LENGTH,
        clock: Callable[[], float] = time.monotonic,
        scope: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._buffer: WedgeBuffer[HeldKey] = WedgeBuffer(max_gap=max_gap, min_length=min_length)
        self._clock = clock
        self._scope = scope
        # times keys that go to other windows, to notice a scan there; never holds them
        self._watcher: WedgeBuffer[None] = WedgeBuffer(max_gap=max_gap, min_length=min_length)
        self._replaying = False
        self.corrector: Corrector | None = None
        self._scanner = ""  # the input device that typed the first held key
        self._terminator = Terminator.NONE
        self._keys_fed = 0  # tells a deferred release whether keys came in meanwhile
        self.enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # a little slack over max_gap, so the next key of a burst always wins the race
        self._timer.setInterval(int(max_gap * 1000) + 15)
        self._timer.timeout.connect(self._expire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            self._replaying
            or not self.enabled
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(watched, QWidget)  # the QWindow copy of the event: skip it
            or not isinstance(event, QKeyEvent)
            or is_modifier_only(event)
        ):
            return False
        now = self._pressed_at(event)
        if not self._in_scope(watched):
            return self._watch(event, now)
        self._keys_fed += 1
        kind = _kind(event)
        if kind == "terminator":
            tab = event.key() == Qt.Key.Key_Tab
            self._terminator = Terminator.TAB if tab else Terminator.ENTER
            step = self._buffer.terminator(now)
        elif kind == "text":
            if not self._buffer.holding:  # a new burst
                self._scanner = _device_name(event)
                self._terminator = Terminator.NONE
            held = HeldKey(watched, event.key(), event.modifiers(), event.text())
            step = self._buffer.printable(event.text(), now, held)
        else:
            step = self._buffer.other()
        return self._apply(step)

    def _watch(self, event: QKeyEvent, now: float) -> bool:
        """A key for another window (a dialog): its text is delivered at once and untouched,
        only timed. The one key kept back is the Enter/Tab that ends a scanner-speed burst: a
        scanner must not press the dialog's default button (Settings would save the ticket code
        as the device name). The operator still sees the code in the field."""
        if self._buffer.holding:
            self.flush()  # keys held for the door go first
        kind = _kind(event)
        if kind == "terminator":
            code = self._watcher.terminator(now).code
            if code is not None:
                self.scanned_elsewhere.emit(code)
                return True
        elif kind == "text":
            self._watcher.printable(event.text(), now, None)
        else:
            self._watcher.other()
        return False

    def _in_scope(self, receiver: QWidget) -> bool:
        scope = self._scope
        if scope is None:
            return True
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not scope:
            return False
        return receiver.window() is scope

    def _pressed_at(self, event: QKeyEvent) -> float:
        # the platform's press time in ms; synthetic events (QTest, replays) carry 0
        stamp = event.timestamp()
        return stamp / 1000.0 if stamp else self._clock()

    def _apply(self, step: WedgeStep[HeldKey]) -> bool:
        self._replay(step.release)
        if self._buffer.holding:
            self._timer.start()
        else:
            self._timer.stop()
        if step.code is not None:
            self._deliver(step.code)
        return step.consume

    def _deliver(self, raw: str) -> None:
        scanner = self._scanner
        self.burst.emit(raw, self._terminator.value, scanner)
        code: str | None = raw
        if self.corrector is not None:
            code = self.corrector.accept(scanner, raw, self._clock())
        if code:
            self.scanned.emit(code)

    def _expire(self) -> None:
        # The timer also runs out when the GUI thread stalled while the rest of a burst waited in
        # the event queue. Let the loop deliver what is queued first (a 0 ms single-shot runs
        # after it), and release the held keys only if no key came in meanwhile: then it was
        # typing.
        fed = self._keys_fed
        QTimer.singleShot(0, self, lambda: self._release_if_quiet(fed))

    def _release_if_quiet(self, fed: int) -> None:
        if fed == self._keys_fed:
            # a long fast burst that simply stopped is a scan from a scanner without Enter
            self._apply(self._buffer.expire())

    def flush(self) -> None:
        self._timer.stop()
        self._replay(self._buffer.flush())

    def _replay(self, keys: tuple[HeldKey, ...]) -> None:
        self._replaying = True
        try:
            for held in keys:
                if not shiboken6.isValid(held.receiver):
                    continue  # the widget went away while its key was held
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    copy = QKeyEvent(kind, held.key, held.modifiers, held.text)
                    QApplication.sendEvent(held.receiver, copy)
        finally:
            self._replaying = False
