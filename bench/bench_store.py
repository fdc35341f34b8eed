"""Store benchmark: bulk upsert of 100,000 attendees, then 20,000 more (the downloads' store side).

The durable check-in is measured in bench_checkin.py, search per keystroke in bench_search.py.

Run: python bench/bench_store.py [--attendees N]   (prints a Markdown section to stdout)
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import LoadWatch, filesystem, utc_stamp

from orga_app.core.codes import ticket_code
from orga_app.store import attendees
from orga_app.store.attendees import AttendeeRow
from orga_app.store.db import Store, begin_bulk_load, end_bulk_load
from orga_app.store.events import upsert_events, upsert_tickets

FIRST = [
    "Ana",
    "Jürgen",
    "Łukasz",
    "Siobhán",
    "Nguyễn",
    "Yuki",
    "Fatima",
    "Thandiwe",
    "Priya",
    "José",
    "Ingrid",
    "Mohammed",
    "Chloé",
    "Björn",
    "Aarav",
    "Zoë",
    "Kwame",
    "Olga",
]
LAST = [
    "Ødegaard",
    "Müller",
    "Peña",
    "Kowalski",
    "Trần",
    "Tanaka",
    "Al-Hashimi",
    "Dlamini",
    "Sharma",
    "García",
    "Johansson",
    "O'Brien",
    "Nakamura",
    "Schröder",
    "Okafor",
    "Ivanova",
    "Lefèvre",
    "Smith",
    "Novák",
    "Hernández",
]
QUERIES = [
    "ana",
    "müller",
    "muller",
    "odeg",
    "peña",
    "pena",
    "kowal",
    "tanaka",
    "dlamini",
    "sharma",
    "garc",
    "jo",
    "smith",
    "schröder",
    "ivan",
    "nov",
    "lef",
    "priya s",
    "example.org",
    "zz",
]


def make_rows(n: int, event_id: str, rng: random.Random) -> tuple[list[AttendeeRow], list[str]]:
    rows: list[AttendeeRow] = []
    codes: list[str] = []
    for i in range(1, n + 1):
        order = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        ident = f"{rng.getrandbits(24):06x}"
        first, last = rng.choice(FIRST), rng.choice(LAST)
        code = ticket_code(order, ident, i)
        codes.append(code)
        rows.append(
            AttendeeRow(
                id=i,
                event_id=event_id,
                identifier=ident,
                order_identifier=order,
                ticket_id=1 + i % 3,
                firstname=first,
                lastname=last,
                email=f"{first.lower()}.{i}@example.org",
                code=code,
            )
        )
    return rows, codes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=100_000)
    parser.add_argument("--checkins", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(42)
    started = utc_stamp()
    watch = LoadWatch()
    with tempfile.TemporaryDirectory() as tmp:
        where = f"Store in {tmp}: {filesystem(Path(tmp))}"
        store = Store(Path(tmp) / "bench.sqlite")
        with store.write() as conn:
            upsert_events(conn, [{"id": "1", "name": "Bench", "timezone": "UTC"}])
            upsert_tickets(
                conn,
                [
                    {"id": t, "event_id": "1", "name": n}
                    for t, n in ((1, "Free"), (2, "Paid"), (3, "VIP"))
                ],
            )
        rows, _ = make_rows(args.attendees, "1", rng)
        # A first download (sync/engine.py): index upkeep paused, one rebuild at the end.
        start = time.perf_counter()
        with store.write() as conn:
            begin_bulk_load(conn, "bench")
        for i in range(0, len(rows), 1000):  # one transaction per page, as the download does
            with store.write() as conn:
                attendees.upsert(conn, rows[i : i + 1000])
        upserted_s = time.perf_counter() - start
        with store.write() as conn:
            end_bulk_load(conn)
        upsert_s = time.perf_counter() - start
        # Later downloads: new and changed rows keep the index up to date row by row.
        extra, _ = make_rows(20_000, "1", random.Random(43))
        for row in extra:
            row["id"] += args.attendees
        start = time.perf_counter()
        for i in range(0, len(extra), 1000):
            with store.write() as conn:
                attendees.upsert(conn, extra[i : i + 1000])
        incremental_s = time.perf_counter() - start
        start = time.perf_counter()
        with store.write() as conn:
            attendees.upsert(conn, rows[:20_000])
        reupsert_s = time.perf_counter() - start

        store.close()
    watch.stop()

    n = args.attendees
    print(f"### Store ({n:,} attendees; `python bench/bench_store.py --attendees {n}`)\n")
    print(
        f"Bulk upsert of {n:,} new attendees in pages of 1,000 (a first download: index upkeep "
        f"paused): {upserted_s:.2f} s = **{n / upserted_s:,.0f} rows/s** (target ≥ 50,000); "
        f"with the indexes and the trigram index rebuilt at the end: {upsert_s:.2f} s = "
        f"**{n / upsert_s:,.0f} rows/s** all in. 20,000 more new attendees with every index kept "
        f"up row by row: "
        f"{20_000 / incremental_s:,.0f} rows/s. Re-upsert of 20,000 unchanged rows in one "
        f"transaction: {20_000 / reupsert_s:,.0f} rows/s. The store side only (the rows already"
        f" built, no HTTP or parsing: bench_sync.py measures those), WAL, synchronous=FULL."
        f" {where}. Run {started}; {watch.text()}."
    )


if __name__ == "__main__":
    main()
