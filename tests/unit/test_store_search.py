"""Attendee queries on a real SQLite file: search as you type, filters, counts, code lookup,
bulk upsert (server wins, except over unsent local check-ins) and deletion after a download.

Only behaviour is asserted, never the SQL: the query internals are expected to change.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orga_app.core.codes import parse_code
from orga_app.core.text import fold
from orga_app.store import attendees, outbox
from orga_app.store.attendees import StatusFilter
from orga_app.store.db import Store
from orga_app.store.models import ATTENDEE, OutboxAction, OutboxState
from tests.helpers import (
    EVENT_ID,
    OTHER_EVENT_ID,
    add_attendees,
    add_event,
    attendee_row,
    open_store,
)

ANA, JURGEN, ZOE, ANNA, BOB, OLA, AARON, ZED, OTHER_ANA = 1, 2, 3, 4, 5, 6, 7, 8, 9
LIVE_HERE = {ANA, JURGEN, ZOE, ANNA, BOB, AARON, ZED}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path)
    add_event(store)
    add_event(store, OTHER_EVENT_ID, "Other Conference", ticket_id=8)
    add_attendees(
        store,
        [
            attendee_row(ANA, "Ana", "Ødegaard", email="ana.odegaard@fjord.no"),
            attendee_row(JURGEN, "Jürgen", "Müller", email="j.mueller@example.de"),
            attendee_row(ZOE, "Zoë", "Léger", email="zoe.leger@example.fr"),
            attendee_row(ANNA, "Anna", "Mullins", email="anna@mullins.ie"),
            attendee_row(
                BOB, "Bob", "Smith", email="bob@example.org", order="ORD-2024-55123", code="BOB77"
            ),
            attendee_row(OLA, "Ola", "Ødegaard", email="ola@fjord.no", deleted=True),
            attendee_row(AARON, "Aaron", "Aardvark", email="bzed@zulu.io", code="XK-1001"),
            attendee_row(ZED, "Zed", "Zulu", email="zed@zulu.io", code="XK-100"),
            attendee_row(
                OTHER_ANA,
                "Ana",
                "Ødegaard",
                email="ana.odegaard@fjord.no",
                event_id=OTHER_EVENT_ID,
                ticket_id=8,
            ),
        ],
    )
    yield store
    store.close()


def found_ids(
    store: Store, query: str, status: StatusFilter = StatusFilter.ALL, event_id: str = EVENT_ID
) -> list[int]:
    with store.read() as conn:
        return [a.id for a in attendees.search(conn, event_id, query, status, limit=1000)]


def count_of(
    store: Store, query: str, status: StatusFilter = StatusFilter.ALL, event_id: str = EVENT_ID
) -> int:
    with store.read() as conn:
        return attendees.count(conn, event_id, query, status)


# --- text search -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ødeg", {ANA}),
        ("Ødegaard", {ANA}),
        ("odegaard", {ANA}),
        ("muller", {JURGEN}),
        ("müller", {JURGEN}),
        ("MÜL", {JURGEN, ANNA}),
        ("mul", {JURGEN, ANNA}),
        ("jurgen", {JURGEN}),
        ("JÜRGEN", {JURGEN}),
        ("zoe", {ZOE}),
        ("léger", {ZOE}),
        ("LEGER", {ZOE}),
    ],
)
def test_accent_and_case_folding(store: Store, query: str, expected: set[int]) -> None:
    assert set(found_ids(store, query)) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ll", {JURGEN, ANNA}),  # Müller, Mullins (and their e-mails)
        ("ød", {ANA}),
        ("Ød", {ANA}),
        ("zu", {AARON, ZED}),  # zulu.io
    ],
)
def test_two_character_substrings(store: Store, query: str, expected: set[int]) -> None:
    assert set(found_ids(store, query)) == expected
    assert count_of(store, query) == len(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("degaard@fjo", {ANA}),  # middle of an e-mail
        ("mueller@exam", {JURGEN}),
        ("2024-551", {BOB}),  # middle of an order identifier
        ("ORD-2024", {BOB}),
        ("ob7", {BOB}),  # middle of a code
        ("k-100", {AARON, ZED}),
    ],
)
def test_substrings_inside_emails_orders_and_codes(
    store: Store, query: str, expected: set[int]
) -> None:
    assert set(found_ids(store, query)) == expected


def test_substring_of_a_generated_ticket_code(store: Store) -> None:
    with store.read() as conn:
        zoe = attendees.get(conn, ZOE)
    assert zoe is not None
    middle = zoe.code[20:32]
    assert ZOE in found_ids(store, middle)
    assert ZOE in found_ids(store, zoe.code.upper())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ana ødeg", {ANA}),
        ("ødeg ana", {ANA}),
        ("ANA  ODEGAARD", {ANA}),
        ("ann mull", {ANNA}),
        ("ana mull", set()),
    ],
)
def test_multi_word_queries_need_every_word(store: Store, query: str, expected: set[int]) -> None:
    assert set(found_ids(store, query)) == expected


def test_no_match(store: Store) -> None:
    assert found_ids(store, "nobody-here") == []
    assert count_of(store, "nobody-here") == 0


def test_empty_query_lists_every_live_attendee_of_the_event(store: Store) -> None:
    assert set(found_ids(store, "")) == LIVE_HERE
    assert count_of(store, "") == len(LIVE_HERE)


def test_exact_code_match_comes_first(store: Store) -> None:
    # Both codes contain "XK-100"; by name Aardvark sorts first, but Zulu's code is exact.
    assert found_ids(store, "XK-100") == [ZED, AARON]
    assert found_ids(store, "xk-100") == [ZED, AARON]
    assert found_ids(store, "XK-1001") == [AARON]


def test_exact_email_match_comes_first(store: Store) -> None:
    assert found_ids(store, "zed@zulu.io") == [ZED, AARON]
    assert found_ids(store, "ZED@zulu.io") == [ZED, AARON]


def test_deleted_attendees_are_hidden(store: Store) -> None:
    assert OLA not in found_ids(store, "ola")
    assert OLA not in found_ids(store, "")
    with store.read() as conn:
        assert attendees.counts(conn, EVENT_ID).attendees == len(LIVE_HERE)
        assert attendees.find_by_code(conn, parse_code("ola@fjord.no")) == []


def test_other_events_are_not_searched(store: Store) -> None:
    assert OTHER_ANA not in found_ids(store, "ødeg")
    assert found_ids(store, "ødeg", event_id=OTHER_EVENT_ID) == [OTHER_ANA]
    assert found_ids(store, "muller", event_id=OTHER_EVENT_ID) == []


@pytest.mark.parametrize(
    "query", ['""', 'a"b', "%%", "__", "o'brien", "AND", "NEAR(x", "**", "a*b", "x:y", "(-)"]
)
def test_query_syntax_characters_are_plain_text(store: Store, query: str) -> None:
    assert found_ids(store, query) == []
    assert count_of(store, query) == 0


@pytest.mark.parametrize("query", ["a", "*", '"', " ", "ø"])
def test_one_character_does_not_filter(store: Store, query: str) -> None:
    # Search as you type: a single character is not yet a query.
    assert set(found_ids(store, query)) == LIVE_HERE
    assert count_of(store, query) == len(LIVE_HERE)


def test_like_wildcards_match_only_themselves(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        add_event(store)
        add_attendees(
            store,
            [
                attendee_row(1, "Percent", "Sign", code="A%B"),
                attendee_row(2, "Under", "Score", code="A_B"),
                attendee_row(3, "Plain", "Code", code="AXB"),
            ],
        )
        assert found_ids(store, "a%") == [1]
        assert found_ids(store, "a_") == [2]
        assert found_ids(store, "a%b") == [1]
    finally:
        store.close()


def test_results_carry_the_ticket_name(store: Store) -> None:
    with store.read() as conn:
        (ana,) = attendees.search(conn, EVENT_ID, "ødeg")
    assert (ana.firstname, ana.lastname, ana.ticket) == ("Ana", "Ødegaard", "Regular")


def test_pages_cover_all_results_once(store: Store) -> None:
    with store.read() as conn:
        pages = [
            [a.id for a in attendees.search(conn, EVENT_ID, "", offset=o, limit=3)]
            for o in (0, 3, 6, 9)
        ]
    flat = [i for page in pages for i in page]
    assert sorted(flat) == sorted(LIVE_HERE)
    assert [len(p) for p in pages] == [3, 3, 1, 0]


def test_sort_by_name_and_descending(store: Store) -> None:
    with store.read() as conn:
        names = [a.lastname for a in attendees.search(conn, EVENT_ID)]
        backwards = [a.lastname for a in attendees.search(conn, EVENT_ID, descending=True)]
    assert names == sorted(names)
    assert backwards == names[::-1]


# --- status filters and counts -----------------------------------------------------------------


@pytest.fixture
def mixed_states(store: Store) -> Store:
    """Ana checked in (synced), Jürgen checked in locally (queued), Zoë's upload failed."""
    add_attendees(
        store,
        [
            attendee_row(
                ANA,
                "Ana",
                "Ødegaard",
                email="ana.odegaard@fjord.no",
                is_checked_in=True,
                checkin_times="2026-11-26T08:00:00+00:00",
                device_name_checkin="door-9",
            )
        ],
    )
    with store.write() as conn:
        at = "2026-11-26T09:00:00.000000+00:00"
        conn.execute(
            ATTENDEE.update()
            .where(ATTENDEE.c.id.in_([JURGEN, ZOE]))
            .values(is_checked_in=True, checkin_times=at, device_name_checkin="door-1")
        )
        outbox.enqueue(conn, EVENT_ID, JURGEN, OutboxAction.CHECK_IN, at, "door-1")
        outbox.enqueue(conn, EVENT_ID, ZOE, OutboxAction.CHECK_IN, at, "door-1")
        (zoe_row,) = [r for r in outbox.unsent(conn, EVENT_ID) if r.attendee_id == ZOE]
        outbox.set_state(conn, zoe_row.id, OutboxState.FAILED, error="422 unprocessable")
    return store


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (StatusFilter.ALL, LIVE_HERE),
        (StatusFilter.CHECKED_IN, {ANA, JURGEN, ZOE}),
        (StatusFilter.NOT_CHECKED_IN, LIVE_HERE - {ANA, JURGEN, ZOE}),
        (StatusFilter.PENDING, {JURGEN}),
        (StatusFilter.FAILED, {ZOE}),
    ],
)
def test_status_filters(mixed_states: Store, status: StatusFilter, expected: set[int]) -> None:
    assert set(found_ids(mixed_states, "", status)) == expected
    assert count_of(mixed_states, "", status) == len(expected)


def test_filters_combine_with_text(mixed_states: Store) -> None:
    assert found_ids(mixed_states, "mul", StatusFilter.CHECKED_IN) == [JURGEN]
    assert found_ids(mixed_states, "mul", StatusFilter.NOT_CHECKED_IN) == [ANNA]
    assert found_ids(mixed_states, "mul", StatusFilter.PENDING) == [JURGEN]
    assert found_ids(mixed_states, "mul", StatusFilter.FAILED) == []


@pytest.mark.parametrize("query", ["", "ødeg", "mul", "ll", "zu", "ana ødeg", "example", "x"])
@pytest.mark.parametrize("status", list(StatusFilter))
def test_count_agrees_with_search(mixed_states: Store, query: str, status: StatusFilter) -> None:
    assert count_of(mixed_states, query, status) == len(found_ids(mixed_states, query, status))


def test_counts(mixed_states: Store) -> None:
    with mixed_states.read() as conn:
        counts = attendees.counts(conn, EVENT_ID)
        other = attendees.counts(conn, OTHER_EVENT_ID)
    assert (counts.attendees, counts.checked_in, counts.pending, counts.failed) == (7, 3, 1, 1)
    assert (other.attendees, other.checked_in, other.pending, other.failed) == (1, 0, 0, 0)


# --- code lookup -------------------------------------------------------------------------------


def lookup(store: Store, raw: str) -> list[int]:
    with store.read() as conn:
        return [a.id for a in attendees.find_by_code(conn, parse_code(raw))]


def test_find_by_printed_code_any_case(store: Store) -> None:
    assert lookup(store, "BOB77") == [BOB]
    assert lookup(store, "bob77") == [BOB]


def test_find_by_code_parts(store: Store) -> None:
    with store.read() as conn:
        zoe = attendees.get(conn, ZOE)
    assert zoe is not None
    assert lookup(store, zoe.code) == [ZOE]
    assert lookup(store, zoe.code.upper()) == [ZOE]
    assert lookup(store, str(ZOE)) == [ZOE]  # typed attendee id
    assert lookup(store, "ZOE.LEGER@example.fr") == [ZOE]
    assert lookup(store, f"{zoe.order_identifier}/{ZOE}") == [ZOE]  # legacy "<order>/<id>"


def test_find_by_code_spans_events(store: Store) -> None:
    # The same e-mail in two events: the lookup returns both, the caller decides.
    assert sorted(lookup(store, "ana.odegaard@fjord.no")) == [ANA, OTHER_ANA]


def test_find_order_only_code_returns_the_whole_order(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    order = "7a1c2e3f-0000-4000-8000-123456789abc"
    try:
        add_event(store)
        add_attendees(
            store,
            [
                attendee_row(1, "Eve", "One", order=order),
                attendee_row(2, "Eve", "Two", order=order),
                attendee_row(3, "Not", "Inorder"),
            ],
        )
        assert lookup(store, order) == [1, 2]
        assert lookup(store, order.upper()) == [1, 2]
    finally:
        store.close()


def test_unknown_code_finds_nobody(store: Store) -> None:
    assert lookup(store, "NO-SUCH-CODE") == []
    assert lookup(store, "999999") == []


# --- upsert --------------------------------------------------------------------------------------


def get_state(store: Store, attendee_id: int) -> tuple[str, bool, tuple[str, ...]]:
    with store.read() as conn:
        a = attendees.get(conn, attendee_id)
    assert a is not None
    return a.lastname, a.is_checked_in, a.checkin_times


def test_upsert_inserts_then_server_wins(store: Store) -> None:
    new = attendee_row(50, "New", "Person")
    with store.write() as conn:
        assert attendees.upsert(conn, [new]) == 1
    assert get_state(store, 50) == ("Person", False, ())
    add_attendees(
        store,
        [
            attendee_row(
                50,
                "New",
                "Renamed",
                is_checked_in=True,
                checkin_times="2026-11-26T10:00:00+00:00",
            )
        ],
    )
    assert get_state(store, 50) == ("Renamed", True, ("2026-11-26T10:00:00+00:00",))
    # and the server may also take a check-in back
    add_attendees(store, [attendee_row(50, "New", "Renamed", is_checked_in=False)])
    assert get_state(store, 50) == ("Renamed", False, ())
    assert found_ids(store, "renamed") == [50]
    assert found_ids(store, "person") == []


def test_upsert_of_nothing(store: Store) -> None:
    with store.write() as conn:
        assert attendees.upsert(conn, []) == 0


def _check_in_locally(store: Store, attendee_id: int, at: str) -> int:
    """What a door does: attendee state plus a queued outbox row. Returns the row id."""
    with store.write() as conn:
        conn.execute(
            ATTENDEE.update()
            .where(ATTENDEE.c.id == attendee_id)
            .values(is_checked_in=True, checkin_times=at, device_name_checkin="door-1")
        )
        outbox.enqueue(conn, EVENT_ID, attendee_id, OutboxAction.CHECK_IN, at, "door-1")
        return max(r.id for r in outbox.unsent(conn, EVENT_ID))


@pytest.mark.parametrize("state", [OutboxState.QUEUED, OutboxState.SENDING])
def test_unsent_local_checkin_survives_a_download(store: Store, state: OutboxState) -> None:
    at = "2026-11-26T09:30:00.000000+00:00"
    row_id = _check_in_locally(store, BOB, at)
    if state is OutboxState.SENDING:
        with store.write() as conn:
            outbox.set_state(conn, row_id, state)
    # The server has not seen the check-in yet, but renamed the attendee.
    add_attendees(
        store,
        [attendee_row(BOB, "Bob", "Smythe", code="BOB77", order="ORD-2024-55123")],
    )
    lastname, checked_in, times = get_state(store, BOB)
    assert lastname == "Smythe"  # other fields: server wins
    assert (checked_in, times) == (True, (at,))  # check-in state: local wins
    with store.read() as conn:
        a = attendees.get(conn, BOB)
    assert a is not None and a.checkin_devices == ("door-1",)

    with store.write() as conn:
        outbox.set_state(conn, row_id, OutboxState.DONE, at="2026-11-26T09:31:00+00:00")
    add_attendees(
        store,
        [attendee_row(BOB, "Bob", "Smythe", code="BOB77", order="ORD-2024-55123")],
    )
    assert get_state(store, BOB) == ("Smythe", False, ())  # row done: the server wins again


def test_upsert_many_rows_keeps_local_state_only_where_pending(store: Store) -> None:
    at = "2026-11-26T09:30:00.000000+00:00"
    _check_in_locally(store, ANA, at)
    add_attendees(
        store,
        [
            attendee_row(ANA, "Ana", "Ødegaard", email="ana.odegaard@fjord.no"),
            attendee_row(
                JURGEN,
                "Jürgen",
                "Müller",
                email="j.mueller@example.de",
                is_checked_in=True,
                checkin_times="2026-11-26T09:00:00+00:00",
            ),
        ],
    )
    assert get_state(store, ANA)[1:] == (True, (at,))
    assert get_state(store, JURGEN)[1:] == (True, ("2026-11-26T09:00:00+00:00",))


# --- attendees the server no longer returns ----------------------------------------------------


def test_mark_missing_deleted_spares_pending(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        add_event(store)
        old, new = "2026-11-25T00:00:00+00:00", "2026-11-26T00:00:00+00:00"
        add_attendees(
            store,
            [
                attendee_row(1, "Seen", "Again", server_seen_at=new),
                attendee_row(2, "Gone", "Away", server_seen_at=old),
                attendee_row(3, "Gone", "Pending", server_seen_at=old),
                attendee_row(4, "Never", "Seen"),
            ],
        )
        _check_in_locally(store, 3, "2026-11-26T09:30:00.000000+00:00")
        with store.write() as conn:
            assert attendees.mark_missing_deleted(conn, EVENT_ID, [1]) == 2
        assert sorted(found_ids(store, "")) == [1, 3]
        with store.write() as conn:  # running it again changes nothing
            assert attendees.mark_missing_deleted(conn, EVENT_ID, [1]) == 0
    finally:
        store.close()


def test_mark_missing_deleted_touches_only_its_event(store: Store) -> None:
    with store.write() as conn:
        attendees.mark_missing_deleted(conn, OTHER_EVENT_ID, [])
    assert set(found_ids(store, "")) == LIVE_HERE
    assert found_ids(store, "", event_id=OTHER_EVENT_ID) == []


# --- property: any piece of a name finds its attendee -------------------------------------------

NAME_ALPHABET = "abcdefghijklmnopqrstuvwxyzäöüßøæåéèêçñłžšœÄÖÜØÆÅÉŁABCXYZ"


@settings(max_examples=60, deadline=None)
@given(
    first=st.text(NAME_ALPHABET, min_size=1, max_size=12),
    last=st.text(NAME_ALPHABET, min_size=2, max_size=16),
    data=st.data(),
)
def test_any_piece_of_a_name_finds_the_attendee(first: str, last: str, data: st.DataObject) -> None:
    folded = fold(last)
    start = data.draw(st.integers(0, len(folded) - 2))
    end = data.draw(st.integers(start + 2, len(folded)))
    piece = folded[start:end]
    query = data.draw(st.sampled_from([piece, piece.upper(), last, last.upper()]))
    with tempfile.TemporaryDirectory() as directory:
        store = open_store(Path(directory))
        try:
            add_event(store)
            add_attendees(store, [attendee_row(1, first, last, email="x@y.io", code="C-1")])
            assert found_ids(store, query) == [1], (query, last)
            assert count_of(store, query) == 1
        finally:
            store.close()
