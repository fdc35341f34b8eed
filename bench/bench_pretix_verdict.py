"""The local verdict on a pretix-type event: scan → check-in list rules → one durable write.

Run: python bench/bench_pretix_verdict.py [--positions 20000] [--checkins 2000]
A fresh SQLite store holds one pretix event with N order positions (secrets of 32 characters,
as pretix makes them; 15 % VIP) and two check-in lists; the door scans for "Main entrance"
(all products, pending orders admitted) and then for "VIP lounge" (VIP only). Measured through
the same CheckInService a camera scan uses: a first entry (lookup, list rules, attendee state +
outbox row + scan log in one synchronous=FULL transaction), a repeated scan (already checked
in) and a refusal by the list (a Standard ticket at the VIP lounge, nothing queued).
Target: p95 ≤ 2 ms, as for Open Event events.
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from orga_app.core.checkin import CheckInService
from orga_app.core.list_rules import CheckinListRules, ServerKind
from orga_app.core.verdict import Mode, Source, Verdict
from orga_app.store import attendees, door_lists
from orga_app.store.attendees import AttendeeRow
from orga_app.store.db import Store
from orga_app.store.door_lists import CheckinListRow, pretix_event_id
from orga_app.store.events import upsert_events, upsert_tickets
from orga_app.store.repository import StoreCheckInRepository

EVENT = pretix_event_id("bench", "door2026")
STANDARD, VIP = 1, 2
MAIN, LOUNGE = 1, 2
_SECRET_CHARS = string.ascii_lowercase + string.digits


def make_positions(n: int, rng: random.Random) -> tuple[list[AttendeeRow], list[str]]:
    """N positions and the secrets of the Standard ones."""
    rows: list[AttendeeRow] = []
    standard: list[str] = []
    for i in range(1, n + 1):
        secret = "".join(rng.choice(_SECRET_CHARS) for _ in range(32))
        item = VIP if rng.random() < 0.15 else STANDARD
        if item == STANDARD:
            standard.append(secret)
        rows.append(
            AttendeeRow(
                id=i,
                event_id=EVENT,
                identifier=None,
                order_identifier=f"{rng.getrandbits(25):07X}"[:5],
                ticket_id=item,
                firstname=f"Given{i}",
                lastname=f"Family{i % 997}",
                email=f"person{i}@example.org",
                code=secret,
                order_status="paid",
            )
        )
    return rows, standard


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def timed(service: CheckInService, codes: list[str], expected: Verdict) -> list[float]:
    took: list[float] = []
    for code in codes:
        t0 = time.perf_counter()
        result = service.scan(EVENT, code, Mode.CHECK_IN, Source.CAMERA)
        took.append((time.perf_counter() - t0) * 1000)
        assert result.verdict is expected, result
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--positions", type=int, default=20_000)
    parser.add_argument("--checkins", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite")
        rows, standard = make_positions(args.positions, rng)
        with store.write() as conn:
            upsert_events(conn, [{"id": EVENT, "name": "Bench", "timezone": "UTC"}])
            upsert_tickets(
                conn,
                [
                    {"id": STANDARD, "event_id": EVENT, "name": "Standard"},
                    {"id": VIP, "event_id": EVENT, "name": "VIP"},
                ],
            )
            door_lists.set_server_kind(conn, EVENT, ServerKind.PRETIX)
            door_lists.replace_checkin_lists(
                conn,
                EVENT,
                [
                    CheckinListRow(CheckinListRules(MAIN, "Main entrance", include_pending=True)),
                    CheckinListRow(
                        CheckinListRules(
                            LOUNGE, "VIP lounge", all_products=False, products=frozenset({VIP})
                        )
                    ),
                ],
            )
            door_lists.choose_door_list(conn, EVENT, MAIN)
        for i in range(0, len(rows), 1000):
            with store.write() as conn:
                attendees.upsert(conn, rows[i : i + 1000])
        service = CheckInService(StoreCheckInRepository(store), lambda: "bench-door")
        chosen = rng.sample(standard, args.checkins)
        entry_ms = timed(service, chosen, Verdict.CHECKED_IN)
        again_ms = timed(service, chosen[:500], Verdict.ALREADY_CHECKED_IN)
        with store.write() as conn:
            door_lists.choose_door_list(conn, EVENT, LOUNGE)
        refused_ms = timed(service, rng.sample(standard, 500), Verdict.NOT_ALLOWED)
        store.close()

    n = args.positions
    print(
        f"### Local verdict on a pretix event ({n:,} positions; "
        f"`python bench/bench_pretix_verdict.py --positions {n}`)\n"
    )
    print("| measure | p50 | p95 | target |")
    print("|---|---|---|---|")
    for label, values, target in (
        (f"entry by the Main entrance list (rules + 1 durable transaction), "
         f"{len(entry_ms)} scans", entry_ms, "≤ 2 ms p95"),
        ("repeat scan → already checked in", again_ms, ""),
        ("Standard ticket at the VIP lounge → refused (product)", refused_ms, ""),
    ):  # fmt: skip
        print(f"| {label} | {pct(values, 50):.2f} ms | {pct(values, 95):.2f} ms | {target} |")


if __name__ == "__main__":
    main()
