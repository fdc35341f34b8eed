"""OpenEventClient against the real demo server over loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD, HELPER_EMAIL, REGISTRAR_EMAIL
from orga_app.demo.server import DemoServer
from orga_app.sync.errors import ForbiddenError, InvalidCredentialsError
from orga_app.sync.openevent import OpenEventClient, TokenPair

ATTENDEES = 250


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    # A server of its own: the PATCH tests below change attendees.
    db_path: Path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with DemoServer(db_path, attendees=ATTENDEES) as running:
        yield running


@pytest.fixture
def client(server: DemoServer) -> Iterator[OpenEventClient]:
    with OpenEventClient(server.url) as c:
        c.login(DEMO_EMAIL, DEMO_PASSWORD)
        yield c


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def test_login_events_and_tickets(server: DemoServer, client: OpenEventClient) -> None:
    tokens = client.tokens
    assert tokens is not None and tokens.refresh is not None
    assert client.user_id() == server.info.demo_user_id
    event_ids = {event.id for event in client.events()}
    assert str(server.info.event_id) in event_ids
    event = client.event(server.info.event_id)
    assert event.name and event.starts_at is not None and event.starts_at.tzinfo is not None
    assert client.tickets(server.info.event_id)


def test_wrong_password(server: DemoServer) -> None:
    with OpenEventClient(server.url) as c, pytest.raises(InvalidCredentialsError):
        c.login(DEMO_EMAIL, "not the password")


def test_paging_through_all_attendees(server: DemoServer, client: OpenEventClient) -> None:
    progress: list[tuple[int, int]] = []
    attendees = list(
        client.iter_attendees(
            server.info.event_id, size=100, progress=lambda d, t: progress.append((d, t))
        )
    )
    ids = [a.id for a in attendees]
    assert len(ids) == len(set(ids)) == server.info.attendees
    assert progress[-1] == (server.info.attendees, server.info.attendees)
    assert len(progress) == -(-server.info.attendees // 100)
    assert all(a.order_identifier and a.ticket_name for a in attendees)
    assert all(a.event_id == str(server.info.event_id) for a in attendees)


def test_checkin_appends_and_checkout_keeps_history(
    server: DemoServer, client: OpenEventClient
) -> None:
    page = client.attendees_page(server.info.event_id, 1, 50)
    before = next(a for a in page.items if not a.is_checked_in)
    scan_time = now_iso()
    checked_in = client.patch_checkin(before.id, scan_time, "Door 1")
    assert checked_in.is_checked_in
    expected = f"{before.checkin_times},{scan_time}" if before.checkin_times else scan_time
    assert checked_in.checkin_times == expected

    fresh = client.get_attendee(before.id)
    assert fresh.checkin_times == expected
    assert fresh.order_identifier == before.order_identifier
    checked_out = client.patch_checkout(fresh.id, fresh.checkin_times, fresh.device_name_checkin)
    assert checked_out.is_checked_out and not checked_out.is_checked_in
    assert checked_out.checkin_times == expected
    assert checked_out.checkout_times


def test_status_refresh_with_etag(server: DemoServer, client: OpenEventClient) -> None:
    fields = ["is-checked-in", "checkin-times"]
    first = client.attendees_page(server.info.event_id, 1, 100, fields=fields)
    assert first.etag and first.items and not first.not_modified
    again = client.attendees_page(server.info.event_id, 1, 100, fields=fields, etag=first.etag)
    assert again.not_modified and again.items == ()


def test_expired_access_token_is_refreshed(server: DemoServer) -> None:
    api = server.app.api  # type: ignore[attr-defined]
    uid = server.info.demo_user_id
    expired = TokenPair(api.make_token(uid, "access", -60), api.make_token(uid, "refresh", 3600))
    seen: list[TokenPair] = []
    with OpenEventClient(server.url, tokens=expired, on_tokens_changed=seen.append) as c:
        assert c.event(server.info.event_id).id == str(server.info.event_id)
    assert len(seen) == 1 and seen[0].access != expired.access


def test_organizer_may_read_but_not_patch(server: DemoServer) -> None:
    with OpenEventClient(server.url) as c:
        c.login(REGISTRAR_EMAIL, DEMO_PASSWORD)
        attendee = c.attendees_page(server.info.event_id, 1, 5).items[0]
        with pytest.raises(ForbiddenError) as caught:
            c.patch_checkin(attendee.id, now_iso(), "Door 2")
    assert caught.value.status == 403
    assert "not allowed" in str(caught.value)


def test_registrar_role_may_not_list(server: DemoServer) -> None:
    with OpenEventClient(server.url) as c:
        c.login(HELPER_EMAIL, DEMO_PASSWORD)
        with pytest.raises(ForbiddenError):
            c.attendees_page(server.info.event_id, 1, 5)
