"""Sign-in and event caching shared by the GUI and the command line.

A sign-in logs in, keeps the tokens, caches the account's events with their tickets and the
account's role for each (the role picks the upload path, openevent/access.py), and says what a role
cannot do before anyone scans. Runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orga_app import paths
from orga_app.languages import QT_TR_NOOP
from orga_app.store import events as store_events
from orga_app.store.db import Store
from orga_app.sync.backend import event_values
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.errors import ApiError, AuthError
from orga_app.sync.openevent import EventRecord, OpenEventClient, access


@dataclass(frozen=True)
class Notice:
    """One sentence of a sign-in notice: an English template (marked for the catalogs) and its
    values, so the window and the terminal can say it in the person's language."""

    template: str
    values: Mapping[str, object] = field(default_factory=dict)
    # values that are catalog messages themselves (a role's name): translated too
    words: Mapping[str, str] = field(default_factory=dict)

    def said(self, tr: Callable[[str], str] = str) -> str:
        return tr(self.template).format(
            **self.values, **{key: tr(word) for key, word in self.words.items()}
        )

    def __str__(self) -> str:
        return self.said()


@dataclass(frozen=True)
class SignedIn:
    server: str
    email: str
    events: int
    # The person allowed plain http to this (non-loopback) server for this session.
    insecure: bool = False
    # What the account cannot do (a registrar), or how its check-ins go up; none when nothing
    # needs saying.
    notices: tuple[Notice, ...] = ()
    # The server's type (core.list_rules.ServerKind value): "openevent", "pretix" or
    # "eventyay-tickets"; a pretix-type account's `email` is its name (signin_pretix).
    server_type: str = "openevent"
    # A device paired on a pretix-type server: its name there ("Door 1").
    device_name: str = ""

    @property
    def notice(self) -> str:
        """The notices in English, one a line ("" when none): the JSON's `notice`."""
        return self.notice_in(str)

    def notice_in(self, tr: Callable[[str], str]) -> str:
        """The notices in the language of `tr` (the GUI's or the terminal's), one a line."""
        return "\n".join(notice.said(tr) for notice in self.notices)


# The server lists only events where the account has a role; an admin may have none.
ADMIN_NOTICE = Notice(
    QT_TR_NOOP(
        "This account is a server admin without a role in any event: open an event by its "
        "number or identifier."
    )
)
# The words of access.missing_role_message and access.station_note, as the catalogs hold them
# (ui/events.py says them per event).
_MISSING_ROLE = QT_TR_NOOP(
    "This account is {role} for “{event}”: the server does not let it record "
    "check-ins, so scans here would never reach the server. Ask the event's owner to "
    "make this account co-organizer (or organizer), or sign in as a server admin."
)
_STATION = QT_TR_NOOP(
    "Check-ins go up through a registration station: the server records its own time "
    "of upload (the scan time stays on this computer) and cannot record check-outs "
    "(only a server admin can)."
)
_ROLE_WORDS = {
    access.Role.ADMIN: QT_TR_NOOP("server admin"),
    access.Role.OWNER: QT_TR_NOOP("owner"),
    access.Role.ORGANIZER: QT_TR_NOOP("organizer"),
    access.Role.COORGANIZER: QT_TR_NOOP("co-organizer"),
    access.Role.REGISTRAR: QT_TR_NOOP("registrar"),
    access.Role.NONE: QT_TR_NOOP("no role"),
}


_LIST_UNREAD = QT_TR_NOOP("Signed in, but the event list could not be read: {why}")


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


def missing_role_notice(role: access.Role, event_name: str) -> Notice:
    """access.missing_role_message, to be said in the person's language."""
    return Notice(_MISSING_ROLE, {"event": event_name}, {"role": _ROLE_WORDS[role]})


def access_notice(events: Iterable[store_events.EventInfo]) -> tuple[Notice, ...]:
    """The sign-in's notices: events where this account cannot check people in (naming the role
    it has), and that check-ins go up through a station where they do."""
    lines: list[Notice] = []
    station = False
    for event in events:
        role = access.parse_role(event.access_role)
        path = access.upload_path(role)
        if role is not None and path is access.UploadPath.NONE:
            lines.append(missing_role_notice(role, event.name))
        elif path is access.UploadPath.STATION:
            station = True
    if station:
        lines.append(Notice(_STATION))
    return tuple(lines)


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
            notices = access_notice(cached)
            account = access.fetch_access(client) if not found else None
        except AuthError:
            raise
        except ApiError as exc:
            # Signed in all the same (the tokens are kept): the events already on this computer
            # stay usable, and `orga-app events` or a sync tries the list again.
            return SignedIn(
                server, email, 0, insecure=insecure,
                notices=(Notice(_LIST_UNREAD, {"why": exc}),),
            )  # fmt: skip
        if account is not None and account.is_admin:
            notices = (ADMIN_NOTICE,)
    return SignedIn(server, email, len(found), insecure=insecure, notices=notices)
