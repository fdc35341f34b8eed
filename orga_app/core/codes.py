"""Ticket-code parsing: whatever a camera, a USB wedge or a keyboard produced → a `TicketCode`.

Open Event tickets encode `<order uuid>-<attendee identifier>` (6 hex chars) or, on older tickets,
`<order uuid>-<attendee id>`; tickets from before 2017 use `<order>/<attendee id>`; a 2024 variant
encodes the order uuid alone; badges carry a vCard with `X-SOCIALPROFILE;TYPE=EVENTYAY:<id>`.
Door staff also type attendee ids and e-mail addresses, and a serverless door imports arbitrary
barcodes from a CSV list. This module only says what the code *is*; matching it against the
attendee list is the check-in service's job.

`parse_code` never raises anything but `MalformedCode`: its input comes straight from hardware.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qsl, unquote, urlsplit

MAX_CODE_LENGTH = 512

# Attendee ids are SQLite integers: 18 decimal digits always fit into a signed 64-bit column, so
# a longer digit string (a long barcode) can never be an id and is treated as an opaque code.
_MAX_ID_DIGITS = 18

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_UUID_RE = re.compile(_UUID, re.IGNORECASE)
_DIGITS_RE = re.compile(rf"[0-9]{{1,{_MAX_ID_DIGITS}}}")
_IDENTIFIER_RE = re.compile(r"[0-9a-f]{6}", re.IGNORECASE)
_LEGACY_RE = re.compile(rf"(?P<order>[^\s/]\S*)/(?P<id>[0-9]{{1,{_MAX_ID_DIGITS}}})")
_EMAIL_RE = re.compile(r"(?P<local>[^@\s]+)@(?P<domain>[^@\s/\\]+)")
# AIM symbology identifier (ISO/IEC 15424): "]" + symbology letter + modifier character. Scanners
# configured to "transmit code ID" put it in front of every code.
_AIM_PREFIX_RE = re.compile(r"\][A-Za-z][0-9A-Za-z]")
_URL_RE = re.compile(r"https?://", re.IGNORECASE)
_VCARD_RE = re.compile(r"BEGIN:VCARD", re.IGNORECASE)
_VCARD_EVENTYAY_RE = re.compile(
    r"^X-SOCIALPROFILE;(?:[^:\r\n]*;)?TYPE=EVENTYAY(?:;[^:\r\n]*)?:"
    r"[ \t]*(?P<id>[^\r\n]*?)[ \t]*\r?$",
    re.IGNORECASE | re.MULTILINE,
)
# Query parameters that carry the ticket code in check-in links, in order of preference.
_URL_CODE_PARAMS = ("code", "ticket", "ticket_code", "t", "qr", "id")
# Invisible characters that copy-paste and some scanners put around a code.
_INVISIBLE_EDGE_CHARS = frozenset("\ufeff\u200b\u200c\u200d\u2060")
# Unicode categories that are never part of a code printed on a ticket or typed by a person.
_UNPRINTABLE_CATEGORIES = frozenset({"Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


class CodeKind(StrEnum):
    ORDER_ATTENDEE = "order_attendee"  # "<order uuid>-<suffix>", suffix 6-hex identifier or id
    LEGACY = "legacy"  # pre-2017 "<order>/<attendee id>"
    ORDER_ONLY = "order_only"  # a bare order uuid (2024 variant, or a typed order id)
    ATTENDEE_ID = "attendee_id"  # typed decimal attendee id, or a badge vCard's Eventyay id
    EMAIL = "email"  # typed e-mail address
    OPAQUE = "opaque"  # any other printable code (e.g. barcodes from an imported CSV list)


class MalformedCode(ValueError):  # noqa: N818 (name is the public interface)
    """The scan cannot be a code at all; `reason` is short and fit to show at the door."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class TicketCode:
    """A cleaned, classified code.

    `text` is canonical for uuid-based kinds (lower case), lower case for e-mail addresses, the
    digits for attendee ids and the cleaned scan (case kept) for opaque codes.
    """

    kind: CodeKind
    text: str
    order: str | None = None
    suffix: str | None = None
    attendee_id: int | None = None
    identifier: str | None = None
    email: str | None = None


def ticket_code(order_identifier: str, identifier: str | None, attendee_id: int) -> str:
    """The string a printed Open Event ticket encodes for this attendee."""
    if identifier:
        return f"{order_identifier}-{identifier}"
    return f"{order_identifier}-{attendee_id}"


def parse_code(raw: str | bytes) -> TicketCode:
    """Clean and classify one scanned or typed code; raise `MalformedCode` if it cannot be one."""
    text = _decode(raw)
    if "\x00" in text:
        raise MalformedCode("binary data")
    text = _strip_scanner_noise(text)
    if not text:
        raise MalformedCode("empty")
    if _VCARD_RE.match(text):
        return _parse_vcard(text)
    _check_printable(text)
    return _parse_printable(text)


def _parse_printable(text: str) -> TicketCode:
    if _URL_RE.match(text):
        # A link that carries no ticket code is itself the code (e.g. an imported barcode list
        # of URLs); "https://x.org/events/2024" must not read as a legacy "<order>/<id>".
        return _code_from_url(text) or TicketCode(CodeKind.OPAQUE, text)
    return _classify(text)


def _decode(raw: object) -> str:
    if isinstance(raw, str):
        if len(raw) > MAX_CODE_LENGTH:
            raise MalformedCode(f"too long ({len(raw)} characters)")
        return raw
    if isinstance(raw, bytes | bytearray | memoryview):
        data = bytes(raw)
        if len(data) > MAX_CODE_LENGTH:
            raise MalformedCode(f"too long ({len(data)} bytes)")
        if b"\x00" in data:
            raise MalformedCode("binary data")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        # Older wedges and some 1D symbologies deliver Latin-1; every byte string decodes as
        # Latin-1, so only accept it when the result reads as text: no C1 controls anywhere
        # (they mean the bytes are something else) and no C0 controls inside.
        latin = data.decode("latin-1")
        has_c1 = any("\x80" <= c <= "\x9f" for c in latin)
        if has_c1 or any(unicodedata.category(c) == "Cc" for c in _strip_edges(latin)):
            raise MalformedCode("undecodable bytes")
        return latin
    raise MalformedCode(f"not text ({type(raw).__name__})")


def _is_edge_noise(char: str) -> bool:
    # Scanners frame codes with CR/LF/TAB and sometimes STX/ETX/GS; all are control characters
    # (NUL has been rejected before this runs).
    return char.isspace() or char in _INVISIBLE_EDGE_CHARS or unicodedata.category(char) == "Cc"


def _strip_edges(text: str) -> str:
    start, end = 0, len(text)
    while start < end and _is_edge_noise(text[start]):
        start += 1
    while end > start and _is_edge_noise(text[end - 1]):
        end -= 1
    return text[start:end]


def _strip_scanner_noise(text: str) -> str:
    text = _strip_edges(text)
    while _AIM_PREFIX_RE.match(text):
        text = _strip_edges(text[3:])
    return text


def _check_printable(text: str) -> None:
    for char in text:
        category = unicodedata.category(char)
        if category == "Cc":
            raise MalformedCode("contains control characters")
        if category in _UNPRINTABLE_CATEGORIES:
            raise MalformedCode("contains unprintable characters")


def _parse_vcard(text: str) -> TicketCode:
    # Undo vCard line folding (a line break followed by a space or tab continues the line).
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    for line in unfolded.splitlines():
        _check_printable(line.replace("\t", " "))
    match = _VCARD_EVENTYAY_RE.search(unfolded)
    if match is None:
        raise MalformedCode("vCard without an Eventyay attendee id")
    attendee_id = match.group("id")
    if not _DIGITS_RE.fullmatch(attendee_id):
        raise MalformedCode("vCard with an invalid Eventyay attendee id")
    return TicketCode(CodeKind.ATTENDEE_ID, attendee_id, attendee_id=int(attendee_id))


def _code_from_url(url: str) -> TicketCode | None:
    """The code a check-in link carries, or None when the link is itself the code.

    A named query parameter is taken whatever it holds; the last path segment only when it is an
    Open Event ticket code, because "/events/2024" or "/check" are not codes.
    """
    try:
        parts = urlsplit(url)
        params = {
            key.lower(): value
            for key, value in parse_qsl(parts.query, keep_blank_values=False, errors="strict")
        }
        segments = [unquote(s, errors="strict") for s in parts.path.split("/") if s]
    except ValueError:
        # Not a well-formed link (bad host, bad percent-encoding): then the whole text is the code.
        return None
    for name in _URL_CODE_PARAMS:
        value = _strip_scanner_noise(params.get(name, ""))
        if value:
            _check_printable(value)
            return _parse_printable(value)
    if segments:
        segment = _strip_edges(segments[-1])
        _check_printable(segment)
        code = _classify(segment)
        if code.kind in (CodeKind.ORDER_ATTENDEE, CodeKind.ORDER_ONLY):
            return code
    return None


def _classify(text: str) -> TicketCode:
    if _DIGITS_RE.fullmatch(text):
        return TicketCode(CodeKind.ATTENDEE_ID, text, attendee_id=int(text))
    if _UUID_RE.fullmatch(text):
        order = text.lower()
        return TicketCode(CodeKind.ORDER_ONLY, order, order=order)
    order_attendee = _order_attendee(text)
    if order_attendee is not None:
        return order_attendee
    email = _EMAIL_RE.fullmatch(text)
    if email is not None and _is_mail_domain(email.group("domain")):
        address = text.lower()
        return TicketCode(CodeKind.EMAIL, address, email=address)
    legacy = _LEGACY_RE.fullmatch(text)
    if legacy is not None:
        order = legacy.group("order")
        if _UUID_RE.fullmatch(order):
            order = order.lower()
        suffix = legacy.group("id")
        return TicketCode(
            CodeKind.LEGACY,
            f"{order}/{suffix}",
            order=order,
            suffix=suffix,
            attendee_id=int(suffix),
        )
    return TicketCode(CodeKind.OPAQUE, text)


def _order_attendee(text: str) -> TicketCode | None:
    # The order uuid has hyphens of its own: the attendee part is after the LAST one.
    order, hyphen, suffix = text.rpartition("-")
    if not hyphen or not _UUID_RE.fullmatch(order):
        return None
    suffix = suffix.lower()
    identifier = suffix if _IDENTIFIER_RE.fullmatch(suffix) else None
    attendee_id = int(suffix) if _DIGITS_RE.fullmatch(suffix) else None
    if identifier is None and attendee_id is None:
        return None
    order = order.lower()
    return TicketCode(
        CodeKind.ORDER_ATTENDEE,
        f"{order}-{suffix}",
        order=order,
        suffix=suffix,
        attendee_id=attendee_id,
        identifier=identifier,
    )


def _is_mail_domain(domain: str) -> bool:
    labels = domain.split(".")
    return len(labels) > 1 and all(labels)
