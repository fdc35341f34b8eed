"""A pretix ticket's print log (``print_logs`` of an order position, pretix 4.17+) → when its
badge was printed: only successful badge prints count, the latest wins, and anything odd in the
answer counts as no print rather than failing the download."""

from __future__ import annotations

from orga_app.sync.pretix.records import badge_printed_at, position_from_json
from orga_app.sync.pretix.rows import attendee_row


def test_latest_successful_badge_print_counts() -> None:
    logs = [
        {"type": "print", "successful": True, "datetime": "2026-12-01T09:00:00Z"},  # a ticket
        {"type": "badge", "successful": False, "datetime": "2026-12-01T11:00:00Z"},  # failed
        {"type": "badge", "successful": True, "datetime": "2026-12-01T09:30:00+01:00"},
        {"type": "badge", "datetime": "2026-12-01T08:45:00Z"},  # older servers: no flag
        {"type": "badge", "successful": True, "datetime": "not a time"},
        "junk", None, 7,
    ]  # fmt: skip
    assert badge_printed_at(logs) == "2026-12-01T08:45:00+00:00"
    assert badge_printed_at([]) is None
    assert badge_printed_at({"type": "badge"}) is None
    assert badge_printed_at(None) is None


def test_the_download_row_carries_the_servers_print() -> None:
    body = {
        "id": 5, "secret": "s3cret", "attendee_name": "Ann Lee", "item": 1,
        "print_logs": [{"type": "badge", "successful": True, "datetime": "2026-12-01T10:00:00Z"}],
    }  # fmt: skip
    printed = attendee_row(position_from_json(body), event_id="o/e", list_id=1)
    assert printed["is_badge_printed"] is True
    assert printed["badge_printed_at"] == "2026-12-01T10:00:00+00:00"
    never = attendee_row(position_from_json({**body, "print_logs": []}), event_id="o/e", list_id=1)
    assert never["is_badge_printed"] is False and never["badge_printed_at"] is None
