"""Search per keystroke as the attendee page does it, cold and warm, until the table repainted.

Run: python bench/bench_search.py [--attendees 100000] [--children 6]
One store of N attendees (bench_store.make_rows: accented names) is written first. Then each
child is a fresh interpreter (the cold case: no SQLite page cache, no statement caches) that
builds the real AttendeesPage (offscreen, shown) over that file with its own TaskRunner and
types whole queries into the search box with real key events, one character at a time, each
after the previous one's table has repainted (a typist slower than the page's debounce, so
every prefix is searched). Per keystroke: query = queries.attendee_page on the pool thread
(the page's connection handling, first page of 200); repainted = from
the moment the debounce fires (AttendeesPage._apply_filter) to the end of the table
viewport's paint after the model reset. The count a full page asks for next (the total label)
is timed on its own. "cold" is each child's first keystroke; the page's
own first load (the empty query, on opening the event) is reported apart.
Targets (issue 13): query ≤ 2 ms, repainted ≤ 16 ms, p95, cold and warm.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import QUERIES, make_rows
from machine import LoadWatch, pct, utc_stamp

from orga_app.store import attendees
from orga_app.store.db import Store, begin_bulk_load, end_bulk_load
from orga_app.store.events import upsert_events, upsert_tickets

TARGET_QUERY_MS = 2.0
TARGET_PAINTED_MS = 16.0
EVENT_ID = "1"


def make_store(path: Path, n: int) -> None:
    store = Store(path)
    with store.write() as conn:
        upsert_events(conn, [{"id": EVENT_ID, "name": "Bench", "timezone": "UTC"}])
        upsert_tickets(conn, [{"id": t, "event_id": EVENT_ID, "name": f"T{t}"} for t in (1, 2, 3)])
        begin_bulk_load(conn, "bench")
    rows, _ = make_rows(n, EVENT_ID, random.Random(42))
    for start in range(0, n, 5000):
        with store.write() as conn:
            attendees.upsert(conn, rows[start : start + 5000])
    with store.write() as conn:
        end_bulk_load(conn)
    store.close()


def child(path: Path, words: list[str]) -> list[dict[str, Any]]:
    """In a fresh interpreter: the page over `path`, `words` typed; one record per query."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from orga_app.core.checkin import CheckInService
    from orga_app.store import queries
    from orga_app.store.repository import StoreCheckInRepository
    from orga_app.ui import attendees as page_module
    from orga_app.ui import theme
    from orga_app.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    theme.apply(app)
    records: list[dict[str, Any]] = []
    current: dict[str, Any] = {}
    counts: list[float] = []  # the count queries a full first page asks next
    real_rows, real_count = queries.attendees_after, queries.attendee_count
    real_apply = page_module.AttendeesPage._apply_filter

    def timed_rows(*args: Any, **kwargs: Any) -> Any:  # runs on the pool thread
        start, cpu = time.perf_counter(), time.thread_time()
        answer = real_rows(*args, **kwargs)
        if kwargs.get("offset") == 0:  # the query's first page, not scrolling
            current["query_ms"] = (time.perf_counter() - start) * 1000
            current["cpu_ms"] = (time.thread_time() - cpu) * 1000  # this thread's own CPU
        return answer

    def timed_count(*args: Any, **kwargs: Any) -> int | None:  # runs on the pool thread
        start = time.perf_counter()
        answer = real_count(*args, **kwargs)
        if answer is not None:  # None: stopped, a newer query came
            counts.append((time.perf_counter() - start) * 1000)
        return answer

    def timed_apply(self: Any) -> None:
        current.clear()
        current["query"] = self.search.text().strip()
        current["started"] = time.perf_counter()
        real_apply(self)

    queries.attendees_after = timed_rows
    queries.attendee_count = timed_count
    page_module.AttendeesPage._apply_filter = timed_apply  # type: ignore[method-assign]

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.loop: QEventLoop | None = None
            self.waiting = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            watched.event(event)  # the viewport paints itself now, as it would have
            if self.waiting and "loaded" in current:
                self.waiting = False
                current["painted"] = time.perf_counter()
                if self.loop is not None:
                    self.loop.quit()
            return True

    store = Store(path)
    service = CheckInService(StoreCheckInRepository(store), lambda: "bench")
    tasks = TaskRunner()
    page = page_module.AttendeesPage(store, service, tasks)
    page.resize(1280, 800)
    page.show()
    watch = Painted()
    page.table.viewport().installEventFilter(watch)
    page.model.loaded.connect(lambda: current.setdefault("loaded", time.perf_counter()))

    def type_key(widget: QWidget, ch: str) -> None:
        """One key press and release carrying `ch` (QTest asserts on keys outside ASCII)."""
        if ch.isascii():
            QTest.keyClick(widget, ch)
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))

    def wait_painted(first: bool) -> None:
        watch.waiting = True
        loop = QEventLoop()
        watch.loop = loop
        QTimer.singleShot(5000, loop.quit)  # never hang the bench on a lost paint
        loop.exec()
        if "painted" in current and "query_ms" in current:
            painted_ms = (current["painted"] - current["started"]) * 1000
            records.append({"query": current["query"], "query_ms": current["query_ms"],
                            "cpu_ms": current["cpu_ms"], "painted_ms": painted_ms,
                            "first": first})  # fmt: skip

    # the page's own first load when the event opens (the empty query)
    current.update(query="", started=time.perf_counter())
    page.set_event(EVENT_ID)
    wait_painted(True)
    records[-1]["opening"] = True
    first = True
    for word in words:
        for ch in word:
            current.clear()  # a paint before this keystroke's query must not count
            type_key(page.search, ch)
            wait_painted(first)
            first = False
        current.clear()
        page.search.clear()
        wait_painted(False)
    tasks.shutdown()
    store.close()
    records.append({"counts": counts})
    return records


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=100_000)
    parser.add_argument("--children", type=int, default=6)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--words", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child, [w for w in args.words.split("|") if w])))
        return
    records: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="orga-bench-search-") as tmp:
        path = Path(tmp) / "search.sqlite"
        make_store(path, args.attendees)
        watch = LoadWatch()
        started = utc_stamp()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        for index in range(args.children):
            words = QUERIES[index :: args.children]
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(path), "--words", "|".join(words)],
                capture_output=True, text=True, env=env, check=True,
            )  # fmt: skip
            records.extend(json.loads(done.stdout.strip().splitlines()[-1]))
        watch.stop()
        profile = profile_queries(path)
    report(args, records, started, watch, profile)


def profile_queries(path: Path) -> str:
    """cProfile of every keystroke's query (the words' prefixes) in this process, warm: the
    top lines by own time, for the "Why not met" paragraph."""
    from orga_app.store import queries

    store = Store(path)
    prefixes = [w[:i] for w in QUERIES for i in range(1, len(w) + 1)]
    for prefix in prefixes:  # warm: the children's cold starts are measured above
        queries.attendees_after(store, EVENT_ID, prefix, offset=0, limit=200)
    profile = cProfile.Profile()
    profile.enable()
    for prefix in prefixes:
        queries.attendees_after(store, EVENT_ID, prefix, offset=0, limit=200)
    profile.disable()
    store.close()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(8)
    lines = out.getvalue().strip().splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    head = next((line.strip() for line in lines if "function calls" in line), "")
    return "\n".join([f"{len(prefixes)} queries: {head}", *lines[start:]])


def report(args: argparse.Namespace, records: list[dict[str, Any]], started: str,
           watch: LoadWatch, profile: str) -> None:  # fmt: skip
    counts = [ms for r in records for ms in r.get("counts", [])]
    records = [r for r in records if "counts" not in r]
    opening = [r for r in records if r.get("opening")]
    cold = [r for r in records if r["first"] and not r.get("opening")]
    warm = [r for r in records if not r["first"]]
    print(
        f"### Search per keystroke on the attendee page ({args.attendees:,} attendees; "
        f"`python bench/bench_search.py --attendees {args.attendees}`)\n"
    )
    print(
        "The real AttendeesPage (offscreen) over a store file, real key presses into its search "
        "box; each keystroke waits for the previous one's table to repaint. Query = "
        "queries.attendees_after on the task pool (a pooled connection, the first page of 200 "
        "rows; a full page then asks for its count, capped at 100,000, listed below); "
        "repainted = debounce fired → table viewport painted after the model "
        f"reset. {args.children} fresh interpreters: cold = each one's first keystroke; the "
        "empty query when the page opens is listed apart. "
        f"Run {started}; {watch.text()}.\n"
    )
    print("| keystrokes | n | query p50 | query p95 | repainted p50 | repainted p95 | target |")
    print("|---|---|---|---|---|---|---|")
    for label, rows, target in (
        ("page opens (empty query, first of the process)", opening, ""),
        ("cold: first keystroke of the process", cold,
         f"≤ {TARGET_QUERY_MS:g} / ≤ {TARGET_PAINTED_MS:g} ms"),
        ("warm: every later keystroke (incl. clearing the box)", warm,
         f"≤ {TARGET_QUERY_MS:g} / ≤ {TARGET_PAINTED_MS:g} ms"),
    ):  # fmt: skip
        if not rows:
            continue
        q = [r["query_ms"] for r in rows]
        p = [r["painted_ms"] for r in rows]
        print(f"| {label} | {len(rows)} | {pct(q, 50):.2f} ms | {pct(q, 95):.2f} ms "
              f"| {pct(p, 50):.1f} ms | {pct(p, 95):.1f} ms | {target} |")  # fmt: skip
    if counts:
        print(
            f"\nThe count behind the total label, asked after a full first page has been shown "
            f"({len(counts)} of {len(records)} queries): p50 {pct(counts, 50):.1f} ms, p95 "
            f"{pct(counts, 95):.1f} ms, max {max(counts):.1f} ms."
        )
    slow = sorted(warm + cold, key=lambda r: -r["query_ms"])[:5]
    print("\nSlowest queries: " + ", ".join(
        f"{r['query']!r} {r['query_ms']:.1f} ms" for r in slow) + ".")  # fmt: skip
    keystrokes = cold + warm
    cpu = [r["cpu_ms"] for r in keystrokes]
    print(
        f"\nThe query's own CPU (the pool thread's time.thread_time, cold and warm together): "
        f"p50 {pct(cpu, 50):.2f} ms, p95 {pct(cpu, 95):.2f} ms."
    )
    met = all(
        pct([r["query_ms"] for r in rows], 95) <= TARGET_QUERY_MS
        and pct([r["painted_ms"] for r in rows], 95) <= TARGET_PAINTED_MS
        for rows in (cold, warm) if rows
    )  # fmt: skip
    if met:
        print("\nTargets met in this run.")
        return
    by_cpu = sorted(keystrokes, key=lambda r: -r["cpu_ms"])[:5]
    print(
        f"\n**Why not met.** Wall time is the query's CPU plus waiting for a core and the GIL "
        f"({watch.text()}); the CPU alone has p95 {pct(cpu, 95):.2f} ms. The most CPU: "
        + ", ".join(f"{r['query']!r} {r['cpu_ms']:.1f} ms" for r in by_cpu)
        + " (a two-letter word the first 1,500 attendees in name order do not answer goes to "
        "the trigram index, whose list of the pair's trigrams counts their documents; a "
        "process's first query also opens the index). Where the warm queries' CPU goes "
        "(cProfile, in this process):\n\n```\n" + profile + "\n```"
    )


if __name__ == "__main__":
    main()
