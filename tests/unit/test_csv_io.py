"""CSV import into a serverless event (header aliases, separators, encodings, skipped rows)
and export of attendees with their check-in times and devices."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from orga_app.cli_words import scan_message
from orga_app.core.checkin import CheckInService
from orga_app.core.codes import parse_code
from orga_app.core.verdict import AttendeeSummary, Mode, Source, Verdict
from orga_app.store import attendees, csvio, events
from orga_app.store.db import Store
from orga_app.store.models import ATTENDEE
from orga_app.store.repository import StoreCheckInRepository
from tests.helpers import (
    DEVICE,
    EVENT_ID,
    FixedClock,
    add_attendees,
    changed,
    open_store,
    seeded_store,
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path)
    yield store
    store.close()


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def do_import(store: Store, path: Path, name: str = "Door list") -> csvio.ImportReport:
    with store.write() as conn:
        return csvio.import_csv(conn, path, name)


def everyone(store: Store, event_id: str) -> dict[str, AttendeeSummary]:
    with store.read() as conn:
        return {a.code: a for a in attendees.search(conn, event_id, limit=1000)}


# --- headers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "Ticket ID,First Name,Last Name,Email,Ticket Type,Order",
        "QR,firstname,lastname,E-Mail,Ticket,Order ID",
        "Barcode,First name,Surname,Email Address,Category,Order Number",
        "code,First_Name,Last_Name,email,ticket type,order",
        "TICKET CODE,Vorname,Nachname,Mail,Type,Booking",
    ],
)
def test_header_aliases(store: Store, tmp_path: Path, header: str) -> None:
    path = write(
        tmp_path / "list.csv",
        f"{header}\nA-100,Ana,Ødegaard,ana@fjord.no,VIP,ORD-1\nA-101,Jürgen,Müller,j@m.de,Day,ORD-2\n",
    )
    report = do_import(store, path)
    assert (report.imported, report.skipped) == (2, [])
    people = everyone(store, report.event_id)
    ana = people["A-100"]
    assert (ana.firstname, ana.lastname, ana.email, ana.ticket, ana.order_identifier) == (
        "Ana",
        "Ødegaard",
        "ana@fjord.no",
        "VIP",
        "ORD-1",
    )
    assert people["A-101"].ticket == "Day"


def test_single_name_column(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "list.csv", "Code,Name\nX1,Ana Maria Ødegaard\nX2,Cher\n")
    report = do_import(store, path)
    people = everyone(store, report.event_id)
    assert people["X1"].full_name == "Ana Maria Ødegaard"
    assert people["X1"].firstname == "Ana"
    assert people["X2"].full_name == "Cher"


def test_single_name_column_last_comma_first(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "list.csv", 'Code;Name\nX1;"Müller, Jürgen"\n')
    report = do_import(store, path)
    person = everyone(store, report.event_id)["X1"]
    assert (person.firstname, person.lastname) == ("Jürgen", "Müller")


def test_headers_are_matched_whatever_the_column_order(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path / "list.csv", "Email,Last Name,Barcode,First Name\na@b.org,Léger,Z9,Zoë\n"
    )
    report = do_import(store, path)
    zoe = everyone(store, report.event_id)["Z9"]
    assert (zoe.firstname, zoe.lastname, zoe.email) == ("Zoë", "Léger", "a@b.org")


# --- separators and encodings --------------------------------------------------------------------


def test_semicolon_separated(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path / "list.csv",
        "Ticket ID;First Name;Last Name;Email\nS1;Ana;Ødegaard;ana@fjord.no\nS2;Bo;Ek;bo@ek.se\n",
    )
    report = do_import(store, path)
    assert report.imported == 2
    assert everyone(store, report.event_id)["S1"].lastname == "Ødegaard"


def test_cp1252_file(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path / "excel.csv",
        "Ticket ID;First Name;Last Name\r\nW1;Jürgen;Müller\r\nW2;Zoë;Léger\r\n",
        encoding="cp1252",
    )
    report = do_import(store, path)
    people = everyone(store, report.event_id)
    assert (people["W1"].firstname, people["W1"].lastname) == ("Jürgen", "Müller")
    assert people["W2"].lastname == "Léger"
    with store.read() as conn:
        assert [a.code for a in attendees.search(conn, report.event_id, "muller")] == ["W1"]


def test_utf8_with_bom(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "bom.csv", "\ufeffcode,Name\nB1,Åsa Öberg\n")
    report = do_import(store, path)
    assert everyone(store, report.event_id)["B1"].full_name == "Åsa Öberg"


def test_quoted_fields_with_separators(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path / "q.csv", 'code,First Name,Last Name,Company\nQ1,Ana,"Ødegaard, Jr.","A, B & C"\n'
    )
    report = do_import(store, path)
    assert everyone(store, report.event_id)["Q1"].lastname == "Ødegaard, Jr."


def test_doubled_quotes_after_the_sniffed_sample(store: Store, tmp_path: Path) -> None:
    # The first 4 kB have no quotes at all, so the sniffer guesses "no doubled quotes".
    plain = "".join(f"P{i},Person,Number{i}\n" for i in range(300))
    path = write(tmp_path / "q.csv", f'code,First Name,Last Name\n{plain}Q1,Siobhan,"O""Neil"\n')
    report = do_import(store, path)
    assert report.imported == 301
    assert everyone(store, report.event_id)["Q1"].lastname == 'O"Neil'


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),  # Excel's "Unicode text"
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_unicode_text_with_byte_order_mark(
    store: Store, tmp_path: Path, bom: bytes, encoding: str
) -> None:
    path = tmp_path / "unicode.txt"
    text = "Ticket ID\tFirst Name\tLast Name\r\nU-1\tZoë\tŁęcka 😀\r\nU-2\tJürgen\tMüller\r\n"
    path.write_bytes(bom + text.encode(encoding))
    report = do_import(store, path)
    assert (report.imported, report.skipped) == (2, [])
    people = everyone(store, report.event_id)
    assert (people["U-1"].firstname, people["U-1"].lastname) == ("Zoë", "Łęcka 😀")
    assert people["U-2"].lastname == "Müller"


def test_damaged_utf16_file_is_an_error(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "code\tName\r\nU-1\tAna\r\n".encode("utf-16-le")[:-1])
    with pytest.raises(csvio.CsvImportError, match="utf-16"):
        do_import(store, path)


def assert_nothing_imported(store: Store) -> None:
    with store.read() as conn:
        assert events.all_events(conn) == []
        assert conn.execute(select(func.count()).select_from(ATTENDEE)).scalar() == 0


def test_a_field_over_the_csv_size_limit_fails_the_whole_import(
    store: Store, tmp_path: Path
) -> None:
    huge = "x" * (csv.field_size_limit() + 1)
    path = write(tmp_path / "big.csv", f'code,Name\nA1,Ana\nA2,"{huge}"\nA3,Cy\n')
    with pytest.raises(csvio.CsvImportError, match="line 3") as info:
        do_import(store, path)
    assert "big.csv" in str(info.value) and "limit" in str(info.value)
    assert_nothing_imported(store)  # the event and line 2 were rolled back


def test_a_stray_nul_fails_the_whole_import(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "nul.csv", "code,Name\nA1,Ana\nA2,Bo\nA3,C\x00y\n")
    with pytest.raises(csvio.CsvImportError, match=r"line 4.*NUL"):
        do_import(store, path)
    assert_nothing_imported(store)


def test_line_numbers_count_lines_inside_quoted_fields(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "m.csv", 'code,First Name,Last Name\nA1,Ana,"Two\nLines"\n,No,Code\n')
    report = do_import(store, path)
    assert report.skipped == [(4, "no ticket code")]
    assert everyone(store, report.event_id)["A1"].lastname == "Two\nLines"


# --- skipped rows --------------------------------------------------------------------------------


def test_skipped_rows_have_line_numbers_and_reasons(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path / "list.csv",
        "code,First Name,Last Name\n"
        "OK1,Ana,One\n"  # line 2
        ",No,Code\n"  # line 3
        "OK2,Bo,Two\n"  # line 4
        "ok1,Dup,Licate\n"  # line 5: same code in another case
        "BAD\x01CODE,Ctl,Char\n"  # line 6
        "\n"  # line 7: blank lines are not rows
        f"{'L' * 600},Too,Long\n"  # line 8
        "OK3,Cy,Three\n",  # line 9
    )
    report = do_import(store, path)
    assert report.imported == 3
    lines = [line for line, _ in report.skipped]
    assert lines == [3, 5, 6, 8]
    reasons = [why for _, why in report.skipped]
    assert "no ticket code" in reasons[0]
    assert "duplicate" in reasons[1]
    assert "control" in reasons[2]
    assert "512" in reasons[3] or "long" in reasons[3]
    assert set(everyone(store, report.event_id)) == {"OK1", "OK2", "OK3"}


def test_file_without_code_column_is_an_error_and_creates_nothing(
    store: Store, tmp_path: Path
) -> None:
    path = write(tmp_path / "names.csv", "First Name,Last Name,Email\nAna,Ødegaard,a@b.no\n")
    with pytest.raises(csvio.CsvImportError) as info:
        do_import(store, path)
    message = str(info.value)
    assert "code" in message
    assert "First Name" in message  # tells what the file has
    with store.read() as conn:
        assert events.all_events(conn) == []


@pytest.mark.parametrize("content", [b"", b"  \n\n", b"\x00\x01\x02\xff\xfe" * 3])
def test_empty_or_binary_file_is_an_error(store: Store, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(csvio.CsvImportError):
        do_import(store, path)
    with store.read() as conn:
        assert events.all_events(conn) == []


# --- the imported event ------------------------------------------------------------------------


def test_import_creates_a_local_event(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "list.csv", "code,Name\nE1,Ana Ø\n")
    report = do_import(store, path, "Garden Party")
    with store.read() as conn:
        info = events.get(conn, report.event_id)
    assert info is not None
    assert (info.name, info.is_local) == ("Garden Party", True)


def test_two_imports_do_not_collide(store: Store, tmp_path: Path) -> None:
    first = do_import(store, write(tmp_path / "a.csv", "code,Name,Ticket\nA1,Ana A,VIP\n"))
    second = do_import(
        store, write(tmp_path / "b.csv", "code,Name,Ticket\nA1,Bo B,VIP\nB2,Cy C,Day\n")
    )
    assert first.event_id != second.event_id
    assert everyone(store, first.event_id)["A1"].full_name == "Ana A"
    second_people = everyone(store, second.event_id)
    assert second_people["A1"].full_name == "Bo B"
    assert second_people["B2"].ticket == "Day"
    ids = [a.id for a in everyone(store, first.event_id).values()]
    ids += [a.id for a in second_people.values()]
    assert len(set(ids)) == 3
    assert all(i < 0 for i in ids)  # local ids never meet a server's positive ids


def test_imported_codes_check_in_locally(store: Store, tmp_path: Path) -> None:
    report = do_import(store, write(tmp_path / "l.csv", "Barcode,Name\n0042,Ana Ødegaard\n"))
    service = CheckInService(StoreCheckInRepository(store), lambda: DEVICE, FixedClock())
    result = service.scan(report.event_id, "0042")
    assert (result.verdict, result.pending) == (Verdict.CHECKED_IN, False)
    with store.read() as conn:
        (found,) = attendees.find_by_code(conn, parse_code("0042"))
    assert found.is_checked_in


UPPER_UUID_CODE = "6F9619FF-8B86-4011-B42D-00C04FC964FF-A1B2C3"


@pytest.mark.parametrize(
    "written",
    [
        "https://tix.example.org/checkin?code=AB12CD",  # a check-in link carrying the code
        "]Q1T-1001",  # a scanner's AIM symbology prefix
        UPPER_UUID_CODE,  # an Open Event code written in upper case
        "\ufeffWEDGE-7\u200b",  # invisible characters around the code
    ],
)
def test_imported_codes_match_a_scan_of_the_same_ticket(
    store: Store, tmp_path: Path, written: str
) -> None:
    path = write(tmp_path / "l.csv", f"code,Name\n{written},Ana Ødegaard\nOTHER-1,Bo Ek\n")
    report = do_import(store, path)
    assert (report.imported, report.skipped) == (2, [])
    service = CheckInService(StoreCheckInRepository(store), lambda: DEVICE, FixedClock())
    result = service.scan(report.event_id, written, source=Source.CAMERA)
    assert result.verdict is Verdict.CHECKED_IN, scan_message(result)
    assert result.attendee is not None and result.attendee.full_name == "Ana Ødegaard"
    assert parse_code(written).text in everyone(store, report.event_id)  # stored cleaned


def test_codes_that_clean_to_the_same_ticket_are_duplicates(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path / "l.csv",
        "code,Name\n"
        f"{UPPER_UUID_CODE},Ana One\n"  # line 2
        f"{UPPER_UUID_CODE.lower()},Ana Again\n"  # line 3: the same ticket in lower case
        "https://tix.example.org/c?code=T-9,Bo Two\n"  # line 4
        "]C0T-9,Bo Again\n"  # line 5: the same code behind a scanner prefix
        "https://tix.example.org/c?code=A%01B,Ctl Char\n",  # line 6: a control char in the code
    )
    report = do_import(store, path)
    assert report.imported == 2
    assert [line for line, _ in report.skipped] == [3, 5, 6]
    assert all("duplicate" in why for _, why in report.skipped[:2])
    assert "control characters" in report.skipped[2][1]
    assert set(everyone(store, report.event_id)) == {UPPER_UUID_CODE.lower(), "T-9"}


# --- export --------------------------------------------------------------------------------------


# Every exported time: ISO 8601 in UTC to the second (FIXED_NOW_TEXT has microseconds).
FIXED_NOW_EXPORTED = "2026-11-26T09:41:05Z"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_export_contains_times_and_devices(tmp_path: Path) -> None:
    door = seeded_store(tmp_path / "db", 4)
    try:
        add_attendees(door.store, [changed(door.rows[3], deleted=True)])
        first = door.rows[0]
        door.service.scan(EVENT_ID, first["code"])
        out = tmp_path / "export.csv"
        with door.store.read() as conn:
            assert csvio.export_attendees(conn, EVENT_ID, out) == 3
        rows = read_csv(out)
        assert tuple(rows[0]) == csvio.EXPORT_HEADER
        by_code = {r["code"]: r for r in rows}
        assert set(by_code) == {r["code"] for r in door.rows[:3]}  # deleted one left out
        mine = by_code[first["code"]]
        assert mine["checked_in"] == "1"
        assert mine["checkin_times"] == FIXED_NOW_EXPORTED
        assert mine["checkin_devices"] == DEVICE
        assert mine["firstname"] == first["firstname"]
        assert mine["ticket"] == "Regular"
        other = by_code[door.rows[1]["code"]]
        assert (other["checked_in"], other["checkin_times"], other["checkin_devices"]) == (
            "0",
            "",
            "",
        )
        assert not list(out.parent.glob(".*.part"))  # written atomically, no leftovers
    finally:
        door.store.close()


def test_export_joins_several_times_and_reports_progress(tmp_path: Path) -> None:
    door = seeded_store(tmp_path / "db", 5)
    try:
        code = door.rows[0]["code"]
        door.service.scan(EVENT_ID, code)
        door.service.scan(EVENT_ID, code, Mode.CHECK_OUT)
        door.service.scan(EVENT_ID, code)
        out = tmp_path / "export.csv"
        progress: list[tuple[int, int]] = []
        with door.store.read() as conn:
            csvio.export_attendees(
                conn, EVENT_ID, out, lambda done, total: progress.append((done, total)), page=2
            )
        mine = {r["code"]: r for r in read_csv(out)}[code]
        assert mine["checkin_times"] == f"{FIXED_NOW_EXPORTED};{FIXED_NOW_EXPORTED}"
        assert mine["checkin_devices"] == f"{DEVICE};{DEVICE}"
        assert mine["checkout_times"] == FIXED_NOW_EXPORTED
        assert progress == [(2, 5), (4, 5), (5, 5)]
        assert len(read_csv(out)) == 5
    finally:
        door.store.close()


def test_export_scan_log(tmp_path: Path) -> None:
    door = seeded_store(tmp_path / "db", 2)
    try:
        door.service.scan(EVENT_ID, door.rows[0]["code"])
        door.service.scan(EVENT_ID, "NOPE")
        out = tmp_path / "scans.csv"
        with door.store.read() as conn:
            assert csvio.export_scan_log(conn, EVENT_ID, out) == 2
        rows = read_csv(out)
        assert [(r["verdict"], r["device"], r["at"]) for r in rows] == [
            ("checked_in", DEVICE, FIXED_NOW_EXPORTED),
            ("unknown", DEVICE, FIXED_NOW_EXPORTED),
        ]
    finally:
        door.store.close()


def test_export_can_be_imported_again(tmp_path: Path) -> None:
    door = seeded_store(tmp_path / "db", 3)
    try:
        out = tmp_path / "export.csv"
        with door.store.read() as conn:
            csvio.export_attendees(conn, EVENT_ID, out)
        report = do_import(door.store, out, "Copy")
        assert (report.imported, report.skipped) == (3, [])
        copy = everyone(door.store, report.event_id)
        assert {(a.firstname, a.email) for a in copy.values()} == {
            (r["firstname"], r["email"]) for r in door.rows
        }
    finally:
        door.store.close()


def test_export_has_a_byte_order_mark_and_one_time_format(tmp_path: Path) -> None:
    door = seeded_store(tmp_path / "db", 1)
    try:
        # as the server stores them: check-ins with an offset, check-outs naive UTC
        add_attendees(
            door.store,
            [
                changed(
                    door.rows[0], is_checked_in=True,
                    checkin_times="2026-11-26T10:00:00.250+01:00,2026-11-26T09:30:00+00:00",
                    checkout_times="2026-11-26 09:15:00",
                )
            ],
        )  # fmt: skip
        out = tmp_path / "export.csv"
        with door.store.read() as conn:
            csvio.export_attendees(conn, EVENT_ID, out)
        assert out.read_bytes().startswith(codecs.BOM_UTF8)  # Excel reads it as UTF-8
        (row,) = read_csv(out)
        assert row["checkin_times"] == "2026-11-26T09:00:00Z;2026-11-26T09:30:00Z"
        assert row["checkout_times"] == "2026-11-26T09:15:00Z"
        scans = tmp_path / "scans.csv"
        with door.store.read() as conn:
            csvio.export_scan_log(conn, EVENT_ID, scans)
        assert scans.read_bytes().startswith(codecs.BOM_UTF8)
    finally:
        door.store.close()
