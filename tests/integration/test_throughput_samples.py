"""Each sync run against the real demo server leaves a sample of whether the server answered and
how many check-ins waited (issue 15: minutes offline, uploads waiting over time)."""

from __future__ import annotations

from sqlalchemy import select

from orga_app.demo.server import DemoServer
from orga_app.store.models import SYNC_SAMPLE
from tests.integration.test_sync_engine import EVENT, FIRST_SCAN, Door, pick_attendees


def test_sync_runs_record_reachability_and_waiting_uploads(
    door: Door, demo_server: DemoServer
) -> None:
    ((_, code),) = pick_attendees(demo_server, 1, "a.is_checked_in = 0")
    door.scan(code, FIRST_SCAN)
    demo_server.set_faults(drop_after_rate=1.0)  # the connection drops: the door is "offline"
    lost = door.engine.run(EVENT, download=False)
    assert lost.transient
    demo_server.set_faults(drop_after_rate=0.0)
    done = door.engine.run(EVENT, download=False)
    assert done.pending == 0 and done.error is None
    with door.store.read() as conn:
        samples = conn.execute(
            select(SYNC_SAMPLE.c.reachable, SYNC_SAMPLE.c.waiting).order_by(SYNC_SAMPLE.c.id)
        ).all()
    assert [(bool(r), int(w)) for r, w in samples][-2:] == [(False, 1), (True, 0)]


def test_a_server_that_answers_with_errors_is_reachable_not_offline(
    door: Door, demo_server: DemoServer
) -> None:
    """503 on every request: uploads wait, but the server answers. That is not "offline"
    minutes, and it is what the stuck-uploads alert is for."""
    ((_, code),) = pick_attendees(demo_server, 1, "a.is_checked_in = 0")
    door.scan(code, FIRST_SCAN)
    demo_server.set_faults(down=True)
    failed = door.engine.run(EVENT, download=False)
    assert failed.transient and failed.pending == 1
    with door.store.read() as conn:
        last = conn.execute(
            select(SYNC_SAMPLE.c.reachable, SYNC_SAMPLE.c.waiting)
            .order_by(SYNC_SAMPLE.c.id.desc())
            .limit(1)
        ).one()
    assert (bool(last[0]), int(last[1])) == (True, 1)
