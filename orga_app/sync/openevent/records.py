"""What the Open Event client hands out: tokens, events, tickets and attendees as plain records.

Also the parsing of JSON:API resources into those records; the server's JSON is trusted for shape
only as far as checked here. The client that fetches them lives in ``openevent.client``; the
event record is the backend-neutral one of ``sync.backend``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from orga_app.sync.backend import EventRecord
from orga_app.sync.errors import UnexpectedResponseError
from orga_app.sync.openevent.jsonapi import Document, Resource, ResourceId


@dataclass(frozen=True)
class TicketRecord:
    id: int
    name: str
    type: str | None
    is_checkin_restricted: bool
    auto_checkin_enabled: bool
    # The badge form the ticket prints with (the form's `badge-id`), None for none.
    badge_id: str | None = None


@dataclass(frozen=True)
class AttendeeRecord:
    """One attendee as the server has it.

    ``order_identifier``/``order_status``/``ticket_name`` come from included resources and are
    None when the answer had no ``include`` (a PATCH answer, a sparse status page).
    """

    id: int
    event_id: str | None
    identifier: str | None
    order_identifier: str | None
    order_status: str | None
    ticket_id: int | None
    ticket_name: str | None
    firstname: str
    lastname: str
    email: str
    company: str | None
    job_title: str | None
    is_checked_in: bool
    is_checked_out: bool
    checkin_times: str
    checkout_times: str
    device_name_checkin: str
    deleted: bool
    # A check-in through a registration station (POST /v1/user-check-in) sets these instead of
    # is-checked-in; the server stamps its own time (UTC, no offset).
    is_registered: bool = False
    register_times: str = ""
    # The server's badge print log (issue 12).
    is_badge_printed: bool = False
    badge_printed_at: str | None = None


@dataclass(frozen=True)
class AttendeePage:
    """One page of attendees. With ``not_modified`` (304) the items are empty and unchanged.

    ``skipped`` says why each attendee the page held but that could not be kept was left out
    (one odd record must not cost the door the rest of the list). ``received`` counts every
    resource the page held, kept or skipped.
    """

    items: tuple[AttendeeRecord, ...]
    total: int | None
    has_next: bool
    etag: str | None
    not_modified: bool = False
    skipped: tuple[str, ...] = ()
    received: int = 0
    # Every usable id the page held, kept or skipped, in the server's order: a skipped attendee
    # is still on the server, so never marked deleted.
    ids: tuple[int, ...] = ()

    @property
    def last_id(self) -> int | None:
        """Where keyset paging goes on from."""
        return self.ids[-1] if self.ids else None


# ---------------------------------------------------------------------------------------------
# Attribute helpers: the server's JSON is trusted for shape only as far as checked here.


def _opt_str(attrs: Mapping[str, Any], key: str) -> str | None:
    value = attrs.get(key)
    if type(value) is str and value.isascii():
        return value  # most values: nothing to repair (ASCII holds no surrogates)
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    # JSON may carry lone surrogates ("\\ud800"), which SQLite cannot store as UTF-8
    return str(value).encode("utf-8", "replace").decode("utf-8")


def _str(attrs: Mapping[str, Any], key: str) -> str:
    return _opt_str(attrs, key) or ""


def _flag(attrs: Mapping[str, Any], key: str) -> bool:
    return attrs.get(key) is True


def int_or_none(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isascii() and value.strip().isdigit():
        return int(value)
    return None


def _datetime(attrs: Mapping[str, Any], key: str) -> datetime | None:
    text = _opt_str(attrs, key)
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


# The store keys attendees by 32-bit ids (store.db.name_key_of); the server's ids are positive.
MAX_ID = (1 << 32) - 1


class OddAttendeeError(UnexpectedResponseError):
    """One attendee record this app cannot keep (id out of range, another event's attendee)."""


def usable_id(value: object) -> int | None:
    """A server id this app can store: a positive integer that fits 32 bits."""
    ident = int_or_none(value)
    return ident if ident is not None and 0 < ident <= MAX_ID else None


def _required_int_id(resource: Resource) -> int:
    ident = int_or_none(resource.id)
    if ident is None:
        raise UnexpectedResponseError(detail=f"{resource.type} without a numeric id")
    return ident


def _linked_id(resource: Resource, name: str) -> str | None:
    linkage = resource.relationships.get(name)
    return linkage.id if isinstance(linkage, ResourceId) else None


def event_from_resource(resource: Resource) -> EventRecord:
    if resource.id is None:
        raise UnexpectedResponseError(detail="event without an id")
    attrs = resource.attributes
    return EventRecord(
        id=resource.id,
        identifier=_opt_str(attrs, "identifier"),
        name=_str(attrs, "name"),
        starts_at=_datetime(attrs, "starts-at"),
        ends_at=_datetime(attrs, "ends-at"),
        timezone=_opt_str(attrs, "timezone") or "UTC",
        state=_opt_str(attrs, "state"),
        location_name=_opt_str(attrs, "location-name"),
    )


def ticket_from_resource(resource: Resource) -> TicketRecord:
    attrs = resource.attributes
    return TicketRecord(
        id=_required_int_id(resource),
        name=_str(attrs, "name"),
        type=_opt_str(attrs, "type"),
        is_checkin_restricted=_flag(attrs, "is-checkin-restricted"),
        auto_checkin_enabled=_flag(attrs, "auto-checkin-enabled"),
        badge_id=(_opt_str(attrs, "badge-id") or None),
    )


def attendee_from_resource(
    resource: Resource, document: Document, *, event_id: str | None = None
) -> AttendeeRecord:
    """One attendee; OddAttendeeError for a record that cannot be kept as it is.

    With ``event_id`` (a download of that event) an attendee linked to another event is odd:
    stored under its own event it would land in a list the server never gave us, or fail the
    store's foreign key, and it would not belong to the door's list in any case.
    """
    attrs = resource.attributes
    ident = usable_id(resource.id)
    if ident is None:
        raise OddAttendeeError(detail=f"attendee id {str(resource.id)[:24]!r} is not usable")
    linked_event = _linked_id(resource, "event")
    if event_id is not None and linked_event is not None and linked_event != event_id:
        raise OddAttendeeError(
            detail=f"attendee {ident} belongs to event {linked_event[:24]!r}, not {event_id!r}"
        )
    order = document.related(resource, "order")
    ticket = document.related(resource, "ticket")
    ticket_id = usable_id(attrs.get("ticket-id"))
    if ticket_id is None:
        ticket_id = usable_id(_linked_id(resource, "ticket"))
    return record_of(
        ident,
        linked_event or event_id,
        attrs,
        order.attributes if order else None,
        ticket_id,
        ticket.attributes if ticket else None,
    )


def record_of(
    ident: int,
    event_id: str | None,
    attrs: Mapping[str, Any],
    order: Mapping[str, Any] | None,
    ticket_id: int | None,
    ticket: Mapping[str, Any] | None,
) -> AttendeeRecord:
    """The record from an attendee's attributes and those of its order and ticket (either
    parser: the general JSON:API one and the download's page reader)."""
    return AttendeeRecord(
        id=ident,
        event_id=event_id,
        identifier=_opt_str(attrs, "identifier"),
        order_identifier=_opt_str(order, "identifier") if order is not None else None,
        order_status=_opt_str(order, "status") if order is not None else None,
        ticket_id=ticket_id,
        ticket_name=_opt_str(ticket, "name") if ticket is not None else None,
        firstname=_str(attrs, "firstname"),
        lastname=_str(attrs, "lastname"),
        email=_str(attrs, "email"),
        company=_opt_str(attrs, "company"),
        job_title=_opt_str(attrs, "job-title"),
        is_checked_in=_flag(attrs, "is-checked-in"),
        is_checked_out=_flag(attrs, "is-checked-out"),
        checkin_times=_str(attrs, "checkin-times"),
        checkout_times=_str(attrs, "checkout-times"),
        device_name_checkin=_str(attrs, "device-name-checkin"),
        deleted=attrs.get("deleted-at") is not None,
        is_registered=_flag(attrs, "is-registered"),
        register_times=_str(attrs, "register-times"),
        is_badge_printed=_flag(attrs, "is-badge-printed"),
        badge_printed_at=_opt_str(attrs, "badge-printed-at"),
    )
