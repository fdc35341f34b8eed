"""The Open Event client against answers recorded from the real server (tests/fixtures/open_event,
re-recorded by scripts/record_open_event_fixtures.py): what the app parses and how it reacts is
checked on the real server's own JSON, not on a hand-written imitation."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import jwt
import pytest

from orga_app.sync.errors import (
    AuthError,
    ClientDataError,
    ForbiddenError,
    InvalidCredentialsError,
    NotFoundError,
)
from orga_app.sync.openevent import OpenEventClient, TokenPair
from orga_app.sync.openevent.jsonapi import parse_document
from tests.recorded import RECORDED_URL, Replay, recorded

CHECKIN_TIME = "2026-12-01T09:00:00.000001+00:00"
SERVER_UTC = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?$")


def owner_tokens() -> TokenPair:
    body = recorded("login_owner").body
    return TokenPair(body["access_token"], body["refresh_token"])


@pytest.fixture
def replay() -> Replay:
    return Replay()


@pytest.fixture
def client(replay: Replay) -> Iterator[OpenEventClient]:
    with OpenEventClient(
        RECORDED_URL, tokens=owner_tokens(), insecure=True, transport=replay.transport()
    ) as signed_in:
        yield signed_in


def test_sign_in_keeps_both_tokens_and_the_user_id_comes_from_the_token(replay: Replay) -> None:
    replay.add("login_owner")
    with OpenEventClient(RECORDED_URL, insecure=True, transport=replay.transport()) as client:
        tokens = client.login("owner@example.com", "recorded")
        assert tokens == owner_tokens()
        assert client.user_id() == recorded("get_user_id").body["user_id"]
    assert len(replay.seen) == 1  # the id came from the token, no extra request


def test_a_wrong_password_is_wrong_credentials(replay: Replay) -> None:
    replay.add("login_wrong_password")
    with (
        OpenEventClient(RECORDED_URL, insecure=True, transport=replay.transport()) as client,
        pytest.raises(InvalidCredentialsError),
    ):
        client.login("owner@example.com", "not-the-password")


def test_an_expired_token_is_refreshed_once_and_the_request_retried(replay: Replay) -> None:
    replay.add("token_expired", "event", "token_refresh")
    saved: list[TokenPair] = []
    with OpenEventClient(
        RECORDED_URL, tokens=owner_tokens(), insecure=True, transport=replay.transport(),
        on_tokens_changed=saved.append,
    ) as client:  # fmt: skip
        event = client.event(1)
    assert event.name == recorded("event").body["data"]["attributes"]["name"]
    assert [r.url.path for r in replay.seen] == [
        "/v1/events/1", "/v1/auth/token/refresh", "/v1/events/1",
    ]  # fmt: skip
    assert saved == [
        TokenPair(recorded("token_refresh").body["access_token"], owner_tokens().refresh)
    ]


def test_a_bad_signature_is_sign_in_again_without_a_refresh(
    replay: Replay, client: OpenEventClient
) -> None:
    replay.add("token_bad_signature")
    with pytest.raises(AuthError):
        client.event(1)
    assert [r.url.path for r in replay.seen] == ["/v1/events/1"]


def test_the_owners_events(replay: Replay, client: OpenEventClient) -> None:
    replay.add("user_events_owner")
    (event,) = client.events()
    attributes = recorded("user_events_owner").body["data"][0]["attributes"]
    assert (event.id, event.identifier, event.name) == (
        "1",
        attributes["identifier"],
        attributes["name"],
    )
    assert event.starts_at is not None and event.starts_at.tzinfo is not None


def test_the_whole_attendee_list_with_orders_and_tickets(
    replay: Replay, client: OpenEventClient
) -> None:
    replay.add("attendees_all")
    (page,) = client.iter_attendee_pages(1, size=0)
    body = recorded("attendees_all").body
    assert page.total == body["meta"]["count"] == len(page.items)
    assert not page.has_next
    by_id = {a.id: a for a in page.items}
    first = by_id[min(by_id)]
    assert first.identifier is None  # its QR code ends in the attendee id
    assert any(not f"{a.firstname}{a.lastname}".isascii() for a in page.items)  # accents intact
    # The list is not filtered by order status: the seed's cancelled and pending orders are in.
    statuses = Counter(a.order_status for a in page.items)
    assert statuses["cancelled"] == 1 and statuses["pending"] == 1
    assert all(a.order_identifier and a.ticket_name for a in page.items)


def test_a_first_page_says_there_is_more(replay: Replay, client: OpenEventClient) -> None:
    replay.add("attendees_page_1")
    page = client.attendees_page(1, 1, 3)
    assert len(page.items) == 3 and page.has_next
    assert page.total == recorded("attendees_all").body["meta"]["count"]


def test_the_registrar_may_not_list_attendees(replay: Replay, client: OpenEventClient) -> None:
    replay.add("attendees_registrar_forbidden")
    with pytest.raises(ForbiddenError) as refused:
        client.attendees_page(1, 1, 20)
    assert "You don't have access to event 1" in str(refused.value)


def test_an_owners_check_in_patch_is_forbidden_with_the_servers_words(
    replay: Replay, client: OpenEventClient
) -> None:
    replay.add("patch_forbidden_owner")
    with pytest.raises(ForbiddenError) as refused:
        client.patch_checkin(2, CHECKIN_TIME, "door-1")
    assert "Only admin or that user itself can update attendee info" in str(refused.value)


def test_an_admins_check_in_and_check_out_come_back_as_the_server_stored_them(
    replay: Replay, client: OpenEventClient
) -> None:
    replay.add("patch_checkin_admin", "patch_checkout_admin")
    checked_in = client.patch_checkin(2, CHECKIN_TIME, "door-1")
    assert (checked_in.is_checked_in, checked_in.checkin_times) == (True, CHECKIN_TIME)
    assert checked_in.device_name_checkin == "door-1"
    checked_out = client.patch_checkout(2, CHECKIN_TIME, "door-1")
    assert checked_out.is_checked_out and not checked_out.is_checked_in
    assert checked_out.checkin_times == CHECKIN_TIME  # unchanged, as sent
    assert SERVER_UTC.match(checked_out.checkout_times)  # the server's own clock, no offset


def test_uneven_device_and_time_lists_are_a_422_with_the_servers_detail(
    replay: Replay, client: OpenEventClient
) -> None:
    replay.add("patch_422_device_list_mismatch")
    with pytest.raises(ClientDataError) as refused:
        client.patch_checkin(3, "2026-12-01T09:30:00.000002+00:00", "door-2")
    assert refused.value.status == 422
    assert "Check in Time missing for the corresponding device name" in str(refused.value)


def test_an_unknown_attendee_is_not_found(replay: Replay, client: OpenEventClient) -> None:
    replay.add("attendee_not_found")
    with pytest.raises(NotFoundError):
        client.get_attendee(987654)


def test_tickets_with_a_null_check_in_restriction(replay: Replay, client: OpenEventClient) -> None:
    replay.add("tickets")
    tickets = client.tickets(1)
    raw = recorded("tickets").body["data"]
    assert {t.name for t in tickets} == {r["attributes"]["name"] for r in raw}
    assert any(r["attributes"]["is-checkin-restricted"] is None for r in raw)
    assert all(t.is_checkin_restricted is False for t in tickets)


def test_station_answers_parse_although_their_ids_are_numbers() -> None:
    created = parse_document(recorded("station_created").body).one()
    assert (created.type, created.id) == ("station", "1")
    check_in = parse_document(recorded("user_check_in_created").body).one()
    assert check_in.attributes == {"success": True, "message": "Ticket register successful."}
    registered = parse_document(recorded("attendee_registered").body).one().attributes
    assert registered["is-registered"] is True and registered["is-checked-in"] is False
    assert SERVER_UTC.match(registered["register-times"])


def test_recorded_tokens_carry_the_user_id_claim() -> None:
    claims = jwt.decode(owner_tokens().access, options={"verify_signature": False})
    assert claims["identity"] == recorded("get_user_id").body["user_id"]
    assert claims["type"] == "access"
