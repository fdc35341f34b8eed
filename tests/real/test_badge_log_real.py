"""The badge print log against the real Open Event server (issue 12): a print recorded at one
door goes up as is-badge-printed / badge-printed-at through the outbox without touching the
attendee's check-in history (the server refuses a PATCH without checkin-times for a completed
order and replaces the list with what is sent), also for an attendee never checked in; a
second door's download then knows the badge was printed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from orga_app.store import badge_jobs
from tests.real.conftest import AttendeePool
from tests.real.doors import admin_tokens, iso, open_real_door, server_attributes, times_of
from tests.real.oes import RealServer


def test_print_log_reaches_the_server_and_the_history_stays(
    tmp_path: Path, real_server: RealServer, real_attendees: AttendeePool
) -> None:
    inside, never_scanned = real_attendees.take(2)
    tokens = admin_tokens(real_server)
    north = open_real_door(tmp_path / "north", real_server, "Door North", tokens=tokens)
    try:
        scanned_at = north.scan(inside.qr, datetime(2026, 12, 1, 9, 30, 0, 5, tzinfo=UTC))
        printed_at = iso(datetime(2026, 12, 1, 9, 30, 2, tzinfo=UTC))
        with north.store.write() as conn:  # what the print queue records after a print
            for person in (inside, never_scanned):
                job = badge_jobs.add_job(conn, north.event_id, person.id, "Desk", printed_at)
                badge_jobs.record_printed(conn, job, printed_at, "Door North", log_on_server=True)
        report = north.engine.run(north.event_id, download=False)
        assert (report.pending, report.failed) == (0, 0), report
    finally:
        north.close()
    inside_now = server_attributes(real_server, tokens, inside.id)
    assert inside_now["is-badge-printed"] is True
    assert inside_now["badge-printed-at"]
    assert times_of(inside_now["checkin-times"]) == [scanned_at]  # history kept exactly
    assert inside_now["is-checked-in"] is True
    untouched = server_attributes(real_server, tokens, never_scanned.id)
    assert untouched["is-badge-printed"] is True
    assert times_of(untouched["checkin-times"]) == []

    south = open_real_door(tmp_path / "south", real_server, "Door South", tokens=tokens)
    try:
        for person in (inside, never_scanned):
            subject = badge_jobs.subject_of(south.store, person.id)
            assert subject is not None and subject.printed_before
    finally:
        south.close()
