"""Keyboard-wedge (USB barcode scanner) detection: pure timing rules, no Qt.

A USB scanner "types" a code as a burst of keystrokes a few milliseconds apart and usually ends it
with Enter or Tab. People type much slower (rarely under ~80 ms between keys, and never for a
whole code). So: printable keys are HELD for at most `max_gap` seconds. If the next key comes
sooner, it joins the burst; a terminator that arrives in time after at least `min_length` held
keys makes the burst a scan, and the held keys are swallowed. Scanners set up to send no
terminator end a code with silence: when no key follows in time, a burst of at least
`min_length_unterminated` keys is a scan too (`expire`). Anything else RELEASES the held keys,
in order, to where they were going, so normal typing only sees a delay of `max_gap`.

Modifier keys alone (Shift, Control, AltGr, CapsLock…) are not keys of this rule at all: an HID
scanner presses Shift around every capital letter and symbol, so they must neither end nor split a
burst. The GUI side simply does not feed them.

The buffer carries an opaque payload per key (the GUI keeps the original key event there), so
released keys can be replayed exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

DEFAULT_MAX_GAP = 0.045  # seconds between keys of one scan; scanners send every 1-20 ms
DEFAULT_MIN_LENGTH = 4  # shorter bursts are a fast typist's "ok<Enter>", not a ticket
# Without a terminator only silence ends a code; demand more keys, so that a burst of fast
# rolled-over typing ("tion") in a search box is never taken for a ticket. Ticket codes are longer.
DEFAULT_MIN_LENGTH_UNTERMINATED = 6
DEFAULT_MAX_LENGTH = 1024  # nothing printed on a ticket is longer; stops an endless burst


@dataclass(frozen=True, slots=True)
class WedgeStep(Generic[T]):
    """What to do with the key just fed.

    consume: True when the key is held or swallowed (do not deliver it now).
    release: held keys to deliver now, before anything else, in this order.
    code: the scanned text when this key completed a scan.
    """

    consume: bool
    release: tuple[T, ...] = ()
    code: str | None = None


@dataclass
class WedgeBuffer(Generic[T]):
    """The timing rule. Feed every key press with its time in seconds (any monotonic clock)."""

    max_gap: float = DEFAULT_MAX_GAP
    min_length: int = DEFAULT_MIN_LENGTH
    min_length_unterminated: int = DEFAULT_MIN_LENGTH_UNTERMINATED
    max_length: int = DEFAULT_MAX_LENGTH
    _chars: list[str] = field(default_factory=list)
    _payloads: list[T] = field(default_factory=list)
    _last: float | None = None

    @property
    def holding(self) -> bool:
        return bool(self._chars)

    def _in_time(self, t: float) -> bool:
        return self._last is not None and 0 <= t - self._last <= self.max_gap

    def _take(self) -> tuple[T, ...]:
        released = tuple(self._payloads)
        self._chars.clear()
        self._payloads.clear()
        self._last = None
        return released

    def printable(self, char: str, t: float, payload: T) -> WedgeStep[T]:
        """A key that types text. It is held; a slow key first ends the older ones: a long enough
        burst that silence ended is a scan (as `expire` would have said, had its timer run
        before this key was handled: a busy GUI thread), a shorter one is released."""
        released: tuple[T, ...] = ()
        code: str | None = None
        if self._chars and not self._in_time(t):
            ended = self.expire()
            released, code = ended.release, ended.code
        elif self._chars and len(self._chars) >= self.max_length:
            released = self._take()
        self._chars.append(char)
        self._payloads.append(payload)
        self._last = t
        return WedgeStep(consume=True, release=released, code=code)

    def terminator(self, t: float) -> WedgeStep[T]:
        """Enter or Tab: ends a scan when the burst is fast and long enough."""
        if self._chars and self._in_time(t) and len(self._chars) >= self.min_length:
            code = "".join(self._chars)
            self._take()
            return WedgeStep(consume=True, code=code)
        return WedgeStep(consume=False, release=self._take())

    def other(self) -> WedgeStep[T]:
        """Any other key (arrows, shortcuts, Backspace): held keys go first, then this key."""
        return WedgeStep(consume=False, release=self._take())

    def expire(self) -> WedgeStep[T]:
        """No key came in time after the held ones. Every held key joined the burst in time (a
        late key releases the older ones first), so a long enough burst is a scan from a scanner
        that sends no terminator; a shorter one was typing and is released."""
        if len(self._chars) >= self.min_length_unterminated:
            code = "".join(self._chars)
            self._take()
            return WedgeStep(consume=True, code=code)
        return WedgeStep(consume=False, release=self._take())

    def flush(self) -> tuple[T, ...]:
        """Deliver whatever is held (no key came in time, or the window is closing)."""
        return self._take()
