"""The ONLINE verdict at a pretix-type door (issue 11), over loopback against the real servers.

Run: python bench/bench_pretix_online.py [--scans 200]
Each fixture of ../shared/real-servers (pretix 2026, eventyay-tickets; tests/real_pretix/
servers.py) seeded with 1,000 tickets; a door that downloaded them and chose "Main entrance";
then N scans of fresh tickets through the same CheckInService a camera scan uses, with the
backend's online check at the app's default budget (settings: online_budget, 1.5 s): the
server's redeem, the ticket refreshed in the store, one durable write (no upload row). Then the
same N again (the server answers already redeemed). Scans the budget did not cover are counted
(they got the local verdict). A note instead when the shared fixtures are absent.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pretix import fresh_tickets, started
from machine import LoadWatch, filesystem, pct, utc_stamp

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, Source, Verdict
from orga_app.store import door_lists
from orga_app.store.db import Store
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.engine import SyncEngine
from orga_app.sync.pretix.backend import PretixBackend
from orga_app.sync.pretix.client import PretixClient, ServerKind
from orga_app.sync.pretix.download import list_row
from tests.real_pretix.servers import RealPretix


def measure(server: RealPretix, scans: int, workdir: Path) -> list[str]:
    store = Store(workdir / f"{server.kind.value}.sqlite")
    client = PretixClient(server.url, organizer=server.organizer, token=server.token)
    engine = SyncEngine(store, PretixBackend(client, server.organizer))
    event_id = door_lists.pretix_event_id(server.organizer, server.event)
    engine.refresh_events()
    with store.write() as conn:
        lists = [list_row(x) for x in client.checkin_lists(server.event)]
        door_lists.replace_checkin_lists(conn, event_id, lists)
        door_lists.choose_door_list(conn, event_id, server.main_list)
    engine.download(event_id)
    service = CheckInService(
        StoreCheckInRepository(store), lambda: "bench-door", online=engine.online_check
    )
    fresh = [secret for _, secret in fresh_tickets(store, event_id)][:scans]
    assert len(fresh) == scans, len(fresh)
    rows: list[str] = []
    try:
        for label, expected in (
            ("online entry", Verdict.CHECKED_IN),
            ("online repeat → already redeemed", Verdict.ALREADY_CHECKED_IN),
        ):
            took: list[float] = []
            local = 0
            for secret in fresh:
                start = time.perf_counter()
                result = service.scan(event_id, secret, Mode.CHECK_IN, Source.CAMERA)
                took.append((time.perf_counter() - start) * 1000)
                assert result.verdict is expected, result
                local += not result.by_server
            note = f"; {local} got the local verdict (no answer in the budget)" if local else ""
            rows.append(
                f"| {server.kind.value}: {label}, {len(took)} scans{note} "
                f"| {pct(took, 50):.1f} ms | {pct(took, 95):.1f} ms | {max(took):.1f} ms |"
            )
    finally:
        engine.close()
        store.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scans", type=int, default=200)
    args = parser.parse_args()
    print(
        "### Online verdict at a pretix-type door over loopback (real fixtures, 1,000 tickets; "
        f"`python bench/bench_pretix_online.py --scans {args.scans}`)\n"
    )
    watch = LoadWatch()
    rows: list[str] = []
    kinds = [ServerKind.PRETIX, ServerKind.EVENTYAY_TICKETS]
    with tempfile.TemporaryDirectory() as tmp, started(kinds, 1000) as running:
        for kind in kinds:
            if kind not in running:
                rows.append(f"| {kind.value}: not run (no fixture in ../shared) | | | |")
                continue
            rows += measure(running[kind], args.scans, Path(tmp))
    watch.stop()
    print(
        "Each scan: CheckInService.scan as a camera scan calls it, with the server's redeem "
        "over HTTP on loopback (no added latency; gunicorn, 1 worker, SQLite, on the same 2 "
        "cores), the ticket refreshed in the store and one durable write into a SQLite store in "
        f"{Path(tmp).parent}: {filesystem(Path(tmp).parent)}. Both fixtures started at once "
        f"(not counted). Run {utc_stamp()}; {watch.text()}.\n"
    )
    print("| measure | p50 | p95 | max |")
    print("|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
