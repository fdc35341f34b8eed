"""fetch_in_order: a few pages in flight, handed out in order, errors in their turn."""

from __future__ import annotations

import threading

import pytest

from orga_app.sync.pretix.paging import fetch_in_order


class Recorder:
    """A fetch that records how many calls overlap and which pages were asked for."""

    def __init__(self, gate: threading.Barrier | None = None) -> None:
        self._lock = threading.Lock()
        self._gate = gate
        self.running = 0
        self.most = 0
        self.asked: list[int] = []

    def __call__(self, number: int) -> int:
        with self._lock:
            self.running += 1
            self.most = max(self.most, self.running)
            self.asked.append(number)
        try:
            if self._gate is not None and number < 2 + self._gate.parties:
                # The first pages meet here: only possible when they are all in flight.
                self._gate.wait(timeout=30)
            return number * 10
        finally:
            with self._lock:
                self.running -= 1


def test_pages_come_back_in_order_with_four_in_flight_and_never_more() -> None:
    fetch = Recorder(threading.Barrier(4))
    got = list(fetch_in_order(fetch, range(2, 60), in_flight=4))
    assert got == [n * 10 for n in range(2, 60)]
    # the barrier of 4 opened, so four were in flight at once; the window allows no more
    assert fetch.most == 4
    assert sorted(fetch.asked) == list(range(2, 60))


def test_an_error_of_a_page_comes_in_its_turn_after_the_pages_before_it() -> None:
    def fetch(number: int) -> int:
        if number == 5:
            raise OSError("page 5 failed")
        return number

    got: list[int] = []
    with pytest.raises(OSError, match="page 5"):
        for value in fetch_in_order(fetch, range(1, 20), in_flight=3):
            got.append(value)
    assert got == [1, 2, 3, 4]


def test_closing_early_starts_no_further_pages() -> None:
    fetch = Recorder()
    pages = fetch_in_order(fetch, range(1, 1000), in_flight=4)
    assert next(pages) == 10
    pages.close()
    # page 1 taken, at most the window and its refill were ever started, never the rest
    assert len(fetch.asked) <= 5
    assert fetch.running == 0  # closing waited for the pages in flight
