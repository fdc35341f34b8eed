"""Attendee lists as they arrive at a door: an unclosed quote, a file pasted together from UTF-8
and Windows-1252 halves, line breaks of old Mac Excel. Nothing may be lost without a word."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from orga_app.store import attendees, csvio, events
from orga_app.store.db import Store
from orga_app.store.models import ATTENDEE
from tests.helpers import open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path)
    yield store
    store.close()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def do_import(store: Store, path: Path) -> csvio.ImportReport:
    with store.write() as conn:
        return csvio.import_csv(conn, path, "Door list")


def names(store: Store, event_id: str) -> dict[str, str]:
    with store.read() as conn:
        return {a.code: a.full_name for a in attendees.search(conn, event_id, limit=1000)}


def assert_nothing_imported(store: Store) -> None:
    with store.read() as conn:
        assert events.all_events(conn) == []
        assert conn.execute(select(func.count()).select_from(ATTENDEE)).scalar() == 0


# --- quotes --------------------------------------------------------------------------------------


def test_an_unclosed_quote_fails_with_its_line_instead_of_swallowing_rows(
    store: Store, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "list.csv",
        b'code,Name\nA1,Ana One\nA2,"Bo Two\nA3,Cy Three\nA4,Di Four\nA5,Ed Five\n',
    )
    with pytest.raises(csvio.CsvImportError) as info:
        do_import(store, path)
    message = str(info.value)
    assert "list.csv, line 3" in message  # where the quote opens
    assert "never closed" in message and "nothing was imported" in message
    assert_nothing_imported(store)


def test_a_stray_quote_closed_rows_later_fails_with_both_lines(
    store: Store, tmp_path: Path
) -> None:
    # The quote on line 3 is closed by the one on line 5: rows 4 and 5 would vanish into a name.
    path = write(
        tmp_path / "list.csv",
        b'code,Name\nA1,Ana One\nA2,"Bo Two\nA3,Cy Three\nA4,"Di" Four\nA5,Ed Five\n',
    )
    with pytest.raises(csvio.CsvImportError, match=r"list\.csv, lines 3-5: .*line 3"):
        do_import(store, path)
    assert_nothing_imported(store)


def test_quoted_fields_over_several_lines_still_import(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "ok.csv", b'code,Name,Company\nA1,Ana,"Two\nLines, Inc."\nA2,Bo,\n')
    report = do_import(store, path)
    assert (report.imported, report.skipped, report.notes) == (2, [], [])


# --- encodings -----------------------------------------------------------------------------------


def test_a_mixed_utf8_and_cp1252_file_keeps_every_name_and_says_so(
    store: Store, tmp_path: Path
) -> None:
    data = (
        b"code;Name\n"
        + "U1;Jürgen Müller\n".encode()  # line 2: UTF-8
        + "W1;Zoë Léger\n".encode("cp1252")  # line 3: typed in an old Excel
        + "U2;Łucja Ødegaard\n".encode()  # line 4: UTF-8 (not in Windows-1252 at all)
        + "W2;François Œuvre\n".encode("cp1252")  # line 5
        + b"A1;Plain Ascii\n"
    )
    report = do_import(store, write(tmp_path / "mixed.csv", data))
    assert (report.imported, report.skipped) == (5, [])
    assert names(store, report.event_id) == {
        "U1": "Jürgen Müller",
        "W1": "Zoë Léger",
        "U2": "Łucja Ødegaard",
        "W2": "François Œuvre",
        "A1": "Plain Ascii",
    }
    (note,) = report.notes
    assert note.startswith("lines 3, 5:") and "Windows-1252" in note


def test_a_plain_cp1252_file_needs_no_note(store: Store, tmp_path: Path) -> None:
    data = "code;Name\r\nW1;Zoë Léger\r\nW2;Jürgen Müller\r\n".encode("cp1252")
    report = do_import(store, write(tmp_path / "excel.csv", data))
    assert names(store, report.event_id) == {"W1": "Zoë Léger", "W2": "Jürgen Müller"}
    assert report.notes == []


def test_a_line_that_is_no_text_at_all_names_its_line(store: Store, tmp_path: Path) -> None:
    # 0x81 and 0x8d are not characters in Windows-1252 either.
    path = write(tmp_path / "bad.csv", b"code,Name\nA1,Ana\nA2,\x81\x8d\xff\xc3\n")
    with pytest.raises(csvio.CsvImportError, match=r"bad\.csv, line 3: not text"):
        do_import(store, path)
    assert_nothing_imported(store)


# --- line breaks ---------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_a_cr_only_file_from_old_mac_excel_imports(
    store: Store, tmp_path: Path, encoding: str
) -> None:
    text = 'Ticket ID;First Name;Last Name\rM1;Zoë;Léger\r;No;Code\rM2;Jürgen;"Mül\rler"\r'
    report = do_import(store, write(tmp_path / "mac.csv", text.encode(encoding)))
    assert report.imported == 2
    assert report.skipped == [(3, "no ticket code")]  # line numbers count CR line breaks
    assert names(store, report.event_id) == {"M1": "Zoë Léger", "M2": "Jürgen Mül\rler"}


def test_a_nul_in_a_cr_only_file_names_its_line(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "nul.csv", b"code,Name\rA1,Ana\rA2,B\x00o\r")
    with pytest.raises(csvio.CsvImportError, match="line 3"):
        do_import(store, path)
