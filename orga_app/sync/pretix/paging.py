"""Numbered pages fetched a few at a time, handed out in page order.

A first full download of a large pretix event is many pages of 50 orders, each 0.4-0.6 s of
server time; fetched one after another that was 48-158 s for 20,000 tickets, by load
(bench/RESULTS.md).
Once the first page has said how many orders there are, every page number is known, so a few
can be in flight at once. They are still handed out in order, so the caller's rules (the first
page's watermark, every page arrived, counts agree) read them exactly as before.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Generator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

_T = TypeVar("_T")

# Pages in flight at once: enough to hide the server's time per page, few enough not to load
# a server that also answers every other door's scans (and below the client's connection pool).
PAGES_IN_FLIGHT = 4


def fetch_in_order(
    fetch: Callable[[int], _T], numbers: range, in_flight: int = PAGES_IN_FLIGHT
) -> Generator[_T, None, None]:
    """fetch(n) for every n in `numbers`, at most `in_flight` at once, yielded in order.

    An error of page n is raised when page n's turn comes (the pages before it were handed
    out). Closing the iterator early (a cancelled download) drops the pages not yet started
    and waits for those in flight, so no request outlives the download.
    """
    if in_flight < 1:
        raise ValueError("in_flight must be at least 1")
    pending = iter(numbers)
    window: deque[Future[_T]] = deque()
    with ThreadPoolExecutor(max_workers=in_flight, thread_name_prefix="pretix-page") as pool:
        try:
            for number in pending:
                window.append(pool.submit(fetch, number))
                if len(window) >= in_flight:
                    break
            while window:
                result = window.popleft().result()
                for number in pending:
                    window.append(pool.submit(fetch, number))
                    break
                yield result
        finally:
            for future in window:
                future.cancel()
