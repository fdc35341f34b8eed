"""The readiness lines as pure judgements: download age, attendee counts, roles, clock offsets
(and a hostile `Date` header), kiosk PIN, and what makes a report ready."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import cv2
import pytest

from orga_app.demo.tickets import ticket_image
from orga_app.readiness.camera import camera_line
from orga_app.readiness.lines import CheckLine, Level, Readiness, text
from orga_app.readiness.local import download_line, kiosk_line, outbox_line
from orga_app.readiness.server import (
    ServerFacts,
    attendees_line,
    clock_line,
    clock_offset,
    parse_http_date,
    rights_line,
)
from orga_app.readiness.usb import scanner_test, usb_scanner_line
from orga_app.scan.scanner_setup import (
    PROBLEM_SETTING,
    SCANNER_TEST_CODE,
    Outcome,
    ScannerState,
)
from orga_app.settings import Settings
from orga_app.store.attendees import Counts
from orga_app.store.events import EventInfo
from orga_app.sync.openevent.access import Role

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
EVENT = EventInfo("1", "ev1", "Door Days", None, None, "UTC", False, None)


def downloaded(ago: timedelta) -> EventInfo:
    return replace(EVENT, last_full_download_at=(NOW - ago).isoformat())


@pytest.mark.parametrize(
    ("ago", "level"),
    [
        (timedelta(minutes=59), Level.GREEN),
        (timedelta(hours=1), Level.AMBER),
        (timedelta(hours=11, minutes=59), Level.AMBER),
        (timedelta(hours=12), Level.RED),
    ],
)
def test_the_download_turns_amber_after_an_hour_and_red_after_twelve(
    ago: timedelta, level: Level
) -> None:
    assert download_line(downloaded(ago), NOW).level is level


def test_never_downloaded_is_red_and_a_local_list_green() -> None:
    never = download_line(EVENT, NOW)
    assert never.level is Level.RED and "Never downloaded" in str(never.detail)
    assert download_line(replace(EVENT, is_local=True), NOW).level is Level.GREEN


def test_a_few_missing_attendees_are_amber_many_red_and_equal_green() -> None:
    assert attendees_line(200, ServerFacts(count=200)).level is Level.GREEN
    assert attendees_line(195, ServerFacts(count=200)).level is Level.AMBER
    many = attendees_line(150, ServerFacts(count=200))
    assert many.level is Level.RED and str(many.detail).startswith("50 attendee(s)")
    gone = attendees_line(210, ServerFacts(count=200))
    assert gone.level is Level.AMBER and "no longer on the server" in str(gone.detail)


@pytest.mark.parametrize(
    ("role", "level", "words"),
    [
        (Role.ADMIN, Level.GREEN, "server admin: scan time"),
        (Role.COORGANIZER, Level.GREEN, "registration station"),
        (Role.REGISTRAR, Level.RED, "registrar for “Door Days”"),
        (Role.NONE, Level.RED, "no role in “Door Days”"),
    ],
)
def test_the_role_decides_the_upload_path(role: Role, level: Level, words: str) -> None:
    line = rights_line(ServerFacts(role=role, role_asked=True), None, "Door Days")
    assert line.level is level and words in str(line.detail)


def test_offline_the_stored_role_still_tells_an_account_that_can_never_upload() -> None:
    offline = ServerFacts(problem="no connection")
    assert rights_line(offline, Role.REGISTRAR, "X").level is Level.RED
    assert rights_line(offline, Role.OWNER, "X").level is Level.AMBER
    assert rights_line(offline, None, "X").level is Level.AMBER
    signed_out = rights_line(ServerFacts(problem="expired", signed_out=True), Role.ADMIN, "X")
    assert signed_out.level is Level.RED and str(signed_out.fix) == "Sign in again."


def test_the_clock_offset_is_read_from_the_date_header_against_the_requests_middle() -> None:
    sent = datetime(2026, 12, 1, 8, 0, 0, tzinfo=UTC)
    received = sent + timedelta(seconds=1)
    # the server says 08:10:00 (whole seconds): 10 min ahead, less the half-second in flight
    offset = clock_offset("Tue, 01 Dec 2026 08:10:00 GMT", sent, received)
    assert offset == pytest.approx(600.0)
    assert clock_line(ServerFacts(clock_offset_s=offset)).level is Level.RED
    assert clock_line(ServerFacts(clock_offset_s=-61)).level is Level.AMBER
    assert clock_line(ServerFacts(clock_offset_s=59)).level is Level.GREEN


@pytest.mark.parametrize(
    "header", [None, "", "yesterday", "Tue, 99 Foo 2026 99:99:99 GMT", "x" * 10_000, "\x1b[2J"]
)
def test_a_missing_or_hostile_date_header_is_no_offset_and_no_crash(header: str | None) -> None:
    now = datetime.now(UTC)
    assert parse_http_date(header) is None
    assert clock_offset(header, now, now) is None
    line = clock_line(ServerFacts(problem="the server's answer has no readable Date"))
    assert line.level is Level.AMBER and "no readable Date" in str(line.detail)


def test_a_kiosk_without_a_pin_is_red_only_where_a_kiosk_runs() -> None:
    assert kiosk_line("", kiosk_used=True).level is Level.RED
    assert kiosk_line("", kiosk_used=False).level is Level.NOT_TESTED
    assert kiosk_line("pbkdf2$1$00$00", kiosk_used=True).level is Level.GREEN


def test_waiting_refused_and_paused_uploads() -> None:
    assert outbox_line(Counts(10, 2, 0, 0), None).level is Level.GREEN
    assert outbox_line(Counts(10, 2, 3, 0), None).level is Level.AMBER
    refused = outbox_line(Counts(10, 2, 0, 1), None)
    assert refused.level is Level.AMBER and "Problems" in str(refused.fix)
    paused = outbox_line(Counts(10, 2, 3, 0), "sign in again")
    assert paused.level is Level.RED and "sign in again" in str(paused.detail)


def test_ready_means_no_red_line_amber_and_not_tested_do_not_block() -> None:
    def line(level: Level) -> CheckLine:
        return CheckLine(level.value, level, text("t"), text("d"))

    assert Readiness("1", [line(Level.GREEN), line(Level.AMBER), line(Level.NOT_TESTED)]).ready
    assert not Readiness("1", [line(Level.GREEN), line(Level.RED)]).ready


def test_the_usb_scanner_line_reads_the_saved_set_up(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    assert usb_scanner_line(scanner_test(settings)).level is Level.NOT_TESTED
    settings.set(PROBLEM_SETTING, "nothing_received")
    failed = usb_scanner_line(scanner_test(settings))
    assert failed.level is Level.AMBER and "nothing arrived" in str(failed.detail)
    tested = ScannerState(Outcome.TESTED, ("terminator_none", "doubled", "layout_us_as_de"))
    line = usb_scanner_line(tested)
    assert line.level is Level.GREEN
    assert str(line.detail) == (
        "Set up: sends no Enter (a pause ends each code); sends each code twice (taken once); "
        "US keyboard layout read as German (corrected)."
    )


def test_the_camera_line_reads_the_printable_test_ticket_from_an_image(tmp_path: Path) -> None:
    path = tmp_path / "test-ticket.png"
    image = ticket_image(SCANNER_TEST_CODE, "Orga App test ticket", "Scanner and camera test")
    assert cv2.imwrite(str(path), image)
    line = camera_line(str(path), "zxing")
    assert line.level is Level.GREEN
    assert str(line.detail) == "Opens and reads the printable test ticket."
    missing = camera_line(str(tmp_path / "nothing.png"), "zxing")
    assert missing.level is Level.RED and "Does not open" in str(missing.detail)
    assert camera_line("none", "zxing").level is Level.NOT_TESTED
