"""CSV in and out: a door can run from an attendee list with no server, and export its state."""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from sqlalchemy import Connection, func, select

from orga_app.core.codes import MalformedCode, parse_code
from orga_app.core.times import export_time
from orga_app.store import attendees as attendee_queries
from orga_app.store import door_lists
from orga_app.store.attendees import AttendeeRow
from orga_app.store.events import create_local_event
from orga_app.store.models import ATTENDEE, SCAN_LOG, TICKET

if TYPE_CHECKING:
    import _csv

# Header names seen in exports of ticketing systems, folded to lower case without separators.
_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "code": (
        "code",
        "ticketid",
        "ticketcode",
        "qr",
        "qrcode",
        "barcode",
        "ticketnumber",
        "secret",
        "ticket_id",
    ),
    "firstname": ("firstname", "first", "givenname", "forename", "vorname", "prenom"),
    "lastname": ("lastname", "last", "surname", "familyname", "nachname", "nom"),
    "name": ("name", "fullname", "attendee", "attendeename", "holder", "ticketholder"),
    "email": ("email", "emailaddress", "mail", "e-mail"),
    "ticket": ("ticket", "tickettype", "type", "category", "tickettypename", "product"),
    "order": ("order", "orderid", "ordernumber", "orderidentifier", "ordercode", "booking"),
    "company": ("company", "organisation", "organization", "org"),
}
MAX_FIELD = 512


class CsvImportError(ValueError):
    """The file cannot be imported at all (no code column, unreadable, empty)."""


@dataclass(slots=True)
class ImportReport:
    event_id: str
    imported: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line number, why)
    notes: list[str] = field(default_factory=list)  # imported, but a person should look


def _norm_header(name: str) -> str:
    return "".join(ch for ch in name.strip().lower() if ch.isalnum())


def _map_headers(headers: Iterable[str]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = _norm_header(header)
        for field_name, aliases in _HEADER_ALIASES.items():
            if field_name not in mapping and key in {_norm_header(a) for a in aliases}:
                mapping[field_name] = index
    return mapping


# Byte-order marks of the UTF-16/32 files Excel writes as "Unicode text". UTF-32 LE starts with
# the UTF-16 LE mark, so the longer marks are tried first.
_UNICODE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# Line breaks as the csv module reads them from a file opened with newline="": CR LF, LF, and
# the lone CR of old Mac Excel files.
_LINE_BREAK = re.compile("\r\n|\r|\n")


@dataclass(slots=True)
class _Decoded:
    text: str
    cp1252_lines: list[int]  # lines that were not UTF-8 and were read as Windows-1252
    utf8_lines: int  # lines with non-ASCII text that were UTF-8


def _decode_lines(raw: bytes, name: str) -> _Decoded:
    """UTF-8 line by line, Windows-1252 for the lines that are not UTF-8.

    A list pasted together from two sources (a UTF-8 export plus rows typed in an old Excel) has
    both; decoding the whole file one way would garble every name of the other half.
    """
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    parts: list[str] = []
    fallback: list[int] = []
    utf8 = 0
    for number, line in enumerate(raw.splitlines(keepends=True), start=1):
        try:
            parts.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            try:
                parts.append(line.decode("cp1252"))
            except UnicodeDecodeError as exc:
                raise CsvImportError(
                    f"{name}, line {number}: not text (neither UTF-8 nor Windows-1252)"
                ) from exc
            fallback.append(number)
    return _Decoded("".join(parts), fallback, utf8)


def _decode(path: Path) -> _Decoded:
    raw = path.read_bytes()
    for bom, encoding in _UNICODE_BOMS:
        if raw.startswith(bom):
            try:
                return _Decoded(raw.decode(encoding), [], 0)  # the codec drops the mark
            except UnicodeDecodeError as exc:
                raise CsvImportError(f"{path.name}: damaged {encoding} text: {exc.reason}") from exc
    return _decode_lines(raw, path.name)


def read_text(path: Path) -> str:
    """The file's text: UTF-16/32 by byte-order mark, else UTF-8 with Windows-1252 per line."""
    return _decode(path).text


def _line_list(numbers: list[int], shown: int = 10) -> str:
    listed = ", ".join(str(n) for n in numbers[:shown])
    return listed + (f" and {len(numbers) - shown} more" if len(numbers) > shown else "")


def _sniff_dialect(sample: str) -> type[csv.Dialect]:
    try:
        dialect = csv.Sniffer().sniff(sample, ",;\t|")
    except csv.Error:
        return csv.excel
    # The sniffer turns doubled quotes off when its sample happens to have none; a later
    # "O""Neil" would then import as 'O"Neil"'. Every spreadsheet writes quotes doubled.
    dialect.doublequote = True
    return dialect


def _records(reader: _csv.Reader, name: str) -> Iterator[tuple[int, list[str]]]:
    """Each record with the line it starts on; a parse error ends the import as a whole.

    The reader is strict: a lenient one reads an unclosed quote to the end of the file (or to the
    next stray quote) as ONE field, and the rows in between vanish without a word.
    """
    while True:
        first_line = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            quote = reader.dialect.quotechar or '"'
            raise CsvImportError(
                _parse_error(name, first_line, reader.line_num, quote, exc)
            ) from exc
        yield first_line, record


def _parse_error(name: str, first_line: int, line: int, quote: str, exc: csv.Error) -> str:
    detail = str(exc)
    if "unexpected end of data" in detail:
        return (
            f"{name}, line {first_line}: a quote ({quote}) opened in this row is never closed, "
            "so every row after it would be read as one field; nothing was imported"
        )
    if "expected after" in detail:
        where = f"line {line}" if line == first_line else f"lines {first_line}-{line}"
        return (
            f"{name}, {where}: text after a closing quote ({quote}); a quote opened on line "
            f"{first_line} may be unclosed and swallow rows; nothing was imported"
        )
    return f"{name}, line {line}: {detail}"  # e.g. a field over the csv module's size limit


def _check_no_nul(content: str, name: str) -> None:
    # The csv module takes NUL as an ordinary character (Python 3.11+), but in a text list it means
    # binary data or a UTF-16 file without its byte-order mark: refuse the file, not import junk.
    nul = content.find("\x00")
    if nul >= 0:
        line = len(_LINE_BREAK.findall(content, 0, nul)) + 1
        raise CsvImportError(
            f"{name}, line {line}: contains a NUL character (binary data, or a UTF-16 file "
            "without a byte-order mark?)"
        )


def import_csv(conn: Connection, path: Path, event_name: str) -> ImportReport:
    """Create a local event from a CSV attendee list, in one transaction."""
    decoded = _decode(path)
    content = decoded.text
    if not content.strip():
        raise CsvImportError(f"{path.name} is empty")
    _check_no_nul(content, path.name)
    # newline="": the csv module sees every line break itself (CR-only files, CRs in quotes).
    reader = csv.reader(
        io.StringIO(content, newline=""),
        _sniff_dialect(_LINE_BREAK.sub("\n", content[:4096])),
        strict=True,
    )
    records = _records(reader, path.name)
    _, headers = next(records, (1, []))
    columns = _map_headers(headers)
    if "code" not in columns:
        raise CsvImportError(
            f"{path.name}: no ticket-code column found (looked for a header such as "
            f"code, ticket id, qr or barcode; the file has: {', '.join(headers)[:200]})"
        )
    event_id = create_local_event(conn, event_name)
    report = ImportReport(event_id)
    if decoded.cp1252_lines and decoded.utf8_lines:
        report.notes.append(
            f"{'line' if len(decoded.cp1252_lines) == 1 else 'lines'} "
            f"{_line_list(decoded.cp1252_lines)}: not UTF-8 like the rest of the file, "
            "read as Windows-1252; check the names there"
        )
    tickets: dict[str, int] = {}
    rows: list[AttendeeRow] = []
    seen_codes: set[str] = set()
    next_id = _next_local_id(conn)
    for line_number, record in records:
        if not any(cell.strip() for cell in record):
            continue

        def cell(name: str, rec: list[str] = record) -> str:
            index = columns.get(name)
            if index is None or index >= len(rec):
                return ""
            return _unescape_cell(rec[index]).strip()

        code, why = _clean_code(cell("code"), seen_codes)
        if why:
            report.skipped.append((line_number, why))
            continue
        seen_codes.add(code.casefold())
        first, last = cell("firstname"), cell("lastname")
        if not (first or last) and cell("name"):
            full = cell("name")
            if "," in full:  # "Müller, Jürgen": last name first
                last, _, first = (part.strip() for part in full.partition(","))
            else:
                first, _, last = full.partition(" ")
        ticket_name = cell("ticket")
        ticket_id = None
        if ticket_name:
            if ticket_name not in tickets:
                tickets[ticket_name] = next_id
                conn.execute(
                    TICKET.insert().values(
                        id=next_id, event_id=event_id, name=ticket_name[:MAX_FIELD]
                    )
                )
                next_id -= 1
            ticket_id = tickets[ticket_name]
        rows.append(
            AttendeeRow(
                id=next_id,
                event_id=event_id,
                order_identifier=cell("order")[:MAX_FIELD] or None,
                ticket_id=ticket_id,
                firstname=first[:MAX_FIELD],
                lastname=last[:MAX_FIELD],
                email=cell("email")[:MAX_FIELD],
                company=cell("company")[:MAX_FIELD],
                code=code,
            )
        )
        next_id -= 1
    report.imported = attendee_queries.upsert(conn, rows)
    return report


def _clean_code(written: str, seen: set[str]) -> tuple[str, str | None]:
    """The code as a scan of it will be looked up, or why the line cannot be imported.

    A scan is cleaned by `parse_code` before the lookup (scanner prefixes, links that carry a code,
    upper-case uuids), so the list must hold the same cleaned text or the ticket never matches.
    """
    if not written:
        return "", "no ticket code"
    try:
        code = parse_code(written).text
    except MalformedCode as exc:
        return "", f"ticket code: {exc.reason}"
    # The store compares codes without case (COLLATE NOCASE): two codes that differ only in case
    # would be one ticket at the door.
    if code.casefold() in seen:
        return "", f"duplicate ticket code {code[:40]}"
    return code, None


def _next_local_id(conn: Connection) -> int:
    """Local attendees and tickets get negative ids: a server's ids are positive."""
    lowest = conn.execute(select(func.min(ATTENDEE.c.id))).scalar()
    lowest_ticket = conn.execute(select(func.min(TICKET.c.id))).scalar()
    return min(-1, (lowest or 0) - 1, (lowest_ticket or 0) - 1)


EXPORT_HEADER = (
    "id",
    "firstname",
    "lastname",
    "email",
    "ticket",
    "order",
    "code",
    "checked_in",
    "checkin_times",
    "checkin_devices",
    "checkout_times",
    # paid, pending, cancelled, expired ('' when the server does not say)
    "order_status",
    # A pretix-type event: the check-in list the checked_in and times columns are of.
    "checkin_list",
)
# With a byte-order mark Excel reads the file as UTF-8 (else accented names turn to mojibake);
# Python, LibreOffice and pandas skip it.
EXPORT_ENCODING = "utf-8-sig"
SCAN_LOG_HEADER = ("at", "verdict", "attendee_id", "device", "source", "mode", "raw")


# OWASP "CSV Injection": a spreadsheet reads a cell starting with one of these as a formula (or,
# for tab and carriage return, strips them and reads what follows as one). A leading single quote
# makes Excel and LibreOffice show the cell as text.
_FORMULA_STARTS = frozenset("=+-@\t\r")


def spreadsheet_safe(value: object) -> object:
    """The cell as text a spreadsheet will not run: names and codes come from servers and lists.

    Cells whose first character after white space is a trigger are escaped too, beyond OWASP's
    first-character rule: LibreOffice's "trim spaces" import option and several converters drop
    leading blanks (also no-break spaces and newlines) and would then see a formula.
    Numbers are left alone: a negative local id is a number, not a formula.
    """
    if (
        isinstance(value, str)
        and value[:1]
        and (value[0] in _FORMULA_STARTS or value.lstrip()[:1] in _FORMULA_STARTS)
    ):
        return "'" + value
    return value


def _unescape_cell(text: str) -> str:
    """Undo `spreadsheet_safe` on import, so an exported list imports again unchanged."""
    if text.startswith("'") and spreadsheet_safe(text[1:]) == text:
        return text[1:]
    return text


@contextmanager
def _private_csv(path: Path) -> Iterator[TextIO]:
    """A new file at `path` holding personal data, readable by its owner only from the first byte.

    mkstemp creates the temporary file with mode 0600 (O_EXCL, no window with the umask's wider
    mode, no following a planted symlink); it replaces `path` only when complete, so the target
    is never half-written and an older world-readable file there is replaced, not rewritten.
    """
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w", newline="", encoding=EXPORT_ENCODING) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _safe_row(row: Iterable[object]) -> list[object]:
    return [spreadsheet_safe(value) for value in row]


def export_attendees(
    conn: Connection,
    event_id: str,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    page: int = 2000,
) -> int:
    """Every live attendee with check-in state, times and devices. Writes atomically, mode 0600."""
    total = attendee_queries.count(conn, event_id)
    door = door_lists.door_list(conn, event_id)
    list_name = door.rules.name if door is not None else ""
    written = 0
    with _private_csv(path) as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_HEADER)
        while written < total:
            batch = attendee_queries.search(
                conn, event_id, offset=written, limit=page, sort=attendee_queries.SortKey.NAME
            )
            if not batch:
                break
            for a in batch:
                writer.writerow(
                    _safe_row(
                        (
                            a.id,
                            a.firstname,
                            a.lastname,
                            a.email,
                            a.ticket,
                            a.order_identifier,
                            a.code,
                            int(a.is_checked_in),
                            ";".join(export_time(t) for t in a.checkin_times),
                            ";".join(a.checkin_devices),
                            ";".join(export_time(t) for t in a.checkout_times),
                            a.order_status,
                            list_name,
                        )
                    )
                )
            written += len(batch)
            if progress:
                progress(written, total)
    return written


def export_scan_log(conn: Connection, event_id: str, path: Path) -> int:
    """Every scan of the event (raw codes as read: hostile text). Writes atomically, mode 0600."""
    rows = conn.execute(
        select(*(SCAN_LOG.c[c] for c in SCAN_LOG_HEADER))
        .where(SCAN_LOG.c.event_id == event_id)
        .order_by(SCAN_LOG.c.id)
    ).all()
    with _private_csv(path) as handle:
        writer = csv.writer(handle)
        writer.writerow(SCAN_LOG_HEADER)
        writer.writerows(_safe_row((export_time(str(r[0])), *r[1:])) for r in rows)
    return len(rows)
