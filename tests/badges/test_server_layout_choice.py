"""Which layout a badge prints with, from a real store and through a real CUPS queue: the
ticket type's server layout (schema v13), the event's default layout for a ticket type without
one (pretix), the door's own layout otherwise, and nothing at a check-in when the server says
the ticket type gets no badge (a person's reprint still prints)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from orga_app.badges.layout import BadgeContent, BadgeLayout, default_layout, size_by_key
from orga_app.badges.modes import PrintMode
from orga_app.badges.outcome import PrintOutcome
from orga_app.badges.spooler import BadgeSpooler, PrintConfig
from orga_app.core.verdict import Mode, Source, Verdict
from orga_app.store import badge_layouts, events
from orga_app.store.badge_layouts import StoredLayout
from tests.badges.cups import CupsQueue
from tests.badges.pdf_tools import need_poppler, page_sizes_mm, qr_codes
from tests.badges.server_forms import png, recorded_form
from tests.helpers import EVENT_ID, TICKET_ID, Seeded, add_attendees, attendee_row, seeded_store

FORM_TICKET, NO_BADGE_TICKET, PLAIN_TICKET = 71, 72, 73


def _form(size: str) -> StoredLayout:
    attributes = {**recorded_form(), "badge-size": size, "badge-orientation": "Landscape"}
    return StoredLayout("speaker-badge", "openevent", json.dumps(attributes), "speaker-badge")


@pytest.fixture
def door(tmp_path: Path) -> Iterator[Seeded]:
    seeded = seeded_store(tmp_path, 1)
    with seeded.store.write() as conn:
        events.upsert_tickets(
            conn,
            [
                {"id": t, "event_id": EVENT_ID, "name": f"T{t}"}
                for t in (FORM_TICKET, NO_BADGE_TICKET, PLAIN_TICKET)
            ],
        )
    add_attendees(
        seeded.store,
        [
            attendee_row(71, "Form", "Ticket", ticket_id=FORM_TICKET, code="C-71"),
            attendee_row(72, "No", "Badge", ticket_id=NO_BADGE_TICKET, code="C-72"),
            attendee_row(73, "Plain", "Ticket", ticket_id=PLAIN_TICKET, code="C-73"),
        ],
    )
    try:
        yield seeded
    finally:
        seeded.store.close()


def test_choice_by_ticket_type_default_and_no_badge(door: Seeded) -> None:
    form = _form("100 x 70 mm")
    pretix_default = StoredLayout("9", "pretix", "[]", "Default", is_default=True)
    with door.store.write() as conn:
        kept = badge_layouts.replace_layouts(
            conn, EVENT_ID, [form], {FORM_TICKET: "speaker-badge", NO_BADGE_TICKET: None}
        )
        assert kept == 1
        assert badge_layouts.choice_for_ticket(conn, EVENT_ID, FORM_TICKET).layout == form
        no_badge = badge_layouts.choice_for_ticket(conn, EVENT_ID, NO_BADGE_TICKET)
        assert no_badge.no_badge and no_badge.layout is None
        assert badge_layouts.choice_for_ticket(conn, EVENT_ID, PLAIN_TICKET).layout is None
        assert badge_layouts.choice_for_ticket(conn, EVENT_ID, None).layout is None
        # A new answer replaces the whole set: the form is gone, pretix's default applies.
        badge_layouts.replace_layouts(conn, EVENT_ID, [pretix_default], {})
        assert badge_layouts.choice_for_ticket(conn, EVENT_ID, FORM_TICKET).layout == (
            pretix_default
        )


def test_backgrounds_are_kept_by_address_and_bounded(door: Seeded) -> None:
    image = png("#123456")
    pictured = StoredLayout(
        "a", "openevent", "{}", background_url="http://x/bg.png", background=image
    )
    too_big = StoredLayout("b", "openevent", "{}", background=b"\x89PNG" + b"\0" * (5 << 20))
    too_long = StoredLayout("c", "openevent", " " * (badge_layouts.MAX_FORM_CHARS + 1))
    with door.store.write() as conn:
        kept = badge_layouts.replace_layouts(conn, EVENT_ID, [pictured, too_big, too_long], {})
        assert kept == 1
        assert badge_layouts.backgrounds(conn, EVENT_ID) == {"http://x/bg.png": image}


def _check_in(door: Seeded, code: str) -> None:
    result = door.service.scan(EVENT_ID, code, Mode.CHECK_IN, Source.CAMERA)
    assert result.verdict is Verdict.CHECKED_IN, result


def test_the_print_queue_prints_each_ticket_with_its_layout(
    qapp: QApplication, cups_queue: CupsQueue, door: Seeded, tmp_path: Path
) -> None:
    need_poppler()
    with door.store.write() as conn:
        badge_layouts.replace_layouts(
            conn, EVENT_ID, [_form("100 x 70 mm")],
            {FORM_TICKET: "speaker-badge", NO_BADGE_TICKET: None},
        )  # fmt: skip
    own = default_layout(size_by_key("a6"))
    config = PrintConfig(cups_queue.name, own, PrintMode.ONCE, {}, "Door 1")
    spooler = BadgeSpooler(door.store, lambda: config)
    spooler.start()
    seen = {a: cups_queue.pdfs(f"badge-{a}") for a in (71, 73)}
    try:
        for attendee_id, code in ((71, "C-71"), (72, "C-72"), (73, "C-73")):
            _check_in(door, code)
            spooler.after_check_in(attendee_id)
        spooler.wait_idle()
    finally:
        spooler.stop()
    form_pdf = cups_queue.wait_for_pdf("badge-71", seen=seen[71])
    plain_pdf = cups_queue.wait_for_pdf("badge-73", seen=seen[73])
    # cups-pdf writes a landscape badge as its label turned a quarter (test_cups.py)
    assert [sorted((round(w), round(h))) for w, h in page_sizes_mm(form_pdf)] == [[70, 100]]
    assert [(round(w), round(h)) for w, h in page_sizes_mm(plain_pdf)] == [(105, 148)]
    assert qr_codes(form_pdf, tmp_path) == ["C-71"]
    assert cups_queue.pdfs("badge-72") == {}  # the server said: no badge for this ticket


def _same(config: PrintConfig) -> PrintConfig:
    return config


def test_no_badge_ticket_reprints_with_the_doors_layout_and_server_layouts_can_be_off(
    door: Seeded,
) -> None:
    with door.store.write() as conn:
        badge_layouts.replace_layouts(
            conn, EVENT_ID, [_form("100 x 70 mm")],
            {FORM_TICKET: "speaker-badge", NO_BADGE_TICKET: None},
        )  # fmt: skip
    printed: list[tuple[str, float]] = []

    def printer(name: str, layout: BadgeLayout, _c: list[BadgeContent], _t: str) -> PrintOutcome:
        printed.append((layout.origin, layout.size.width_mm))
        return PrintOutcome(None, name)

    own = default_layout(size_by_key("a6"))
    for use_server in (True, False):
        config = PrintConfig("Desk", own, PrintMode.ALWAYS, {}, "Door 1", use_server)
        spooler = BadgeSpooler(door.store, partial(_same, config), printer=printer)
        spooler.start()
        try:
            spooler.reprint(72)
            spooler.reprint(71)
            spooler.wait_idle()
        finally:
            spooler.stop()
    assert printed == [
        ("default", 105.0), ("openevent", 100.0),  # server layouts on
        ("default", 105.0), ("default", 105.0),  # off: the door's own for everyone
    ]  # fmt: skip
    assert TICKET_ID not in (FORM_TICKET, NO_BADGE_TICKET, PLAIN_TICKET)
