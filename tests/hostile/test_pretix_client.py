"""The pretix client against a hostile server on loopback: answers are bounded in size and
time, paging always ends, a `next` link never takes the token elsewhere, odd records are
skipped, and nothing odd in a redeem answer reads as an admission."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from orga_app.store import attendees as attendee_queries
from orga_app.store import events as store_events
from orga_app.store import outbox
from orga_app.store.attendees import AttendeeRow
from orga_app.store.db import Store
from orga_app.store.models import OutboxAction
from orga_app.sync.errors import (
    AnswerTooLargeError,
    AnswerTooSlowError,
    IncompleteListError,
    UnexpectedResponseError,
)
from orga_app.sync.pretix.client import PretixClient, RedeemRequest, ServerKind
from orga_app.sync.pretix.records import RedeemStatus
from orga_app.sync.pretix.sender import PretixSender
from orga_app.sync.transport import AnswerLimits
from tests.hostile.server import Handler, HostileServer, Route

pytestmark = pytest.mark.timeout(60)
ORDERS = "/api/v1/organizers/demo/events/ev/orders/"
REDEEM = "/api/v1/organizers/demo/checkinrpc/redeem/"
LIMITS = AnswerLimits(deadline=2.0, max_body_bytes=256 * 1024)


def endless_chunks(handler: Handler, _query: dict[str, str]) -> None:
    handler.start_chunked()
    handler.chunk(b'{"results": [')
    while not handler.hostile.stop.is_set():
        handler.chunk(b'{"code": "X"},' * 512)


def drip_body(handler: Handler, _query: dict[str, str]) -> None:
    handler.start_chunked()
    while not handler.hostile.stop.wait(0.2):  # a byte every 0.2 s, well inside a read timeout
        handler.chunk(b" ")


@pytest.fixture
def client(hostile: HostileServer) -> Iterator[PretixClient]:
    with PretixClient(
        hostile.url, organizer="demo", token="t", limits=LIMITS, kind=ServerKind.PRETIX
    ) as found:
        yield found


def order(code: str, position_id: object = 1) -> dict[str, object]:
    return {"code": code, "status": "p", "positions": [{"id": position_id, "secret": code * 4}]}


def test_a_next_link_elsewhere_is_not_followed(
    hostile: HostileServer, client: PretixClient
) -> None:
    def page(handler: Handler, query: dict[str, str]) -> None:
        number = int(query.get("page", "1"))
        handler.send_json(
            {
                "count": 2,
                # a hostile next link: the token must never go there
                "next": "http://attacker.invalid/steal" if number == 1 else None,
                "results": [order(f"ORD{number}")],
            }
        )

    hostile.routes[("GET", ORDERS)] = page
    codes = [o.code for p in client.order_pages("ev") for o in p.orders]
    assert codes == ["ORD1", "ORD2"]
    assert all(path == ORDERS for method, path in hostile.requests if method == "GET")


def numbered_pages(last: int, count: int) -> tuple[Route, list[int]]:
    """A route with pages 1..last of one order each, announcing `count` orders; `asked`
    records the page numbers asked for."""
    asked: list[int] = []
    lock = threading.Lock()

    def page(handler: Handler, query: dict[str, str]) -> None:
        number = int(query.get("page", "1"))
        with lock:
            asked.append(number)
        handler.send_json(
            {
                "count": count,
                "next": "more" if number < last else None,
                "results": [order(f"ORD{number}")],
            },
            headers={"X-Page-Generated": f"2026-01-01T00:00:{number:02d}Z"},
        )

    return page, asked


def test_full_download_pages_arrive_in_order_with_the_first_pages_watermark(
    hostile: HostileServer, client: PretixClient
) -> None:
    """Page 2 answers only once page 5 was asked for: the pages are fetched in parallel, yet
    handed out in order, and the first page's X-Page-Generated is the one kept."""
    page5_asked = threading.Event()

    def page(handler: Handler, query: dict[str, str]) -> None:
        number = int(query.get("page", "1"))
        if number == 5:
            page5_asked.set()
        if number == 2:
            assert page5_asked.wait(timeout=20)
        handler.send_json(
            {"count": 8 * 50, "next": "more" if number < 8 else None,
             "results": [order(f"ORD{number}")]},
            headers={"X-Page-Generated": f"2026-01-01T00:00:{number:02d}+00:00"},
        )  # fmt: skip

    hostile.routes[("GET", ORDERS)] = page
    pages = list(client.order_pages("ev"))
    assert [o.code for p in pages for o in p.orders] == [f"ORD{n}" for n in range(1, 9)]
    assert pages[0].generated is not None and pages[0].generated.second == 1
    assert hostile.count("GET", ORDERS) == 8


def test_an_announced_count_too_high_stops_at_the_real_last_page(
    hostile: HostileServer, client: PretixClient
) -> None:
    """A count of a million orders with three real pages: three pages, and no flood of
    requests for pages that do not exist (at most the window ahead)."""
    route, asked = numbered_pages(last=3, count=1_000_000)
    hostile.routes[("GET", ORDERS)] = route
    codes = [o.code for p in client.order_pages("ev") for o in p.orders]
    assert codes == ["ORD1", "ORD2", "ORD3"]
    assert len(asked) <= 3 + 4


def test_orders_beyond_the_announced_count_are_still_read(
    hostile: HostileServer, client: PretixClient
) -> None:
    """Orders made during the download come after the announced ones: read on, one by one."""
    route, asked = numbered_pages(last=5, count=2 * 50)
    hostile.routes[("GET", ORDERS)] = route
    codes = [o.code for p in client.order_pages("ev") for o in p.orders]
    assert codes == [f"ORD{n}" for n in range(1, 6)]
    assert sorted(asked) == [1, 2, 3, 4, 5]


def test_paging_that_repeats_ends(hostile: HostileServer, client: PretixClient) -> None:
    hostile.routes[("GET", ORDERS)] = lambda handler, _q: handler.send_json(
        {"count": 9, "next": "more", "results": [order("SAME")]}
    )
    with pytest.raises(IncompleteListError):
        list(client.order_pages("ev"))


def test_paging_without_end_stops_at_the_page_cap(hostile: HostileServer) -> None:
    def page(handler: Handler, query: dict[str, str]) -> None:
        handler.send_json({"next": "more", "results": [order(f"O{query.get('page')}")]})

    hostile.routes[("GET", ORDERS)] = page
    with (
        PretixClient(hostile.url, organizer="demo", token="t", limits=LIMITS, max_pages=5) as c,
        pytest.raises(IncompleteListError),
    ):
        list(c.order_pages("ev"))
    assert hostile.count("GET", ORDERS) == 5


def test_odd_records_are_skipped_and_counted(hostile: HostileServer, client: PretixClient) -> None:
    hostile.routes[("GET", ORDERS)] = lambda handler, _q: handler.send_json(
        {"count": 3, "next": None, "results": [order("GOOD"), order("BADID", "x"), "junk"]}
    )
    [page] = list(client.order_pages("ev"))
    assert [p.order_code for p in page.positions] == ["GOOD"]
    assert len(page.skipped) == 2


@pytest.mark.parametrize(
    "body", [b"<html>Wi-Fi login</html>", b'{"results": "nope"}', b"[1, 2]"], ids=str
)
def test_an_answer_that_is_not_a_list_is_refused(
    hostile: HostileServer, client: PretixClient, body: bytes
) -> None:
    def answer(handler: Handler, _q: dict[str, str]) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    hostile.routes[("GET", ORDERS)] = answer
    with pytest.raises(UnexpectedResponseError):
        list(client.order_pages("ev"))


def test_endless_and_dripping_answers_are_bounded(
    hostile: HostileServer, client: PretixClient
) -> None:
    hostile.routes[("GET", ORDERS)] = endless_chunks
    with pytest.raises(AnswerTooLargeError):
        list(client.order_pages("ev"))
    hostile.routes[("GET", ORDERS)] = drip_body
    with pytest.raises(AnswerTooSlowError):
        list(client.order_pages("ev"))


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (201, {"status": "redeemed", "reason": "Already checked in"}),  # eventyay's generic one
        (400, {"status": "ok"}),
        (201, {"status": None}),
        (404, {"status": "error", "reason": ["invalid"]}),
    ],
)
def test_no_odd_redeem_answer_admits(
    hostile: HostileServer, client: PretixClient, status: int, body: object
) -> None:
    def refuse(handler: Handler, _q: dict[str, str]) -> None:
        handler.rfile.read(int(handler.headers.get("Content-Length", "0")))
        handler.send_json(body, status=status)

    hostile.routes[("POST", REDEEM)] = refuse
    answer = client.redeem(RedeemRequest("ev", 1, "secret", "n1"))
    assert not answer.ok
    assert answer.status is not RedeemStatus.OK


def test_redeem_sends_the_scan_as_pretix_expects(
    hostile: HostileServer, client: PretixClient
) -> None:
    seen: list[dict[str, object]] = []

    def record(handler: Handler, _q: dict[str, str]) -> None:
        seen.append(json.loads(handler.rfile.read(int(handler.headers["Content-Length"]))))
        handler.send_json({"status": "ok"}, status=201)

    hostile.routes[("POST", REDEEM)] = record
    assert client.redeem(RedeemRequest("ev", 3, "s3cr3t", "nonce-1", force=True)).ok
    [body] = seen
    assert body["lists"] == [3] and body["secret"] == "s3cr3t" and body["nonce"] == "nonce-1"
    assert body["force"] is True and body["questions_supported"] is False


def slow_ok(handler: Handler, _q: dict[str, str]) -> None:
    handler.rfile.read(int(handler.headers.get("Content-Length", "0")))
    handler.hostile.stop.wait(0.8)  # a busy server: slower than the door's budget
    handler.send_json({"status": "ok"}, status=201)


def test_an_upload_waits_for_a_busy_server_the_door_does_not(
    hostile: HostileServer, tmp_path: Path
) -> None:
    """The door's online budget (0.3 s here) would time out every upload on a loaded server
    and retry it forever; an upload gets the request's full deadline."""
    hostile.routes[("POST", REDEEM)] = slow_ok
    store = Store(tmp_path / "door.sqlite")
    with store.write() as conn:
        store_events.upsert_events(conn, [{"id": "demo/ev", "name": "Ev", "timezone": "UTC"}])
        attendee_queries.upsert(
            conn, [AttendeeRow(id=7, event_id="demo/ev", code="s3cr3t", firstname="Zoë")]
        )
        outbox.enqueue(conn, "demo/ev", 7, OutboxAction.CHECK_IN, "2026-12-01T08:00:00+00:00", "d")
        [row] = outbox.unsent(conn, "demo/ev")
    with PretixClient(
        hostile.url,
        organizer="demo",
        token="t",
        limits=LIMITS,
        redeem_limits=AnswerLimits(deadline=0.3, max_body_bytes=64 * 1024),
        kind=ServerKind.PRETIX,
    ) as client:
        with pytest.raises(AnswerTooSlowError):
            client.redeem(RedeemRequest("ev", 1, "s3cr3t", "n-door"))
        PretixSender(client, store, "ev", 1).send(row)  # no error: the server said ok
