"""The demo server over real loopback HTTP: does it behave like docs/open-event-api.md says?"""

from __future__ import annotations

import contextlib
import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from orga_app.demo.data import (
    BUYER_EMAIL,
    DEMO_EMAIL,
    DEMO_PASSWORD,
    HELPER_EMAIL,
    REGISTRAR_EMAIL,
    sample_ticket_codes,
)
from orga_app.demo.faults import Faults, FaultState
from orga_app.demo.server import DemoServer

JSONAPI = "application/vnd.api+json"
T1 = "2026-06-12T08:00:00.000001+00:00"
T2 = "2026-06-12T08:30:00.000002+00:00"


def login(
    server: DemoServer, email: str = DEMO_EMAIL, extra: dict[str, Any] | None = None
) -> httpx.Response:
    body = {"email": email, "password": DEMO_PASSWORD, **(extra or {})}
    return httpx.post(f"{server.url}/v1/auth/login", json=body)


def auth(server: DemoServer, email: str = DEMO_EMAIL) -> dict[str, str]:
    return {"Authorization": f"JWT {login(server, email).json()['access_token']}"}


@pytest.fixture
def api(demo_server: DemoServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{demo_server.url}/v1", headers=auth(demo_server)) as client:
        yield client


def patch(client: httpx.Client, attendee_id: int, attributes: dict[str, Any]) -> httpx.Response:
    document = {"data": {"type": "attendee", "id": str(attendee_id), "attributes": attributes}}
    return client.patch(
        f"/attendees/{attendee_id}",
        content=json.dumps(document),
        headers={"Content-Type": JSONAPI},
    )


def raw(server: DemoServer, attendee_id: int) -> dict[str, Any]:
    row: dict[str, Any] = httpx.get(
        f"{server.url}/_demo/attendees/{attendee_id}", headers=server.hook_headers
    ).json()
    return row


def fresh_attendee(server: DemoServer) -> int:
    """An attendee of the main event, never checked in, on a completed order."""
    for attendee_id, _ in sample_ticket_codes(server.db_path, server.info.event_id):
        row = raw(server, attendee_id)
        if row["checkin_times"] is None and row["order_status"] == "completed":
            return attendee_id
    raise AssertionError("sample has no fresh attendee")


def error_of(reply: httpx.Response) -> dict[str, Any]:
    body = reply.json()
    assert body["jsonapi"] == {"version": "1.0"}
    [error] = body["errors"]
    assert set(error) == {"status", "source", "title", "detail"}
    return dict(error)


# ----------------------------------------------------------------------------- auth


def test_login_gives_hs256_jwt_with_identity_and_one_day_lifetime(demo_server: DemoServer) -> None:
    reply = login(demo_server)
    assert reply.status_code == 200
    assert set(reply.json()) == {"access_token"}
    token = reply.json()["access_token"]
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["identity"] == demo_server.info.demo_user_id
    assert abs(claims["exp"] - time.time() - 24 * 3600) < 60


def test_remember_me_gives_short_access_and_long_refresh_token(demo_server: DemoServer) -> None:
    reply = httpx.post(
        f"{demo_server.url}/v1/auth/session",
        json={
            "email": DEMO_EMAIL,
            "password": DEMO_PASSWORD,
            "remember-me": True,
            "include-in-response": True,
        },
    )
    tokens = reply.json()
    access = jwt.decode(tokens["access_token"], options={"verify_signature": False})
    refresh = jwt.decode(tokens["refresh_token"], options={"verify_signature": False})
    assert abs(access["exp"] - time.time() - 90 * 60) < 60
    assert abs(refresh["exp"] - time.time() - 365 * 86400) < 60
    # remember-me alone does not hand out a refresh token
    assert "refresh_token" not in login(demo_server, extra={"remember-me": True}).json()

    renewed = httpx.post(
        f"{demo_server.url}/v1/auth/token/refresh",
        headers={"Authorization": f"JWT {tokens['refresh_token']}"},
    )
    assert renewed.status_code == 200
    new_access = renewed.json()["access_token"]
    check = httpx.get(
        f"{demo_server.url}/v1/users/user-details/get-user-id",
        headers={"Authorization": f"JWT {new_access}"},
    )
    assert check.json() == {"user_id": demo_server.info.demo_user_id}
    # an access token is not a refresh token
    wrong = httpx.post(
        f"{demo_server.url}/v1/auth/token/refresh",
        headers={"Authorization": f"JWT {tokens['access_token']}"},
    )
    assert wrong.status_code == 422 and "error" in wrong.json()


def test_bad_and_missing_credentials(demo_server: DemoServer) -> None:
    wrong = httpx.post(
        f"{demo_server.url}/v1/auth/login", json={"email": DEMO_EMAIL, "password": "nope"}
    )
    assert (wrong.status_code, wrong.json()) == (401, {"error": "Invalid Credentials"})
    missing = httpx.post(f"{demo_server.url}/v1/auth/login", json={"email": DEMO_EMAIL})
    assert (missing.status_code, missing.json()) == (400, {"error": "username or password missing"})


def test_auth_header_errors_are_plain(demo_server: DemoServer) -> None:
    url = f"{demo_server.url}/v1/events/{demo_server.info.event_id}/attendees"
    token = login(demo_server).json()["access_token"]
    missing = httpx.get(url)
    assert missing.status_code == 401 and missing.json()["error"].startswith("Missing JWT")
    bearer = httpx.get(url, headers={"Authorization": f"Bearer {token}"})
    assert bearer.status_code == 422 and set(bearer.json()) == {"error"}
    garbage = httpx.get(url, headers={"Authorization": "JWT not.a.token"})
    assert garbage.status_code == 422 and set(garbage.json()) == {"error"}


def test_expired_token(demo_server: DemoServer) -> None:
    demo_server.set_faults(token_lifetime=0)
    headers = auth(demo_server)
    reply = httpx.get(f"{demo_server.url}/v1/users/user-details/get-user-id", headers=headers)
    assert (reply.status_code, reply.json()) == (401, {"error": "Token has expired"})


# ----------------------------------------------------------------------------- reading


def test_events_and_tickets(demo_server: DemoServer, api: httpx.Client) -> None:
    uid = demo_server.info.demo_user_id
    events = api.get(f"/users/{uid}/events").json()
    ids = {e["id"] for e in events["data"]}
    assert ids == {str(demo_server.info.event_id), str(demo_server.info.other_event_id)}
    event = api.get(f"/events/{demo_server.info.event_id}").json()["data"]
    assert re.fullmatch(r"[0-9a-f]{8}", event["attributes"]["identifier"])
    assert event["attributes"]["state"] == "published"
    tickets = api.get(f"/events/{demo_server.info.event_id}/tickets").json()["data"]
    types = {t["attributes"]["type"] for t in tickets}
    assert {"free", "paid"} <= types
    assert {t["attributes"]["is-checkin-restricted"] for t in tickets} == {True, False}
    organizer = auth(demo_server, REGISTRAR_EMAIL)
    others = httpx.get(f"{demo_server.url}/v1/users/{uid}/events", headers=organizer)
    assert error_of(others)["status"] == 403  # only admins may look at another user's events


def test_pagination_meta_and_links(demo_server: DemoServer, api: httpx.Client) -> None:
    path = f"/events/{demo_server.info.event_id}/attendees"
    total = demo_server.info.attendees
    seen: list[str] = []
    number = 1
    while True:
        page = api.get(path, params={"page[size]": 30, "page[number]": number}).json()
        assert page["meta"]["count"] == total
        assert len(page["data"]) <= 30
        seen += [a["id"] for a in page["data"]]
        if "next" not in page["links"]:
            break
        number += 1
    assert number == -(-total // 30)
    assert len(seen) == len(set(seen)) == total
    default = api.get(path).json()
    assert len(default["data"]) == 20 and "prev" not in default["links"]
    everything = api.get(path, params={"page[size]": 0}).json()
    assert len(everything["data"]) == total


def test_include_order_and_ticket_give_the_qr_code(
    demo_server: DemoServer, api: httpx.Client
) -> None:
    page = api.get(
        f"/events/{demo_server.info.event_id}/attendees",
        params={"include": "order,ticket", "page[size]": 50},
    ).json()
    orders = {i["id"]: i for i in page["included"] if i["type"] == "order"}
    tickets = {i["id"] for i in page["included"] if i["type"] == "ticket"}
    codes = dict(sample_ticket_codes(demo_server.db_path, demo_server.info.event_id))
    for attendee in page["data"]:
        order = orders[attendee["relationships"]["order"]["data"]["id"]]
        assert attendee["relationships"]["ticket"]["data"]["id"] in tickets
        order_identifier = order["attributes"]["identifier"]
        assert uuid.UUID(order_identifier).version == 4
        suffix = attendee["attributes"]["identifier"] or attendee["id"]
        assert codes[int(attendee["id"])] == f"{order_identifier}-{suffix}"


def test_sparse_fieldsets_want_snake_case_when_several(
    demo_server: DemoServer, api: httpx.Client
) -> None:
    path = f"/events/{demo_server.info.event_id}/attendees"
    snake = api.get(path, params={"fields[attendee]": "is_checked_in,checkin_times"})
    assert set(snake.json()["data"][0]["attributes"]) == {"is-checked-in", "checkin-times"}
    dashed = api.get(path, params={"fields[attendee]": "is-checked-in,checkin-times"})
    assert dashed.status_code == 400
    assert error_of(dashed)["source"] == {"parameter": "fields[attendee]"}
    single = api.get(path, params={"fields[attendee]": "is-checked-in"})
    assert set(single.json()["data"][0]["attributes"]) == {"is-checked-in"}


def test_filter_sort_and_trashed(demo_server: DemoServer, api: httpx.Client) -> None:
    path = f"/events/{demo_server.info.event_id}/attendees"
    checked = [{"name": "is-checked-in", "op": "eq", "val": True}]
    page = api.get(path, params={"filter": json.dumps(checked), "page[size]": 0}).json()
    assert page["data"] and all(a["attributes"]["is-checked-in"] for a in page["data"])
    others = [{"name": "is_checked_in", "op": "ne", "val": True}]
    rest = api.get(path, params={"filter": json.dumps(others)}).json()["meta"]["count"]
    assert page["meta"]["count"] + rest == demo_server.info.attendees
    chosen = [a["id"] for a in page["data"][:3]]
    in_filter = [{"name": "id", "op": "in_", "val": [int(i) for i in chosen]}]
    picked = api.get(path, params={"filter": json.dumps(in_filter), "sort": "-id"}).json()
    assert [a["id"] for a in picked["data"]] == sorted(chosen, key=int, reverse=True)
    assert api.get(path, params={"filter": "[{"}).status_code == 400
    assert api.get(path, params={"sort": "shoe-size"}).status_code == 400

    trashed = api.get(path, params={"get_trashed": "true"}).json()["meta"]["count"]
    assert trashed == demo_server.info.attendees + demo_server.info.deleted_attendees


def test_etag_gives_304(demo_server: DemoServer, api: httpx.Client) -> None:
    path = f"/events/{demo_server.info.event_id}/attendees"
    first = api.get(path)
    etag = first.headers["ETag"]
    assert etag.startswith('W/"')
    assert first.headers["Content-Type"] == JSONAPI
    again = api.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    attendee_id = int(first.json()["data"][0]["id"])
    assert patch(api, attendee_id, {"is-checked-in": True, "checkin-times": T1}).status_code == 200
    assert api.get(path, headers={"If-None-Match": etag}).status_code == 200


def test_roles(demo_server: DemoServer) -> None:
    url = f"{demo_server.url}/v1/events/{demo_server.info.event_id}/attendees"
    organizer = httpx.get(url, headers=auth(demo_server, REGISTRAR_EMAIL))
    assert organizer.status_code == 200
    registrar_role = httpx.get(url, headers=auth(demo_server, HELPER_EMAIL))
    assert error_of(registrar_role)["status"] == 403


# ----------------------------------------------------------------------------- PATCH rules


def test_checkin_appends_time_and_device(demo_server: DemoServer, api: httpx.Client) -> None:
    attendee_id = fresh_attendee(demo_server)
    first = patch(
        api,
        attendee_id,
        {"is-checked-in": True, "checkin-times": T1, "device-name-checkin": "Door A"},
    )
    assert first.status_code == 200
    assert first.json()["data"]["attributes"]["checkin-times"] == T1
    second = patch(api, attendee_id, {"is-checked-in": True, "checkin-times": T2})
    attributes = second.json()["data"]["attributes"]
    assert attributes["checkin-times"] == f"{T1},{T2}"
    assert attributes["device-name-checkin"] == "Door A,-"
    assert raw(demo_server, attendee_id)["checkin_times"] == f"{T1},{T2}"


def test_resending_a_time_replaces_the_history(demo_server: DemoServer, api: httpx.Client) -> None:
    attendee_id = fresh_attendee(demo_server)
    for moment in (T1, T2):
        patch(api, attendee_id, {"is-checked-in": True, "checkin-times": moment})
    again = patch(api, attendee_id, {"is-checked-in": True, "checkin-times": T2})
    assert again.status_code == 200
    assert raw(demo_server, attendee_id)["checkin_times"] == T2  # T1 is lost: the quirk

    demo_server.set_faults(duplicate_checkin="reject")
    rejected = patch(api, attendee_id, {"is-checked-in": True, "checkin-times": T2})
    assert rejected.status_code == 422
    assert error_of(rejected)["detail"] == "Check in time already present"


def test_checkin_validation(demo_server: DemoServer, api: httpx.Client) -> None:
    attendee_id = fresh_attendee(demo_server)
    # The real server's order: a completed order's attendee needs checkin-times first ...
    device_only = patch(api, attendee_id, {"device-name-checkin": "Door A"})
    assert device_only.status_code == 422
    assert error_of(device_only)["source"] == {"pointer": "/data/id"}
    # ... then a device name needs a time with it (snake_case pointer, as the server writes it).
    device_null_time = patch(
        api, attendee_id, {"device-name-checkin": "Door A", "checkin-times": None}
    )
    assert device_null_time.status_code == 422
    assert error_of(device_null_time)["detail"] == "Check in Times missing"
    assert error_of(device_null_time)["source"] == {
        "pointer": "/data/attributes/device_name_checkin"
    }
    notes_only = patch(api, attendee_id, {"attendee-notes": "VIP guest"})
    assert notes_only.status_code == 422  # completed order: checkin-times is required
    checkin_without_time = patch(api, attendee_id, {"is-checked-in": True})
    assert checkin_without_time.status_code == 422
    assert raw(demo_server, attendee_id)["attendee_notes"] is None
    assert demo_server.stats.get(attendee_id) is None


def test_checkout_replaces_strings_and_appends_server_time(
    demo_server: DemoServer, api: httpx.Client
) -> None:
    attendee_id = fresh_attendee(demo_server)
    for moment in (T1, T2):
        patch(api, attendee_id, {"is-checked-in": True, "checkin-times": moment})
    reply = patch(
        api,
        attendee_id,
        {"is-checked-in": False, "is-checked-out": True, "checkin-times": T1},
    )
    assert reply.status_code == 200
    row = raw(demo_server, attendee_id)
    assert row["checkin_times"] == T1  # stored exactly as sent, T2 is gone
    assert row["is_checked_in"] == 0 and row["is_checked_out"] == 1
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", row["checkout_times"])
    # is-checked-out stays true on a new check-in: the flags are independent
    patch(api, attendee_id, {"is-checked-in": True, "checkin-times": T2})
    assert raw(demo_server, attendee_id)["is_checked_out"] == 1


def test_patch_permission_and_document_checks(demo_server: DemoServer, api: httpx.Client) -> None:
    attendee_id = fresh_attendee(demo_server)
    attributes = {"is-checked-in": True, "checkin-times": T1}
    with httpx.Client(
        base_url=f"{demo_server.url}/v1", headers=auth(demo_server, REGISTRAR_EMAIL)
    ) as organizer:
        forbidden = patch(organizer, attendee_id, attributes)
    assert forbidden.status_code == 403
    assert error_of(forbidden)["detail"] == (
        "Only admin or that user itself can update attendee info"
    )

    def send(document: dict[str, Any], content_type: str = JSONAPI) -> httpx.Response:
        return api.patch(
            f"/attendees/{attendee_id}",
            content=json.dumps(document),
            headers={"Content-Type": content_type},
        )

    wrong_type = send({"data": {"type": "attendees", "id": str(attendee_id)}})
    assert wrong_type.status_code == 409
    wrong_id = send({"data": {"type": "attendee", "id": str(attendee_id + 1)}})
    assert wrong_id.status_code == 400
    assert error_of(wrong_id)["source"] == {"pointer": "/data/id"}
    good = {"data": {"type": "attendee", "id": str(attendee_id), "attributes": attributes}}
    for content_type in ("application/json", f"{JSONAPI}; charset=utf-8"):
        refused = send(good, content_type)
        assert refused.status_code == 415 and error_of(refused)["status"] == "415"
    not_acceptable = api.get(f"/attendees/{attendee_id}", headers={"Accept": "text/html"})
    assert not_acceptable.status_code == 406
    assert raw(demo_server, attendee_id)["checkin_times"] is None

    missing = patch(api, 999_999, attributes)
    assert missing.status_code == 404
    assert error_of(missing)["detail"] == "TicketHolder: 999999 not found"
    lost = api.get("/attendees/999999")
    assert lost.status_code == 404
    assert error_of(lost)["detail"] == "TicketHolder: 999999 not found"


# ----------------------------------------------------------------------------- faults


def test_error_rate_one_answers_with_server_errors(demo_server: DemoServer) -> None:
    demo_server.set_faults(error_rate=1.0, seed=3)
    statuses = set()
    for _ in range(40):
        reply = httpx.get(f"{demo_server.url}/v1/events/{demo_server.info.event_id}")
        statuses.add(reply.status_code)
        if reply.status_code == 429:
            assert reply.headers["Retry-After"] == "1"
            assert reply.json() == {"status": 429, "title": "Request Limit Exceeded"}
    assert statuses == {500, 502, 503, 429}
    demo_server.set_faults(error_rate=0.0, down=True)
    assert httpx.get(f"{demo_server.url}/v1/events/1").status_code == 503
    assert (
        httpx.get(f"{demo_server.url}/_demo/faults", headers=demo_server.hook_headers).json()[
            "down"
        ]
        is True
    )


def test_fault_draws_are_deterministic() -> None:
    faults = Faults(error_rate=0.5, drop_before_rate=0.3, drop_after_rate=0.3, seed=11)
    first, second = FaultState(faults), FaultState(faults)
    draws = [first.draw() for _ in range(50)]
    assert draws == [second.draw() for _ in range(50)]
    assert len({d[0] for d in draws}) > 2  # the switches really fire, in several shapes


def test_drop_after_applies_but_client_sees_transport_error(
    demo_server: DemoServer, api: httpx.Client
) -> None:
    attendee_id = fresh_attendee(demo_server)
    demo_server.set_faults(drop_after_rate=1.0)
    with pytest.raises(httpx.TransportError):
        patch(api, attendee_id, {"is-checked-in": True, "checkin-times": T1})
    demo_server.set_faults(drop_after_rate=0.0)
    assert raw(demo_server, attendee_id)["checkin_times"] == T1
    stats = httpx.get(f"{demo_server.url}/_demo/stats", headers=demo_server.hook_headers).json()
    assert stats["patches_applied"] == {str(attendee_id): 1}


def test_drop_before_applies_nothing(demo_server: DemoServer, api: httpx.Client) -> None:
    attendee_id = fresh_attendee(demo_server)
    demo_server.set_faults(drop_before_rate=1.0)
    with pytest.raises(httpx.TransportError):
        patch(api, attendee_id, {"is-checked-in": True, "checkin-times": T1})
    assert raw(demo_server, attendee_id)["checkin_times"] is None
    assert demo_server.stats == {}


def test_fault_switches_over_http(demo_server: DemoServer) -> None:
    url = f"{demo_server.url}/_demo/faults"
    with httpx.Client(headers=demo_server.hook_headers) as hooks:
        changed = hooks.post(url, json={"latency": 0.01, "error_rate": 0.25})
        assert changed.status_code == 200
        assert hooks.get(url).json()["error_rate"] == 0.25
        assert hooks.post(url, json={"error_rate": 2}).status_code == 400
        assert hooks.post(url, json={"colour": "red"}).status_code == 400


# ----------------------------------------------------------------------------- persistence


def test_restart_keeps_data(tmp_path: Path) -> None:
    db_path = tmp_path / "keep.db"
    with DemoServer(db_path, attendees=30) as first:
        attendee_id = fresh_attendee(first)
        with httpx.Client(base_url=f"{first.url}/v1", headers=auth(first)) as client:
            assert patch(client, attendee_id, {"is-checked-in": True, "checkin-times": T1})
            old_token = client.headers["Authorization"]
    with DemoServer(db_path, attendees=999) as second:
        assert second.info.attendees == first.info.attendees  # not regenerated
        reply = httpx.get(
            f"{second.url}/v1/attendees/{attendee_id}", headers={"Authorization": old_token}
        )
        assert reply.json()["data"]["attributes"]["checkin-times"] == T1


def test_serve_cli_prints_url_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    db_path = tmp_path / "cli.db"
    command = [sys.executable, "-m", "orga_app.demo.serve_cli", "--attendees", "20"]
    with subprocess.Popen(
        [*command, "--db", str(db_path)], stdout=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stdout is not None
            first_line = process.stdout.readline()
            match = re.search(r"(http://127\.0\.0\.1:\d+)", first_line)
            assert match, first_line
            body = {"email": DEMO_EMAIL, "password": DEMO_PASSWORD}
            reply = httpx.post(f"{match.group(1)}/v1/auth/login", json=body)
            assert reply.status_code == 200
            assert DEMO_PASSWORD in process.stdout.readline()
        finally:
            process.send_signal(signal.SIGINT)
            assert process.wait(timeout=20) == 0
    assert db_path.exists()  # --db files are kept for the next run


def test_buyer_may_patch_own_order_only(demo_server: DemoServer) -> None:
    with contextlib.closing(sqlite3.connect(demo_server.db_path)) as db:
        orders = dict(db.execute("SELECT id, order_id FROM attendees WHERE deleted_at IS NULL"))
    mine = [a for a, order in orders.items() if order == 1]
    other = next(a for a, order in orders.items() if order != 1)
    with httpx.Client(
        base_url=f"{demo_server.url}/v1", headers=auth(demo_server, BUYER_EMAIL)
    ) as buyer:
        assert mine and patch(buyer, mine[0], {"checkin-times": T1}).status_code == 200
        assert patch(buyer, other, {"checkin-times": T1}).status_code == 403


def test_filter_on_order_relationship(demo_server: DemoServer, api: httpx.Client) -> None:
    path = f"/events/{demo_server.info.event_id}/attendees"
    placed = [
        {"name": "order", "op": "has", "val": {"name": "status", "op": "ne", "val": "completed"}}
    ]
    page = api.get(path, params={"filter": json.dumps(placed), "include": "order", "page[size]": 0})
    statuses = {i["attributes"]["status"] for i in page.json()["included"]}
    assert statuses and "completed" not in statuses
