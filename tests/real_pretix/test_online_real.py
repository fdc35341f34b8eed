"""The door asks the server first (issue 11), against both real servers: the CheckInService
with the pretix backend's online check, a real SQLite store, real HTTP (through a loopback
proxy that can hang or swallow answers), and the organizer changing the server meanwhile."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import AttendeeSummary, Mode, OnlineState, Reason, ScanResult, Source
from orga_app.store import attendees as attendee_queries
from orga_app.store import door_lists
from orga_app.store.db import Store
from orga_app.store.models import OUTBOX
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.engine import SyncEngine
from orga_app.sync.pretix.backend import PretixBackend
from orga_app.sync.pretix.client import PretixClient
from orga_app.sync.pretix.client import ServerKind as WireKind
from orga_app.sync.pretix.download import list_row
from orga_app.sync.pretix.records import Position
from orga_app.ui.verdict_words import reason_words
from tests.e2e.cli_runner import Run, run_cli
from tests.real_pretix import servers
from tests.real_pretix.conftest import TicketPool, client_for
from tests.real_pretix.proxy import ForwardingProxy
from tests.real_pretix.servers import RealPretix, organizer_does, sell_ticket
from tests.real_pretix.test_client_real import DOOR_REASONS, position_now, refusals

# Generous where the server's verdict is under test (two shared cores, a loaded server);
# short where the budget itself is.
PATIENT_BUDGET = 15.0
SHORT_BUDGET = 1.0


@dataclass
class OnlineDoor:
    store: Store
    engine: SyncEngine
    service: CheckInService
    event_id: str

    def scan(
        self, code: str, mode: Mode = Mode.CHECK_IN, *, admit_unpaid: bool = False
    ) -> ScanResult:
        return self.service.scan(
            self.event_id, code, mode, Source.CAMERA, admit_unpaid=admit_unpaid
        )

    def attendee(self, attendee_id: int) -> AttendeeSummary | None:
        with self.store.read() as conn:
            return attendee_queries.get(conn, attendee_id)

    def outbox(self) -> list[tuple[int, str, str, str]]:
        """(attendee id, nonce, scanned_at, state) of every outbox row."""
        with self.store.read() as conn:
            rows = conn.execute(
                select(OUTBOX.c.attendee_id, OUTBOX.c.nonce, OUTBOX.c.scanned_at, OUTBOX.c.state)
            ).all()
        return [(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def online_door(
    directory: Path,
    server: RealPretix,
    list_id: int,
    *,
    url: str | None = None,
    budget: float = PATIENT_BUDGET,
) -> OnlineDoor:
    """A door as the app wires it (app.py): downloaded, `list_id` chosen, scans asking the
    server through the engine's online check."""
    store = Store(directory / "door.sqlite")
    backend = PretixBackend(client_for(server, url), server.organizer, online_budget=budget)
    engine = SyncEngine(store, backend)
    event_id = door_lists.pretix_event_id(server.organizer, server.event)
    engine.refresh_events()
    with client_for(server) as reader:
        lists = reader.checkin_lists(server.event)
    with store.write() as conn:
        door_lists.replace_checkin_lists(conn, event_id, [list_row(x) for x in lists])
        door_lists.choose_door_list(conn, event_id, list_id)
    assert engine.download(event_id).incomplete is None
    service = CheckInService(
        StoreCheckInRepository(store), lambda: "Door A", online=engine.online_check
    )
    return OnlineDoor(store, engine, service, event_id)


@pytest.fixture(scope="module", params=list(WireKind), ids=str)
def own_server(request: pytest.FixtureRequest) -> Iterator[RealPretix]:
    """A server of each kind for the tests that change it as its organizer (lists added and
    deleted, tickets sold): the session's shared servers keep the seeded shape other tests
    count on."""
    kind: WireKind = request.param
    script = servers.script_of(kind)
    if script is None:
        pytest.skip(f"no real {kind.value} fixture in ../shared")
    found = servers.start(kind, script, tickets=30)
    try:
        yield found
    finally:
        servers.stop(found)


def paid_tickets(server: RealPretix, count: int) -> list[Position]:
    """Paid, never scanned tickets of a server of this module's own (each test its own ones:
    the order code's first ticket is left to sell_ticket's copies)."""
    with client_for(server) as reader:
        found = [
            p
            for page in reader.order_pages(server.event)
            for p in page.positions
            if p.order_status == "p" and not p.checkins and not p.canceled
        ]
    taken = _taken.setdefault(server.url, set())
    fresh = [p for p in found if p.id not in taken][:count]
    assert len(fresh) == count, "the own server ran out of fresh tickets"
    taken.update(p.id for p in fresh)
    return fresh


_taken: dict[str, set[int]] = {}


@pytest.fixture
def doors() -> Iterator[list[OnlineDoor]]:
    made: list[OnlineDoor] = []
    yield made
    for door in made:
        door.engine.close()


def checkins_now(server: RealPretix, secret: str) -> list[tuple[int | None, datetime | None]]:
    with client_for(server) as reader:
        found = position_now(reader, server, secret)
    return [(c.list_id, c.at) for c in found.checkins]


def test_online_admission_then_a_stale_door_hears_already_redeemed(
    server: RealPretix, tickets: TicketPool, tmp_path: Path, doors: list[OnlineDoor]
) -> None:
    """Both doors downloaded before either scanned. Door A's admission is the server's (no
    upload row: the server has it); door B, whose data still says "not in", must not admit
    the same ticket: the server says already redeemed, with A's time."""
    a = online_door(tmp_path / "a", server, server.main_list)
    b = online_door(tmp_path / "b", server, server.main_list)
    doors += [a, b]
    [ticket] = tickets.take(1)
    first = a.scan(ticket.secret)
    assert (first.reason, first.by_server, first.pending) == (Reason.CHECKED_IN, True, False)
    assert first.online is OnlineState.ONLINE
    assert a.outbox() == []
    stored = a.attendee(ticket.id)
    assert stored is not None and stored.is_checked_in
    [(list_id, at)] = checkins_now(server, ticket.secret)
    # the server keeps the door's scan time
    assert list_id == server.main_list and at is not None
    assert abs((at - first.scanned_at).total_seconds()) < 1.0

    stale = b.attendee(ticket.id)
    assert stale is not None and not stale.is_checked_in  # B's data is stale
    second = b.scan(ticket.secret)
    assert second.reason is Reason.ALREADY_CHECKED_IN and second.by_server
    assert second.previous_checkin_at is not None
    assert b.outbox() == []
    refreshed = b.attendee(ticket.id)
    assert refreshed is not None and refreshed.is_checked_in  # B's store learnt it
    assert len(checkins_now(server, ticket.secret)) == 1


def test_a_ticket_sold_after_the_download_is_admitted_online_and_kept(
    own_server: RealPretix, tmp_path: Path, doors: list[OnlineDoor]
) -> None:
    server = own_server
    door = online_door(tmp_path, server, server.main_list)
    doors.append(door)
    ident, secret = sell_ticket(server, "Zoë", "Late-Buyer")
    assert door.attendee(ident) is None  # sold after the download
    with door.store.read() as conn:
        before = attendee_queries.counts(conn, door.event_id)
    result = door.scan(secret)
    assert result.reason is Reason.CHECKED_IN and result.by_server
    assert result.attendee is not None and result.attendee.full_name == "Zoë Late-Buyer"
    kept = door.attendee(ident)
    assert kept is not None and kept.is_checked_in and kept.code == secret
    with door.store.read() as conn:
        after = attendee_queries.counts(conn, door.event_id)
    assert (after.attendees, after.checked_in) == (before.attendees + 1, before.checked_in + 1)
    assert door.outbox() == []
    assert len(checkins_now(server, secret)) == 1


def _wait_for(condition: object, seconds: float = 30.0) -> None:
    """Poll a server-side condition (no Qt here to wait on)."""
    assert callable(condition)
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.1)


def test_a_hanging_server_gets_the_local_verdict_in_the_budget_then_one_checkin(
    server: RealPretix,
    tickets: TicketPool,
    proxy: ForwardingProxy,
    tmp_path: Path,
    doors: list[OnlineDoor],
) -> None:
    """The server hangs (the proxy holds the request, then passes it on late): the door
    answers from its own data within the budget and queues the scan with the nonce it sent;
    the next scan does not wait for the server at all; the upload is the same scan: one
    check-in, with the scan time."""
    door = online_door(tmp_path, server, server.main_list, url=proxy.url, budget=SHORT_BUDGET)
    doors.append(door)
    first, second = tickets.take(2)
    proxy.stall_posts(SHORT_BUDGET + 2.0)
    began = time.monotonic()
    result = door.scan(first.secret)
    took = time.monotonic() - began
    assert result.reason is Reason.CHECKED_IN and result.pending and not result.by_server
    assert result.online is OnlineState.OFFLINE
    assert took < SHORT_BUDGET + 1.0, took  # the door never waits for the hang
    [(attendee_id, nonce, scanned_at, state)] = door.outbox()
    assert attendee_id == first.id and state == "queued"
    sent = json.loads(proxy.bodies[-1])
    assert sent["nonce"] == nonce and sent["force"] is False

    asked = len(proxy.bodies)
    again = door.scan(second.secret)  # within the hold: local at once, no request
    assert again.reason is Reason.CHECKED_IN and again.pending
    assert len(proxy.bodies) == asked

    _wait_for(lambda: proxy.posted() >= 1)  # the held request reached the server late
    report = door.engine.run(door.event_id, download=False)
    assert (report.uploaded, report.failed, report.pending) == (2, 0, 0), report
    [(_, at)] = checkins_now(server, first.secret)
    assert at is not None
    assert abs((at - datetime.fromisoformat(scanned_at)).total_seconds()) < 1.0
    assert len(checkins_now(server, second.secret)) == 1


def test_a_swallowed_answer_is_one_checkin(
    server: RealPretix,
    tickets: TicketPool,
    proxy: ForwardingProxy,
    tmp_path: Path,
    doors: list[OnlineDoor],
) -> None:
    """The server recorded the online check-in but its answer was lost: the door admits
    locally and queues the scan with the SAME nonce; the upload does not add a second one."""
    door = online_door(tmp_path, server, server.main_list, url=proxy.url)
    doors.append(door)
    [ticket] = tickets.take(1)
    proxy.drop_answers(1)
    result = door.scan(ticket.secret)
    assert result.reason is Reason.CHECKED_IN and result.pending and not result.by_server
    assert len(checkins_now(server, ticket.secret)) == 1  # the server has it already
    [(_, nonce, _, _)] = door.outbox()
    assert json.loads(proxy.bodies[-1])["nonce"] == nonce
    report = door.engine.run(door.event_id, download=False)
    assert (report.uploaded, report.failed, report.pending) == (1, 0, 0), report
    assert len(checkins_now(server, ticket.secret)) == 1


def _add_list(server: RealPretix, name: str, rules: dict[str, object]) -> int:
    out = organizer_does(
        server,
        f"made = CheckinList.objects.create(event=ev, name={name!r}, all_products=True,"
        f" include_pending=False, rules={rules!r})\nprint(made.id)",
    )
    return int(out.split()[-1])


def test_a_list_with_custom_rules_is_judged_online_and_refused_offline(
    own_server: RealPretix, tmp_path: Path, doors: list[OnlineDoor]
) -> None:
    server = own_server
    proxy = ForwardingProxy(server.url)
    # pretix's own rule shapes (its explanation code fails with a 500 on others)
    year_2099 = {"buildTime": ["custom", "2099-01-01T00:00:00Z"]}
    admitting = _add_list(
        server, "Rules: until 2099", {"isBefore": [{"var": "now"}, year_2099, None]}
    )
    refusing = _add_list(server, "Rules: from 2099", {"isAfter": [{"var": "now"}, year_2099, None]})
    yes, no, offline = paid_tickets(server, 3)
    door = online_door(tmp_path / "yes", server, admitting)
    doors.append(door)
    admitted = door.scan(yes.secret)
    assert admitted.reason is Reason.CHECKED_IN and admitted.by_server
    shut = online_door(tmp_path / "no", server, refusing)
    doors.append(shut)
    refused = shut.scan(no.secret)
    assert refused.reason is Reason.RULES and refused.by_server
    if server.kind.value == "pretix":
        assert "2099" in refused.server_words  # the server's own words reach the door
    assert checkins_now(server, no.secret) == []
    # the same admitting list with the server out of reach: refused, saying why
    cut = online_door(tmp_path / "cut", server, admitting, url=proxy.url, budget=SHORT_BUDGET)
    doors.append(cut)
    proxy.stall_posts(SHORT_BUDGET + 2.0)
    try:
        local = cut.scan(offline.secret)
    finally:
        proxy.close()
    assert local.reason is Reason.RULES_NEED_SERVER and not local.by_server
    assert local.online is OnlineState.OFFLINE
    assert cut.outbox() == []


def test_a_pending_order_is_admitted_online_only_when_the_door_person_confirms(
    own_server: RealPretix, tmp_path: Path, doors: list[OnlineDoor]
) -> None:
    server = own_server
    door = online_door(tmp_path, server, server.main_list)  # Main admits pending orders
    doors.append(door)
    _, secret = sell_ticket(server, "Pia", "Pending", status="n")
    asked = door.scan(secret)
    assert asked.reason is Reason.ORDER_PENDING and asked.by_server and asked.may_admit_unpaid
    kiosk = door.service.scan(door.event_id, secret, Mode.CHECK_IN, Source.KIOSK)
    assert kiosk.reason is Reason.ORDER_PENDING and not kiosk.may_admit_unpaid
    assert checkins_now(server, secret) == []
    admitted = door.scan(secret, admit_unpaid=True)
    assert admitted.reason is Reason.CHECKED_IN and admitted.by_server and admitted.order_unpaid
    assert len(checkins_now(server, secret)) == 1
    assert door.outbox() == []


def test_a_list_deleted_on_the_server_says_so_not_unknown_ticket(
    own_server: RealPretix, tmp_path: Path, doors: list[OnlineDoor]
) -> None:
    server = own_server
    doomed = _add_list(server, "Side door", {})
    door = online_door(tmp_path, server, doomed)
    doors.append(door)
    organizer_does(server, f"CheckinList.objects.filter(event=ev, pk={doomed}).delete()")
    [ticket] = paid_tickets(server, 1)
    result = door.scan(ticket.secret)
    assert result.reason is Reason.LIST_GONE and result.by_server
    assert door.outbox() == []


def test_a_refused_token_is_not_offline_it_asks_for_a_sign_in(
    server: RealPretix, tickets: TicketPool, tmp_path: Path
) -> None:
    door = online_door(tmp_path, server, server.main_list)
    try:
        revoked = PretixClient(server.url, organizer=server.organizer, token="x" * 40)
        backend = PretixBackend(revoked, server.organizer, online_budget=PATIENT_BUDGET)
        engine = SyncEngine(door.store, backend)
        service = CheckInService(
            StoreCheckInRepository(door.store), lambda: "Door A", online=engine.online_check
        )
        [ticket] = tickets.take(1)
        result = service.scan(door.event_id, ticket.secret, Mode.CHECK_IN, Source.CAMERA)
        assert result.online is OnlineState.SIGN_IN_NEEDED
        assert result.reason is Reason.CHECKED_IN and result.pending and not result.by_server
        engine.close()
    finally:
        door.engine.close()


# What the door says online for each refusal of test_client_real's list: the server's reason
# (DOOR_REASONS), except where the store knows more than a bare "unknown" (a revoked code, a
# ticket cancelled on its own): both servers answer those without naming the ticket.
def online_reasons(kind: WireKind) -> dict[str, Reason]:
    return DOOR_REASONS[kind] | {
        "revoked": Reason.REVOKED,
        "canceled_position": Reason.TICKET_CANCELLED,
    }


def test_every_refusal_reaches_the_door_panel_through_the_online_check(
    server: RealPretix, tickets: TicketPool, tmp_path: Path, doors: list[OnlineDoor]
) -> None:
    door = online_door(tmp_path, server, server.main_list)
    doors.append(door)
    [used] = tickets.take(1)
    assert door.scan(used.secret).by_server
    cases = refusals(server)
    cases["already_redeemed"] = (used.secret, server.main_list)
    with client_for(server) as reader:
        before = {p.secret: len(p.checkins) for pg in reader.order_pages(server.event)
                  for p in pg.positions}  # fmt: skip
    expected = online_reasons(server.kind)
    for case, (secret, list_id) in cases.items():
        with door.store.write() as conn:
            door_lists.choose_door_list(conn, door.event_id, list_id)
        result = door.scan(secret)
        assert result.reason is expected[case], (case, result)
        assert result.by_server and not result.verdict.accepted, (case, result)
        words = reason_words(result)  # the door panel's line under the headline
        assert words.strip() and "welcome" not in words.lower(), (case, words)
    with client_for(server) as reader:
        after = {p.secret: len(p.checkins) for pg in reader.order_pages(server.event)
                 for p in pg.positions}  # fmt: skip
    assert after == before  # no refusal became a check-in
    assert door.outbox() == []


def test_the_command_line_admits_a_pending_order_only_with_admit_unpaid(
    own_server: RealPretix, tmp_path: Path
) -> None:
    server = own_server
    data = tmp_path / "door"
    event = door_lists.pretix_event_id(server.organizer, server.event)
    patient = {"ORGA_APP_ONLINE_BUDGET": "10"}  # the setting's longest

    def cli(*args: str, stdin: str | None = None) -> Run:
        return run_cli(data, *args, device="door-cli", stdin=stdin, env_extra=patient)

    login = cli(
        "login", "--server", server.url, "--organizer", server.organizer,
        "--pretix-token-stdin", "--json", stdin=server.token + "\n",
    )  # fmt: skip
    assert login.code == 0, login.stderr
    assert cli("events", "--json").code == 0
    assert cli("lists", "--event", event, "--choose", str(server.main_list)).code == 0
    assert cli("sync", "--event", event, "--json").code == 0
    _, secret = sell_ticket(server, "Uma", "Unpaid", status="n")  # after the download
    refused = cli("checkin", "--event", event, secret, "--json")
    assert refused.code == 1
    assert (refused.one()["reason"], refused.one()["may_admit_unpaid"]) == ("order_pending", True)
    assert "--admit-unpaid" in refused.one()["message"]
    admitted = cli("checkin", "--event", event, "--admit-unpaid", secret, "--json")
    assert admitted.code == 0, admitted.stderr
    assert (admitted.one()["verdict"], admitted.one()["by_server"]) == ("checked_in", True)
    assert len(checkins_now(server, secret)) == 1
