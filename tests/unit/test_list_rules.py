"""core/list_rules.judge: each rule pretix documents for offline checks, one case per rule, in
the server's order (a cancelled order says cancelled even when its product is also wrong)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from orga_app.core.list_rules import (
    CheckinListRules,
    Direction,
    ListRefusal,
    ServerKind,
    TicketFacts,
    judge,
    parse_products,
)

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
STANDARD, VIP = 1, 2
MAIN = CheckinListRules(1, "Main entrance", include_pending=True, allow_entry_after_exit=True)
VIP_LOUNGE = CheckinListRules(
    2, "VIP lounge", all_products=False, products=frozenset({VIP}), include_pending=False
)
PAID = TicketFacts(item_id=STANDARD, order_status="paid")


def refusal(
    rules: CheckinListRules, ticket: TicketFacts, direction: Direction = Direction.ENTRY
) -> ListRefusal | None:
    return judge(rules, ticket, direction, NOW).refusal


def test_a_paid_ticket_that_never_entered_is_admitted() -> None:
    judgement = judge(MAIN, PAID, Direction.ENTRY, NOW)
    assert judgement.admitted
    assert not judgement.unpaid_admitted


@pytest.mark.parametrize("status", ["cancelled", "canceled", "expired"])
def test_a_cancelled_or_expired_order_is_refused_in_both_directions(status: str) -> None:
    ticket = replace(PAID, order_status=status, item_id=STANDARD)
    assert refusal(VIP_LOUNGE, ticket) is ListRefusal.CANCELED  # before the product check
    assert refusal(MAIN, ticket, Direction.EXIT) is ListRefusal.CANCELED


def test_a_pending_order_passes_only_where_the_list_includes_pending() -> None:
    pending = replace(PAID, order_status="pending", item_id=VIP)
    assert refusal(VIP_LOUNGE, pending) is ListRefusal.UNPAID
    judgement = judge(MAIN, pending, Direction.ENTRY, NOW)
    assert judgement.admitted
    assert judgement.unpaid_admitted  # the door says the order is not paid yet


def test_an_unknown_order_status_counts_as_unpaid() -> None:
    odd = replace(PAID, order_status="whatever-the-server-sent", item_id=VIP)
    assert refusal(VIP_LOUNGE, odd) is ListRefusal.UNPAID


def test_a_product_not_on_the_list_is_refused() -> None:
    assert refusal(VIP_LOUNGE, PAID) is ListRefusal.PRODUCT
    assert refusal(VIP_LOUNGE, replace(PAID, item_id=None)) is ListRefusal.PRODUCT
    assert refusal(VIP_LOUNGE, replace(PAID, item_id=VIP)) is None


def test_a_blocked_ticket_is_refused() -> None:
    assert refusal(MAIN, replace(PAID, blocked=True)) is ListRefusal.BLOCKED


def test_the_tickets_own_validity_window_applies_to_entries() -> None:
    early = replace(PAID, valid_from=NOW + timedelta(minutes=1))
    late = replace(PAID, valid_until=NOW - timedelta(minutes=1))
    inside_window = replace(
        PAID, valid_from=NOW - timedelta(hours=1), valid_until=NOW + timedelta(hours=1)
    )
    assert refusal(MAIN, early) is ListRefusal.INVALID_TIME
    assert refusal(MAIN, late) is ListRefusal.INVALID_TIME
    assert refusal(MAIN, inside_window) is None
    assert refusal(MAIN, late, Direction.EXIT) is None  # leaving late is fine


def test_a_list_with_custom_rules_refuses_entry_offline() -> None:
    ruled = replace(MAIN, has_rules=True)
    assert refusal(ruled, PAID) is ListRefusal.RULES
    assert refusal(ruled, PAID, Direction.EXIT) is None


def test_a_second_entry_is_refused_on_a_single_entry_list() -> None:
    inside = replace(PAID, has_entered=True, inside=True)
    assert refusal(MAIN, inside) is ListRefusal.ALREADY_REDEEMED


def test_multiple_entries_are_allowed_where_the_list_says_so() -> None:
    inside = replace(PAID, has_entered=True, inside=True)
    assert refusal(replace(MAIN, allow_multiple_entries=True), inside) is None


def test_entry_after_exit_follows_the_list() -> None:
    left = replace(PAID, has_entered=True, inside=False)
    assert refusal(MAIN, left) is None
    once_only = replace(MAIN, allow_entry_after_exit=False)
    assert refusal(once_only, left) is ListRefusal.ALREADY_REDEEMED


def test_an_exit_is_accepted_even_for_a_ticket_that_is_not_inside() -> None:
    assert refusal(MAIN, PAID, Direction.EXIT) is None
    assert refusal(MAIN, replace(PAID, has_entered=True), Direction.EXIT) is None


def test_exits_still_respect_product_and_blocking() -> None:
    assert refusal(VIP_LOUNGE, PAID, Direction.EXIT) is ListRefusal.PRODUCT
    assert refusal(MAIN, replace(PAID, blocked=True), Direction.EXIT) is ListRefusal.BLOCKED


def test_products_text_from_the_store_ignores_junk() -> None:
    assert parse_products("1, 2,x,,-3,99999999999999999999") == frozenset({1, 2})
    assert parse_products([5, 6]) == frozenset({5, 6})


def test_server_kind_parses_stored_values_and_defaults_to_open_event() -> None:
    assert ServerKind.parse("pretix") is ServerKind.PRETIX
    assert ServerKind.parse("eventyay-tickets").uses_checkin_lists
    assert ServerKind.parse(None) is ServerKind.OPEN_EVENT
    assert ServerKind.parse("nonsense") is ServerKind.OPEN_EVENT
    assert not ServerKind.OPEN_EVENT.uses_checkin_lists
