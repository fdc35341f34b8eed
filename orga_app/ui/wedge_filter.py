"""Application-wide event filter that turns keyboard-wedge bursts into scans (rule: scan/wedge.py).

Printable key presses are held for a few tens of milliseconds; a fast burst ending in Enter/Tab is
a scan and is swallowed, anything else is replayed to the widget it was meant for.

Gaps are measured between the times the keys were PRESSED (`QKeyEvent.timestamp()`), not when the
GUI thread got round to them: a GUI busy for 100 ms in the middle of a scan only delays the burst,
it must not split it. The injected clock is the fallback for events without a timestamp.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from orga_app.scan.wedge import DEFAULT_MAX_GAP, DEFAULT_MIN_LENGTH, WedgeBuffer, WedgeStep

TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
_TEXT_MODIFIERS = (
    Qt.KeyboardModifier.NoModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.KeypadModifier
)


@dataclass(frozen=True, slots=True)
class HeldKey:
    receiver: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class WedgeFilter(QObject):
    """Install with `QApplication.installEventFilter(filter)`; emits `scanned(code)`."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_gap: float = DEFAULT_MAX_GAP,
        min_length: int = DEFAULT_MIN_LENGTH,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._buffer: WedgeBuffer[HeldKey] = WedgeBuffer(max_gap=max_gap, min_length=min_length)
        self._clock = clock
        self._replaying = False
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
        ):
            return False
        now = self._pressed_at(event)
        self._keys_fed += 1
        key = Qt.Key(event.key())
        if key in TERMINATORS and not (event.modifiers() & ~_TEXT_MODIFIERS):
            step = self._buffer.terminator(now)
        elif (
            event.text()
            and event.text().isprintable()
            and not (event.modifiers() & ~_TEXT_MODIFIERS)
            and not event.isAutoRepeat()
        ):
            held = HeldKey(watched, event.key(), event.modifiers(), event.text())
            step = self._buffer.printable(event.text(), now, held)
        else:
            step = self._buffer.other()
        return self._apply(step)

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
            self.scanned.emit(step.code)
        return step.consume

    def _expire(self) -> None:
        # The timer also runs out when the GUI thread stalled while the rest of a burst waited in
        # the event queue. Let the loop deliver what is queued first (a 0 ms single-shot runs
        # after it), and release the held keys only if no key came in meanwhile: then it was
        # typing.
        fed = self._keys_fed
        QTimer.singleShot(0, self, lambda: self._release_if_quiet(fed))

    def _release_if_quiet(self, fed: int) -> None:
        if fed == self._keys_fed:
            self._replay(self._buffer.flush())

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
