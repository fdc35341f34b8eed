"""Looking a ticket code up online on a pretix-type event (a ticket the last download did not
have): pretix through checkinrpc/search, eventyay-tickets (which lacks it) through the list's
positions ?search=. Both real servers, a real store, the door's real CheckInService."""

from __future__ import annotations

from pathlib import Path

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, Verdict
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.lookup import LookupOutcome
from orga_app.sync.pretix.client import ServerKind
from orga_app.sync.pretix.lookup import look_up_code
from tests.real_pretix.conftest import TicketPool, client_for
from tests.real_pretix.proxy import ForwardingProxy
from tests.real_pretix.servers import RealPretix
from tests.real_pretix.test_backend_real import open_door


def test_a_ticket_missing_locally_is_found_online_and_checked_in(
    tmp_path: Path, server: RealPretix, tickets: TicketPool, proxy: ForwardingProxy
) -> None:
    door = open_door(tmp_path, server, server.main_list)
    door.engine.close()
    [sold_late] = tickets.take(1)
    with door.store.write() as conn:  # as if sold after this door's download
        conn.exec_driver_sql("DELETE FROM attendee WHERE id = ?", (sold_late.id,))
    service = CheckInService(StoreCheckInRepository(door.store), lambda: "Door A")
    assert service.scan(door.event_id, sold_late.secret, Mode.CHECK_IN).verdict is Verdict.UNKNOWN

    with client_for(server, proxy.url) as client:
        # A prefix of a real secret (the server's search matches prefixes) finds nobody.
        partial = look_up_code(client, door.store, door.event_id, sold_late.secret[:12])
        assert partial is LookupOutcome.NOT_ON_SERVER
        found = look_up_code(client, door.store, door.event_id, sold_late.secret)
    assert found is LookupOutcome.FOUND

    admitted = service.scan(door.event_id, sold_late.secret, Mode.CHECK_IN)
    assert admitted.verdict is Verdict.CHECKED_IN, admitted
    assert admitted.attendee is not None
    assert admitted.attendee.order_identifier == sold_late.order_code
    assert admitted.attendee.order_status == "paid"
    assert admitted.attendee.ticket  # the product's name from the download's products
    searched = [path for _, path in proxy.requests if "search=" in path]
    assert searched
    if server.kind is ServerKind.EVENTYAY_TICKETS:
        assert all(f"/checkinlists/{server.main_list}/positions/" in p for p in searched)
    else:
        assert all("/checkinrpc/search/" in p for p in searched)
