"""Ticket-code parsing: every format, every scanner quirk we tolerate, every rejection."""

from __future__ import annotations

import unicodedata
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orga_app.core.codes import (
    MAX_CODE_LENGTH,
    CodeKind,
    MalformedCode,
    TicketCode,
    parse_code,
    ticket_code,
)

ORDER = "6f9619ff-8b86-4011-b42d-00c04fc964ff"
ORDER_UPPER = ORDER.upper()

FAST = settings(max_examples=400, deadline=None)


# --- formats -----------------------------------------------------------------------------------


def test_order_with_hex_identifier() -> None:
    code = parse_code(f"{ORDER}-a1b2c3")
    assert code == TicketCode(
        CodeKind.ORDER_ATTENDEE,
        f"{ORDER}-a1b2c3",
        order=ORDER,
        suffix="a1b2c3",
        identifier="a1b2c3",
    )


def test_order_with_decimal_attendee_id() -> None:
    code = parse_code(f"{ORDER}-4711")
    assert code.kind is CodeKind.ORDER_ATTENDEE
    assert (code.order, code.suffix, code.attendee_id, code.identifier) == (
        ORDER,
        "4711",
        4711,
        None,
    )


def test_six_digit_suffix_is_both_identifier_and_id() -> None:
    code = parse_code(f"{ORDER}-123456")
    assert code.identifier == "123456"
    assert code.attendee_id == 123456


def test_suffix_is_split_off_at_the_last_hyphen() -> None:
    code = parse_code(f"{ORDER}-00c04f")
    assert code.order == ORDER
    assert code.suffix == "00c04f"


def test_upper_case_hex_is_canonicalised() -> None:
    code = parse_code(f"{ORDER_UPPER}-A1B2C3")
    assert code.text == f"{ORDER}-a1b2c3"
    assert code.order == ORDER
    assert code.identifier == "a1b2c3"


def test_order_with_other_suffix_is_opaque() -> None:
    # Neither a 6-hex identifier nor a decimal id: not an Open Event ticket code.
    for text in (f"{ORDER}-abcd", f"{ORDER}-xyz123", f"{ORDER}-a1b2c3d4"):
        code = parse_code(text)
        assert code.kind is CodeKind.OPAQUE, text
        assert code.text == text


def test_bare_order_uuid() -> None:
    code = parse_code(ORDER_UPPER)
    assert code == TicketCode(CodeKind.ORDER_ONLY, ORDER, order=ORDER)


def test_legacy_order_slash_id() -> None:
    code = parse_code(f"{ORDER_UPPER}/17")
    assert code == TicketCode(
        CodeKind.LEGACY, f"{ORDER}/17", order=ORDER, suffix="17", attendee_id=17
    )


def test_legacy_with_non_uuid_order_keeps_it() -> None:
    code = parse_code("ORD2016-55/123")
    assert code.kind is CodeKind.LEGACY
    assert (code.order, code.suffix, code.attendee_id) == ("ORD2016-55", "123", 123)


def test_typed_attendee_id() -> None:
    assert parse_code("4711") == TicketCode(CodeKind.ATTENDEE_ID, "4711", attendee_id=4711)
    assert parse_code("  0042 \n") == TicketCode(CodeKind.ATTENDEE_ID, "0042", attendee_id=42)


def test_digits_too_long_for_an_id_are_opaque() -> None:
    long_digits = "1" * 19
    assert parse_code(long_digits) == TicketCode(CodeKind.OPAQUE, long_digits)
    assert parse_code(f"{ORDER}-{long_digits}").kind is CodeKind.OPAQUE


def test_ean13_barcode_is_an_attendee_id_candidate() -> None:
    # The caller tries a code match first, so an imported EAN still finds its attendee.
    assert parse_code("4006381333931").attendee_id == 4006381333931


def test_email() -> None:
    code = parse_code(" Ada.Lovelace@Example.ORG ")
    assert code == TicketCode(
        CodeKind.EMAIL, "ada.lovelace@example.org", email="ada.lovelace@example.org"
    )


@pytest.mark.parametrize("text", ["a@b", "a@@b.org", "a@b.org@c.org", "a@.org", "a@b.", "@b.org"])
def test_not_an_email(text: str) -> None:
    assert parse_code(text).kind is not CodeKind.EMAIL


@pytest.mark.parametrize("text", ["ABC-123", "VIP 0001", "Tïcket-Ω", "4006381333931X", "-5"])
def test_opaque_codes_keep_their_case(text: str) -> None:
    assert parse_code(text) == TicketCode(CodeKind.OPAQUE, text)


VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada\r\nFN:Ada Lovelace\r\n"
    "EMAIL:ada@example.org\r\nX-SOCIALPROFILE;TYPE=EVENTYAY:{id}\r\nEND:VCARD\r\n"
)


def test_badge_vcard() -> None:
    assert parse_code(VCARD.format(id="4711")) == TicketCode(
        CodeKind.ATTENDEE_ID, "4711", attendee_id=4711
    )


def test_badge_vcard_with_lf_lines_lower_case_and_bytes() -> None:
    text = VCARD.format(id="99").replace("\r\n", "\n").replace("TYPE=EVENTYAY", "type=eventyay")
    assert parse_code(text.encode()).attendee_id == 99


def test_vcard_without_eventyay_id_is_malformed() -> None:
    text = VCARD.format(id="1").replace("X-SOCIALPROFILE;TYPE=EVENTYAY:1\r\n", "")
    with pytest.raises(MalformedCode) as info:
        parse_code(text)
    assert "vCard" in info.value.reason


def test_vcard_with_non_numeric_id_is_malformed() -> None:
    with pytest.raises(MalformedCode):
        parse_code(VCARD.format(id="abc"))


# --- tolerances --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        f"  {ORDER}-a1b2c3  ",
        f"{ORDER}-a1b2c3\r",
        f"{ORDER}-a1b2c3\n",
        f"{ORDER}-a1b2c3\r\n",
        f"\t{ORDER}-a1b2c3\t\r\n",
        f"\x02{ORDER}-a1b2c3\x03",  # STX/ETX framing of serial scanners
        f"\ufeff{ORDER}-a1b2c3",  # BOM from a pasted file
        f"]Q1{ORDER}-a1b2c3",
        f"]C0{ORDER}-a1b2c3",
        f"]d2{ORDER}-a1b2c3",
        f"]E0 {ORDER}-a1b2c3\r\n",
        f"{ORDER_UPPER}-A1B2C3",
        f"https://tickets.example.org/check/{ORDER}-a1b2c3",
        f"https://tickets.example.org/check/{ORDER}-a1b2c3/",
        f"HTTPS://tickets.example.org/check/{ORDER_UPPER}-A1B2C3?lang=de#top",
        f"https://tickets.example.org/scan?code={ORDER}-a1b2c3",
        f"https://tickets.example.org/scan?lang=de&ticket={ORDER}-a1b2c3",
        f"https://tickets.example.org/scan?T={ORDER}-a1b2c3",
        f"https://tickets.example.org/scan?qr={ORDER}%2Da1b2c3",
        f"]Q1https://tickets.example.org/scan?code={ORDER}-a1b2c3\r\n",
        f"{ORDER}-a1b2c3".encode(),
        f"]Q1{ORDER}-a1b2c3\r\n".encode("ascii"),
    ],
)
def test_scanner_noise_is_tolerated(raw: str | bytes) -> None:
    assert parse_code(raw) == parse_code(f"{ORDER}-a1b2c3")


def test_url_id_parameter_is_an_attendee_id() -> None:
    assert parse_code("https://door.example.org/a?id=17").attendee_id == 17


def test_url_whose_last_segment_is_not_a_ticket_code_is_opaque() -> None:
    for url in ("https://example.org/events/2024", "https://example.org/check", "https://x.org/"):
        assert parse_code(url) == TicketCode(CodeKind.OPAQUE, url)


def test_url_with_bad_percent_encoding_is_the_code_itself() -> None:
    url = "https://example.org/%FF%FE"
    assert parse_code(url) == TicketCode(CodeKind.OPAQUE, url)


def test_utf8_bytes() -> None:
    assert parse_code("Tïcket-Ω".encode()) == TicketCode(CodeKind.OPAQUE, "Tïcket-Ω")


def test_latin1_bytes_when_not_utf8() -> None:
    assert parse_code("Café-7".encode("latin-1")) == TicketCode(CodeKind.OPAQUE, "Café-7")


def test_bytearray_is_accepted() -> None:
    assert parse_code(bytearray(b"4711")).attendee_id == 4711  # type: ignore[arg-type]


def test_aim_prefix_alone_is_empty() -> None:
    with pytest.raises(MalformedCode, match="empty"):
        parse_code("]Q1\r\n")


# --- rejections --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("   \r\n\t", "empty"),
        (b"", "empty"),
        ("\ufeff\u200b", "empty"),
        ("abc\x00def", "binary data"),
        ("abc\x00", "binary data"),
        (b"\x00\x01\x02\x03", "binary data"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        ("abc\ndef", "contains control characters"),
        ("abc\rdef", "contains control characters"),
        ("abc\x1bdef", "contains control characters"),
        (f"{ORDER}\t-a1b2c3", "contains control characters"),
        ("abc\u200bdef", "contains unprintable characters"),
        ("abc\u2028def", "contains unprintable characters"),
        ("abc\ud800def", "contains unprintable characters"),
        (b"\xff\xfe\x81\x82", "undecodable bytes"),
        (b"ab\xe9\x1bcd", "undecodable bytes"),
        ("x" * (MAX_CODE_LENGTH + 1), f"too long ({MAX_CODE_LENGTH + 1} characters)"),
        (b"x" * 600, "too long (600 bytes)"),
        (" " * 600 + "4711", "too long (604 characters)"),
        ("https://x.org/scan?code=ab%0Acd", "contains control characters"),
    ],
)
def test_malformed(raw: str | bytes, reason: str) -> None:
    with pytest.raises(MalformedCode) as info:
        parse_code(raw)
    assert info.value.reason == reason
    assert str(info.value) == reason


def test_exactly_max_length_is_accepted() -> None:
    text = "x" * MAX_CODE_LENGTH
    assert parse_code(text).text == text


def test_wrong_type_is_malformed_not_a_type_error() -> None:
    with pytest.raises(MalformedCode):
        parse_code(4711)  # type: ignore[arg-type]


def test_malformed_code_is_a_value_error() -> None:
    assert issubclass(MalformedCode, ValueError)


# --- ticket_code -------------------------------------------------------------------------------


def test_ticket_code_prefers_identifier() -> None:
    assert ticket_code(ORDER, "a1b2c3", 17) == f"{ORDER}-a1b2c3"


@pytest.mark.parametrize("identifier", [None, ""])
def test_ticket_code_falls_back_to_attendee_id(identifier: str | None) -> None:
    assert ticket_code(ORDER, identifier, 17) == f"{ORDER}-17"


# --- properties --------------------------------------------------------------------------------


def _check_invariants(code: TicketCode) -> None:
    """What every consumer of a TicketCode may rely on."""
    assert code.text
    assert len(code.text) <= MAX_CODE_LENGTH
    assert all(unicodedata.category(c) not in ("Cc", "Cs") for c in code.text)
    assert code.text == code.text.strip()
    if code.kind in (CodeKind.ORDER_ATTENDEE, CodeKind.ORDER_ONLY):
        assert code.order is not None
        assert code.order == code.order.lower()
        assert code.text == code.text.lower()
    if code.kind is CodeKind.ORDER_ATTENDEE:
        assert code.text == f"{code.order}-{code.suffix}"
        assert code.identifier is not None or code.attendee_id is not None
    if code.kind is CodeKind.LEGACY:
        assert code.attendee_id is not None
        assert code.text == f"{code.order}/{code.suffix}"
    if code.kind is CodeKind.ATTENDEE_ID:
        assert code.attendee_id is not None
        assert 0 <= code.attendee_id < 2**63
    if code.kind is CodeKind.EMAIL:
        assert code.email == code.text
        assert code.text.count("@") == 1


@FAST
@given(st.text(max_size=600))
def test_any_text_parses_or_is_malformed(raw: str) -> None:
    try:
        code = parse_code(raw)
    except MalformedCode as exc:
        assert exc.reason
        return
    _check_invariants(code)


@FAST
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=80))
def test_any_text_with_surrogates_parses_or_is_malformed(raw: str) -> None:
    try:
        code = parse_code(raw)
    except MalformedCode:
        return
    _check_invariants(code)
    code.text.encode("utf-8")  # must be storable


@FAST
@given(st.binary(max_size=600))
def test_any_bytes_parse_or_are_malformed(raw: bytes) -> None:
    try:
        code = parse_code(raw)
    except MalformedCode as exc:
        assert exc.reason
        return
    _check_invariants(code)


_SCANNER_TOKENS = [*"]Q1dCE0aAfF9-/@.:?=&% \r\n\t\x02\x03", "https://x.org/c?code=", ORDER]
_scannerish = st.lists(st.sampled_from(_SCANNER_TOKENS), max_size=30).map("".join)


@FAST
@given(st.one_of(_scannerish, _scannerish.map(lambda s: f"{ORDER}-{s}")))
def test_scanner_like_text_parses_or_is_malformed(raw: str) -> None:
    try:
        code = parse_code(raw)
    except MalformedCode:
        return
    _check_invariants(code)


@FAST
@given(st.one_of(st.text(max_size=80), _scannerish, _scannerish.map(lambda s: f"{ORDER}-{s}")))
def test_parsing_the_cleaned_text_again_changes_nothing(raw: str) -> None:
    # The store keeps `text` as the canonical code and later scans are parsed again to match it.
    try:
        code = parse_code(raw)
    except MalformedCode:
        return
    assert parse_code(code.text) == code


_identifiers = st.text(alphabet="0123456789abcdef", min_size=6, max_size=6)
_attendee_ids = st.integers(min_value=0, max_value=10**12)


@FAST
@given(st.uuids(version=4), st.one_of(st.none(), st.just(""), _identifiers), _attendee_ids)
def test_ticket_code_round_trip(order: uuid.UUID, identifier: str | None, attendee_id: int) -> None:
    code = parse_code(ticket_code(str(order), identifier, attendee_id))
    assert code.kind is CodeKind.ORDER_ATTENDEE
    assert code.order == str(order)
    if identifier:
        assert code.identifier == identifier
        assert code.suffix == identifier
    else:
        assert code.attendee_id == attendee_id
        assert code.suffix == str(attendee_id)


_prefixes = st.sampled_from(["", " ", "\t", "]Q1", "]C0", "]d2", "]E0", "\ufeff", "\x02"])
_suffixes = st.sampled_from(["", " ", "\r", "\n", "\r\n", "\t", "\x03", " \r\n"])
_wrappers = st.sampled_from(
    [
        "{}",
        "https://tickets.example.org/check/{}",
        "https://tickets.example.org/check/{}/",
        "http://door.example.org/?lang=de&code={}",
        "https://door.example.org/scan?ticket={}#x",
    ]
)


_valid_codes = st.builds(
    ticket_code,
    st.uuids(version=4).map(str),
    st.one_of(st.none(), _identifiers),
    _attendee_ids,
)
_scanner_dressing = st.tuples(_prefixes, _wrappers, _suffixes)


@FAST
@given(_valid_codes, _scanner_dressing, st.data())
def test_variations_of_a_valid_code_parse_the_same(
    canonical: str, dressing: tuple[str, str, str], data: st.DataObject
) -> None:
    expected = parse_code(canonical)
    prefix, wrapper, suffix = dressing
    upper = data.draw(st.lists(st.booleans(), min_size=len(canonical), max_size=len(canonical)))
    varied = "".join(c.upper() if up else c for c, up in zip(canonical, upper, strict=True))
    raw = prefix + wrapper.format(varied) + suffix
    assert parse_code(raw) == expected
    assert parse_code(raw.encode()) == expected
