"""The door's chosen check-in list vanishes on the server (an organizer deleted it) while scans
wait in the outbox: a scan that carries its own list that still exists goes up; a scan with no
list of its own (queued before schema v9) waits for the door to choose again; a scan made for
the vanished list is kept under Problems (its attendee stays admissible). Both real servers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from orga_app.core.list_rules import CheckinListRules
from orga_app.store import door_lists, outbox
from orga_app.store.models import OutboxAction, OutboxState
from orga_app.sync.pretix.backend import NO_LIST
from orga_app.sync.pretix.download import list_row
from tests.real_pretix.conftest import TicketPool, client_for
from tests.real_pretix.servers import RealPretix
from tests.real_pretix.test_backend_real import open_door
from tests.real_pretix.test_client_real import position_now

# A list id no fixture ever gives out: the list "the organizer deleted".
GONE_LIST = 987_654


def test_rows_with_a_list_that_still_exists_go_when_the_door_list_vanished(
    tmp_path: Path, server: RealPretix, tickets: TicketPool
) -> None:
    door = open_door(tmp_path, server, server.main_list)
    try:
        own_list, no_list, gone_list = tickets.take(3)
        scanned = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)
        with client_for(server) as reader:
            lists = [list_row(x) for x in reader.checkin_lists(server.event)]
        gone = door_lists.CheckinListRow(CheckinListRules(id=GONE_LIST, name="Side door"))
        with door.store.write() as conn:
            # The door worked on a list the server had then; the organizer deleted it since.
            door_lists.replace_checkin_lists(conn, door.event_id, [*lists, gone])
            door_lists.choose_door_list(conn, door.event_id, GONE_LIST)
            for ticket, list_id in (
                (own_list, server.main_list),
                (no_list, None),
                (gone_list, GONE_LIST),
            ):
                outbox.enqueue(
                    conn, door.event_id, ticket.id, OutboxAction.CHECK_IN,
                    scanned.isoformat(), "Door A", list_id=list_id,
                )  # fmt: skip
        # The real download finds the door's list gone and unsets the choice.
        assert door.engine.download(door.event_id).incomplete is None
        with door.store.read() as conn:
            assert door_lists.door_list_id(conn, door.event_id) is None

        report = door.engine.run(door.event_id, download=False)

        assert (report.uploaded, report.failed, report.pending) == (1, 1, 1), report
        assert report.paused == NO_LIST  # the door is told to choose a list again
        with client_for(server) as reader:
            sent = position_now(reader, server, own_list.secret)
            held = position_now(reader, server, no_list.secret)
        assert [c.at for c in sent.checkins_on(server.main_list)] == [scanned]
        assert held.checkins == ()
        with door.store.read() as conn:
            [waiting] = outbox.unsent(conn, door.event_id)
            [(refused, _)] = outbox.problems(conn, door.event_id)
        assert (waiting.attendee_id, waiting.state) == (no_list.id, OutboxState.QUEUED)
        assert waiting.last_error == NO_LIST
        assert refused.attendee_id == gone_list.id
        assert refused.last_error is not None and "gone from the server" in refused.last_error
        # Not "unknown ticket": the ticket itself is fine and still admitted at the door.
        assert door.attendee_by_code(gone_list.secret) == (gone_list.id, False)

        # The door chooses the main entrance again: the waiting row goes there.
        with door.store.write() as conn:
            door_lists.choose_door_list(conn, door.event_id, server.main_list)
        again = door.engine.run(door.event_id, download=False, resume=True)
        assert (again.uploaded, again.pending, again.paused) == (1, 0, None), again
        with client_for(server) as reader:
            late = position_now(reader, server, no_list.secret)
        assert [c.at for c in late.checkins_on(server.main_list)] == [scanned]
    finally:
        door.engine.close()
