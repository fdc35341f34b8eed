"""Sign-in and event caching shared by the GUI and the command line.

A sign-in logs in, keeps the tokens, caches the account's events with their tickets and the
account's role for each (the role picks the upload path, openevent/access.py), and says what a role
cannot do before anyone scans. Runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from orga_app import paths
from orga_app.store import events as store_events
from orga_app.store.db import Store
from orga_app.sync.backend import event_values
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.errors import ApiError, AuthError
from orga_app.sync.openevent import EventRecord, OpenEventClient, access


@dataclass(frozen=True)
class SignedIn:
    server: str
    email: str
    events: int
    # The person allowed plain http to this (non-loopback) server for this session.
    insecure: bool = False
    # What the account cannot do (a registrar), or how its check-ins go up; "" when nothing
    # needs saying.
    notice: str = ""
    # The server's type (core.list_rules.ServerKind value): "openevent", "pretix" or
    # "eventyay-tickets"; a pretix-type account's `email` is its name (signin_pretix).
    server_type: str = "openevent"
    # A device paired on a pretix-type server: its name there ("Door 1").
    device_name: str = ""


# The server lists only events where the account has a role; an admin may have none.
ADMIN_NOTICE = (
    "This account is a server admin without a role in any event: open an event by its number "
    "or identifier."
)


def event_row(event: EventRecord) -> dict[str, Any]:
    """The event as the store keeps it (the sync engine's mapping), marked as a server event."""
    return {**event_values(event), "is_local": False}


def cache_events(
    store: Store, client: OpenEventClient, found: Sequence[EventRecord]
) -> list[store_events.EventInfo]:
    """Store events with their tickets and the account's role for each. Raises ApiError."""
    tickets = {event.id: client.tickets(event.id) for event in found}
    account = access.fetch_access(client)
    with store.write() as conn:
        store_events.upsert_events(conn, [event_row(e) for e in found])
        store_events.upsert_tickets(
            conn,
            [
                {
                    "id": t.id,
                    "event_id": event_id,
                    "name": t.name,
                    "type": t.type or "",
                    "is_checkin_restricted": t.is_checkin_restricted,
                    "auto_checkin_enabled": t.auto_checkin_enabled,
                }
                for event_id, records in tickets.items()
                for t in records
            ],
        )
        access.store_roles(conn, account, [e.id for e in found])
        return [info for e in found if (info := store_events.get(conn, e.id)) is not None]


def find_event(store: Store, client: OpenEventClient, key: str) -> store_events.EventInfo:
    """One event by number or identifier, cached like the account's own (an admin's way to any
    event). Raises ApiError (NotFoundError when there is none) or ValueError for a bad key."""
    record = client.event_by_id_or_identifier(key)
    return cache_events(store, client, [record])[0]


def access_notice(events: Iterable[store_events.EventInfo]) -> str:
    """One paragraph for the sign-in: events where this account cannot check people in (naming
    the role it needs), and that check-ins go up through a station where they do."""
    lines: list[str] = []
    station = False
    for event in events:
        role = access.parse_role(event.access_role)
        path = access.upload_path(role)
        if role is not None and path is access.UploadPath.NONE:
            lines.append(access.missing_role_message(role, event.name))
        elif path is access.UploadPath.STATION:
            station = True
    if station:
        lines.append(access.station_note())
    return "\n".join(lines)


def sign_in(
    data_dir: Path,
    credentials: CredentialStore,
    server: str,
    email: str,
    password: str,
    *,
    insecure: bool = False,
) -> SignedIn:
    """Log in, keep the tokens, cache the account's events and roles. Raises ApiError."""
    with OpenEventClient(server, insecure=insecure) as client:
        tokens = client.login(email, password)
        credentials.save(server, email, tokens)
        try:
            found = client.events()
            store = Store(paths.database_path(data_dir, paths.account_slug(server, email)))
            try:
                cached = cache_events(store, client, found)
            finally:
                store.close()
            notice = access_notice(cached)
            account = access.fetch_access(client) if not found else None
        except AuthError:
            raise
        except ApiError as exc:
            # Signed in all the same (the tokens are kept): the events already on this computer
            # stay usable, and `orga-app events` or a sync tries the list again.
            return SignedIn(
                server, email, 0, insecure=insecure,
                notice=f"Signed in, but the event list could not be read: {exc}",
            )  # fmt: skip
        if account is not None and account.is_admin:
            notice = ADMIN_NOTICE
    return SignedIn(server, email, len(found), insecure=insecure, notice=notice)
