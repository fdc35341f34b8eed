"""Sign-in to a pretix-type server (pretix, eventyay-tickets), shared by the GUI and the CLI.

Two ways in, as the official scanner apps have them: pairing this computer as a device with
the one-time token an organizer shows (the server hands back a long-lived device token), or an
organizer team's API token. Either token is kept in the credential store (the OS keyring),
never in the database or the settings. Then the organizer's events are cached with their
products and check-in lists, and the door picks a list (and entry or exit) per event.

The server's type is read from what it answers (pretix's pairing endpoint, then whether
`checkinrpc` exists), never from its version number. Runs off the GUI thread.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import httpx

from orga_app import paths
from orga_app.core.list_checkin import DoorList
from orga_app.core.list_rules import CheckinListRules, Direction, ServerKind
from orga_app.languages import QT_TR_NOOP
from orga_app.signin import Notice, SignedIn
from orga_app.store import door_lists
from orga_app.store import events as store_events
from orga_app.store.db import Store
from orga_app.store.door_lists import pretix_event_id
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.errors import ApiError, ForbiddenError
from orga_app.sync.openevent import TokenPair
from orga_app.sync.pretix.client import PretixClient, initialize_device
from orga_app.sync.pretix.client import ServerKind as WireKind
from orga_app.sync.pretix.download import list_row
from orga_app.sync.pretix.records import PretixEvent
from orga_app.sync.pretix.wire import api_root
from orga_app.sync.transport import AnswerLimits, bounded_transport, read_bounded

log = logging.getLogger("orga_app.signin")

Scheme = Literal["Token", "Device"]
# The version probe is a hint for the sign-in form: it must answer in a blink or not at all.
_PROBE_LIMITS = AnswerLimits(deadline=4.0, max_body_bytes=64 * 1024)


@dataclass(frozen=True)
class PretixAccount:
    """Who this computer is on a pretix-type server: what `settings` and the keyring hold."""

    server: str
    organizer: str
    scheme: Scheme
    kind: ServerKind

    @property
    def name(self) -> str:
        """The account's name where an Open Event account has its e-mail (file name, keyring)."""
        who = "device" if self.scheme == "Device" else "token"
        return f"{who}@{self.organizer}"

    @classmethod
    def parse(cls, server: str, name: str, kind: ServerKind) -> PretixAccount | None:
        """The account a stored `name` (see `name`) stands for; None for any other name."""
        who, sep, organizer = name.partition("@")
        if not sep or not organizer or who not in ("device", "token"):
            return None
        return cls(server, organizer, "Device" if who == "device" else "Token", kind)


def detect_server_kind(
    server: str, *, insecure: bool = False, transport: httpx.BaseTransport | None = None
) -> ServerKind | None:
    """pretix-type when the server describes pretix's device pairing endpoint, else None
    (unknown: an Open Event server, or nothing answered). Only the answer's shape counts.

    `OPTIONS /api/v1/device/initialize` needs no token and changes nothing; pretix and
    eventyay-tickets both answer it with the view's description, `{"name": "Initialize", ...}`
    (their `/version` wants a token, and its numbers must not decide anything anyway).
    """
    try:
        url = api_root(server, insecure=insecure) + "/device/initialize"
    except ValueError:
        return None
    try:
        with httpx.Client(
            timeout=httpx.Timeout(_PROBE_LIMITS.deadline),
            follow_redirects=False,
            headers={"Accept": "application/json", "User-Agent": "orga-app"},
            transport=transport or bounded_transport(1),
        ) as http:
            response = read_bounded(http, http.build_request("OPTIONS", url), _PROBE_LIMITS)
    except (httpx.HTTPError, ApiError) as exc:
        log.info("server type probe of %s failed: %s", server, type(exc).__name__)
        return None
    if response.status_code != 200:
        return None
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError):
        return None
    if isinstance(body, dict) and body.get("name") == "Initialize":
        return ServerKind.PRETIX
    return None


def save_token(credentials: CredentialStore, account: PretixAccount, token: str) -> None:
    credentials.save(account.server, account.name, TokenPair(f"{account.scheme} {token}", None))


def load_token(credentials: CredentialStore, account: PretixAccount) -> str | None:
    """The account's token from the credential store, None when missing or not this scheme."""
    stored = credentials.load(account.server, account.name)
    if stored is None:
        return None
    scheme, _, token = stored.access.partition(" ")
    if scheme != account.scheme or not token:
        return None
    return token


class NoStoredTokenError(RuntimeError):
    """The account's token is not in the credential store: sign in (pair) again."""


def stored_client(
    credentials: CredentialStore,
    account: PretixAccount,
    *,
    insecure: bool = False,
    timeout: float = 10.0,
) -> PretixClient:
    """A client with the account's stored token. Raises NoStoredTokenError, ValueError."""
    token = load_token(credentials, account)
    if token is None:
        raise NoStoredTokenError(
            f"no stored token for {account.name} on {account.server}: sign in again"
        )
    return client_for(account, token, insecure=insecure, timeout=timeout)


def refresh_events(
    store: Store, credentials: CredentialStore, account: PretixAccount, *, insecure: bool = False
) -> list[store_events.EventInfo]:
    """The organizer's events from the server again, cached with products and lists (a new
    list appears, a removed one is dropped). Raises ApiError, NoStoredTokenError."""
    with stored_client(credentials, account, insecure=insecure) as client:
        return cache_events(store, client, account, client.events())


def client_for(
    account: PretixAccount,
    token: str,
    *,
    insecure: bool = False,
    timeout: float = 10.0,
    transport: httpx.BaseTransport | None = None,
    detect: bool = False,
) -> PretixClient:
    """A client for the account; `detect` asks the server's dialect anew instead of trusting
    the one found at sign-in."""
    kind = None if detect else WireKind(account.kind.value)
    return PretixClient(
        account.server,
        organizer=account.organizer,
        token=token,
        scheme=account.scheme,
        timeout=timeout,
        insecure=insecure,
        transport=transport,
        kind=kind,
    )


def _event_row(organizer: str, event: PretixEvent) -> dict[str, object]:
    return {
        "id": pretix_event_id(organizer, event.slug),
        "identifier": event.slug,
        "name": event.name,
        "starts_at": event.date_from.isoformat() if event.date_from else None,
        "ends_at": event.date_to.isoformat() if event.date_to else None,
        "timezone": event.timezone or "UTC",
        "is_local": False,
    }


def _revoked(client: PretixClient, slug: str) -> list[str] | None:
    """The event's revoked secrets (old codes of re-issued tickets); None when this token may
    not read them (a check-in-only team): the door then cannot name them, only not know them."""
    try:
        return [entry.secret for entry in client.revoked_secrets(slug)]
    except ForbiddenError:
        return None


def cache_events(
    store: Store, client: PretixClient, account: PretixAccount, found: Sequence[PretixEvent]
) -> list[store_events.EventInfo]:
    """Store the events with their products and check-in lists. Raises ApiError."""
    details = [(e, client.items(e.slug), client.checkin_lists(e.slug)) for e in found]
    revoked = {e.slug: _revoked(client, e.slug) for e in found}
    with store.write() as conn:
        store_events.upsert_events(conn, [_event_row(account.organizer, e) for e in found])
        for event, items, lists in details:
            event_id = pretix_event_id(account.organizer, event.slug)
            door_lists.set_server_kind(conn, event_id, account.kind)
            store_events.upsert_tickets(
                conn,
                [{"id": item.id, "event_id": event_id, "name": item.name} for item in items],
            )
            door_lists.replace_checkin_lists(
                conn,
                event_id,
                [list_row(cl) for cl in lists],
            )
            secrets = revoked[event.slug]
            if secrets is not None:
                door_lists.replace_revoked_secrets(conn, event_id, secrets)
        ids = [pretix_event_id(account.organizer, e.slug) for e in found]
        return [info for i in ids if (info := store_events.get(conn, i)) is not None]


def account_store(data_dir: Path, account: PretixAccount) -> Store:
    return Store(paths.database_path(data_dir, paths.account_slug(account.server, account.name)))


def sign_in_pretix(
    data_dir: Path,
    credentials: CredentialStore,
    server: str,
    *,
    pairing_token: str | None = None,
    api_token: str | None = None,
    organizer: str | None = None,
    insecure: bool = False,
    transport: httpx.BaseTransport | None = None,
) -> SignedIn:
    """Pair this computer (`pairing_token`) or use a team's `api_token` for `organizer`; keep
    the token; cache the organizer's events, products and lists. Raises ApiError, ValueError.
    """
    server = server.strip().rstrip("/")
    device_name = ""
    scheme: Scheme
    if pairing_token:
        device = initialize_device(server, pairing_token, insecure=insecure, transport=transport)
        organizer, token, scheme = device.organizer, device.api_token, "Device"
        device_name = device.name
        if not organizer:
            raise ValueError("the server paired this device without naming its organizer")
    elif api_token and organizer:
        token, scheme = api_token.strip(), "Token"
    else:
        raise ValueError("give a pairing token, or an API token and the organizer")
    account = PretixAccount(server, organizer.strip(), scheme, ServerKind.PRETIX)
    if pairing_token:
        # A pairing token works once: keep the device token before anything else can fail.
        save_token(credentials, account, token)
    with client_for(account, token, insecure=insecure, transport=transport, detect=True) as client:
        kind = ServerKind(client.server_kind().value)
        account = PretixAccount(server, account.organizer, scheme, kind)
        found = client.events()
        if not pairing_token:
            save_token(credentials, account, token)
        store = account_store(data_dir, account)
        try:
            cached = cache_events(store, client, account, found)
        finally:
            store.close()
    notices = () if cached else (Notice(QT_TR_NOOP("No events for this organizer yet.")),)
    return SignedIn(
        server,
        account.name,
        len(cached),
        insecure=insecure,
        notices=notices,
        server_type=kind.value,
        device_name=device_name,
    )


def choose_list(
    store: Store, event_id: str, list_id: int, direction: Direction = Direction.ENTRY
) -> DoorList:
    """This door scans `event_id` for check-in list `list_id`. Raises LookupError."""
    with store.write() as conn:
        return door_lists.choose_door_list(conn, event_id, list_id, direction)


def read_lists(store: Store, event_id: str) -> tuple[list[CheckinListRules], DoorList | None]:
    """The event's stored check-in lists and the door's current choice."""
    with store.read() as conn:
        return door_lists.checkin_lists(conn, event_id), door_lists.door_list(conn, event_id)
