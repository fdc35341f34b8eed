"""pretix records read hostile JSON without raising (except OddRecordError for a record that
cannot be used) and never turn a refusal into an admission."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from orga_app.sync.errors import (
    AuthError,
    ClientDataError,
    ForbiddenError,
    NotFoundError,
    RateLimitedError,
    ServerError,
)
from orga_app.sync.pretix.records import (
    MAX_SECRET,
    MAX_TEXT,
    CheckinType,
    OddRecordError,
    RedeemStatus,
    checkin_list_from_json,
    order_from_json,
    position_from_json,
    redeem_from_json,
)
from orga_app.sync.pretix.wire import api_root, error_for

ODD_VALUES: list[Any] = [None, True, 1.5, -3, "x", [], {}, [1, "a"], {"a": [None]}, 2**40]


def test_a_position_with_any_odd_field_parses_or_is_skipped() -> None:
    base = {"id": 7, "secret": "abc", "attendee_name": "Zoë", "checkins": []}
    for key in (
        "attendee_name",
        "attendee_name_parts",
        "item",
        "checkins",
        "blocked",
        "valid_from",
        "company",
        "order__status",
        "canceled",
    ):
        for value in ODD_VALUES:
            position = position_from_json(base | {key: value})
            assert position.id == 7 and position.secret == "abc"
    for value in ODD_VALUES:
        with pytest.raises(OddRecordError):
            position_from_json(base | {"id": value})


def test_text_is_bounded_and_storable() -> None:
    position = position_from_json(
        {"id": 1, "secret": "s" * 10_000, "attendee_name": "\ud800" + "n" * 10_000}
    )
    assert len(position.secret) == MAX_SECRET
    assert len(position.attendee_name) <= MAX_TEXT
    position.attendee_name.encode("utf-8")  # no lone surrogate left


def test_an_unknown_checkin_type_counts_as_an_entry() -> None:
    position = position_from_json(
        {"id": 1, "secret": "s", "checkins": [{"list": 1, "type": "teleport"}, {"type": "exit"}]}
    )
    assert [c.type for c in position.checkins] == [CheckinType.ENTRY, CheckinType.EXIT]


def test_an_order_keeps_its_good_positions_and_says_which_it_skipped() -> None:
    order, skipped = order_from_json(
        {
            "code": "ABC12",
            "status": "p",
            "email": "a@example.org",
            "invoice_address": {"company": "ACME"},
            "positions": [{"id": 1, "secret": "good"}, {"id": "2", "secret": "bad id"}, "junk"],
        }
    )
    assert [p.secret for p in order.positions] == ["good"]
    assert order.positions[0].order_code == "ABC12"
    assert order.positions[0].email == "a@example.org"
    assert order.positions[0].company == "ACME"
    assert len(skipped) == 2


def test_list_rules_of_any_shape_are_flagged() -> None:
    plain = checkin_list_from_json({"id": 1, "rules": {}})
    assert not plain.has_rules
    odd_rules: list[object] = [{"and": [True]}, [], "x", 0]
    for rules in odd_rules:
        assert checkin_list_from_json({"id": 1, "rules": rules}).has_rules
    assert checkin_list_from_json({"id": 1, "limit_products": [2, "3", None]}).admits_item(2)
    assert not checkin_list_from_json({"id": 1, "limit_products": [2, "3"]}).admits_item(3)


def test_ok_in_a_refused_http_answer_is_not_an_admission() -> None:
    assert redeem_from_json({"status": "ok"}, 400).status is RedeemStatus.OTHER
    assert redeem_from_json({"status": "redeemed"}, 201).status is RedeemStatus.OTHER
    assert not redeem_from_json({"status": ["ok"]}, 201).ok
    answer = redeem_from_json(
        {
            "status": "error",
            "reason": "rules",
            "reason_explanation": "Only before 10:00",
            "position": {"id": "odd"},
            "checkin_texts": ["VIP desk", {"text": "Badge"}, 3],
        },
        400,
    )
    assert answer.reason == "rules" and answer.position is None
    assert answer.checkin_texts == ("VIP desk", "Badge")


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (401, {"detail": "Invalid token."}, AuthError),
        (403, {"detail": "Invalid token."}, AuthError),
        (403, {"detail": "Request denied by device security profile."}, ForbiddenError),
        (404, {"detail": "Not found."}, NotFoundError),
        (400, {"modified_since": ["Enter a valid date/time."]}, ClientDataError),
        (409, b"<html>locked</html>", ServerError),
        (429, {"detail": "slow down"}, RateLimitedError),
        (502, b"<html>bad gateway</html>", ServerError),
    ],
)
def test_error_answers_map_to_the_typed_errors(
    status: int, body: object, expected: type[Exception]
) -> None:
    content = body if isinstance(body, bytes) else httpx.Response(200, json=body).content
    found = error_for(httpx.Response(status, content=content, headers={"Retry-After": "7"}))
    assert type(found) is expected
    if expected is RateLimitedError:
        assert found.retry_after == 7
    if expected is ClientDataError:
        assert found.reason is not None and "valid date" in found.reason


def test_the_api_address_from_what_a_person_pastes() -> None:
    for pasted in (
        "https://tix.example.org",
        "https://tix.example.org/api/v1/",
        " https://tix.example.org/api ",
    ):
        assert api_root(pasted) == "https://tix.example.org/api/v1"
    assert api_root("http://127.0.0.1:8000") == "http://127.0.0.1:8000/api/v1"
    with pytest.raises(ValueError, match="unencrypted"):
        api_root("http://tix.example.org")
