"""The demo server under hostile requests (issue 9, item 12): its /_demo hooks need the
per-server key, request bodies are bounded, and odd page numbers or filters are a 400, never a
500. Real HTTP on loopback against a running demo server. Also: an older demo database file is
upgraded in place rather than breaking `demo-server --db FILE`."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD, generate_sample
from orga_app.demo.server import MAX_BODY_BYTES, DemoServer

JSONAPI = "application/vnd.api+json"


@pytest.fixture
def api(demo_server: DemoServer) -> Iterator[httpx.Client]:
    token = httpx.post(
        f"{demo_server.url}/v1/auth/login", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD}
    ).json()["access_token"]
    with httpx.Client(
        base_url=f"{demo_server.url}/v1", headers={"Authorization": f"JWT {token}"}, timeout=10
    ) as client:
        yield client


@pytest.mark.parametrize(
    "path", ["/_demo/faults", "/_demo/stats", "/_demo/attendees/1", "/_demo/nothing"]
)
def test_demo_hooks_refuse_requests_without_the_key(demo_server: DemoServer, path: str) -> None:
    without = httpx.get(f"{demo_server.url}{path}")
    wrong = httpx.get(f"{demo_server.url}{path}", headers={"X-Demo-Key": "guess"})
    assert (without.status_code, wrong.status_code) == (401, 401)
    assert "@" not in without.text + wrong.text  # no attendee's e-mail leaks


def test_a_cross_site_form_post_cannot_switch_the_server_down(demo_server: DemoServer) -> None:
    # What a hostile web page can send without a CORS preflight: a form post, no custom header.
    posted = httpx.post(
        f"{demo_server.url}/_demo/faults",
        content=b'{"down": true}',
        headers={"Content-Type": "text/plain", "Origin": "https://evil.example"},
    )
    assert posted.status_code == 401
    assert demo_server.api.faults.faults.down is False
    assert httpx.get(f"{demo_server.url}/v1/events/1").status_code == 200


def test_demo_hooks_work_with_the_key(demo_server: DemoServer) -> None:
    answer = httpx.get(f"{demo_server.url}/_demo/attendees/1", headers=demo_server.hook_headers)
    assert answer.status_code == 200
    assert answer.json()["id"] == 1


def test_a_body_over_the_limit_is_refused_without_reading_it(
    demo_server: DemoServer, api: httpx.Client
) -> None:
    huge = {"data": {"type": "attendee", "id": "1", "attributes": {"firstname": "x" * 200_000}}}
    answer = api.patch("/attendees/1", json=huge, headers={"Content-Type": JSONAPI})
    assert answer.status_code == 413
    row = httpx.get(f"{demo_server.url}/_demo/attendees/1", headers=demo_server.hook_headers)
    assert row.json()["firstname"] != "x" * 200_000


def test_a_chunked_body_over_the_limit_is_refused(demo_server: DemoServer) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(MAX_BODY_BYTES // 1024 + 8):
            yield b"x" * 1024

    answer = httpx.post(f"{demo_server.url}/v1/auth/login", content=chunks())
    assert answer.status_code == 413


def test_a_body_under_the_limit_still_works(demo_server: DemoServer) -> None:
    body = {"email": DEMO_EMAIL, "password": DEMO_PASSWORD, "padding": "p" * 10_000}
    assert httpx.post(f"{demo_server.url}/v1/auth/login", json=body).status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"page[number]": "99999999999999999999", "page[size]": "10"},
        {"page[number]": "2", "page[size]": "99999999999999999999"},
        {"page[number]": "9" * 5000},
        {"filter": "[" * 5000 + "]" * 5000},
        {"filter": "[" * 20 + "]" * 20},
        {"filter": json.dumps([{"name": "id", "op": "eq", "val": {"x": 1}}])},
        {"filter": json.dumps([{"name": "id", "op": "gt", "val": 10**30}])},
        {"filter": json.dumps([{"name": "id", "op": "in_", "val": [[1]]}])},
        {"filter": json.dumps([{"name": "id", "op": "eq", "val": 1}] * 300)},
    ],
)
def test_odd_pages_and_filters_are_a_400_not_a_500(
    api: httpx.Client, params: dict[str, str]
) -> None:
    answer = api.get("/events/1/attendees", params=params)
    assert answer.status_code == 400, answer.text[:300]
    assert answer.json()["errors"][0]["source"] is not None


def test_a_far_page_that_fits_is_empty_as_on_the_real_server(api: httpx.Client) -> None:
    answer = api.get("/events/1/attendees", params={"page[number]": "9999999999"})
    assert answer.status_code == 200
    assert answer.json()["data"] == []


def test_a_normal_keyset_filter_still_pages(api: httpx.Client) -> None:
    params = {
        "filter": json.dumps([{"name": "id", "op": "gt", "val": 5}]),
        "page[size]": "3",
        "sort": "id",
    }
    answer = api.get("/events/1/attendees", params=params)
    assert answer.status_code == 200
    assert [int(a["id"]) for a in answer.json()["data"]] == [6, 7, 8]


def test_a_demo_database_from_before_stations_is_upgraded_in_place(tmp_path: Path) -> None:
    db_path = tmp_path / "old-demo.db"
    generate_sample(db_path, attendees=10)
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        # The shape the previous version wrote: no stations, no register_times.
        conn.executescript(
            "DROP TABLE stations; DROP TABLE user_check_ins;"
            " ALTER TABLE attendees DROP COLUMN register_times;"
        )
    with DemoServer(db_path) as server:
        token = httpx.post(
            f"{server.url}/v1/auth/login", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD}
        ).json()["access_token"]
        headers = {"Authorization": f"JWT {token}", "Content-Type": JSONAPI}
        one = httpx.get(f"{server.url}/v1/attendees/1", headers=headers)
        assert one.status_code == 200
        assert one.json()["data"]["attributes"]["register-times"] is None
        station = {
            "data": {
                "type": "station",
                "attributes": {"station-name": "Door", "station-type": "registration"},
                "relationships": {"event": {"data": {"type": "event", "id": "1"}}},
            }
        }
        assert (
            httpx.post(f"{server.url}/v1/station", json=station, headers=headers).status_code == 201
        )
