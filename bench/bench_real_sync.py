"""Download, upload and check-in-state refresh against the REAL Open Event server, at 0, 20 and
50 ms per request.

Run: python bench/bench_real_sync.py [--attendees 5000] [--uploads 200]
Starts fossasia/open-event-server on loopback through ../shared/real-servers/open-event-server
(tests/real/oes.py) with a fresh database (not counted). Its seed script commits each order
through the server's models: 233 s for 5,000 attendees in the last run; under cProfile, 400
attendees took 16.4 s, 14.5 s of it in SQLAlchemy session flushes (502 commits, with
sqlalchemy-continuum's versioning hooks). So the start script seeds SEEDED attendees
(incl. the cancelled, pending and identifier-less ones) and the other N - SEEDED are written
straight into the server's PostgreSQL in one statement, shaped like the seed's rows (an order of
1 to 3 attendees, accented names, a 6-hex identifier, Standard or VIP): well under a second. The
server reads every list from the database, so it serves them like any other. The server has no
latency switch, so the app talks to it through a delay line on loopback (latency_proxy.py: every
request reaches the server that long after it was sent). Signed in as admin (the role the server
lets PATCH attendees), for each latency:
- the first download of the event into a new store (SyncEngine.run: pages of 1,000,
  include=order,ticket);
- the upload of check-ins queued by real scans (the sync engine's parallel replay, one PATCH
  each, 16 connections);
then, at 0 ms, the status refresh that shows other doors' check-ins (openevent/refresh.py:
checked-in only, sparse fields), cold and with ETags, next to one sparse read of the whole list.
Prints a Markdown section; prints a note instead when the shared server scripts are absent.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# The real server's start/stop helpers live with the tests that use them.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from latency_proxy import latency_proxy
from machine import LoadWatch, filesystem, utc_stamp

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, Source
from orga_app.store.db import Store
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.engine import SyncEngine
from orga_app.sync.openevent import OpenEventBackend, OpenEventClient
from orga_app.sync.openevent.refresh import STATUS_FIELDS, StatusRefresher
from orga_app.sync.upload import UPLOAD_CONCURRENCY
from tests.real import oes

LATENCIES = (0.0, 0.02, 0.05)
# Attendees the start script seeds through the server's models (its special cases among them).
SEEDED = 40
# First names and family names with accents, as the seed script picks them.
FIRST = ("Ada", "Zoë", "José", "Åsa", "Ngozi", "Priya", "Linh", "Øyvind", "Chidi", "Émile")
LAST = ("Lovelace", "García", "Ødegaard", "Nguyễn", "Okafor", "Müller", "O'Brien", "Sato")


def _sql_text_array(words: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join("'" + w.replace("'", "''") + "'" for w in words) + "]"


def bulk_attendees_sql(event_id: int, count: int) -> str:
    """One statement: `count` completed attendees of the event in new orders of 1, 1, 1, 2, 3
    attendees (the seed's mix), bought by the seed's buyer, each Standard or VIP; prints
    `id|qr` per attendee (QR = order identifier + "-" + attendee identifier, as the server's)."""
    event, n = int(event_id), int(count)
    # Attendee i goes to order (i // 8) * 5 + SLOT[i % 8]: five orders per eight attendees.
    last = n - 1
    orders = (last // 8) * 5 + (0, 1, 2, 3, 3, 4, 4, 4)[last % 8] + 1
    false_columns = (
        "is_checked_in, is_checked_out, is_registered, is_consent_of_refund_policy, "
        "is_consent_form_field, is_consent_form_field_photo, is_consent_form_field_email, "
        "is_badge_printed, is_discount_applied, is_access_code_applied"
    )
    falses = ", ".join(["false"] * len(false_columns.split(",")))
    return f"""
WITH buyer AS (
  SELECT user_id FROM orders WHERE event_id = {event} AND status = 'completed' ORDER BY id LIMIT 1
), kinds AS (
  SELECT array_agg(id ORDER BY id) AS ids FROM tickets
  WHERE event_id = {event} AND name IN ('Standard', 'VIP')
), new_orders AS (
  INSERT INTO orders (identifier, amount, user_id, event_id, created_at, completed_at,
                      is_billing_enabled, status)
  SELECT gen_random_uuid()::text, 0, (SELECT user_id FROM buyer), {event}, now(), now(), false,
         'completed'
  FROM generate_series(1, {orders})
  RETURNING id, identifier
), numbered AS (
  SELECT id, identifier, row_number() OVER (ORDER BY id) - 1 AS slot FROM new_orders
), people AS (
  SELECT i, ({_sql_text_array(FIRST)})[1 + i % {len(FIRST)}] AS fn,
         ({_sql_text_array(LAST)})[1 + (i / {len(FIRST)}) % {len(LAST)}] AS ln,
         (i / 8) * 5 + (ARRAY[0, 1, 2, 3, 3, 4, 4, 4])[1 + i % 8] AS slot
  FROM generate_series(0, {n - 1}) AS i
), holders AS (
  INSERT INTO ticket_holders (firstname, lastname, email, ticket_id, order_id, event_id,
                              identifier, created_at, modified_at, {false_columns})
  SELECT p.fn, p.ln, lower(p.fn) || '.' || lpad(to_hex(p.i), 5, '0') || '@example.net',
         (SELECT ids FROM kinds)[1 + (p.i % 3 = 0)::int], o.id, {event},
         substr(md5(random()::text), 1, 6), now(), now(), {falses}
  FROM people AS p JOIN numbered AS o ON o.slot = p.slot
  RETURNING id, identifier, order_id
)
SELECT h.id || '|' || o.identifier || '-' || h.identifier
FROM holders AS h JOIN numbered AS o ON o.id = h.order_id ORDER BY h.id;
"""


def postgres_port() -> str:
    """The port of the running PostgreSQL cluster the start script uses (its newest `main`)."""
    listed = subprocess.run(
        ["pg_lsclusters", "-h"], capture_output=True, text=True, check=True
    ).stdout
    online = [line.split() for line in listed.splitlines() if " online" in line]
    mains = sorted((row for row in online if row[1] == "main"), key=lambda row: float(row[0]))
    if not mains:
        raise RuntimeError(f"no online PostgreSQL cluster: {listed!r}")
    return mains[-1][2]


def add_attendees(server_port: int, event_id: int, count: int) -> list[str]:
    """Writes `count` more attendees straight into the server's database (the start script names
    it oes_PORT); returns their QR codes. Fails loudly when the rows did not all go in."""
    done = subprocess.run(
        ["runuser", "-u", "postgres", "--", "psql", "-p", postgres_port(),
         "-d", f"oes_{server_port}", "-qAt", "-v", "ON_ERROR_STOP=1"],
        input=bulk_attendees_sql(event_id, count),
        capture_output=True, text=True, encoding="utf-8", timeout=300, check=False,
    )  # fmt: skip
    codes = [line.split("|", 1)[1] for line in done.stdout.splitlines() if "|" in line]
    if done.returncode != 0 or len(codes) != count:
        raise RuntimeError(f"bulk insert gave {len(codes)} of {count}: {done.stderr[-2000:]}")
    return codes


def load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def median_seconds(step: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_refresh(
    store: Store, client: OpenEventClient, event: str, rows: int
) -> tuple[float, float, float]:
    """The status refresh: first run, then the median of 5 (ETags); and the whole list, sparse,
    in pages of 2,000, as the refresh read before (median of 3)."""
    refresher = StatusRefresher(store, client)
    start = time.perf_counter()
    refresher.run(event)
    cold_s = time.perf_counter() - start
    warm_s = median_seconds(lambda: refresher.run(event), 5)

    def whole_list() -> None:
        for number in range(1, rows // 2000 + 2):
            page = client.attendees_page(event, number, 2000, fields=STATUS_FIELDS)
            if not page.has_next:
                return

    return cold_s, warm_s, median_seconds(whole_list, 3)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=5000)
    # 200 PATCHes per latency: over 12 rounds of the 16 connections (300 took 15 s a step).
    parser.add_argument("--uploads", type=int, default=200)
    args = parser.parse_args()
    title = (
        "### Sync against the real Open Event server on loopback "
        f"(`python bench/bench_real_sync.py --attendees {args.attendees} "
        f"--uploads {args.uploads}`)\n"
    )
    if oes.open_event_dir() is None:
        print(title + f"\nNot run: no real server scripts under {oes.real_servers_dir()}.")
        return
    if args.attendees < SEEDED + 3 * args.uploads:
        parser.error(f"--attendees must be at least {SEEDED} + 3 x --uploads")
    watch = LoadWatch()
    t0 = time.perf_counter()
    lines: list[str] = []
    with (
        oes.running(SEEDED) as server,
        tempfile.TemporaryDirectory() as tmp,
        latency_proxy(server.port) as proxy,
    ):
        started = time.perf_counter() - t0
        t0 = time.perf_counter()
        codes = add_attendees(server.port, server.event.id, args.attendees - SEEDED)
        added = time.perf_counter() - t0
        admin = server.account("admin")
        event = server.event_id
        for n, latency in enumerate(LATENCIES):
            proxy.latency = latency
            client = OpenEventClient(proxy.url, timeout=120, max_connections=UPLOAD_CONCURRENCY)
            client.login(admin.email, admin.password)
            store = Store(Path(tmp) / f"door-{n}.sqlite")
            engine = SyncEngine(store, OpenEventBackend(client), workers=UPLOAD_CONCURRENCY)
            engine.refresh_events()
            before = load()
            start = time.perf_counter()
            report = engine.run(event)
            download_s = time.perf_counter() - start
            assert report.error is None, report
            rows = report.downloaded
            # Every attendee of the event came down, the bulk-written ones too (plus the seed's
            # cancelled and pending orders).
            assert rows == args.attendees + 2, rows
            lines.append(
                f"| first download (pages of 1,000, include=order,ticket) | {latency * 1000:.0f} ms"
                f" | {rows:,} | {download_s:.2f} s | **{rows / download_s:,.0f} rows/s** | "
                f"{before} / {load()} |"
            )
            # Each latency checks in other attendees: the server refuses nothing twice.
            service = CheckInService(StoreCheckInRepository(store), lambda: "bench-door")
            for code in codes[n * args.uploads : (n + 1) * args.uploads]:
                service.scan(event, code, Mode.CHECK_IN, Source.CAMERA)
            before = load()
            start = time.perf_counter()
            report = engine.run(event, download=False)
            upload_s = time.perf_counter() - start
            assert report.pending == 0 and report.failed == 0, report
            lines.append(
                f"| upload of queued check-ins ({UPLOAD_CONCURRENCY} connections) | "
                f"{latency * 1000:.0f} ms | {report.uploaded:,} | {upload_s:.2f} s | "
                f"**{report.uploaded / upload_s:,.1f} check-ins/s** | {before} / {load()} |"
            )
            if latency == 0.0:
                refresh = time_refresh(store, client, event, rows)
                checked_in = report.uploaded
            store.close()
            client.close()
    watch.stop()
    print(title)
    print(
        f"Server start (the start script seeding {SEEDED} attendees through the server's models):"
        f" {started:.0f} s; {args.attendees - SEEDED:,} more attendees written straight into its "
        f"PostgreSQL in one statement: {added:.1f} s (neither counted). The fixture is the real "
        "server (Flask, PostgreSQL) on the same 2 cores as the app. Each row: `SyncEngine.run` "
        "as the app runs it, into a new SQLite store on disk (WAL, synchronous=FULL), signed in "
        "as admin; latency added by a delay line on loopback in the bench process; includes the "
        "HTTP round trips, the server's work, parsing and the store's commits. Store in "
        f"{tempfile.gettempdir()}: {filesystem(Path(tempfile.gettempdir()))}. Run {utc_stamp()};"
        f" {watch.text()}. 1-minute load average before / after each step in the table.\n"
    )
    print("| step | latency per request | rows | time | rate | load before / after |")
    print("|---|---|---|---|---|---|")
    print("\n".join(lines))
    cold_s, warm_s, whole_s = refresh
    print(
        f"\nCheck-in-state refresh (0 ms) with {checked_in:,} of {rows:,} checked in: first "
        f"**{cold_s:.2f} s**, then {warm_s:.2f} s (median of 5, ETags); the whole list, sparse, "
        f"in pages of 2,000 as the refresh read before: {whole_s:.2f} s (median of 3). With the "
        f"pull job every 10 s a ticket used at another door shows here within {10 + cold_s:.1f} s."
    )


if __name__ == "__main__":
    main()
