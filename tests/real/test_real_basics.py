"""Basics against the real Open Event server: sign-in, token refresh, what each role sees, and
the command line's first download and refresh.

The server-contract tests (raw HTTP with a signed-in token) record what the real server does,
as docs/open-event-api.md describes it; the app tests drive the real client and command line.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from orga_app.sync.errors import AuthError, InvalidCredentialsError
from orga_app.sync.openevent import OpenEventClient, TokenPair
from tests.e2e.cli_runner import Run, run_cli
from tests.real import oes
from tests.real.conftest import AttendeePool, signed_in_client, signed_in_data_dir
from tests.real.oes import ROLES, RealServer

DOOR = "real-door-1"
# /v1/users/{id}/events lists only events where the user has a role (measured): the seeded
# admin has none, the buyer only bought a ticket.
EVENTS_BY_ROLE = {
    "owner": True,
    "organizer": True,
    "coorganizer": True,
    "registrar": True,
    "admin": False,
    "buyer": False,
}


def raw_get(server: RealServer, access: str, path: str, **params: str | int) -> httpx.Response:
    return httpx.get(
        f"{server.url}/v1{path}",
        params=params,
        headers={"Authorization": f"JWT {access}", "Accept": "application/vnd.api+json"},
        timeout=30,
    )


def access_token(client: OpenEventClient) -> str:
    tokens = client.tokens
    assert tokens is not None
    return tokens.access


def cli(data_dir: Path, *args: str) -> Run:
    return run_cli(data_dir, *args, device=DOOR)


def find(data_dir: Path, event_id: str, text: str) -> dict[str, Any]:
    found = cli(data_dir, "search", "--event", event_id, text, "--json")
    assert found.code == 0, found.stderr
    (only,) = found.lines()
    return only


@pytest.mark.parametrize("role", ROLES)
def test_every_seeded_account_signs_in_and_its_refreshed_token_works(
    real_server: RealServer, role: str
) -> None:
    with signed_in_client(real_server, role) as client:
        signed_in = client.tokens
        assert signed_in is not None and signed_in.refresh, "remember-me gives a refresh token"
        user_id = client.user_id()
        fresh = client.refresh()
    assert fresh.refresh == signed_in.refresh  # this server does not rotate refresh tokens
    answer = raw_get(real_server, fresh.access, f"/users/{user_id}")
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["attributes"]["email"] == real_server.account(role).email


def test_a_wrong_password_is_refused_as_wrong_credentials(real_server: RealServer) -> None:
    owner = real_server.account("owner")
    with (
        OpenEventClient(real_server.url) as client,
        pytest.raises(InvalidCredentialsError),
    ):
        client.login(owner.email, owner.password + "-wrong")
    assert client.tokens is None


def test_an_expired_access_token_is_refreshed_once_and_the_request_retried(
    real_server: RealServer,
) -> None:
    with signed_in_client(real_server, "owner") as first:
        tokens = first.tokens
    assert tokens is not None and tokens.refresh is not None
    # The same claims, expired an hour ago, signed with the key the start script gives the
    # server: the real server answers 401 "Token has expired" and the client must refresh.
    claims = jwt.decode(tokens.access, options={"verify_signature": False})
    past = int(time.time()) - 3600
    claims.update(iat=past - 60, nbf=past - 60, exp=past)
    expired = jwt.encode(claims, oes.JWT_SECRET, algorithm="HS256")
    assert raw_get(real_server, expired, f"/events/{real_server.event.id}").status_code == 401

    saved: list[TokenPair] = []
    stale = TokenPair(expired, tokens.refresh)
    with OpenEventClient(real_server.url, tokens=stale, on_tokens_changed=saved.append) as client:
        event = client.event(real_server.event.id)
    assert event.name == real_server.event.name
    assert len(saved) == 1 and saved[0].access != expired


def test_a_tampered_access_token_gets_422_and_means_sign_in_again(
    real_server: RealServer,
) -> None:
    """Measured: a bad signature is 422 (not 401), so no refresh is tried; the app asks for a
    new sign-in instead of retrying forever."""
    with signed_in_client(real_server, "owner") as first:
        tokens = first.tokens
    assert tokens is not None
    tampered = tokens.access[:-4] + ("AAAA" if not tokens.access.endswith("AAAA") else "BBBB")
    assert raw_get(real_server, tampered, f"/events/{real_server.event.id}").status_code == 422
    with (
        OpenEventClient(real_server.url, tokens=TokenPair(tampered, tokens.refresh)) as client,
        pytest.raises(AuthError),
    ):
        client.event(real_server.event.id)


@pytest.mark.parametrize("role", ROLES)
def test_the_events_each_role_is_listed(real_server: RealServer, role: str) -> None:
    with signed_in_client(real_server, role) as client:
        user_id = client.user_id()
        listed = raw_get(real_server, access_token(client), f"/users/{user_id}/events")
    assert listed.status_code == 200, listed.text
    ids = {int(item["id"]) for item in listed.json()["data"]}
    assert real_server.other_event.id not in ids
    assert ids == ({real_server.event.id} if EVENTS_BY_ROLE[role] else set())


@pytest.mark.parametrize("role", ["owner", "organizer", "coorganizer", "admin"])
def test_roles_that_may_read_the_attendee_list(real_server: RealServer, role: str) -> None:
    with signed_in_client(real_server, role) as client:
        page = client.attendees_page(real_server.event.id, 1, 10)
    assert page.total == len(real_server.attendees)
    assert [a.id for a in page.items] == sorted(a.id for a in real_server.attendees)[:10]


@pytest.mark.parametrize("role", ["registrar", "buyer"])
def test_roles_refused_the_attendee_list(real_server: RealServer, role: str) -> None:
    with signed_in_client(real_server, role) as client:
        token = access_token(client)
    listed = raw_get(real_server, token, f"/events/{real_server.event.id}/attendees")
    assert listed.status_code == 403, listed.text


def test_a_registrar_may_read_one_attendee(real_server: RealServer) -> None:
    someone = real_server.attendees[1]
    with signed_in_client(real_server, "registrar") as client:
        one = raw_get(real_server, access_token(client), f"/attendees/{someone.id}")
    assert one.status_code == 200, one.text
    assert int(one.json()["data"]["id"]) == someone.id


def test_owner_signs_in_lists_and_downloads_from_the_command_line(
    tmp_path: Path, real_server: RealServer
) -> None:
    data = signed_in_data_dir(real_server, "owner", tmp_path / "door", DOOR)
    events = cli(data, "events", "--json")
    assert events.code == 0, events.stderr
    (event,) = events.lines()
    assert (event["id"], event["identifier"], event["name"]) == (
        real_server.event_id,
        real_server.event.identifier,
        real_server.event.name,
    )

    first = cli(data, "sync", "--event", real_server.event_id, "--json")
    assert first.code == 0, first.stderr
    report = first.one()
    assert (report["error"], report["pending"]) == (None, 0)
    assert report["downloaded"] == len(real_server.attendees)
    status = cli(data, "status", "--event", real_server.event_id, "--json").one()
    assert status["attendees"] == len(real_server.attendees)

    # Names keep their accents; the first attendee has no identifier and its QR ends in its id.
    accented = next(a for a in real_server.attendees if not a.name.isascii())
    assert find(data, real_server.event_id, accented.qr)["id"] == accented.id
    no_identifier = real_server.attendees[0]
    assert no_identifier.identifier is None
    valid = cli(
        data, "checkin", "--event", real_server.event_id, "--mode", "validate", no_identifier.qr,
        "--json",
    )  # fmt: skip
    assert valid.code == 0, valid.stdout + valid.stderr
    assert valid.one()["attendee"]["id"] == no_identifier.id


def test_a_refresh_brings_another_doors_check_in(
    tmp_path: Path, real_server: RealServer, real_attendees: AttendeePool
) -> None:
    (person,) = real_attendees.take(1)
    data = signed_in_data_dir(real_server, "organizer", tmp_path / "door", DOOR)
    assert cli(data, "sync", "--event", real_server.event_id, "--json").code == 0
    before = find(data, real_server.event_id, person.qr)
    assert (before["is_checked_in"], before["checkin_times"]) == (False, [])

    # Another door (an admin, the one role the server lets PATCH) checks the person in.
    with signed_in_client(real_server, "admin") as admin:
        answer = httpx.patch(
            f"{real_server.url}/v1/attendees/{person.id}",
            json={
                "data": {
                    "type": "attendee",
                    "id": str(person.id),
                    "attributes": {
                        "is-checked-in": True,
                        "checkin-times": "2026-12-01T09:00:00+00:00",
                        "device-name-checkin": "other-door",
                    },
                }
            },
            headers={
                "Authorization": f"JWT {access_token(admin)}",
                "Content-Type": "application/vnd.api+json",
            },
            timeout=30,
        )
    assert answer.status_code == 200, answer.text

    again = cli(data, "sync", "--event", real_server.event_id, "--json")
    assert again.code == 0, again.stderr
    seen = find(data, real_server.event_id, person.qr)
    assert seen["is_checked_in"] is True
    assert seen["checkin_devices"] == ["other-door"]
    assert len(seen["checkin_times"]) == 1
