"""The upload under trouble: lost answers, expired tokens, 403/404/422, and a storm of faults.

Every check reads the server's own rows (/_demo/attendees, its SQLite file) and its count of
applied PATCHes, so a duplicate or a lost check-in cannot hide behind the client's report.
"""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path
from typing import Literal

import jwt
import pytest

from orga_app.demo.data import ADMIN_EMAIL, DEMO_EMAIL, DEMO_PASSWORD
from orga_app.demo.server import DemoServer
from orga_app.store import outbox
from tests.integration.test_sync_engine import (
    DEVICE,
    EVENT,
    FIRST_SCAN,
    Door,
    local_attendee,
    open_door,
    outbox_by_attendee,
    pick_attendees,
    server_row,
    server_sql,
    times_of,
)

# Came, left again: a history a blindly repeated check-in would wipe
# (docs/open-event-api.md PATCH rule 4).
WITH_HISTORY = "a.checkin_times IS NOT NULL AND a.is_checked_in = 0"


@pytest.mark.parametrize("duplicate", ["replace", "reject"])
def test_lost_patch_answer_neither_duplicates_nor_wipes_history(
    door: Door, demo_server: DemoServer, duplicate: Literal["replace", "reject"]
) -> None:
    ((aid, code),) = pick_attendees(demo_server, 1, WITH_HISTORY)
    history = times_of(server_row(demo_server, aid))
    assert history
    demo_server.set_faults(duplicate_checkin=duplicate, drop_after_rate=1.0)
    when = door.scan(code, FIRST_SCAN)

    lost = door.engine.run(EVENT, download=False)
    assert lost.transient and lost.pending == 1 and lost.uploaded == 0
    # The server did apply it; the client cannot know, so the row stays `sending`.
    assert times_of(server_row(demo_server, aid)) == [*history, when]
    assert [r["state"] for r in outbox_by_attendee(door.store, aid)] == ["sending"]

    demo_server.set_faults(drop_after_rate=0.0)
    report = door.engine.run(EVENT)
    assert (report.uploaded, report.pending, report.failed, report.error) == (1, 0, 0, None)
    row = server_row(demo_server, aid)
    assert times_of(row) == [*history, when]
    assert row["device_name_checkin"].split(",")[-1] == DEVICE
    # One PATCH applied in all: the second sync verified with a GET and sent nothing.
    assert demo_server.stats == {aid: 1}


def test_row_left_sending_stays_verified_through_failed_verify_reads(
    door: Door, demo_server: DemoServer
) -> None:
    ((aid, code),) = pick_attendees(demo_server, 1, WITH_HISTORY)
    history = times_of(server_row(demo_server, aid))
    demo_server.set_faults(drop_after_rate=1.0)
    when = door.scan(code, FIRST_SCAN)
    assert door.engine.run(EVENT, download=False).pending == 1
    # Every request now fails with one of 500/502/503/429 (seeded, so the same each run).
    demo_server.set_faults(drop_after_rate=0.0, error_rate=1.0, seed=5)
    for _ in range(30):
        assert door.engine.run(EVENT, download=False).pending == 1
        # The check-in did reach the server: nothing may ever send it again unverified.
        if outbox_by_attendee(door.store, aid)[0]["state"] != "sending":
            break
    demo_server.set_faults(error_rate=0.0)
    assert door.engine.run(EVENT, download=False).pending == 0
    assert times_of(server_row(demo_server, aid)) == [*history, when]
    assert demo_server.stats == {aid: 1}


def test_expired_access_token_is_refreshed_mid_sync(
    tmp_path: Path, demo_server: DemoServer
) -> None:
    demo_server.set_faults(token_lifetime=1)
    door = open_door(tmp_path / "door", demo_server)
    try:
        picked = pick_attendees(demo_server, 4)
        scanned = {
            aid: door.scan(code, FIRST_SCAN + timedelta(seconds=n))
            for n, (aid, code) in enumerate(picked)
        }
        tokens = door.client.tokens
        assert tokens is not None and tokens.refresh
        expires = jwt.decode(tokens.access, options={"verify_signature": False})["exp"]
        deadline = time.monotonic() + 10
        while time.time() <= expires + 0.05:
            assert time.monotonic() < deadline, "the access token never expired"
            time.sleep(0.05)
        demo_server.set_faults(token_lifetime=None)

        report = door.engine.run(EVENT)
        assert (report.uploaded, report.pending, report.error, report.paused) == (
            len(picked),
            0,
            None,
            None,
        )
        refreshed = door.client.tokens
        assert refreshed is not None and refreshed.access != tokens.access
        for aid, when in scanned.items():
            assert server_row(demo_server, aid)["checkin_times"] == when
        assert demo_server.stats == dict.fromkeys(scanned, 1)
    finally:
        door.close()


def test_403_pauses_uploads_with_a_clear_message_and_keeps_the_rows(
    tmp_path: Path, demo_server: DemoServer
) -> None:
    # A server admin's door (its check-ins go up as attendee PATCHes) whose admin rights are
    # taken away on the server mid-event: every PATCH is now a 403.
    door = open_door(tmp_path / "door", demo_server, email=DEMO_EMAIL)
    try:
        (first_aid, first_code), *picked = pick_attendees(demo_server, 4)
        door.scan(first_code, FIRST_SCAN)
        assert door.engine.run(EVENT, download=False).uploaded == 1  # the role is known: admin
        server_sql(demo_server, "UPDATE users SET is_admin = 0 WHERE email = ?", (DEMO_EMAIL,))
        scanned = {
            aid: door.scan(code, FIRST_SCAN + timedelta(seconds=n + 1))
            for n, (aid, code) in enumerate(picked)
        }
        report = door.engine.run(EVENT)
        assert report.paused and "not allowed" in report.paused
        assert "Only admin or that user itself" in report.paused
        assert (report.uploaded, report.failed, report.pending) == (0, 0, len(picked))
        assert not report.transient
        with door.store.read() as conn:
            waiting = outbox.unsent(conn, EVENT)
        assert {r.attendee_id for r in waiting} == set(scanned)
        assert {r.state.value for r in waiting} == {"queued"}

        # Still paused on the next run: nothing is sent until a person acts.
        assert door.engine.run(EVENT, download=False).paused
        assert demo_server.stats == {first_aid: 1}  # only the check-in made while still admin

        door.client.login(ADMIN_EMAIL, DEMO_PASSWORD)
        resumed = door.engine.run(EVENT, resume=True)
        assert (resumed.uploaded, resumed.pending, resumed.paused) == (len(picked), 0, None)
        for aid, when in scanned.items():
            assert server_row(demo_server, aid)["checkin_times"] == when
    finally:
        door.close()


def test_404_fails_that_row_marks_the_attendee_deleted_and_delivers_the_rest(
    door: Door, demo_server: DemoServer
) -> None:
    (gone, gone_code), *others = pick_attendees(demo_server, 3)
    door.scan(gone_code, FIRST_SCAN)
    scanned = {
        aid: door.scan(code, FIRST_SCAN + timedelta(seconds=n + 1))
        for n, (aid, code) in enumerate(others)
    }
    server_sql(
        demo_server,
        "UPDATE attendees SET deleted_at = '2026-11-26T10:00:00+00:00' WHERE id = ?",
        (gone,),
    )
    report = door.engine.run(EVENT, download=False)
    assert (report.uploaded, report.failed, report.pending) == (len(others), 1, 0)
    (row,) = outbox_by_attendee(door.store, gone)
    assert row["state"] == "failed"
    assert f"TicketHolder: {gone} not found" in row["last_error"]
    assert local_attendee(door.store, gone)["deleted"]
    for aid, when in scanned.items():
        assert server_row(demo_server, aid)["checkin_times"] == when


def break_device_list(server: DemoServer, attendee_id: int) -> None:
    """Two check-in times but one device: the server refuses the next check-in with 422."""
    server_sql(
        server,
        "UPDATE attendees SET checkin_times = ?, device_name_checkin = 'old-door',"
        " is_checked_in = 0 WHERE id = ?",
        ("2026-11-26T08:00:00+00:00,2026-11-26T08:30:00+00:00", attendee_id),
    )


def test_422_for_misaligned_lists_is_recovered_with_the_history_kept(
    door: Door, demo_server: DemoServer
) -> None:
    """The demo answers this 422 with the real server's words, so the upload recovers it as it
    does on the real server: the scan time gets there, the older times stay."""
    (first, code_a), (second, code_b), (fine, code_c) = pick_attendees(demo_server, 3)
    for aid in (first, second):
        break_device_list(demo_server, aid)
    when_a = door.scan(code_a, FIRST_SCAN)
    when_b = door.scan(code_b, FIRST_SCAN + timedelta(seconds=1))
    when_c = door.scan(code_c, FIRST_SCAN + timedelta(seconds=2))

    report = door.engine.run(EVENT, download=False)
    assert (report.uploaded, report.failed, report.pending) == (3, 0, 0)
    assert server_row(demo_server, fine)["checkin_times"] == when_c
    for aid, when in ((first, when_a), (second, when_b)):
        row = server_row(demo_server, aid)
        assert times_of(row) == ["2026-11-26T08:00:00+00:00", "2026-11-26T08:30:00+00:00", when]
        assert len(row["device_name_checkin"].split(",")) == 3  # lined up again
    assert demo_server.stats == {fine: 1, first: 1, second: 1}


def test_a_refused_row_is_retried_after_a_repair_or_discarded(
    door: Door, demo_server: DemoServer
) -> None:
    (retried, code_a), (discarded, code_b) = pick_attendees(demo_server, 2)
    when_a = door.scan(code_a, FIRST_SCAN)
    door.scan(code_b, FIRST_SCAN + timedelta(seconds=1))
    hide = "UPDATE attendees SET deleted_at = '2026-11-26T10:00:00+00:00' WHERE id IN (?, ?)"
    server_sql(demo_server, hide, (retried, discarded))

    report = door.engine.run(EVENT, download=False)
    assert (report.uploaded, report.failed, report.pending) == (0, 2, 0)
    with door.store.read() as conn:
        problems = {row.attendee_id: row for row, _ in outbox.problems(conn, EVENT)}
    assert set(problems) == {retried, discarded}
    for aid, row in problems.items():
        assert f"TicketHolder: {aid} not found" in (row.last_error or "")

    # A person restores one attendee on the server and retries; drops the other.
    server_sql(demo_server, "UPDATE attendees SET deleted_at = NULL WHERE id = ?", (retried,))
    with door.store.write() as conn:
        assert outbox.retry(conn, [problems[retried].id]) == 1
        assert outbox.discard(conn, [problems[discarded].id]) == 1
    again = door.engine.run(EVENT, download=False)
    assert (again.uploaded, again.failed, again.pending) == (1, 0, 0)
    assert times_of(server_row(demo_server, retried))[-1] == when_a
    assert [r["state"] for r in outbox_by_attendee(door.store, discarded)] == ["discarded"]
    assert demo_server.stats == {retried: 1}


STORM_CHECKINS = 2000


def checkin_times(server: DemoServer, ids: list[int]) -> dict[int, list[str]]:
    marks = ",".join("?" * len(ids))
    rows = server_sql(
        server, f"SELECT id, checkin_times FROM attendees WHERE id IN ({marks})", tuple(ids)
    )
    return {int(i): t.split(",") if t else [] for i, t in rows}


@pytest.mark.slow
def test_2000_checkins_through_30_percent_faults_arrive_exactly_once(tmp_path: Path) -> None:
    with DemoServer(tmp_path / "big-server.db", attendees=2400, seed=11) as server:
        door = open_door(tmp_path / "door", server, workers=8, timeout=5.0)
        try:
            # Not inside right now: some never came, some came and left (a history to keep).
            picked = pick_attendees(server, STORM_CHECKINS, "a.is_checked_in = 0")
            before = checkin_times(server, [aid for aid, _ in picked])
            assert sum(1 for times in before.values() if times) > 20
            scanned = {
                aid: door.scan(code, FIRST_SCAN + timedelta(seconds=n, microseconds=n))
                for n, (aid, code) in enumerate(picked)
            }
            server.set_faults(
                error_rate=0.15, drop_before_rate=0.075, drop_after_rate=0.075, seed=3
            )
            runs = 0
            pending = STORM_CHECKINS
            # 429s stop a whole run (the server asks us to slow down), so many short runs.
            while pending and runs < 400:
                report = door.engine.run(EVENT, download=False)
                assert report.failed == 0 and report.paused is None, report
                pending, runs = report.pending, runs + 1
            assert pending == 0, f"{pending} check-ins still queued after {runs} runs"
            assert runs > 1  # the faults really hit

            after = checkin_times(server, list(scanned))
            wrong = {aid for aid, when in scanned.items() if after[aid] != [*before[aid], when]}
            assert not wrong, f"{len(wrong)} attendees with a lost, repeated or wiped time"
            # A verify is a GET: each attendee got exactly the one check-in PATCH made here.
            assert server.stats == dict.fromkeys(scanned, 1)
        finally:
            door.close()
