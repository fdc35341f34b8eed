"""The attendee search's fast paths give the same pages as the plain trigram-index search.

A query with a two-character word is first looked for in a window of attendees in name order
(store/search.py, NAME_WINDOW); a query that filters nothing runs plain SQL. Both must hand
back exactly the pages the index path gives (the path every query took before): same attendees,
same order, page after page, forwards and backwards, with status filters, on tricky names
(accents, CJK, e-mail addresses, order codes), and for every window size, including windows
that end in the middle of a page. A real SQLite file throughout.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from orga_app.core.text import fold
from orga_app.core.verdict import AttendeeSummary
from orga_app.store import attendees, outbox, search
from orga_app.store.attendees import AttendeeRow, StatusFilter
from orga_app.store.db import Store, begin_bulk_load, end_bulk_load, search_text_of
from orga_app.store.models import OutboxAction
from tests.helpers import (
    EVENT_ID,
    OTHER_EVENT_ID,
    add_attendees,
    add_event,
    attendee_row,
    open_store,
)

NAMES = [
    ("Ana", "Ødegaard"),
    ("Jürgen", "Müller"),
    ("Anna", "Mullins"),
    ("Łukasz", "Kowalski"),
    ("Nguyễn", "Trần"),
    ("太郎", "山田"),
    ("芳", "王"),
    ("Zoë", "Léger"),
    ("José", "Peña"),
    ("Siobhán", "O'Brien"),
    ("Andrés", "Hernández"),
    ("Ingrid", "Johansson"),
]
QUERIES = [
    "",
    "a",  # one character filters nothing
    "an",
    "AN",
    "mu",
    "mü",
    "ød",
    "od",
    "pe",
    "ña",
    "山田",
    "田",
    "王芳",
    "an mu",  # two two-character words
    "an müller",  # a two-character word and a long one
    "ex",  # in every e-mail address
    "@ex",
    "ple.o",
    "rd-00",  # inside order codes
    "zq",  # nobody
    "jo an",
]


def _rows(rng: random.Random) -> list[AttendeeRow]:
    rows: list[AttendeeRow] = []
    for i in range(1, 121):
        first, last = rng.choice(NAMES)
        order = f"ORD-{rng.randrange(100):03d}"
        email = f"{fold(first)}.{i}@{rng.choice(['example.org', 'mail.jp', 'fjord.no'])}"
        rows.append(
            attendee_row(i, first, last, email=email, order=order, is_checked_in=i % 5 == 0)
        )
    rows.append(attendee_row(500, "Ana", "Anders", email="gone@example.org", deleted=True))
    rows.append(attendee_row(501, "Ana", "Andersen", event_id=OTHER_EVENT_ID, ticket_id=None))
    return rows


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path)
    add_event(store)
    add_event(store, OTHER_EVENT_ID, "Other", ticket_id=None)
    rows = _rows(random.Random(7))
    add_attendees(store, rows)
    with store.write() as conn:  # one check-in waiting to upload
        outbox.enqueue(conn, EVENT_ID, 4, OutboxAction.CHECK_IN, "2026-11-26T09:00:00Z", "dev")
    yield store
    store.close()


def _pages(
    store: Store, query: str, status: StatusFilter, descending: bool, size: int = 7
) -> list[list[int]]:
    """Every page of the query, `size` attendees each, until a short page."""
    pages: list[list[int]] = []
    while True:
        with store.read() as conn:
            page = attendees.search(
                conn, EVENT_ID, query, status, descending=descending,
                offset=len(pages) * size, limit=size,
            )  # fmt: skip
        pages.append([a.id for a in page])
        if len(page) < size:
            return pages


def _index_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The search as it was before the window: every query with a word asks the index."""
    monkeypatch.setattr(search, "_by_name_in_window", lambda *args, **kwargs: None)


def _oracle(store: Store, query: str) -> set[int]:
    """Who matches, computed in Python from the attendees' own fields: every word of 2+
    characters is a substring of the folded search text."""
    words = [w for w in fold(query).split(" ") if len(w) >= 2]
    with store.read() as conn:
        live = attendees.search(conn, EVENT_ID, "", limit=10_000)
    return {a.id for a in live if all(w in _text(a) for w in words)}


def _text(a: AttendeeSummary) -> str:
    return search_text_of(a.firstname, a.lastname, a.email, a.order_identifier, a.code)


@pytest.mark.parametrize("window", [1, 6, 30, 10_000])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("status", [StatusFilter.ALL, StatusFilter.CHECKED_IN])
def test_every_page_matches_the_index_path(
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    window: int,
    descending: bool,
    status: StatusFilter,
) -> None:
    monkeypatch.setattr(search, "NAME_WINDOW", window)
    fast = {q: _pages(store, q, status, descending) for q in QUERIES}
    _index_only(monkeypatch)
    slow = {q: _pages(store, q, status, descending) for q in QUERIES}
    assert fast == slow
    if status is StatusFilter.ALL:  # and both find exactly who they should
        for query in QUERIES:
            found = [i for page in fast[query] for i in page]
            assert len(found) == len(set(found)), query
            assert set(found) == _oracle(store, query), query


def test_the_window_path_really_answers(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A common pair in a large window is answered from the window, not the index."""
    asked: list[str] = []
    real = search._match_of_tokens

    def spy(conn: object, tokens: list[str]) -> str | None:
        asked.append(" ".join(tokens))
        return real(conn, tokens)  # type: ignore[arg-type]

    monkeypatch.setattr(search, "_match_of_tokens", spy)
    with store.read() as conn:
        page = attendees.search(conn, EVENT_ID, "ex", limit=5)
    assert len(page) == 5 and asked == []
    with store.read() as conn:  # a rare pair is not in the first 6 rows: the index answers
        monkeypatch.setattr(search, "NAME_WINDOW", 6)
        attendees.search(conn, EVENT_ID, "山田", limit=5)
    assert asked == ["山田"]


def test_one_character_lists_everyone_in_name_order(store: Store) -> None:
    with store.read() as conn:
        page = attendees.search(conn, EVENT_ID, "a", limit=1000)
        back = attendees.search(conn, EVENT_ID, "", descending=True, limit=1000)
    expected = sorted(page, key=lambda a: (a.lastname, a.firstname, a.id))
    assert [a.id for a in page] == [a.id for a in expected]
    assert [a.id for a in back] == [a.id for a in reversed(expected)]
    assert len(page) == 120  # the deleted one and the other event's are not listed


def test_pending_filter_on_the_window_path(store: Store) -> None:
    with store.read() as conn:
        ids = [a.id for a in attendees.search(conn, EVENT_ID, "ex", StatusFilter.PENDING)]
        all_pending = [a.id for a in attendees.search(conn, EVENT_ID, "", StatusFilter.PENDING)]
    assert all_pending == [4]
    assert ids == ([4] if "ex" in _text_of(store, 4) else [])


def _text_of(store: Store, attendee_id: int) -> str:
    with store.read() as conn:
        found = attendees.get(conn, attendee_id)
    assert found is not None
    return _text(found)


@pytest.mark.parametrize("window", [6, 10_000])
def test_a_paused_index_is_not_mixed_with_the_window(
    store: Store, monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    """While a bulk download has the index paused, new attendees are not in it yet: every
    page then comes from the index, so scrolling never repeats or skips anyone."""
    monkeypatch.setattr(search, "NAME_WINDOW", window)
    with store.write() as conn:
        begin_bulk_load(conn, "test")
    add_attendees(store, [attendee_row(900, "Ana", "Aaa", email="new@example.org")])
    pages = _pages(store, "an", StatusFilter.ALL, False)
    found = [i for page in pages for i in page]
    assert 900 not in found and len(found) == len(set(found))
    with store.write() as conn:
        end_bulk_load(conn)
    assert 900 in [i for page in _pages(store, "an", StatusFilter.ALL, False) for i in page]


@pytest.mark.parametrize("query", ["", "an", "müller", "山田"])
def test_summaries_of_the_page_are_whole(store: Store, query: str) -> None:
    """Built by position from the driver's rows, each summary equals the one read by name."""
    with store.read() as conn:
        page = attendees.search(conn, EVENT_ID, query, limit=50)
        assert page
        for found in page:
            assert found == attendees.get(conn, found.id)
    assert any(a.is_checked_in for a in page) or query == "山田"
    assert all(a.ticket == "Regular" and a.order_identifier.startswith("ORD-") for a in page)
