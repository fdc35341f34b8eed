"""The attendee list's fast page parser (sync/openevent/attendee_pages.py) gives the general
JSON:API path's outcome for any page: the same records, the same odd attendees skipped with the
same reasons, the same error for a malformed document. Generated pages, hostile ones included."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from orga_app.sync.errors import UnexpectedResponseError
from orga_app.sync.openevent.attendee_pages import parse_attendee_page
from orga_app.sync.openevent.jsonapi import parse_document
from orga_app.sync.openevent.records import OddAttendeeError, attendee_from_resource, usable_id

EVENT = "7"


def general_path(payload: object, event_id: str) -> tuple[Any, ...]:
    """What the client did before: parse_document, then attendee_from_resource per resource."""
    document = parse_document(payload)
    items, skipped, ids = [], [], []
    for resource in document.resources:
        try:
            record = attendee_from_resource(resource, document, event_id=event_id)
        except OddAttendeeError as exc:
            skipped.append(exc.reason or "odd attendee")
            if (ident := usable_id(resource.id)) is not None:
                ids.append(ident)
            continue
        items.append(record)
        ids.append(record.id)
    received = len(document.resources)
    return tuple(items), tuple(skipped), tuple(ids), received, document.count, document.next_link


def outcome(parse: Any, payload: object) -> tuple[Any, ...]:
    try:
        return ("ok", parse(payload))
    except UnexpectedResponseError as exc:
        return ("error", type(exc), exc.detail)


def fast_path(payload: object) -> tuple[Any, ...]:
    page = parse_attendee_page(payload, EVENT)
    return page.items, page.skipped, page.ids, page.received, page.total, page.next_link


odd_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=2**33),
    st.floats(allow_nan=False),
    st.text(max_size=6),
    st.sampled_from(["1", "7", "12", "4294967296", " 5", "\ud800x", "", "x"]),
)
values = st.one_of(
    odd_scalars,
    st.lists(odd_scalars, max_size=2),
    st.dictionaries(st.text(max_size=3), odd_scalars, max_size=2),
)
ATTRIBUTE_NAMES = [
    "identifier", "firstname", "lastname", "email", "company", "job-title", "is-checked-in",
    "is-checked-out", "checkin-times", "checkout-times", "device-name-checkin", "deleted-at",
    "is-registered", "register-times", "is-badge-printed", "badge-printed-at", "ticket-id",
    "status", "name",
]  # fmt: skip
attributes = st.one_of(
    st.dictionaries(st.sampled_from(ATTRIBUTE_NAMES), values, max_size=8),
    st.none(),
    st.just([]),
)
ids = st.one_of(st.sampled_from(["1", "2", "7", "9", "12"]), odd_scalars)
linkage = st.one_of(
    st.fixed_dictionaries({"type": st.sampled_from(["order", "ticket", "event"]), "id": ids}),
    st.fixed_dictionaries({"type": odd_scalars, "id": ids}),
    st.lists(st.fixed_dictionaries({"type": st.just("order"), "id": ids}), max_size=2),
    odd_scalars,
)
relationship = st.one_of(st.fixed_dictionaries({"data": linkage}), odd_scalars)
relationships = st.one_of(
    st.dictionaries(st.sampled_from(["event", "order", "ticket", "user"]), relationship),
    odd_scalars,
)


@st.composite
def resources(draw: st.DrawFn, kinds: list[str]) -> Any:
    if draw(st.integers(0, 30)) == 0:
        return draw(odd_scalars)  # not an object at all
    resource: dict[str, Any] = {}
    if draw(st.integers(0, 30)) != 0:
        resource["type"] = draw(st.sampled_from(kinds))
    resource["id"] = draw(ids)
    if draw(st.booleans()):
        resource["attributes"] = draw(attributes)
    if draw(st.booleans()):
        resource["relationships"] = draw(relationships)
    return resource


pages = st.fixed_dictionaries(
    {
        "data": st.one_of(
            st.lists(resources(["attendee"]), max_size=6), resources(["attendee"]), st.none()
        )
    },
    optional={
        "included": st.one_of(
            st.lists(resources(["order", "ticket", "event"]), max_size=6), odd_scalars
        ),
        "meta": st.one_of(st.fixed_dictionaries({"count": odd_scalars}), odd_scalars),
        "links": st.one_of(st.fixed_dictionaries({"next": odd_scalars}), odd_scalars),
    },
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(pages)
def test_any_page_has_the_general_paths_outcome(payload: dict[str, Any]) -> None:
    assert outcome(fast_path, payload) == outcome(lambda p: general_path(p, EVENT), payload)


@given(st.one_of(odd_scalars, st.lists(odd_scalars, max_size=2), st.just({"meta": {}})))
def test_a_body_that_is_no_document_is_refused_alike(payload: object) -> None:
    assert outcome(fast_path, payload) == outcome(lambda p: general_path(p, EVENT), payload)


def test_a_real_demo_page_reads_alike() -> None:
    page = {
        "data": [
            {
                "type": "attendee",
                "id": str(i),
                "attributes": {
                    "firstname": f"Åse{i}", "lastname": "Haugen", "email": f"a{i}@x.example",
                    "identifier": f"{i:06x}", "ticket-id": "1", "is-checked-in": i == 2,
                    "checkin-times": "2026-06-12T09:00:00+02:00" if i == 2 else None,
                },
                "relationships": {
                    "event": {"data": {"type": "event", "id": EVENT if i != 3 else "8"}},
                    "order": {"data": {"type": "order", "id": str(i // 2)}},
                    "ticket": {"data": {"type": "ticket", "id": "1"}},
                    "user": {"links": {"related": "/v1/attendees/1/user"}},
                },
            }
            for i in range(1, 6)
        ],
        "included": [
            {"type": "order", "id": str(n),
             "attributes": {"identifier": f"O{n}", "status": "completed"}}
            for n in range(3)
        ] + [{"type": "ticket", "id": "1", "attributes": {"name": "Regular"}}],
        "meta": {"count": 6},
        "links": {"next": "/v1/events/7/attendees?page[number]=2"},
    }  # fmt: skip
    payload = json.loads(json.dumps(page))
    fast = fast_path(payload)
    assert fast == general_path(payload, EVENT)
    items, skipped, found_ids, received, total, _ = fast
    assert [r.id for r in items] == [1, 2, 4, 5] and found_ids == (1, 2, 3, 4, 5)
    assert len(skipped) == 1 and received == 5 and total == 6
    assert items[1].order_identifier == "O1" and items[1].ticket_name == "Regular"
