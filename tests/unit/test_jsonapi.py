"""JSON:API documents and every error shape the Open Event server (or a proxy) sends."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orga_app.sync.answers import parse_retry_after
from orga_app.sync.errors import (
    ApiError,
    AuthError,
    ClientDataError,
    ForbiddenError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    UnexpectedResponseError,
)
from orga_app.sync.openevent.jsonapi import (
    ResourceId,
    error_from_body,
    error_from_payload,
    parse_document,
)

LIST_DOC = {
    "data": [
        {
            "type": "attendee",
            "id": "7",
            "attributes": {"firstname": "Ada", "checkin-times": None},
            "relationships": {
                "order": {"data": {"type": "order", "id": "3"}, "links": {}},
                "ticket": {"data": {"type": "ticket", "id": "2"}},
                "event": {"links": {"related": "/v1/attendees/7/event"}},
                "tags": {"data": [{"type": "tag", "id": "1"}, {"type": "tag", "id": 2}]},
            },
        }
    ],
    "included": [
        {"type": "order", "id": "3", "attributes": {"identifier": "abc-def"}},
        {"type": "ticket", "id": "2", "attributes": {"name": "Standard"}},
    ],
    "meta": {"count": 1089},
    "links": {"self": "/x?page[number]=1", "next": "/x?page[number]=2"},
    "jsonapi": {"version": "1.0"},
}


def test_collection_document_with_included_and_paging() -> None:
    doc = parse_document(LIST_DOC)
    assert doc.is_collection
    assert doc.count == 1089
    assert doc.next_link == "/x?page[number]=2"
    (attendee,) = doc.resources
    assert attendee.id == "7"
    assert attendee.attributes["firstname"] == "Ada"
    assert attendee.relationships["order"] == ResourceId("order", "3")
    assert attendee.relationships["event"] is None
    assert attendee.relationships["tags"] == (ResourceId("tag", "1"), ResourceId("tag", "2"))
    order = doc.related(attendee, "order")
    ticket = doc.related(attendee, "ticket")
    assert order is not None and order.attributes["identifier"] == "abc-def"
    assert ticket is not None and ticket.attributes["name"] == "Standard"
    assert doc.related(attendee, "event") is None


def test_single_document_and_last_page() -> None:
    doc = parse_document(
        {"data": {"type": "event", "id": "1", "attributes": {"name": "X"}}, "links": {"next": None}}
    )
    assert not doc.is_collection
    assert doc.one().attributes == {"name": "X"}
    assert doc.next_link is None
    assert doc.count is None


def test_one_refuses_a_list() -> None:
    with pytest.raises(UnexpectedResponseError):
        parse_document({"data": []}).one()


@pytest.mark.parametrize(
    "payload",
    [
        [],
        "html",
        {"errors": []},
        {"data": [1]},
        {"data": {"id": "1"}},
        {"data": {"type": "a", "attributes": 3}},
    ],
)
def test_malformed_documents_are_typed(payload: object) -> None:
    with pytest.raises(UnexpectedResponseError):
        parse_document(payload)


# --- error shapes ---------------------------------------------------------------------------


def _errors(status: object, source: object, detail: str = "Bad thing") -> dict[str, object]:
    return {
        "errors": [{"status": status, "source": source, "title": "Title", "detail": detail}],
        "jsonapi": {"version": "1.0"},
    }


@pytest.mark.parametrize(
    ("source", "pointer"),
    [
        ({"pointer": "/data/attributes/checkin-times"}, "/data/attributes/checkin-times"),
        ({"parameter": "include"}, "include"),
        (None, None),
        ("/data/id", "/data/id"),
        ({}, None),
    ],
)
@pytest.mark.parametrize("status", [422, "422"])
def test_jsonapi_errors_keep_status_detail_and_source(
    status: object, source: object, pointer: str | None
) -> None:
    exc = error_from_payload(422, _errors(status, source, "Check in time already present"))
    assert isinstance(exc, ClientDataError)
    assert exc.status == 422
    assert exc.detail == "Check in time already present"
    assert exc.title == "Title"
    assert exc.pointer == pointer
    assert str(exc) == "The server refused the change (422): Check in time already present"


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, ClientDataError),
        (401, AuthError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (406, ClientDataError),
        (409, ClientDataError),
        (415, ClientDataError),
        (422, ClientDataError),
        (429, RateLimitedError),
        (500, ServerError),
        (503, ServerError),
        (302, UnexpectedResponseError),
    ],
)
def test_http_status_decides_the_class(status: int, kind: type[ApiError]) -> None:
    exc = error_from_payload(status, _errors(status, None))
    assert type(exc) is kind
    assert exc.status == status


def test_not_found_message_carries_server_detail() -> None:
    exc = error_from_payload(404, _errors(404, None, "TicketHolder: 9 not found"))
    assert str(exc) == "Not found on the server: TicketHolder: 9 not found"
    assert exc.permanent and not exc.transient


def test_bare_rate_limit_object() -> None:
    exc = error_from_body(429, b'{"status": 429, "title": "Request Limit Exceeded"}')
    assert isinstance(exc, RateLimitedError)
    assert exc.title == "Request Limit Exceeded"
    assert exc.retry_after is None
    assert exc.transient
    assert "retrying later" in str(exc)


def test_rate_limit_with_retry_after_seconds() -> None:
    exc = error_from_body(429, b"{}", retry_after_header="120")
    assert exc.retry_after == 120.0
    assert "120 s" in str(exc)


@pytest.mark.parametrize(
    "body", [b'{"error": "Token has expired"}', b'{"msg": "Token has expired"}']
)
def test_plain_auth_error_body(body: bytes) -> None:
    exc = error_from_body(401, body)
    assert isinstance(exc, AuthError)
    assert exc.detail == "Token has expired"
    assert str(exc) == "Login needed, the session is no longer valid: Token has expired"


def test_malformed_token_422_is_an_auth_problem() -> None:
    exc = error_from_body(422, b'{"error": "Not enough segments"}')
    assert isinstance(exc, AuthError)
    assert exc.status == 422


def test_html_502_from_a_proxy() -> None:
    html = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    exc = error_from_body(502, html, reason_phrase="Bad Gateway")
    assert isinstance(exc, ServerError)
    assert exc.status == 502
    assert exc.detail is None
    assert str(exc) == "Server error 502, will retry: Bad Gateway"
    assert "<" not in str(exc)


def test_messages_are_one_short_line() -> None:
    exc = error_from_payload(400, _errors(400, None, "line one\n\n  line two " + "x" * 500))
    assert "\n" not in str(exc)
    assert len(str(exc)) < 220
    assert exc.detail is not None and exc.detail.startswith("line one line two")


# --- Retry-After ------------------------------------------------------------------------------


def test_retry_after_http_date() -> None:
    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("Wed, 01 May 2024 12:00:30 GMT", now=now) == 30.0
    # a date in the past means "now", never a negative wait
    assert parse_retry_after("Wed, 01 May 2024 11:00:00 GMT", now=now) == 0.0


@pytest.mark.parametrize("value", [None, "", "soon", "nan", "inf"])
def test_unusable_retry_after(value: str | None) -> None:
    assert parse_retry_after(value) is None


# --- property: nothing but typed exceptions -------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                ["errors", "status", "title", "detail", "source", "pointer", "error", "msg", "data"]
            )
            | st.text(max_size=5),
            children,
            max_size=5,
        )
    ),
    max_leaves=25,
)


@given(status=st.integers(min_value=0, max_value=999), payload=json_values)
def test_error_parsing_never_raises(status: int, payload: object) -> None:
    exc = error_from_payload(status, payload)
    assert isinstance(exc, ApiError)
    assert exc.status == status
    assert "\n" not in str(exc)
    body = json.dumps(payload).encode()
    assert isinstance(error_from_body(status, body, retry_after_header="x"), ApiError)


@given(payload=json_values)
def test_document_parsing_raises_only_typed_errors(payload: object) -> None:
    try:
        doc = parse_document(payload)
    except ApiError as exc:
        assert isinstance(exc, UnexpectedResponseError)
    else:
        assert isinstance(payload, dict) and "data" in payload
        assert doc.is_collection == isinstance(payload["data"], list)


@given(body=st.binary(max_size=200), retry=st.text(max_size=40))
def test_arbitrary_bytes_give_a_typed_error(body: bytes, retry: str) -> None:
    exc = error_from_body(500, body, retry_after_header=retry)
    assert isinstance(exc, ServerError)
