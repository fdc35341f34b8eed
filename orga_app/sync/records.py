"""What the Open Event client hands out: tokens, events, tickets and attendees as plain records.

Also the parsing of JSON:API resources into those records; the server's JSON is trusted for shape
only as far as checked here. The client that fetches them lives in ``orga_app.sync.openevent``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from orga_app.sync.errors import UnexpectedResponseError
from orga_app.sync.jsonapi import Document, Resource, ResourceId


@dataclass(frozen=True)
class TokenPair:
    """Access and refresh token. ``repr`` hides both so they never end up in a log."""

    access: str = field(repr=False)
    refresh: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class EventRecord:
    id: str
    identifier: str | None
    name: str
    starts_at: datetime | None
    ends_at: datetime | None
    timezone: str
    state: str | None
    location_name: str | None


@dataclass(frozen=True)
class TicketRecord:
    id: int
    name: str
    type: str | None
    is_checkin_restricted: bool
    auto_checkin_enabled: bool


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


@dataclass(frozen=True)
class AttendeePage:
    """One page of attendees. With ``not_modified`` (304) the items are empty and unchanged."""

    items: tuple[AttendeeRecord, ...]
    total: int | None
    has_next: bool
    etag: str | None
    not_modified: bool = False


# ---------------------------------------------------------------------------------------------
# Attribute helpers: the server's JSON is trusted for shape only as far as checked here.


def _opt_str(attrs: Mapping[str, Any], key: str) -> str | None:
    value = attrs.get(key)
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    return str(value)


def _str(attrs: Mapping[str, Any], key: str) -> str:
    return _opt_str(attrs, key) or ""


def _flag(attrs: Mapping[str, Any], key: str) -> bool:
    return attrs.get(key) is True


def int_or_none(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
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
    )


def attendee_from_resource(
    resource: Resource, document: Document, *, event_id: str | None = None
) -> AttendeeRecord:
    attrs = resource.attributes
    order = document.related(resource, "order")
    ticket = document.related(resource, "ticket")
    ticket_id = int_or_none(attrs.get("ticket-id"))
    if ticket_id is None:
        ticket_id = int_or_none(_linked_id(resource, "ticket"))
    return AttendeeRecord(
        id=_required_int_id(resource),
        event_id=_linked_id(resource, "event") or event_id,
        identifier=_opt_str(attrs, "identifier"),
        order_identifier=_opt_str(order.attributes, "identifier") if order else None,
        order_status=_opt_str(order.attributes, "status") if order else None,
        ticket_id=ticket_id,
        ticket_name=_opt_str(ticket.attributes, "name") if ticket else None,
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
    )
