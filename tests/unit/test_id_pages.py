"""Keyset pages fetched a few at a time and stitched in id order (sync/openevent/id_pages.py).

The server here is a list of ids answering "the next N above X" exactly as the Open Event
server does (sorted by id, meta.count of what lies above X); the download's own rules on top of
these pages are tested against the demo server in tests/integration and tests/hostile.
"""

from __future__ import annotations

import random
import threading

import pytest

from orga_app.sync.errors import IncompleteListError
from orga_app.sync.openevent.id_pages import PAGES_IN_FLIGHT, FetchedPage, pages_by_id
from orga_app.sync.openevent.records import AttendeePage, AttendeeRecord


def record(ident: int) -> AttendeeRecord:
    return AttendeeRecord(
        id=ident, event_id="1", identifier=None, order_identifier="o", order_status="completed",
        ticket_id=1, ticket_name="t", firstname="A", lastname="B", email="", company=None,
        job_title=None, is_checked_in=False, is_checked_out=False, checkin_times="",
        checkout_times="", device_name_checkin="", deleted=False,
    )  # fmt: skip


class IdServer:
    """The attendee list as ids; answers keyset requests and records where each started."""

    def __init__(self, ids: list[int], size: int) -> None:
        self.ids = sorted(ids)
        self.size = size
        self.asked: list[int | None] = []
        self.lock = threading.Lock()
        self.before_answer: dict[int, list[int]] = {}  # request number -> ids deleted first

    def fetch(self, after: int | None) -> FetchedPage:
        with self.lock:
            self.asked.append(after)
            for gone in self.before_answer.get(len(self.asked), []):
                self.ids.remove(gone)
            above = [i for i in self.ids if after is None or i > after]
        held = above[: self.size]
        page = AttendeePage(
            items=tuple(record(i) for i in held), total=len(above),
            has_next=len(above) > self.size, etag=None, received=len(held), ids=tuple(held),
        )  # fmt: skip
        return FetchedPage(after, "2026-12-01T00:00:00+00:00", page)


def stitched(server: IdServer, max_pages: int = 1000) -> list[tuple[int | None, AttendeePage]]:
    return [(after, fetched.page) for fetched, after in pages_by_id(server.fetch, max_pages)]


def assert_exact_keyset_pages(pages: list[tuple[int | None, AttendeePage]]) -> list[int]:
    """Each page holds only ids above the one it continues from, in order; returns all ids."""
    ids: list[int] = []
    for after, page in pages:
        assert list(page.ids) == sorted(page.ids)
        assert after is None or all(i > after for i in page.ids)
        assert after == (ids[-1] if ids else None)
        assert [r.id for r in page.items] == list(page.ids)
        assert page.received == len(page.ids)
        ids.extend(page.ids)
    assert not pages[-1][1].has_next
    return ids


def test_dense_ids_arrive_once_each_in_order() -> None:
    server = IdServer(list(range(1, 1001)), size=50)
    pages = stitched(server)
    assert assert_exact_keyset_pages(pages) == list(range(1, 1001))
    # The guesses overlap a little rather than leave gaps: few requests beyond the 20 pages.
    assert len(server.asked) <= 20 + 2 * PAGES_IN_FLIGHT


def test_irregular_ids_with_gaps_and_denser_stretches_arrive_once_each() -> None:
    rng = random.Random(5)
    sparse = sorted(rng.sample(range(1, 40_000), 300))  # the first page sees wide gaps
    dense = list(range(50_000, 50_700))  # then a run of consecutive ids: guesses fall short
    server = IdServer(sparse + dense + [90_000], size=40)
    ids = assert_exact_keyset_pages(stitched(server))
    assert ids == sparse + dense + [90_000]


def test_the_last_page_counts_only_what_lies_above_the_page_before() -> None:
    server = IdServer(list(range(1, 131)), size=50)
    pages = stitched(server)
    last = pages[-1][1]
    assert not last.has_next and last.total == last.received


def test_attendees_deleted_while_pages_travel_hide_no_one_who_stays() -> None:
    ids = list(range(1, 601))
    server = IdServer(ids, size=50)
    # Deleted on the server after some pages were asked for: around every page border.
    server.before_answer = {3: [40, 50, 51, 99], 6: [150, 151, 300], 9: [449, 450, 451]}
    got = assert_exact_keyset_pages(stitched(server))
    remaining = set(server.ids)
    assert remaining <= set(got)  # nobody still on the server is missing
    assert len(got) == len(set(got))


def test_several_requests_are_in_flight_at_once() -> None:
    server = IdServer(list(range(1, 2001)), size=100)
    together = threading.Barrier(PAGES_IN_FLIGHT, timeout=10)
    guesses = iter(range(1_000_000))
    count_lock = threading.Lock()

    def fetch(after: int | None) -> FetchedPage:
        with count_lock:
            guess = next(guesses) if after is not None else None
        if guess is not None and guess < PAGES_IN_FLIGHT:
            together.wait()  # the guesses in flight must all have left before any is answered
        return server.fetch(after)

    got = [fetched.page for fetched, _ in pages_by_id(fetch, 1000)]
    assert [i for page in got for i in page.ids] == list(range(1, 2001))


def test_a_list_longer_than_the_page_limit_is_refused() -> None:
    server = IdServer(list(range(1, 1001)), size=10)
    with pytest.raises(IncompleteListError):
        stitched(server, max_pages=20)


def test_closing_early_leaves_no_request_running() -> None:
    server = IdServer(list(range(1, 2001)), size=100)
    pages = pages_by_id(server.fetch, 1000)
    next(pages)
    next(pages)
    pages.close()
    asked = len(server.asked)
    assert asked <= 2 + PAGES_IN_FLIGHT + 1
    assert len(server.asked) == asked  # nothing more arrives after the close returned
