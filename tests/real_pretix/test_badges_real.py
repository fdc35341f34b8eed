"""Badges at pretix doors against the real pretix 2026.8.0 (issue 12), on a server of its own
(the organizer turns on the badges plugin, which the shared fixture's event does not have).

The organizer activates `pretix.plugins.badges`, saves a layout as the badge editor does
(libpretixprint areas: the name, a turned "STAFF" label, the QR of the secret) as the default
and sets the VIP product to "no badge". Door A downloads: the layout and the product's choice
are kept. A check-in prints through a real CUPS queue with that layout (pretix's A6 landscape,
the label turned, the QR where the layout puts it) and the upload writes the print to the
ticket's print log (POST .../orderpositions/{id}/printlog/, type badge, with the row's nonce).
Door B downloads after that: with "print once" its check-in of the same ticket prints nothing,
and a VIP check-in prints nothing at either door.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from orga_app.badges.layout import default_layout, size_by_key
from orga_app.badges.modes import PrintMode
from orga_app.badges.spooler import BadgeNotice, BadgeSpooler, PrintConfig
from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, Source, Verdict
from orga_app.store import badge_jobs, badge_layouts, outbox
from orga_app.store.models import OutboxAction
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.engine import SyncEngine
from orga_app.sync.pretix.backend import PretixBackend
from orga_app.sync.pretix.client import PretixClient, ServerKind
from orga_app.sync.pretix.records import Position
from tests.badges.cups import CupsQueue
from tests.badges.pdf_tools import need_poppler, page_sizes_mm, page_text
from tests.badges.server_forms import codes_in, page_pixels, word_boxes_mm
from tests.real_pretix import servers
from tests.real_pretix.conftest import client_for
from tests.real_pretix.servers import RealPretix
from tests.real_pretix.test_backend_real import Door, open_door

LAYOUT = [
    {"type": "textarea", "left": "10.00", "bottom": "70.00", "fontsize": "24.0",
     "color": [0, 0, 0, 1], "fontfamily": "Open Sans", "bold": True, "italic": False,
     "width": "110.00", "content": "attendee_name", "text": "Max Mustermann",
     "align": "left", "rotation": 0},
    {"type": "textarea", "left": "140.00", "bottom": "95.00", "fontsize": "12.0",
     "color": [200, 0, 0, 1], "width": "60.00", "content": "other", "text": "STAFF",
     "align": "left", "rotation": 90, "downward": True},
    {"type": "barcodearea", "left": "90.00", "bottom": "8.00", "size": "40.00",
     "content": "secret"},
]  # fmt: skip


def _started_with_badges(kind: ServerKind) -> Iterator[tuple[RealPretix, str]]:
    script = servers.script_of(kind)
    if script is None:
        pytest.skip(f"no real {kind.value} fixture here (../shared)")
    server = servers.start(kind, script, tickets=40)
    try:
        vip = int(server.info["items"]["VIP"])
        layout_id = servers.organizer_does(
            server,
            f"""
from pretix.plugins.badges.models import BadgeItem, BadgeLayout
ev.enable_plugin('pretix.plugins.badges')
ev.save()
BadgeLayout.objects.filter(event=ev).update(default=False)
layout = BadgeLayout.objects.create(event=ev, name='Door badge', default=True,
                                    layout={json.dumps(json.dumps(LAYOUT))})
BadgeItem.objects.create(item=ev.items.get(pk={vip}), layout=None)
print(layout.pk)
""",
        ).split()[-1]
        yield server, layout_id
    finally:
        servers.stop(server)


@pytest.fixture(scope="module")
def badge_server() -> Iterator[tuple[RealPretix, str]]:
    yield from _started_with_badges(ServerKind.PRETIX)


@pytest.fixture(scope="module")
def eyt_badge_server() -> Iterator[tuple[RealPretix, str]]:
    yield from _started_with_badges(ServerKind.EVENTYAY_TICKETS)


def _device_door(directory: Path, server: RealPretix) -> Door:
    """A door paired as a device (as pretixSCAN is): the fixture's team token may read orders
    and check in, not write the print log; a device of the pretixscan profile may."""
    door = open_door(directory, server, server.main_list, download=False)
    door.engine.close()
    device = PretixClient(
        server.url, organizer=server.organizer, token=str(server.info["device_token"]),
        scheme="Device",
    )  # fmt: skip
    engine = SyncEngine(door.store, PretixBackend(device, server.organizer))
    result = engine.download(door.event_id)
    assert result.incomplete is None, result
    return Door(door.store, engine, door.event_id)


def _ticket(server: RealPretix, *, vip: bool, skip: int = 0) -> Position:
    vip_item = int(server.info["items"]["VIP"])
    reserved = {server.sample(name) for name in server.info["samples"]}
    with client_for(server) as reader:
        fresh = [
            p
            for page in reader.order_pages(server.event)
            for p in page.positions
            if p.order_status == "p" and not p.checkins and not p.canceled
            and p.secret not in reserved and (p.item_id == vip_item) == vip
        ]  # fmt: skip
    return fresh[skip]


def _print_at_check_in(door: Door, queue: CupsQueue, ticket: Position) -> list[BadgeNotice]:
    service = CheckInService(StoreCheckInRepository(door.store), lambda: "Door")
    result = service.scan(door.event_id, ticket.secret, Mode.CHECK_IN, Source.CAMERA)
    assert result.verdict is Verdict.CHECKED_IN, result
    return _ask_for_badge(door, queue, ticket)


def _ask_for_badge(door: Door, queue: CupsQueue, ticket: Position) -> list[BadgeNotice]:
    """What the print queue does when a check-in of the ticket asks for its badge."""
    notices: list[BadgeNotice] = []
    own = default_layout(size_by_key("cr80"))
    config = PrintConfig(queue.name, own, PrintMode.ONCE, {}, "Door")
    spooler = BadgeSpooler(door.store, lambda: config, notices.append)
    spooler.start()
    try:
        spooler.after_check_in(ticket.id)
        spooler.wait_idle()
    finally:
        spooler.stop()
    return notices


def test_pretix_layout_prints_and_the_print_log_makes_once_hold_across_doors(
    qapp: QApplication,
    tmp_path: Path,
    badge_server: tuple[RealPretix, str],
    cups_queue: CupsQueue,
) -> None:
    need_poppler()
    server, layout_id = badge_server
    ticket = _ticket(server, vip=False)
    vip = _ticket(server, vip=True)
    door_a = _device_door(tmp_path / "a", server)
    try:
        held = badge_layouts.read_layouts(door_a.store, door_a.event_id)
        assert [(h.key, h.origin, h.is_default) for h in held if h.is_default] == [
            (layout_id, "pretix", True)
        ]
        chosen = badge_layouts.read_choice(door_a.store, door_a.event_id, ticket.item_id)
        assert chosen.layout is not None and chosen.layout.key == layout_id
        assert badge_layouts.read_choice(door_a.store, door_a.event_id, vip.item_id).no_badge

        seen = cups_queue.pdfs(f"badge-{ticket.id}")
        [printed] = _print_at_check_in(door_a, cups_queue, ticket)
        assert printed.problem is None
        assert _print_at_check_in(door_a, cups_queue, vip) == []  # "no badge" for VIPs
        pdf = cups_queue.wait_for_pdf(f"badge-{ticket.id}", seen=seen)
        report = door_a.engine.run(door_a.event_id, download=False)
        assert (report.pending, report.failed) == (0, 0), report
    finally:
        door_a.engine.close()

    # pretix's badge page: A6 landscape (cups-pdf writes the label turned a quarter; poppler's
    # text and pixels are of the page as shown).
    [page] = page_sizes_mm(pdf)
    assert sorted(round(side) for side in page) == [105, 148]
    assert ticket.given_name in page_text(pdf)
    _, _, staff_w, staff_h = word_boxes_mm(pdf)["STAFF"]
    assert staff_h > 2 * staff_w  # turned by 90°
    pixels = page_pixels(pdf, tmp_path)
    assert codes_in(pixels, (88, 105 - 8 - 42, 44, 44)) == [ticket.secret]

    with client_for(server) as reader:
        logs = reader.print_logs(server.event, ticket.id)
        assert [(log["type"], log["source"]) for log in logs] == [("badge", "orga-app")]
        info = logs[0]["info"]
        assert isinstance(info, dict) and info.get("device") == "Door"
        assert reader.print_logs(server.event, vip.id) == []

    door_b = _device_door(tmp_path / "b", server)
    try:
        subject = badge_jobs.subject_of(door_b.store, ticket.id)
        assert subject is not None and subject.printed_before  # from the server's print log
        before = cups_queue.pdfs(f"badge-{ticket.id}")
        assert _ask_for_badge(door_b, cups_queue, ticket) == []  # printed once, at door A
        assert cups_queue.pdfs(f"badge-{ticket.id}") == before
    finally:
        door_b.engine.close()


def test_eventyay_tickets_layout_prints_and_once_stays_per_door(
    qapp: QApplication,
    tmp_path: Path,
    eyt_badge_server: tuple[RealPretix, str],
    cups_queue: CupsQueue,
) -> None:
    """eventyay-tickets has the same badges plugin API but no print log: the layout prints,
    no print log row is queued (it could only fail), the door's own record keeps "once"."""
    need_poppler()
    server, layout_id = eyt_badge_server
    ticket = _ticket(server, vip=False)
    door = _device_door(tmp_path / "eyt", server)
    try:
        chosen = badge_layouts.read_choice(door.store, door.event_id, ticket.item_id)
        assert chosen.layout is not None and chosen.layout.key == layout_id
        seen = cups_queue.pdfs(f"badge-{ticket.id}")
        [printed] = _print_at_check_in(door, cups_queue, ticket)
        assert printed.problem is None
        pdf = cups_queue.wait_for_pdf(f"badge-{ticket.id}", seen=seen)
        with door.store.read() as conn:
            rows = [r.action for r in outbox.unsent(conn, door.event_id)]
        assert OutboxAction.BADGE_PRINTED not in rows
        assert _ask_for_badge(door, cups_queue, ticket) == []  # once, by the door's record
    finally:
        door.engine.close()
    [page] = page_sizes_mm(pdf)
    assert sorted(round(side) for side in page) == [105, 148]
    assert codes_in(page_pixels(pdf, tmp_path), (88, 105 - 8 - 42, 44, 44)) == [ticket.secret]
