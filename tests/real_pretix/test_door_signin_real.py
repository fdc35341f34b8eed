"""Sign-in to the real pretix 2026 and eventyay-tickets servers (signin_pretix): the server's
type read from its answers, a team token or a paired device kept in the credential store, the
organizer's events cached with products and check-in lists, and the door's list chosen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring

from orga_app.core.list_rules import Direction, ServerKind
from orga_app.demo.server import DemoServer
from orga_app.signin_pretix import (
    PretixAccount,
    account_store,
    choose_list,
    detect_server_kind,
    load_token,
    read_lists,
    sign_in_pretix,
)
from orga_app.store import events as store_events
from orga_app.store.door_lists import pretix_event_id
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.errors import AuthError, ClientDataError
from orga_app.sync.pretix.client import ServerKind as WireKind
from tests.real_pretix import servers
from tests.real_pretix.servers import RealPretix


def keyring_in(tmp_path: Path) -> CredentialStore:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    return CredentialStore(tmp_path / "data", backend=backend)


def door_kind(server: RealPretix) -> ServerKind:
    return ServerKind(server.kind.value)


@pytest.fixture(params=[WireKind.PRETIX, WireKind.EVENTYAY_TICKETS])
def fresh_server(request: pytest.FixtureRequest) -> Iterator[RealPretix]:
    """A server of its own: its one-time pairing token is not spent by another test."""
    script = servers.script_of(request.param)
    if script is None:
        pytest.skip(f"no real {request.param.value} fixture in ../shared")
    server = servers.start(request.param, script, tickets=20)
    try:
        yield server
    finally:
        servers.stop(server)


@pytest.fixture
def demo_server(tmp_path: Path) -> Iterator[DemoServer]:
    server = DemoServer(tmp_path / "demo-server.db", port=0, attendees=5, seed=7)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_the_server_type_is_read_from_the_version_answer(
    server: RealPretix, demo_server: DemoServer
) -> None:
    # eventyay-tickets reports a higher pretix_numeric than pretix 2026: the shape counts.
    assert detect_server_kind(server.url) is ServerKind.PRETIX
    assert detect_server_kind(server.url + "/api/v1/") is ServerKind.PRETIX
    assert detect_server_kind(demo_server.url) is None  # Open Event: the form's default
    assert detect_server_kind("http://127.0.0.1:9") is None  # nothing listens: no answer


def test_token_sign_in_caches_events_products_and_lists(server: RealPretix, tmp_path: Path) -> None:
    credentials = keyring_in(tmp_path)
    data_dir = tmp_path / "data"
    signed = sign_in_pretix(
        data_dir, credentials, server.url, api_token=server.token, organizer=server.organizer
    )
    assert signed.server_type == server.kind.value  # pretix or eventyay-tickets, from answers
    assert signed.email == f"token@{server.organizer}"
    assert signed.events >= 1
    account = PretixAccount.parse(server.url, signed.email, door_kind(server))
    assert account is not None
    assert load_token(credentials, account) == server.token

    event_id = pretix_event_id(server.organizer, server.event)
    store = account_store(data_dir, account)
    try:
        with store.read() as conn:
            event = store_events.get(conn, event_id)
        assert event is not None
        assert event.server_kind == server.kind.value
        assert event.name == "Door Test Conference 2026"
        lists, chosen = read_lists(store, event_id)
        assert chosen is None
        by_name = {rules.name: rules for rules in lists}
        main, vip = by_name["Main entrance"], by_name["VIP lounge"]
        assert (main.id, vip.id) == (server.main_list, server.vip_list)
        assert main.all_products and main.include_pending and main.allow_entry_after_exit
        assert not vip.all_products and not vip.include_pending
        assert vip.products == frozenset({int(server.info["items"]["VIP"])})

        door = choose_list(store, event_id, server.vip_list, Direction.EXIT)
        assert (door.rules.name, door.direction) == ("VIP lounge", Direction.EXIT)
        assert read_lists(store, event_id)[1] == door
    finally:
        store.close()


def test_a_wrong_token_signs_nobody_in_and_keeps_nothing(
    server: RealPretix, tmp_path: Path
) -> None:
    credentials = keyring_in(tmp_path)
    with pytest.raises(AuthError):
        sign_in_pretix(
            tmp_path / "data", credentials, server.url, api_token="wrong", organizer="demo"
        )
    account = PretixAccount(server.url, "demo", "Token", door_kind(server))
    assert load_token(credentials, account) is None


def test_pairing_keeps_the_device_token_and_the_spent_token_fails(
    fresh_server: RealPretix, tmp_path: Path
) -> None:
    credentials = keyring_in(tmp_path)
    init_token = str(fresh_server.info["device_init_token"])
    signed = sign_in_pretix(
        tmp_path / "data", credentials, fresh_server.url, pairing_token=init_token
    )
    assert signed.device_name == "Door 1"
    assert signed.server_type == fresh_server.kind.value
    assert signed.email == f"device@{fresh_server.organizer}"
    account = PretixAccount.parse(fresh_server.url, signed.email, door_kind(fresh_server))
    assert account is not None and account.scheme == "Device"
    device_token = load_token(credentials, account)
    assert device_token and device_token != fresh_server.token
    assert signed.events >= 1

    # The token works once: a second pairing says so and the paired device's token stays.
    with pytest.raises(ClientDataError, match="already been used"):
        sign_in_pretix(tmp_path / "data", credentials, fresh_server.url, pairing_token=init_token)
    assert load_token(credentials, account) == device_token
