"""The demo server does what the real Open Event server does: every test here runs the same
requests against both (the demo always; the real one when ../shared has it) and expects the
answers the real server was measured to give (docs/open-event-api.md).

Roles and 403s, the 422 rule for device and time lists of different lengths, check-out
stamping, stations and station check-ins, the attendee list not filtered by order status,
/v1/users/{id}/events only with a role, and each account's role as the app asks for it
(/v1/users/{id} and its role relationships).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from orga_app.demo import data as demo_data
from orga_app.demo.server import DemoServer
from orga_app.sync.openevent import OpenEventClient
from orga_app.sync.openevent.access import Role, fetch_access
from tests.real.conftest import AttendeePool
from tests.real.oes import RealServer

JSONAPI = "application/vnd.api+json"
T1 = "2026-12-01T09:00:00.000001+00:00"
T2 = "2026-12-01T09:10:00.000002+00:00"
T3 = "2026-12-01T09:20:00.000003+00:00"
# What the real server writes for a check-out (str(datetime.utcnow())) or a registration (the
# datetime itself into a text column: PostgreSQL's text drops trailing zeros of the fraction,
# e.g. "09:32:03.17421", seen once in a full run).
SERVER_UTC = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?$")
FORBIDDEN_PATCH = "Only admin or that user itself can update attendee info"
NOT_CO_ORGANIZER = "Only admin/organiser/coorganizer of event only able to check in"


@dataclass
class Target:
    name: str
    url: str
    event_id: int
    accounts: dict[str, tuple[str, str]]  # role → (email, password)
    fresh_attendee: Callable[[], int]  # a completed order's attendee nobody checked in yet
    tokens: dict[str, str]

    def token(self, role: str) -> str:
        if role not in self.tokens:
            email, password = self.accounts[role]
            answer = httpx.post(
                f"{self.url}/v1/auth/login", json={"email": email, "password": password}
            )
            assert answer.status_code == 200, answer.text
            self.tokens[role] = answer.json()["access_token"]
        return self.tokens[role]

    def request(
        self,
        role: str | None,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        params: dict[str, str] | None = None,
    ) -> httpx.Response:
        headers = {"Accept": JSONAPI, "Content-Type": JSONAPI}
        if role is not None:
            headers["Authorization"] = f"JWT {self.token(role)}"
        return httpx.request(
            method, f"{self.url}/v1{path}", json=body, params=params, headers=headers, timeout=30
        )

    def patch(self, role: str, attendee_id: int, **attributes: Any) -> httpx.Response:
        dashed = {k.replace("_", "-"): v for k, v in attributes.items()}
        document = {"data": {"type": "attendee", "id": str(attendee_id), "attributes": dashed}}
        return self.request(role, "PATCH", f"/attendees/{attendee_id}", document)

    def attendee(self, attendee_id: int) -> dict[str, Any]:
        answer = self.request("admin", "GET", f"/attendees/{attendee_id}")
        assert answer.status_code == 200, answer.text
        attributes: dict[str, Any] = answer.json()["data"]["attributes"]
        return attributes


def _demo_target(tmp_path: Path) -> Iterator[Target]:
    server = DemoServer(tmp_path / "parity-demo.db", attendees=80, seed=11)
    with contextlib.closing(sqlite3.connect(server.db_path)) as conn:
        untouched = [
            int(aid)
            for (aid,) in conn.execute(
                "SELECT a.id FROM attendees a JOIN orders o ON o.id = a.order_id"
                " WHERE a.event_id = 1 AND o.status = 'completed' AND a.deleted_at IS NULL"
                " AND a.checkin_times IS NULL AND a.is_checked_out = 0 AND o.user_id IS NULL"
                " ORDER BY a.id"
            )
        ]
    password = demo_data.DEMO_PASSWORD
    accounts = {
        "admin": (demo_data.ADMIN_EMAIL, password),
        "owner": (demo_data.OWNER_EMAIL, password),
        "organizer": (demo_data.REGISTRAR_EMAIL, password),  # holds the organizer role
        "coorganizer": (demo_data.COORGANIZER_EMAIL, password),
        "registrar": (demo_data.HELPER_EMAIL, password),
        "buyer": (demo_data.BUYER_EMAIL, password),  # bought an order, holds no role
    }
    with server:
        yield Target("demo", server.url, 1, accounts, untouched.pop, {})


def _real_target(server: RealServer, pool: AttendeePool) -> Target:
    accounts = {role: (a.email, a.password) for role, a in server.accounts.items()}
    return Target("real", server.url, server.event.id, accounts, lambda: pool.take(1)[0].id, {})


@pytest.fixture(params=["demo", "real"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Target]:
    if request.param == "demo":
        yield from _demo_target(tmp_path)
    else:
        real_server = request.getfixturevalue("real_server")
        yield _real_target(real_server, request.getfixturevalue("real_attendees"))


def detail(answer: httpx.Response) -> str:
    return str(answer.json()["errors"][0]["detail"])


# ------------------------------------------------------------------------ roles and 403s


@pytest.mark.parametrize("role", ["owner", "organizer", "coorganizer", "registrar"])
def test_only_an_admin_may_patch_an_attendee(target: Target, role: str) -> None:
    attendee_id = target.fresh_attendee()
    refused = target.patch(role, attendee_id, is_checked_in=True, checkin_times=T1)
    assert refused.status_code == 403, refused.text
    assert detail(refused) == FORBIDDEN_PATCH
    assert target.attendee(attendee_id)["checkin-times"] is None
    assert target.patch("admin", attendee_id, is_checked_in=True, checkin_times=T1).is_success


@pytest.mark.parametrize(
    ("role", "status"),
    [("admin", 200), ("owner", 200), ("organizer", 200), ("coorganizer", 200), ("registrar", 403)],
)
def test_who_may_list_the_attendees(target: Target, role: str, status: int) -> None:
    answer = target.request(role, "GET", f"/events/{target.event_id}/attendees")
    assert answer.status_code == status, answer.text
    if status == 403:
        assert detail(answer) == f"You don't have access to event {target.event_id}"


@pytest.mark.parametrize(
    ("role", "listed"),
    [("admin", False), ("owner", True), ("organizer", True), ("coorganizer", True),
     ("registrar", True)],
)  # fmt: skip
def test_users_events_lists_only_events_with_a_role(
    target: Target, role: str, listed: bool
) -> None:
    user_id = target.request(role, "GET", "/users/user-details/get-user-id").json()["user_id"]
    answer = target.request(role, "GET", f"/users/{user_id}/events")
    assert answer.status_code == 200, answer.text
    ids = {int(e["id"]) for e in answer.json()["data"]}
    assert (target.event_id in ids) is listed
    # ... while the event itself is readable by an admin without a role.
    assert target.request("admin", "GET", f"/events/{target.event_id}").status_code == 200


def test_the_attendee_list_is_not_filtered_by_order_status(target: Target) -> None:
    everyone = {"include": "order", "page[size]": "0"}
    answer = target.request("admin", "GET", f"/events/{target.event_id}/attendees", None, everyone)
    assert answer.status_code == 200
    statuses = {o["attributes"]["status"] for o in answer.json()["included"]}
    assert "completed" in statuses
    assert statuses - {"completed"}, "attendees of unfinished orders are listed too"


# ------------------------------------------------------------------------ check-in lists


def test_device_and_time_lists_of_different_lengths_refuse_a_device_name(
    target: Target,
) -> None:
    attendee_id = target.fresh_attendee()
    # A list pair of different lengths, as another client or a check-out leaves it.
    stored = target.patch(
        "admin", attendee_id, is_checked_in=False, checkin_times=f"{T1},{T2}",
        device_name_checkin="door-a",
    )  # fmt: skip
    assert stored.status_code == 200, stored.text
    refused = target.patch(
        "admin", attendee_id, is_checked_in=True, checkin_times=T3, device_name_checkin="door-b"
    )
    assert refused.status_code == 422
    assert detail(refused) == "Check in Time missing for the corresponding device name"
    after = target.attendee(attendee_id)
    assert (after["checkin-times"], after["device-name-checkin"]) == (f"{T1},{T2}", "door-a")

    accepted = target.patch("admin", attendee_id, is_checked_in=True, checkin_times=T3)
    assert accepted.status_code == 200, accepted.text
    after = target.attendee(attendee_id)
    assert (after["checkin-times"], after["device-name-checkin"]) == (f"{T1},{T2},{T3}", "door-a,-")


def test_check_out_is_stamped_by_the_server_once_until_it_is_cleared(target: Target) -> None:
    attendee_id = target.fresh_attendee()
    ok = target.patch(
        "admin", attendee_id, is_checked_in=True, checkin_times=T1, device_name_checkin="door-a"
    )
    assert ok.status_code == 200, ok.text
    out = target.patch(
        "admin", attendee_id, is_checked_in=False, is_checked_out=True, checkin_times=T1,
        device_name_checkin="door-a",
    )  # fmt: skip
    assert out.status_code == 200, out.text
    first_out = target.attendee(attendee_id)["checkout-times"]
    assert SERVER_UTC.match(first_out), first_out

    # A check-in does not clear is-checked-out, so the next check-out adds no time.
    back_in = target.patch(
        "admin", attendee_id, is_checked_in=True, checkin_times=T2, device_name_checkin="door-a"
    )
    assert back_in.status_code == 200, back_in.text
    assert target.attendee(attendee_id)["is-checked-out"] is True
    target.patch(
        "admin", attendee_id, is_checked_in=False, is_checked_out=True,
        checkin_times=f"{T1},{T2}", device_name_checkin="door-a,door-a",
    )  # fmt: skip
    assert target.attendee(attendee_id)["checkout-times"] == first_out

    # Cleared explicitly, the next check-out is stamped again.
    target.patch(
        "admin", attendee_id, is_checked_out=False, checkin_times=f"{T1},{T2}",
        device_name_checkin="door-a,door-a",
    )  # fmt: skip
    target.patch(
        "admin", attendee_id, is_checked_in=False, is_checked_out=True,
        checkin_times=f"{T1},{T2}", device_name_checkin="door-a,door-a",
    )  # fmt: skip
    assert len(target.attendee(attendee_id)["checkout-times"].split(",")) == 2


# ------------------------------------------------------------------------ stations


def new_station(target: Target, role: str, name: str, kind: str = "registration") -> httpx.Response:
    document = {
        "data": {
            "type": "station",
            "attributes": {"station-name": name, "station-type": kind},
            "relationships": {"event": {"data": {"type": "event", "id": str(target.event_id)}}},
        }
    }
    return target.request(role, "POST", "/station", document)


def station_check_in(target: Target, role: str, station: int, attendee: int) -> httpx.Response:
    document = {
        "data": {
            "type": "user_check_in",
            "attributes": {},
            "relationships": {
                "station": {"data": {"type": "station", "id": str(station)}},
                "ticket-holder": {"data": {"type": "attendee", "id": str(attendee)}},
            },
        }
    }
    return target.request(role, "POST", "/user-check-in", document)


def test_stations_need_a_co_organizer_and_check_in_types_need_a_microlocation(
    target: Target,
) -> None:
    created = new_station(target, "coorganizer", f"{target.name} door 1")
    assert created.status_code == 201, created.text
    station = created.json()["data"]
    assert station["attributes"] == {
        "station-name": f"{target.name} door 1", "station-type": "registration",
    }  # fmt: skip

    by_registrar = new_station(target, "registrar", "not allowed")
    assert by_registrar.status_code == 404
    assert detail(by_registrar).startswith(f"Event: {target.event_id} not found")
    without_room = new_station(target, "owner", "gate", kind="check in")
    assert without_room.status_code == 404
    assert detail(without_room) == "Microlocation: missing from your request."

    listed = target.request(None, "GET", f"/events/{target.event_id}/stations")  # no token
    assert listed.status_code == 200
    assert str(station["id"]) in {str(s["id"]) for s in listed.json()["data"]}


def test_a_station_check_in_registers_once_a_day_with_the_servers_time(target: Target) -> None:
    station = new_station(target, "organizer", f"{target.name} desk").json()["data"]["id"]
    attendee_id, other = target.fresh_attendee(), target.fresh_attendee()

    done = station_check_in(target, "coorganizer", station, attendee_id)
    assert done.status_code == 201, done.text
    assert done.json()["data"]["attributes"] == {
        "success": True, "message": "Ticket register successful.",
    }  # fmt: skip
    after = target.attendee(attendee_id)
    assert after["is-registered"] is True
    assert SERVER_UTC.match(after["register-times"]), after["register-times"]
    assert (after["is-checked-in"], after["checkin-times"]) == (False, None)

    again = station_check_in(target, "owner", station, attendee_id)
    assert again.status_code == 422
    assert detail(again) == "Attendee already registered."

    by_registrar = station_check_in(target, "registrar", station, other)
    assert by_registrar.status_code == 422
    assert detail(by_registrar) == NOT_CO_ORGANIZER
    assert target.attendee(other)["is-registered"] is False

    missing = station_check_in(target, "coorganizer", station, 10**9)
    assert missing.status_code == 404
    assert detail(missing) == "Attendee: not found"


# ------------------------------------------------------------------------ the account's role


@pytest.mark.parametrize(
    ("account", "role"),
    [("admin", Role.ADMIN), ("owner", Role.OWNER), ("organizer", Role.ORGANIZER),
     ("coorganizer", Role.COORGANIZER), ("registrar", Role.REGISTRAR), ("buyer", Role.NONE)],
)  # fmt: skip
def test_each_account_is_told_its_role_for_the_event(
    target: Target, account: str, role: Role
) -> None:
    # The app's own question (GET /users/{id}, then the four role relationships).
    email, password = target.accounts[account]
    with OpenEventClient(target.url) as client:
        client.login(email, password)
        found = fetch_access(client)
    assert found is not None
    assert found.role_for(str(target.event_id)) is role


def test_role_answers_are_the_users_own_and_carry_numeric_event_ids(target: Target) -> None:
    owner_id = target.request("owner", "GET", "/users/user-details/get-user-id").json()["user_id"]
    me = target.request("owner", "GET", f"/users/{owner_id}")
    assert me.status_code == 200, me.text
    flags = me.json()["data"]["attributes"]
    assert (flags["is-admin"], flags["is-super-admin"], flags["is-user-owner"]) == (
        False, False, True,
    )  # fmt: skip
    owned = target.request("owner", "GET", f"/users/{owner_id}/relationships/owner-events")
    assert owned.status_code == 200, owned.text
    # The real server writes these ids as JSON numbers (not JSON:API's strings).
    assert {"type": "event", "id": target.event_id} in owned.json()["data"]
    registrar = target.request("owner", "GET", f"/users/{owner_id}/relationships/registrar-events")
    assert registrar.json()["data"] == []

    # Another user's roles: only for an admin; anyone else gets 403 "Access Forbidden".
    other = target.request("coorganizer", "GET", "/users/user-details/get-user-id")
    other_id = other.json()["user_id"]
    for path in (f"/users/{other_id}", f"/users/{other_id}/relationships/coorganizer-events"):
        refused = target.request("owner", "GET", path)
        assert refused.status_code == 403, refused.text
        assert detail(refused) == "Access Forbidden"
    by_admin = target.request("admin", "GET", f"/users/{other_id}/relationships/coorganizer-events")
    assert {"type": "event", "id": target.event_id} in by_admin.json()["data"]
    flags = target.request("admin", "GET", f"/users/{other_id}").json()["data"]["attributes"]
    assert flags["is-user-coorganizer"] is True

    gone = target.request("admin", "GET", "/users/999999/relationships/owner-events")
    assert gone.status_code == 404
    assert detail(gone) == "User: 999999 not found"
