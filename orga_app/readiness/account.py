"""How the readiness check reaches the signed-in account's server, from the app's context: an
Open Event client with its stored tokens, or a pretix-type client with the stored device or
team token. Clients are built on the check's own thread, with a short timeout."""

from __future__ import annotations

from collections.abc import Callable

from orga_app.app import AppContext
from orga_app.readiness.run import REQUEST_TIMEOUT_S, ServerAccess
from orga_app.signin_pretix import stored_client
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.openevent import OpenEventClient
from orga_app.sync.pretix.client import PretixClient


def server_access(
    ctx: AppContext, credentials: Callable[[], CredentialStore] | None = None
) -> ServerAccess | None:
    """None on a door with no account (local lists only)."""
    stored = credentials or ctx.credentials
    pretix = ctx.pretix_account()
    if pretix is not None:

        def make_pretix() -> PretixClient:
            return stored_client(stored(), pretix, insecure=ctx.insecure)

        who = "paired device" if pretix.scheme == "Device" else "team token"
        return ServerAccess(pretix=make_pretix, pretix_who=who)
    if not (ctx.server_url and ctx.account_email):
        return None

    def make_open_event() -> OpenEventClient:
        return ctx.client(timeout=REQUEST_TIMEOUT_S, credentials=stored())

    return ServerAccess(open_event=make_open_event)
