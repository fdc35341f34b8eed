"""Why a code was not recognised (core/unknown_codes.py), from the code's shape and the reason
the check-in gave; and words for every cause in the GUI and on the command line."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from orga_app.cli_words import unknown_message
from orga_app.core.list_rules import ServerKind
from orga_app.core.unknown_codes import Cause, Explanation, explain
from orga_app.core.verdict import Reason, ScanResult
from orga_app.ui.verdict_words import unknown_words

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
OE = ServerKind.OPEN_EVENT
PRETIX = ServerKind.PRETIX
OE_TICKET = "6f9619ff-8b86-4011-b42d-00c04fc964ff-a1b2c3"
PRETIX_SECRET = "k4m2pq7xwz9rtyu3bn5cde6fgh8jsv2a"


def result(reason: Reason, code: str, *, local: bool = False) -> ScanResult:
    return ScanResult(reason, NOW, code=code, local=local)


@pytest.mark.parametrize(
    ("reason", "code", "kind", "cause", "lookup"),
    [
        (Reason.OTHER_EVENT, OE_TICKET, OE, Cause.OTHER_EVENT, False),
        (Reason.REVOKED, PRETIX_SECRET, PRETIX, Cause.REISSUED, False),
        (Reason.TICKET_CANCELLED, OE_TICKET, OE, Cause.CANCELLED, False),
        # this event's own shape, not in the list: sold since the download, look it up
        (Reason.UNKNOWN_CODE, OE_TICKET, OE, Cause.SOLD_AFTER_DOWNLOAD, True),
        (Reason.UNKNOWN_CODE, PRETIX_SECRET, PRETIX, Cause.SOLD_AFTER_DOWNLOAD, True),
        # the other server type's shape: another ticketing system
        (Reason.UNKNOWN_CODE, PRETIX_SECRET, OE, Cause.OTHER_SYSTEM, False),
        (Reason.UNKNOWN_CODE, OE_TICKET, PRETIX, Cause.OTHER_SYSTEM, False),
        (Reason.UNKNOWN_CODE, "https://shop.example.org/t/XYZ", OE, Cause.OTHER_SYSTEM, False),
        (Reason.UNKNOWN_CODE, "MECARD:N:Doe,Jo;;", OE, Cause.BADGE, False),
        # a vCard without an Eventyay id is unreadable as a ticket: still a badge
        (Reason.UNREADABLE, "BEGIN:VCARD\ufffdFN:Jo Doe\ufffdEND:VCARD", OE, Cause.BADGE, False),
        # a shop product's EAN-13 reads as a (typed-only) number
        (Reason.TYPED_ONLY, "4006381333931", OE, Cause.OTHER_SYSTEM, False),
        (Reason.UNKNOWN_CODE, "hello world", OE, Cause.UNKNOWN, False),
    ],
)
def test_the_likely_cause(
    reason: Reason, code: str, kind: ServerKind, cause: Cause, lookup: bool
) -> None:
    assert explain(result(reason, code), kind) == Explanation(cause, online_lookup=lookup)


def test_an_imported_list_says_not_on_the_list_and_offers_no_look_up() -> None:
    explanation = explain(result(Reason.UNKNOWN_CODE, OE_TICKET, local=True), OE)
    assert explanation == Explanation(Cause.NOT_ON_LIST)


@pytest.mark.parametrize(
    ("reason", "code"),
    [
        (Reason.CHECKED_IN, OE_TICKET),
        (Reason.ALREADY_CHECKED_IN, OE_TICKET),
        (Reason.TYPED_ONLY, "42"),  # an attendee number: its own words say enough
        (Reason.UNREADABLE, "\ufffd\ufffd"),
    ],
)
def test_other_results_get_no_explanation(reason: Reason, code: str) -> None:
    assert explain(result(reason, code), OE) is None


@pytest.mark.parametrize("cause", list(Cause))
def test_every_cause_has_words_in_the_gui_and_the_command_line(cause: Cause) -> None:
    gui = unknown_words(Explanation(cause), "Spring Meetup")
    cli = unknown_message(Explanation(cause), "17")
    assert gui and cli
    if cause is Cause.OTHER_EVENT:
        assert "Spring Meetup" in gui


EVENTYAY_BADGE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jo Doe\r\nX-SOCIALPROFILE;TYPE=EVENTYAY:42\r\nEND:VCARD"
)


def test_a_badge_that_carries_an_attendee_number_is_named_a_badge() -> None:
    # the check-in reads the badge's Eventyay number: "typed only", and only the number is kept
    scanned = result(Reason.TYPED_ONLY, "42")
    assert explain(scanned, OE) is None  # from the result alone it is just a number
    assert explain(scanned, OE, EVENTYAY_BADGE) == Explanation(Cause.BADGE)
