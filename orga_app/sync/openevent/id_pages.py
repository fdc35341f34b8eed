"""An event's attendee list as keyset pages, several requests in flight, handed out in id order.

The download asks for "the next 1,000 attendees with an id above X" (keyset paging: a deletion
on the server cannot shift a later page and hide someone, download.py). One such request at a
time leaves the server idle while a page travels and the door idle while the server works; with
20 ms per request that was most of a first download's time.

Once the first page shows how far 1,000 ids reach, the next few starting points are guessed
(each a little short of a page after the previous one) and asked for at once. Every answer is
still exact, "the next 1,000 above X" as the server had them, so the pages are stitched in id
order without trusting the guess:
- a page that starts at or below what is already held is cut to the ids above it (an overlap);
- a page that starts above what is held would leave a gap: the gap is asked for exactly,
  from the last id held, before that page is used;
- the list ends at the first page, in order, that says nothing follows.
A page whose overlap held records the client skipped (odd records carry no id to cut by) is
asked for again exactly, so no skipped record is counted twice.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace

from orga_app.sync.errors import IncompleteListError
from orga_app.sync.openevent.records import AttendeePage

# Requests in flight at once. Two: one page travels or is served while the door stores the
# one before. Four (as pretix's pages, sync/pretix/paging.py) broke the real Open Event server
# under a load average of 12: it serves pages in one Python process, four at once shared it,
# an answer took over the 60 s answer deadline and the download failed, where one at a time
# had finished (bench_real_sync.py, 2026-12-01 14:53 UTC).
PAGES_IN_FLIGHT = 2
# Guesses start this share of a page's id span after each other, so that neighbouring pages
# overlap a little (cut, cheap) rather than leave gaps (one more request, in line).
_GUESS_SHARE = 0.95


@dataclass(frozen=True)
class FetchedPage:
    """One answer: `after` is the id it was asked from (None: the start of the list)."""

    after: int | None
    started: str  # UTC time the request left (download.py's upload race rule)
    page: AttendeePage


Fetch = Callable[[int | None], FetchedPage]


def pages_by_id(
    fetch: Fetch, max_pages: int, in_flight: int = PAGES_IN_FLIGHT
) -> Generator[tuple[FetchedPage, int | None], None, None]:
    """Every page of the list in id order, each with the id it continues from (None first).

    A page handed out holds only ids above the one it continues from, as if it had been asked
    for exactly; its `has_next` says whether the list goes on after it. Errors of a request are
    raised when that page's turn comes. Closing the iterator early (a cancelled download) drops
    guesses not yet started and waits for those in flight.
    """
    with ThreadPoolExecutor(max_workers=in_flight, thread_name_prefix="download") as pool:
        window: deque[Future[FetchedPage]] = deque()
        try:
            yield from _stitch(fetch, pool, window, max_pages, in_flight)
        finally:
            for future in window:
                future.cancel()


def _stitch(
    fetch: Fetch,
    pool: ThreadPoolExecutor,
    window: deque[Future[FetchedPage]],
    max_pages: int,
    in_flight: int,
) -> Iterator[tuple[FetchedPage, int | None]]:
    requests = 1
    first = fetch(None)
    yield first, None
    held = first.page.last_id
    if not first.page.has_next or held is None:
        return
    step = _guess_step(first.page)
    last_guess = _last_useful_guess(first.page, step)
    next_guess = held
    while True:
        while len(window) < in_flight and requests < max_pages:
            next_guess = max(next_guess, held)  # after gaps the guesses may lag behind
            if next_guess > last_guess:
                if window:
                    break  # past where the first page's count says the list ends
                next_guess = held  # the count was wrong (the list grew): go on exactly
            window.append(pool.submit(fetch, next_guess))
            next_guess += step
            requests += 1
        if not window:
            raise IncompleteListError(detail=f"more than {max_pages} pages")
        fetched = window.popleft().result()
        after = fetched.after
        assert after is not None  # every request but the first starts somewhere
        if after > held:
            # A gap before this page: ask for it exactly, in line, then look at this one again.
            window.appendleft(_done(fetched))
            window.appendleft(pool.submit(fetch, held))
            requests += 1
            continue
        if after < held and fetched.page.skipped:
            # An overlap whose odd records cannot be cut by id: ask again from what is held.
            window.appendleft(pool.submit(fetch, held))
            requests += 1
            continue
        page = _above(fetched.page, held) if after < held else fetched.page
        if page.has_next and not page.ids:
            continue  # wholly inside what is held: the next page in line goes on from there
        yield FetchedPage(held, fetched.started, page), held
        if not page.has_next or page.last_id is None:
            return
        held = page.last_id


def _done(fetched: FetchedPage) -> Future[FetchedPage]:
    future: Future[FetchedPage] = Future()
    future.set_result(fetched)
    return future


def _guess_step(first: AttendeePage) -> int:
    """How far the next page's ids probably reach: a little less than the first page's span."""
    ids = first.ids
    span = ids[-1] - ids[0] + 1 if ids else 1
    return max(1, int(span * _GUESS_SHARE))


def _last_useful_guess(first: AttendeePage, step: int) -> float:
    """Where the list probably ends, by the first page's count and id span, plus a page: a
    guess beyond it would only cost the server an empty answer."""
    if first.total is None or not first.ids:
        return float("inf")
    pages_left = max(0, first.total - len(first.ids)) / len(first.ids)
    return first.ids[-1] + (pages_left + 1) * step


def _above(page: AttendeePage, held: int) -> AttendeePage:
    """The page cut to the ids above `held`, as if asked for from there. The page holds the
    first attendees above the id it was asked from, so the ones cut are all there were up to
    `held`, and the count above `held` is the page's count less those."""
    ids = tuple(i for i in page.ids if i > held)
    cut = len(page.ids) - len(ids)
    items = tuple(r for r in page.items if r.id > held)
    total = None if page.total is None else max(0, page.total - cut)
    return replace(page, items=items, ids=ids, received=page.received - cut, total=total)
