"""PretixClient against real pretix 2026 and eventyay-tickets servers (both, unless named)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from orga_app.core.verdict import Reason
from orga_app.sync.errors import ApiError, AuthError, ClientDataError, TransientNetworkError
from orga_app.sync.pretix.client import (
    PretixClient,
    RedeemRequest,
    ServerKind,
    initialize_device,
)
from orga_app.sync.pretix.reasons import door_reason
from orga_app.sync.pretix.records import CheckinType, Position, RedeemStatus
from tests.real_pretix.conftest import TicketPool, client_for
from tests.real_pretix.proxy import ForwardingProxy
from tests.real_pretix.servers import RealPretix


def nonce() -> str:
    return uuid.uuid4().hex


def scan(server: RealPretix, secret: str, **kwargs: object) -> RedeemRequest:
    fields: dict[str, object] = {"list_id": server.main_list, "nonce": nonce()} | kwargs
    return RedeemRequest(event=server.event, secret=secret, **fields)  # type: ignore[arg-type]


def position_now(client: PretixClient, server: RealPretix, secret: str) -> Position:
    """The ticket as a full download has it now."""
    for page in client.order_pages(server.event):
        for position in page.positions:
            if position.secret == secret:
                return position
    raise AssertionError(f"{secret} not in the download")


def test_server_kind_is_read_from_the_answers(server: RealPretix, client: PretixClient) -> None:
    assert client.server_kind() is server.kind


def test_a_wrong_organizer_is_not_mistaken_for_eventyay(server: RealPretix) -> None:
    with (
        PretixClient(server.url, organizer="nosuchorganizer", token=server.token) as lost,
        pytest.raises(ApiError),
    ):
        lost.server_kind()


def test_a_wrong_token_is_an_auth_error(server: RealPretix) -> None:
    with (
        PretixClient(server.url, organizer=server.organizer, token="wrong" * 8) as bad,
        pytest.raises(AuthError),
    ):
        bad.events()


def test_pairing_gives_a_device_token_that_reads_and_scans(
    server: RealPretix, tickets: TicketPool
) -> None:
    device = initialize_device(server.url, str(server.info["device_init_token"]))
    assert device.organizer == server.organizer
    assert device.api_token and device.api_token != server.token
    with PretixClient(
        server.url, organizer=device.organizer, token=device.api_token, scheme="Device"
    ) as paired:
        assert {entry.id for entry in paired.checkin_lists(server.event)} >= {server.main_list}
        [ticket] = tickets.take(1)
        answer = paired.redeem(scan(server, ticket.secret))
        assert answer.ok, answer
        [checkin] = position_now(paired, server, ticket.secret).checkins
        if server.kind is ServerKind.PRETIX:
            # the check-in is the device's (eventyay-tickets' orders do not say whose it is)
            assert checkin.device_id == device.device_id
    # the one-time token is spent: the server says so, in its words
    with pytest.raises(ClientDataError, match="already been used"):
        initialize_device(server.url, str(server.info["device_init_token"]))


def test_download_of_1000_tickets_with_accented_names(
    server: RealPretix, client: PretixClient
) -> None:
    pages = list(client.order_pages(server.event))
    positions = [p for page in pages for p in page.positions]
    assert all(len(page.orders) <= 50 for page in pages)
    assert sum(1 for p in positions if p.order_status == "p" and not p.canceled) >= 1000
    assert not any(page.skipped for page in pages)
    assert pages[0].generated is not None
    by_secret = {p.secret: p for p in positions}
    sample = server.info["samples"]["standard_paid"]
    found = by_secret[sample["secret"]]
    assert found.attendee_name == sample["attendee_name"]
    assert found.order_code == sample["order"]
    assert by_secret[server.sample("canceled")].order_status == "c"
    assert by_secret[server.sample("pending")].order_status == "n"
    # an individually cancelled ticket comes as cancelled, so a refresh can drop it
    assert by_secret[server.sample("canceled_position")].canceled


def test_incremental_refresh_sees_another_doors_checkin(
    server: RealPretix, client: PretixClient, tickets: TicketPool
) -> None:
    watermark = next(iter(client.order_pages(server.event))).generated
    assert watermark is not None
    [ticket] = tickets.take(1)
    with client_for(server) as other_door:
        assert other_door.redeem(scan(server, ticket.secret)).ok
    changed = [
        p
        for page in client.order_pages(server.event, modified_since=watermark)
        for p in page.positions
    ]
    seen = {p.secret: p for p in changed}
    assert ticket.secret in seen
    assert [c.list_id for c in seen[ticket.secret].checkins] == [server.main_list]
    # only what changed comes back, not the whole event
    assert len(changed) < 100


def test_online_redeem_then_already_redeemed(
    server: RealPretix, client: PretixClient, tickets: TicketPool
) -> None:
    [ticket] = tickets.take(1)
    first = client.redeem(scan(server, ticket.secret))
    assert first.ok and first.position is not None
    assert first.position.attendee_name == ticket.attendee_name
    second = client.redeem(scan(server, ticket.secret))
    assert second.status is RedeemStatus.ERROR
    assert second.reason == "already_redeemed"


def test_offline_upload_keeps_the_scan_time(
    server: RealPretix, client: PretixClient, tickets: TicketPool
) -> None:
    [ticket] = tickets.take(1)
    scanned_at = datetime.now(UTC).replace(microsecond=250000) - timedelta(hours=2, minutes=3)
    answer = client.redeem(scan(server, ticket.secret, scanned_at=scanned_at, force=True))
    assert answer.ok
    [checkin] = position_now(client, server, ticket.secret).checkins
    assert checkin.at == scanned_at


def test_forced_upload_of_a_used_ticket_is_stored(
    server: RealPretix, client: PretixClient, tickets: TicketPool
) -> None:
    """An offline door let the person in: the upload is accepted even though another door
    was first (force), and both check-ins are on the server."""
    [ticket] = tickets.take(1)
    assert client.redeem(scan(server, ticket.secret)).ok
    late = client.redeem(
        scan(server, ticket.secret, force=True, scanned_at=datetime.now(UTC) - timedelta(minutes=5))
    )
    assert late.ok
    assert len(position_now(client, server, ticket.secret).checkins) == 2


def test_a_lost_answer_resent_with_the_same_nonce_is_one_checkin(
    server: RealPretix, proxy: ForwardingProxy, tickets: TicketPool
) -> None:
    [ticket] = tickets.take(1)
    request = scan(server, ticket.secret, scanned_at=datetime.now(UTC), force=True)
    with client_for(server, proxy.url) as door:
        door.server_kind()
        proxy.drop_answers(1)
        with pytest.raises(TransientNetworkError) as lost:
            door.redeem(request)
        assert lost.value.maybe_applied
        again = door.redeem(request)
        assert again.ok, again
        # the first send reached the server: it holds the check-in once, not twice
        assert len(position_now(door, server, ticket.secret).checkins) == 1


def test_entry_exit_and_entry_again(
    server: RealPretix, client: PretixClient, tickets: TicketPool
) -> None:
    [ticket] = tickets.take(1)
    assert client.redeem(scan(server, ticket.secret)).ok
    assert client.redeem(scan(server, ticket.secret, type=CheckinType.EXIT)).ok
    # the Main entrance list allows entry after exit
    assert client.redeem(scan(server, ticket.secret)).ok
    kinds = [c.type for c in position_now(client, server, ticket.secret).checkins]
    assert sorted(kinds) == sorted([CheckinType.ENTRY, CheckinType.EXIT, CheckinType.ENTRY])


def refusals(server: RealPretix) -> dict[str, tuple[str, int]]:
    """secret -> (list id) for every kind of refused scan the fixture holds."""
    return {
        "already_redeemed": ("", server.main_list),  # filled in by the test
        "unpaid": (server.sample("pending"), server.main_list),
        "canceled": (server.sample("canceled"), server.main_list),
        "canceled_position": (server.sample("canceled_position"), server.main_list),
        "product": (server.sample("reissued_current"), server.vip_list),
        "revoked": (server.sample("revoked_old_secret"), server.main_list),
        "unknown": (server.sample("unknown"), server.main_list),
    }


# What each server answers for each refusal (measured; eventyay-tickets' per-list endpoint has
# a bare 404 for unknown, revoked and individually cancelled tickets).
EXPECTED = {
    ServerKind.PRETIX: {
        "already_redeemed": "already_redeemed",
        "unpaid": "unpaid",
        "canceled": "canceled",
        "canceled_position": "invalid",
        "product": "product",
        "revoked": "revoked",
        "unknown": "invalid",
    },
    ServerKind.EVENTYAY_TICKETS: {
        "already_redeemed": "already_redeemed",
        "unpaid": "unpaid",
        "canceled": "canceled",
        "canceled_position": "invalid",
        "product": "product",
        "revoked": "invalid",
        "unknown": "invalid",
    },
}


DOOR_REASONS = {
    kind: {
        "already_redeemed": Reason.ALREADY_CHECKED_IN,
        "unpaid": Reason.ORDER_PENDING,
        "canceled": Reason.ORDER_CANCELLED,
        "canceled_position": Reason.UNKNOWN_CODE,
        "product": Reason.PRODUCT,
        "revoked": Reason.REVOKED if kind is ServerKind.PRETIX else Reason.UNKNOWN_CODE,
        "unknown": Reason.UNKNOWN_CODE,
    }
    for kind in ServerKind
}


def test_every_refusal_has_its_reason_and_records_no_checkin(
    server: RealPretix, client: PretixClient, proxy: ForwardingProxy, tickets: TicketPool
) -> None:
    [used] = tickets.take(1)
    assert client.redeem(scan(server, used.secret)).ok
    cases = refusals(server)
    cases["already_redeemed"] = (used.secret, server.main_list)
    before = {
        p.secret: len(p.checkins)
        for page in client.order_pages(server.event)
        for p in page.positions
    }
    with client_for(server, proxy.url) as door:
        for case, (secret, list_id) in cases.items():
            answer = door.redeem(scan(server, secret, list_id=list_id))
            assert answer.status is RedeemStatus.ERROR, (case, answer)
            assert answer.reason == EXPECTED[server.kind][case], (case, answer)
            assert door_reason(answer) is DOOR_REASONS[server.kind][case], (case, answer)
    after = {
        p.secret: len(p.checkins)
        for page in client.order_pages(server.event)
        for p in page.positions
    }
    # no refused scan became a check-in (eventyay's generic endpoint would record each one)
    assert after == before
    # and the generic endpoint of eventyay-tickets was never called
    posted = proxy.paths("POST")
    assert posted and not any(path.endswith("/checkin/redeem/") for path in posted)
    if server.kind is ServerKind.EVENTYAY_TICKETS:
        assert all("/checkinlists/" in path for path in posted)


def test_a_numeric_code_never_reaches_eventyays_id_lookup(eyt_server: RealPretix) -> None:
    """eventyay-tickets' per-list endpoint reads a numeric code as a ticket id too: "5"
    would admit ticket 5. The client refuses it without asking."""
    proxy = ForwardingProxy(eyt_server.url)
    try:
        with client_for(eyt_server, proxy.url) as client:
            answer = client.redeem(scan(eyt_server, "5"))
        assert answer.reason == "invalid" and answer.http_status == 0
        assert proxy.paths("POST") == []
    finally:
        proxy.close()
