"""OpenEventClient against httpx.MockTransport fakes (plus a few real loopback sockets)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import jwt
import pytest

from orga_app.sync.errors import (
    AuthError,
    ClientDataError,
    ForbiddenError,
    InvalidCredentialsError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    TlsError,
    TransientNetworkError,
    UnexpectedResponseError,
)
from orga_app.sync.openevent import OpenEventClient, TokenPair

BASE = "https://api.example.test"
JSON_API = "application/vnd.api+json"
SECRET = "a-test-signing-key-that-is-long-enough-for-hs256"


def make_jwt(identity: object) -> str:
    return jwt.encode({"identity": identity}, SECRET, algorithm="HS256")


Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class FakeServer:
    """Routes (method, path) to handlers and records every request it saw."""

    routes: dict[tuple[str, str], Handler] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def route(self, method: str, path: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.routes[(method, path)] = handler
            return handler

        return register

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
        handler = self.routes.get((request.method, request.url.path))
        if handler is None:
            return httpx.Response(404, json={"errors": [{"status": 404, "detail": "no route"}]})
        return handler(request)

    def client(self, tokens: TokenPair | None = None, **kwargs: Any) -> OpenEventClient:
        return OpenEventClient(BASE, tokens=tokens, transport=httpx.MockTransport(self), **kwargs)


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def client(server: FakeServer) -> Iterator[OpenEventClient]:
    with server.client(TokenPair("access-1", "refresh-1")) as c:
        yield c


def attendee_resource(ident: int, **attrs: object) -> dict[str, object]:
    attributes: dict[str, object] = {
        "firstname": "Ada",
        "lastname": "Lovelace",
        "email": "ada@example.org",
        "identifier": "a1b2c3",
        "ticket-id": 5,
        "is-checked-in": False,
        "checkin-times": None,
        "is-checked-out": False,
        "checkout-times": None,
        "device-name-checkin": None,
        "deleted-at": None,
    }
    attributes.update(attrs)
    return {
        "type": "attendee",
        "id": str(ident),
        "attributes": attributes,
        "relationships": {
            "order": {"data": {"type": "order", "id": "9"}},
            "ticket": {"data": {"type": "ticket", "id": "5"}},
            "event": {"data": {"type": "event", "id": "1"}},
        },
    }


INCLUDED = [
    {"type": "order", "id": "9", "attributes": {"identifier": "0a1b-2c3d", "status": "completed"}},
    {"type": "ticket", "id": "5", "attributes": {"name": "Standard"}},
]


def jsonapi(body: object, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"Content-Type": JSON_API, **headers}
    )


# --- construction -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["http://example.org", "http://10.0.0.5:5000", "ftp://example.org", "example.org"]
)
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="https"):
        OpenEventClient(url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000", "http://127.3.2.1", "http://localhost:5000", "http://[::1]:80"]
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    OpenEventClient(url).close()


def test_insecure_allows_plain_http() -> None:
    OpenEventClient("http://door-server.lan:5000", insecure=True).close()


@pytest.mark.parametrize("base", [BASE, BASE + "/", BASE + "/v1", BASE + "/v1/"])
def test_v1_is_appended_once(server: FakeServer, base: str) -> None:
    server.routes[("GET", "/v1/events/1")] = lambda r: jsonapi(
        {"data": {"type": "event", "id": "1", "attributes": {"name": "Conf"}}}
    )
    with OpenEventClient(
        base, tokens=TokenPair("a", None), transport=httpx.MockTransport(server)
    ) as c:
        assert c.event(1).name == "Conf"
    assert server.requests[0].url.path == "/v1/events/1"


# --- login, tokens, headers -------------------------------------------------------------------


def test_login_asks_for_a_refresh_token(server: FakeServer) -> None:
    @server.route("POST", "/v1/auth/login")
    def login(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        assert body == {
            "email": "ada@example.org",
            "password": "pw",
            "remember-me": True,
            "include-in-response": True,
        }
        return httpx.Response(200, json={"access_token": "A", "refresh_token": "R"})

    seen: list[TokenPair] = []
    with server.client(on_tokens_changed=seen.append) as c:
        tokens = c.login("ada@example.org", "pw")
    assert tokens == TokenPair("A", "R")
    assert seen == [tokens]
    request = server.requests[0]
    assert request.headers["Content-Type"] == "application/json"
    assert "Authorization" not in request.headers
    assert "A" not in repr(tokens) and "R" not in repr(tokens).replace("TokenPair", "")


def test_wrong_password(server: FakeServer) -> None:
    server.routes[("POST", "/v1/auth/login")] = lambda r: httpx.Response(
        401, json={"error": "Invalid Credentials"}
    )
    with server.client() as c, pytest.raises(InvalidCredentialsError) as caught:
        c.login("ada@example.org", "nope")
    assert caught.value.detail == "Invalid Credentials"
    assert str(caught.value) == "Wrong email or password."


def test_login_missing_fields_is_a_data_error(server: FakeServer) -> None:
    server.routes[("POST", "/v1/auth/login")] = lambda r: httpx.Response(
        400, json={"error": "username or password missing"}
    )
    with server.client() as c, pytest.raises(ClientDataError, match="missing"):
        c.login("", "")


def test_jsonapi_headers_and_patch_document(server: FakeServer, client: OpenEventClient) -> None:
    @server.route("PATCH", "/v1/attendees/7")
    def patch(request: httpx.Request) -> httpx.Response:
        return jsonapi({"data": attendee_resource(7, **{"is-checked-in": True})})

    record = client.patch_checkin(7, "2024-05-01T10:00:00.123456+00:00", "Door 1")
    assert record.is_checked_in
    request = server.requests[0]
    assert request.headers["Authorization"] == "JWT access-1"
    assert request.headers["Content-Type"] == JSON_API
    assert request.headers["Accept"] == JSON_API
    assert json.loads(request.content) == {
        "data": {
            "type": "attendee",
            "id": "7",
            "attributes": {
                "is-checked-in": True,
                "is-checked-out": False,
                "checkin-times": "2024-05-01T10:00:00.123456+00:00",
                "device-name-checkin": "Door 1",
            },
        }
    }


def test_checkout_sends_the_full_lists_unchanged(
    server: FakeServer, client: OpenEventClient
) -> None:
    server.routes[("PATCH", "/v1/attendees/7")] = lambda r: jsonapi(
        {"data": attendee_resource(7, **{"is-checked-out": True})}
    )
    times = "2024-05-01T10:00:00+00:00,2024-05-01T12:00:00+00:00"
    client.patch_checkout(7, times, "Door 1,-")
    sent = json.loads(server.requests[0].content)["data"]
    assert sent["type"] == "attendee" and sent["id"] == "7"
    assert sent["attributes"] == {
        "is-checked-in": False,
        "is-checked-out": True,
        "checkin-times": times,
        "device-name-checkin": "Door 1,-",
    }


@pytest.mark.parametrize(
    ("times", "device"),
    [("a,b", "Door"), ("", "Door"), ("2024-05-01T10:00:00+00:00", "Door 1, left")],
)
def test_checkin_sends_exactly_one_time(client: OpenEventClient, times: str, device: str) -> None:
    with pytest.raises(ValueError):
        client.patch_checkin(7, times, device)


def test_no_tokens_means_login_needed(server: FakeServer) -> None:
    with server.client() as c, pytest.raises(AuthError):
        c.tickets(1)
    assert server.requests == []


# --- 401 → refresh → retry ------------------------------------------------------------------


def _protected(server: FakeServer, good_token: str) -> None:
    @server.route("GET", "/v1/events/1/tickets")
    def tickets(request: httpx.Request) -> httpx.Response:
        if request.headers["Authorization"] != f"JWT {good_token}":
            return httpx.Response(401, json={"error": "Token has expired"})
        return jsonapi({"data": [{"type": "ticket", "id": "5", "attributes": {"name": "T"}}]})


def test_401_refreshes_once_and_retries(server: FakeServer) -> None:
    _protected(server, "access-2")

    @server.route("POST", "/v1/auth/token/refresh")
    def refresh(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "JWT refresh-1"
        return httpx.Response(200, json={"access_token": "access-2"})

    seen: list[TokenPair] = []
    with server.client(TokenPair("access-1", "refresh-1"), on_tokens_changed=seen.append) as c:
        assert [t.name for t in c.tickets(1)] == ["T"]
        assert c.tokens == TokenPair("access-2", "refresh-1")
    assert seen == [TokenPair("access-2", "refresh-1")]
    assert [r.url.path for r in server.requests] == [
        "/v1/events/1/tickets",
        "/v1/auth/token/refresh",
        "/v1/events/1/tickets",
    ]


def test_failed_refresh_is_an_auth_error(server: FakeServer, client: OpenEventClient) -> None:
    _protected(server, "never")
    server.routes[("POST", "/v1/auth/token/refresh")] = lambda r: httpx.Response(
        401, json={"error": "Token has been revoked"}
    )
    with pytest.raises(AuthError, match="revoked"):
        client.tickets(1)
    # a second call does not hammer the refresh endpoint with the dead token
    with pytest.raises(AuthError):
        client.tickets(1)
    refreshes = [r for r in server.requests if r.url.path.endswith("/refresh")]
    assert len(refreshes) == 1


def test_still_401_after_refresh_is_an_auth_error(
    server: FakeServer, client: OpenEventClient
) -> None:
    _protected(server, "never")
    server.routes[("POST", "/v1/auth/token/refresh")] = lambda r: httpx.Response(
        200, json={"access_token": "access-2"}
    )
    with pytest.raises(AuthError, match="expired"):
        client.tickets(1)
    assert len(server.requests) == 3


def test_401_without_refresh_token_does_not_refresh(server: FakeServer) -> None:
    _protected(server, "never")
    with server.client(TokenPair("access-1", None)) as c, pytest.raises(AuthError):
        c.tickets(1)
    assert [r.url.path for r in server.requests] == ["/v1/events/1/tickets"]


def test_parallel_401s_refresh_once(server: FakeServer) -> None:
    workers = 8
    # every worker must have been refused before anyone refreshes, or the test proves nothing
    all_refused = threading.Barrier(workers, timeout=10)
    refresh_calls: list[int] = []

    @server.route("GET", "/v1/attendees/1")
    def attendee(request: httpx.Request) -> httpx.Response:
        if request.headers["Authorization"] == "JWT access-1":
            all_refused.wait()
            return httpx.Response(401, json={"error": "Token has expired"})
        return jsonapi({"data": attendee_resource(1)})

    @server.route("POST", "/v1/auth/token/refresh")
    def refresh(request: httpx.Request) -> httpx.Response:
        refresh_calls.append(1)
        return httpx.Response(200, json={"access_token": f"access-{len(refresh_calls) + 1}"})

    results: list[object] = []
    with server.client(TokenPair("access-1", "refresh-1"), max_connections=workers) as c:

        def work() -> None:
            try:
                results.append(c.get_attendee(1).id)
            except Exception as exc:  # collected and asserted on below
                results.append(exc)

        threads = [threading.Thread(target=work) for _ in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=20)
    assert results == [1] * workers
    assert len(refresh_calls) == 1


# --- cookies, error shapes, network ---------------------------------------------------------


def test_cookies_are_never_kept(server: FakeServer, client: OpenEventClient) -> None:
    server.routes[("GET", "/v1/events/1")] = lambda r: httpx.Response(
        200,
        json={"data": {"type": "event", "id": "1", "attributes": {}}},
        headers={"Set-Cookie": "access_token_cookie=abc; Path=/; HttpOnly"},
    )
    client.event(1)
    client.event(1)
    assert "cookie" not in server.requests[1].headers
    assert client.cookie_count == 0


@pytest.mark.parametrize(("headers", "retry_after"), [({}, None), ({"Retry-After": "30"}, 30.0)])
def test_429(
    server: FakeServer,
    client: OpenEventClient,
    headers: dict[str, str],
    retry_after: float | None,
) -> None:
    server.routes[("GET", "/v1/attendees/1")] = lambda r: httpx.Response(
        429, json={"status": 429, "title": "Request Limit Exceeded"}, headers=headers
    )
    with pytest.raises(RateLimitedError) as caught:
        client.get_attendee(1)
    assert caught.value.retry_after == retry_after
    assert caught.value.title == "Request Limit Exceeded"


@pytest.mark.parametrize(
    ("response", "kind"),
    [
        (
            httpx.Response(
                403,
                json={
                    "errors": [
                        {
                            "status": 403,
                            "source": "",
                            "title": "Access Forbidden",
                            "detail": "Only admin or that user itself can update attendee info",
                        }
                    ]
                },
            ),
            ForbiddenError,
        ),
        (
            httpx.Response(404, json={"errors": [{"status": "404", "detail": "TicketHolder: 1"}]}),
            NotFoundError,
        ),
        (
            httpx.Response(502, text="<html><body>Bad Gateway</body></html>"),
            ServerError,
        ),
        (httpx.Response(200, text="<html>Hotel Wi-Fi login</html>"), UnexpectedResponseError),
        (httpx.Response(302, headers={"Location": "https://portal"}), UnexpectedResponseError),
    ],
)
def test_error_responses_are_typed(
    server: FakeServer, client: OpenEventClient, response: httpx.Response, kind: type[Exception]
) -> None:
    server.routes[("GET", "/v1/attendees/1")] = lambda r: response
    with pytest.raises(kind):
        client.get_attendee(1)


@pytest.mark.parametrize(
    ("error", "maybe_applied"),
    [
        (httpx.ConnectError("refused"), False),
        (httpx.ConnectTimeout("slow"), False),
        (httpx.PoolTimeout("busy"), False),
        (httpx.ReadTimeout("slow"), True),
        (httpx.ReadError("reset"), True),
        (httpx.RemoteProtocolError("dropped"), True),
    ],
)
def test_network_errors_say_whether_the_request_may_have_arrived(
    server: FakeServer, client: OpenEventClient, error: httpx.HTTPError, maybe_applied: bool
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise error

    server.routes[("PATCH", "/v1/attendees/1")] = fail
    with pytest.raises(TransientNetworkError) as caught:
        client.patch_checkin(1, "2024-05-01T10:00:00+00:00", "Door")
    assert caught.value.maybe_applied is maybe_applied
    assert caught.value.transient


def test_certificate_failure_is_a_tls_error(server: FakeServer, client: OpenEventClient) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] self-signed certificate")

    server.routes[("GET", "/v1/attendees/1")] = fail
    with pytest.raises(TlsError, match="certificate"):
        client.get_attendee(1)


def _closed_loopback_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_real_connection_refused() -> None:
    url = f"http://127.0.0.1:{_closed_loopback_port()}"
    with (
        OpenEventClient(url, tokens=TokenPair("a", None)) as c,
        pytest.raises(TransientNetworkError) as caught,
    ):
        c.get_attendee(1)
    assert caught.value.maybe_applied is False


def test_real_read_timeout_may_have_applied() -> None:
    # A server that accepts and never answers: the request went out, the outcome is unknown.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        with (
            OpenEventClient(
                f"http://127.0.0.1:{port}", tokens=TokenPair("a", None), timeout=0.3
            ) as c,
            pytest.raises(TransientNetworkError) as caught,
        ):
            c.patch_checkin(1, "2024-05-01T10:00:00+00:00", "Door")
    assert caught.value.maybe_applied is True


# --- reading ----------------------------------------------------------------------------------


def test_attendee_page_maps_included_order_and_ticket(
    server: FakeServer, client: OpenEventClient
) -> None:
    @server.route("GET", "/v1/events/1/attendees")
    def attendees(request: httpx.Request) -> httpx.Response:
        return jsonapi(
            {
                "data": [
                    attendee_resource(
                        3,
                        **{
                            "checkin-times": "2024-05-01T10:00:00+00:00",
                            "device-name-checkin": "Door 1",
                            "is-checked-in": True,
                            "company": "Analytical Engines",
                            "job-title": "Countess",
                        },
                    ),
                    attendee_resource(4, identifier=None, **{"deleted-at": "2024-01-01T00:00:00"}),
                ],
                "included": INCLUDED,
                "meta": {"count": 42},
                "links": {"next": "/v1/events/1/attendees?page[number]=2"},
            },
            ETag='W/"abc"',
        )

    page = client.attendees_page(1, 1, 2)
    params = server.requests[0].url.params
    assert params["include"] == "order,ticket"
    assert params["page[size]"] == "2" and params["page[number]"] == "1"
    assert page.total == 42 and page.has_next and page.etag == 'W/"abc"'
    first, second = page.items
    assert first.id == 3 and first.event_id == "1"
    assert first.order_identifier == "0a1b-2c3d" and first.order_status == "completed"
    assert first.ticket_id == 5 and first.ticket_name == "Standard"
    assert first.checkin_times == "2024-05-01T10:00:00+00:00"
    assert first.device_name_checkin == "Door 1"
    assert first.is_checked_in and not first.is_checked_out and not first.deleted
    assert (first.company, first.job_title) == ("Analytical Engines", "Countess")
    assert second.identifier is None
    assert second.checkin_times == "" and second.checkout_times == ""
    assert second.company is None
    assert second.deleted


def test_304_is_not_modified(server: FakeServer, client: OpenEventClient) -> None:
    server.routes[("GET", "/v1/events/1/attendees")] = lambda r: httpx.Response(
        304, headers={"ETag": 'W/"abc"'}
    )
    page = client.attendees_page(
        1, 1, 100, fields=["is-checked-in", "checkin-times"], etag='W/"abc"'
    )
    request = server.requests[0]
    assert request.headers["If-None-Match"] == 'W/"abc"'
    assert request.url.params["fields[attendee]"] == "is_checked_in,checkin_times"
    assert "include" not in request.url.params
    assert page.not_modified and page.items == () and page.etag == 'W/"abc"'


def test_iter_attendees_pages_through_everything(
    server: FakeServer, client: OpenEventClient
) -> None:
    total = 5

    @server.route("GET", "/v1/events/1/attendees")
    def attendees(request: httpx.Request) -> httpx.Response:
        size = int(request.url.params["page[size]"])
        number = int(request.url.params["page[number]"])
        ids = range((number - 1) * size + 1, min(number * size, total) + 1)
        more = number * size < total
        return jsonapi(
            {
                "data": [attendee_resource(i) for i in ids],
                "included": INCLUDED,
                "meta": {"count": total},
                "links": {"next": "next" if more else None},
            }
        )

    progress: list[tuple[int, int]] = []
    ids = [
        a.id
        for a in client.iter_attendees(1, size=2, progress=lambda d, t: progress.append((d, t)))
    ]
    assert ids == [1, 2, 3, 4, 5]
    assert progress == [(2, 5), (4, 5), (5, 5)]


def test_user_id_from_the_token_then_events(server: FakeServer) -> None:
    server.routes[("GET", "/v1/users/42/events")] = lambda r: jsonapi(
        {
            "data": [
                {
                    "type": "event",
                    "id": "1",
                    "attributes": {
                        "identifier": "abcd1234",
                        "name": "Conf",
                        "starts-at": "2024-05-01T09:00:00+02:00",
                        "ends-at": None,
                        "timezone": "Europe/Berlin",
                        "state": "published",
                        "location-name": "Hall",
                    },
                }
            ],
            "links": {"next": None},
        }
    )
    with server.client(TokenPair(make_jwt(42), None)) as c:
        (event,) = c.events()
    assert event.id == "1" and event.identifier == "abcd1234"
    assert event.starts_at is not None and event.starts_at.utcoffset() is not None
    assert event.starts_at.hour == 9 and event.ends_at is None
    assert (event.timezone, event.state, event.location_name) == (
        "Europe/Berlin",
        "published",
        "Hall",
    )


def test_user_id_falls_back_to_the_server(server: FakeServer) -> None:
    server.routes[("GET", "/v1/users/user-details/get-user-id")] = lambda r: httpx.Response(
        200, json={"user_id": 17}
    )
    with server.client(TokenPair("not-a-jwt", None)) as c:
        assert c.user_id() == 17


def test_tickets(server: FakeServer, client: OpenEventClient) -> None:
    server.routes[("GET", "/v1/events/1/tickets")] = lambda r: jsonapi(
        {
            "data": [
                {
                    "type": "ticket",
                    "id": "5",
                    "attributes": {
                        "name": "VIP",
                        "type": "paid",
                        "is-checkin-restricted": True,
                        "auto-checkin-enabled": False,
                    },
                }
            ]
        }
    )
    (ticket,) = client.tickets(1)
    assert (ticket.id, ticket.name, ticket.type) == (5, "VIP", "paid")
    assert ticket.is_checkin_restricted and not ticket.auto_checkin_enabled
