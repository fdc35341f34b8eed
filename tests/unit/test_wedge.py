"""The keyboard-wedge timing rule (pure logic, no Qt)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from orga_app.scan.wedge import WedgeBuffer


def feed(buffer: WedgeBuffer[int], text: str, start: float, gap: float) -> tuple[list[int], float]:
    released: list[int] = []
    t = start
    for i, char in enumerate(text):
        step = buffer.printable(char, t, i)
        assert step.consume
        released += step.release
        t += gap
    return released, t - gap


def test_fast_burst_ending_in_enter_is_a_scan() -> None:
    buffer: WedgeBuffer[int] = WedgeBuffer(max_gap=0.05, min_length=4)
    released, last = feed(buffer, "ABC-123", 10.0, 0.005)
    step = buffer.terminator(last + 0.005)
    assert released == []
    assert step.consume and step.code == "ABC-123" and step.release == ()
    assert not buffer.holding


def test_slow_typing_is_released_key_by_key_and_enter_passes() -> None:
    buffer: WedgeBuffer[int] = WedgeBuffer(max_gap=0.05, min_length=4)
    released, last = feed(buffer, "hello", 0.0, 0.2)
    # each slow key released the one before it; the last one is still held
    assert released == [0, 1, 2, 3]
    step = buffer.terminator(last + 0.2)
    assert step.code is None and not step.consume and step.release == (4,)


def test_short_fast_burst_is_not_a_scan() -> None:
    buffer: WedgeBuffer[int] = WedgeBuffer(max_gap=0.05, min_length=4)
    _, last = feed(buffer, "ok", 0.0, 0.01)
    step = buffer.terminator(last + 0.01)
    assert step.code is None and step.release == (0, 1) and not step.consume


def test_late_terminator_releases_instead_of_scanning() -> None:
    buffer: WedgeBuffer[int] = WedgeBuffer(max_gap=0.05, min_length=4)
    _, last = feed(buffer, "ABCDEF", 0.0, 0.01)
    step = buffer.terminator(last + 0.5)
    assert step.code is None and step.release == tuple(range(6))


def test_flush_and_other_keys_release_in_order() -> None:
    buffer: WedgeBuffer[int] = WedgeBuffer(max_gap=0.05)
    feed(buffer, "abc", 0.0, 0.01)
    assert buffer.holding
    assert buffer.flush() == (0, 1, 2)
    assert not buffer.holding and buffer.flush() == ()
    feed(buffer, "xy", 1.0, 0.01)
    step = buffer.other()
    assert step.release == (0, 1) and not step.consume
    # after a release the next key starts a new burst, however soon it comes
    feed(buffer, "WXYZ", 1.03, 0.001)
    assert buffer.terminator(1.034).code == "WXYZ"


def test_typing_then_a_burst_scans_only_the_burst() -> None:
    buffer: WedgeBuffer[str] = WedgeBuffer(max_gap=0.05, min_length=4)
    released: list[str] = []
    released += buffer.printable("q", 0.0, "q").release
    t = 1.0
    for char in "T-9876":
        released += buffer.printable(char, t, char).release
        t += 0.004
    step = buffer.terminator(t)
    assert released == ["q"] and step.code == "T-9876"


@given(
    text=st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=40),
    gap=st.floats(min_value=0.06, max_value=2.0),
)
def test_typing_slower_than_the_gap_never_scans_and_loses_nothing(text: str, gap: float) -> None:
    buffer: WedgeBuffer[int] = WedgeBuffer(max_gap=0.05, min_length=4)
    released, last = feed(buffer, text, 0.0, gap)
    step = buffer.terminator(last + gap)
    assert step.code is None
    assert released + list(step.release) == list(range(len(text)))


@given(text=st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=4, max_size=80))
def test_any_fast_burst_of_four_or_more_scans_exactly(text: str) -> None:
    buffer: WedgeBuffer[int] = WedgeBuffer(max_gap=0.05, min_length=4)
    released, last = feed(buffer, text, 5.0, 0.002)
    assert released == []
    assert buffer.terminator(last + 0.002).code == text


def test_silence_ends_a_long_burst_as_a_scan_and_releases_a_short_one() -> None:
    # scanners set up without a terminator: only the silence after the burst ends the code
    buffer: WedgeBuffer[int] = WedgeBuffer(max_gap=0.05, min_length=4, min_length_unterminated=6)
    feed(buffer, "JN-0002", 0.0, 0.004)
    step = buffer.expire()
    assert step.consume and step.code == "JN-0002" and not buffer.holding
    feed(buffer, "Tion", 1.0, 0.004)  # fast rolled-over typing, too short for a ticket
    step = buffer.expire()
    assert step.code is None and step.release == (0, 1, 2, 3) and not step.consume


def test_a_long_burst_ended_by_silence_is_a_scan_even_when_the_next_key_comes_first() -> None:
    # A scanner without a terminator, two tickets in a row, the GUI thread busy: the next
    # ticket's first key (stamped well after the gap) is handled before the silence timer runs.
    # The finished burst is still a scan; it must not be released as typed text.
    buffer: WedgeBuffer[int] = WedgeBuffer(max_gap=0.05, min_length=4, min_length_unterminated=6)
    _, last = feed(buffer, "JN-0002", 0.0, 0.004)
    step = buffer.printable("K", last + 0.3, 99)
    assert step.consume and step.code == "JN-0002" and step.release == ()
    released, last = feed(buffer, "IOSK-0001", last + 0.304, 0.004)
    assert released == []
    assert buffer.expire().code == "KIOSK-0001"
    # a short burst followed by a late key is still typing, released in order
    feed(buffer, "ok", 5.0, 0.004)
    step = buffer.printable("x", 5.5, 7)
    assert step.code is None and step.release == (0, 1)
