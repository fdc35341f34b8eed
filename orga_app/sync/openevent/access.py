"""What the signed-in account may do for an event, and so how its check-ins reach the server.

Measured on the real Open Event server (docs: ../shared/real-servers/open-event-server/README.md):
- ``PATCH /v1/attendees/{id}`` (keeps the scan time and the device) is allowed for server admins
  only; owner, organizer, co-organizer and registrar get 403.
- ``POST /v1/user-check-in`` through a registration station is allowed for co-organizer and
  above; the server stamps its own time.
- A registrar can do neither (and may not even list the attendees).

The role is asked at sign-in, at each event-list refresh and, when unknown, before an upload;
it is kept per event in the store (``event.access_role``) so the door knows it offline.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import Connection, select

from orga_app.store.models import EVENT
from orga_app.sync.errors import NotFoundError
from orga_app.sync.openevent.client import OpenEventClient


class Role(StrEnum):
    ADMIN = "admin"
    OWNER = "owner"
    ORGANIZER = "organizer"
    COORGANIZER = "coorganizer"
    REGISTRAR = "registrar"
    # Signed in, but no role for this event (e.g. a buyer).
    NONE = "none"


class UploadPath(StrEnum):
    PATCH = "patch"  # the attendee PATCH: scan time and device name reach the server
    STATION = "station"  # a registration station: the server stamps its own time
    NONE = "none"  # nothing this account sends can record a check-in


# The server's relationship for each event role, strongest first (an owner may be listed as
# organizer too; the strongest decides).
_ROLE_RELATIONS = (
    (Role.OWNER, "owner-events"),
    (Role.ORGANIZER, "organizer-events"),
    (Role.COORGANIZER, "coorganizer-events"),
    (Role.REGISTRAR, "registrar-events"),
)
_STATION_ROLES = frozenset({Role.OWNER, Role.ORGANIZER, Role.COORGANIZER})

ROLE_NAMES = {
    Role.ADMIN: "server admin",
    Role.OWNER: "owner",
    Role.ORGANIZER: "organizer",
    Role.COORGANIZER: "co-organizer",
    Role.REGISTRAR: "registrar",
    Role.NONE: "no role",
}


def upload_path(role: Role | None) -> UploadPath | None:
    """How check-ins go up for a role; None when the role is not known yet."""
    if role is None:
        return None
    if role is Role.ADMIN:
        return UploadPath.PATCH
    if role in _STATION_ROLES:
        return UploadPath.STATION
    return UploadPath.NONE


def parse_role(value: str | None) -> Role | None:
    try:
        return Role(value) if value else None
    except ValueError:
        return None


def missing_role_message(role: Role, event_name: str = "") -> str:
    """What a person must be told before anyone scans for an event this account cannot check
    people in to."""
    where = f" for “{event_name}”" if event_name else ""
    return (
        f"This account is {ROLE_NAMES[role]}{where}: the server does not let it record "
        "check-ins, so scans here would never reach the server. Ask the event's owner to make "
        "this account co-organizer (or organizer), or sign in as a server admin."
    )


def station_note() -> str:
    """Said wherever the station path is in use (sign-in, event choice, status)."""
    return (
        "Check-ins go up through a registration station: the server records its own time "
        "of upload (the scan time stays on this computer) and cannot record check-outs "
        "(only a server admin can)."
    )


@dataclass(frozen=True)
class AccountAccess:
    is_admin: bool
    roles: dict[str, Role] = field(default_factory=dict)

    def role_for(self, event_id: str) -> Role:
        if self.is_admin:
            return Role.ADMIN
        return self.roles.get(str(event_id), Role.NONE)


def fetch_access(client: OpenEventClient) -> AccountAccess | None:
    """The account's admin flag and its role per event (five small requests); None when the
    server cannot tell (it has no user resource, 404: the upload path then stays the attendee
    PATCH, whose 403 pauses uploads with the server's words). Raises ApiError."""
    try:
        user_id, is_admin = client.account_flags()
    except NotFoundError:
        return None
    if is_admin:
        return AccountAccess(is_admin=True)
    roles: dict[str, Role] = {}
    for role, relation in reversed(_ROLE_RELATIONS):  # strongest last, so it wins
        for event_id in client.role_event_ids(user_id, relation):
            roles[event_id] = role
    return AccountAccess(is_admin=False, roles=roles)


def store_roles(conn: Connection, access: AccountAccess | None, event_ids: Iterable[str]) -> None:
    """Remember the account's role for events held in the store (nothing when unknown)."""
    if access is None:
        return
    for event_id in event_ids:
        conn.execute(
            EVENT.update()
            .where(EVENT.c.id == str(event_id))
            .values(access_role=access.role_for(str(event_id)).value)
        )


def stored_role(conn: Connection, event_id: str) -> Role | None:
    value = conn.execute(select(EVENT.c.access_role).where(EVENT.c.id == event_id)).scalar()
    return parse_role(value if isinstance(value, str) else None)
