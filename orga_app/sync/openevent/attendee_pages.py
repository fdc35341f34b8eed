"""One page of an event's attendee list, from the decoded JSON straight to attendee records.

The general path (jsonapi.parse_document, then records.attendee_from_resource per resource)
builds a Resource with a copy of its attributes and every relationship parsed into linkage
objects, for every attendee and every included order and ticket, and then reads a handful of
them. For a download of 100,000 attendees that was 50 us a row of the app's CPU (stage profile
of cached demo pages, collector paused, load 9; bench/bench_sync.py). Here each attendee is
read once, from the decoded dicts, and only what a record holds is looked at.

The outcome is the general path's, answer for answer (tests/unit/test_attendee_pages.py holds
the two side by side on generated hostile pages): the same records, the same odd attendees
skipped with the same reasons, the same errors for a malformed document, raised for the same
first fault.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from orga_app.sync.openevent.jsonapi import id_string, malformed
from orga_app.sync.openevent.records import (
    AttendeeRecord,
    OddAttendeeError,
    record_of,
    usable_id,
)


@dataclass(frozen=True)
class ParsedPage:
    items: tuple[AttendeeRecord, ...]
    skipped: tuple[str, ...]
    ids: tuple[int, ...]  # every usable id, kept or skipped, in the server's order
    received: int
    total: int | None
    next_link: str | None


def _checked(value: object) -> tuple[Mapping[str, Any], Mapping[str, Any]]:
    """(the resource, its attributes); the general parser's errors for a malformed one."""
    if not isinstance(value, Mapping):
        raise malformed("resource is not an object")
    if not isinstance(value.get("type"), str):
        raise malformed("resource without a type")
    attributes = value.get("attributes")
    if attributes is None:
        attributes = {}
    if not isinstance(attributes, Mapping):
        raise malformed("attributes is not an object")
    return value, attributes


def _linkage(resource: Mapping[str, Any], name: str) -> tuple[str, str] | None:
    """A to-one relationship's (type, id), as jsonapi's linkage parsing reads it."""
    relationships = resource.get("relationships")
    if not isinstance(relationships, Mapping):
        return None
    relationship = relationships.get(name)
    data = relationship.get("data") if isinstance(relationship, Mapping) else None
    if not isinstance(data, Mapping):
        return None  # none, or a to-many list
    kind, ident = data.get("type"), id_string(data.get("id"))
    if not isinstance(kind, str) or ident is None:
        return None
    return kind, ident


def _count(meta: object) -> int | None:
    if not isinstance(meta, Mapping):
        return None
    count = meta.get("count")
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        return None
    return count


def parse_attendee_page(payload: object, event_id: str) -> ParsedPage:
    """The attendees of one list page; UnexpectedResponseError for a malformed document."""
    if not isinstance(payload, Mapping):
        raise malformed("body is not an object")
    if "data" not in payload:
        raise malformed("no primary data")
    data = payload["data"]
    if isinstance(data, list):
        primary = [_checked(item) for item in data]
    elif data is None:
        primary = []
    else:
        primary = [_checked(data)]
    included: dict[tuple[str, str], Mapping[str, Any]] = {}
    raw_included = payload.get("included")
    if isinstance(raw_included, list):
        for item in raw_included:
            resource, attributes = _checked(item)
            included_id = id_string(resource.get("id"))
            if included_id is not None:
                included[(resource["type"], included_id)] = attributes
    items: list[AttendeeRecord] = []
    skipped: list[str] = []
    ids: list[int] = []
    for resource, attributes in primary:
        raw_id = id_string(resource.get("id"))
        try:
            record = _record(resource, attributes, raw_id, included, event_id)
        except OddAttendeeError as exc:
            skipped.append(exc.reason or "odd attendee")
            if (ident := usable_id(raw_id)) is not None:
                ids.append(ident)
            continue
        items.append(record)
        ids.append(record.id)
    links = payload.get("links")
    next_link = links.get("next") if isinstance(links, Mapping) else None
    return ParsedPage(
        items=tuple(items),
        skipped=tuple(skipped),
        ids=tuple(ids),
        received=len(primary),
        total=_count(payload.get("meta")),
        next_link=next_link if isinstance(next_link, str) and next_link else None,
    )


def _record(
    resource: Mapping[str, Any],
    attrs: Mapping[str, Any],
    raw_id: str | None,
    included: Mapping[tuple[str, str], Mapping[str, Any]],
    event_id: str,
) -> AttendeeRecord:
    """records.attendee_from_resource, read from the decoded dicts."""
    ident = usable_id(raw_id)
    if ident is None:
        raise OddAttendeeError(detail=f"attendee id {str(raw_id)[:24]!r} is not usable")
    event_link = _linkage(resource, "event")
    linked_event = event_link[1] if event_link else None
    if linked_event is not None and linked_event != event_id:
        raise OddAttendeeError(
            detail=f"attendee {ident} belongs to event {linked_event[:24]!r}, not {event_id!r}"
        )
    order_link = _linkage(resource, "order")
    ticket_link = _linkage(resource, "ticket")
    order = included.get(order_link) if order_link else None
    ticket = included.get(ticket_link) if ticket_link else None
    ticket_id = usable_id(attrs.get("ticket-id"))
    if ticket_id is None:
        ticket_id = usable_id(ticket_link[1] if ticket_link else None)
    return record_of(ident, linked_event or event_id, attrs, order, ticket_id, ticket)
