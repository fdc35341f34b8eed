"""Open Event API v1 client: login, events, tickets, attendee pages, check-in/out PATCHes.

Synchronous and safe to share between threads: httpx.Client pools connections for concurrent
requests, and the token refresh is serialised so that a burst of parallel 401s refreshes once.
Every failure leaves as one of the typed exceptions in ``orga_app.sync.errors``.
See docs/open-event-api.md for the server behaviour this follows (measured on the real one).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence

import httpx
import jwt

from orga_app.sync.answers import decode_json
from orga_app.sync.backend import EventRecord
from orga_app.sync.credentials import TokenPair
from orga_app.sync.errors import (
    AuthError,
    IncompleteListError,
    InvalidCredentialsError,
    UnexpectedResponseError,
)
from orga_app.sync.http import network_error, no_cookie_jar, secure_base_url
from orga_app.sync.openevent.attendee_pages import parse_attendee_page
from orga_app.sync.openevent.checkin_lists import NO_DEVICE
from orga_app.sync.openevent.jsonapi import (
    JSON_API_MEDIA_TYPE,
    Document,
    Resource,
    error_from_body,
    parse_document,
)
from orga_app.sync.openevent.records import (
    AttendeePage,
    AttendeeRecord,
    TicketRecord,
    attendee_from_resource,
    event_from_resource,
    int_or_none,
    ticket_from_resource,
)
from orga_app.sync.transport import AnswerLimits, bounded_transport, read_bounded

logger = logging.getLogger("orga_app.sync")

_LIST_PAGE_SIZE = 100
# A server whose "next" link never ends must not keep a sync running forever: no real list of
# events or tickets (100 a page) or attendees (up to 1000 a page) comes near this many pages.
MAX_PAGES = 2_000


# ---------------------------------------------------------------------------------------------
# Transport helpers


def api_root(base_url: str, *, insecure: bool) -> str:
    """``<server>/v1``, after refusing URLs that would send tokens in clear text."""
    root = secure_base_url(base_url, insecure=insecure)
    # people paste the API address too; the client appends /v1 itself
    return root if root.endswith("/v1") else root + "/v1"


def _fields_param(fields: Sequence[str]) -> str:
    # Server quirk: one sparse field works dasherized, several must be snake_case.
    if len(fields) == 1:
        return fields[0].replace("_", "-")
    return ",".join(name.replace("-", "_") for name in fields)


def _claims_user_id(access_token: str) -> int | None:
    try:
        claims = jwt.decode(access_token, options={"verify_signature": False})
    except jwt.PyJWTError:
        return None
    for key in ("identity", "sub"):
        found = int_or_none(claims.get(key))
        if found is not None:
            return found
    return None


# ---------------------------------------------------------------------------------------------


class OpenEventClient:
    """Talks to one Open Event server as one user. Share one instance between threads."""

    def __init__(
        self,
        base_url: str,
        *,
        tokens: TokenPair | None = None,
        on_tokens_changed: Callable[[TokenPair], None] | None = None,
        timeout: float = 10.0,
        insecure: bool = False,
        transport: httpx.BaseTransport | None = None,
        max_connections: int = 8,
        limits: AnswerLimits | None = None,
        max_pages: int = MAX_PAGES,
    ) -> None:
        self._root = api_root(base_url, insecure=insecure)
        self._limits = limits or AnswerLimits()
        self.max_pages = max_pages
        self._tokens = tokens
        self._on_tokens_changed = on_tokens_changed
        self._tokens_lock = threading.Lock()
        self._refresh_lock = threading.Lock()
        self._dead_refresh_token: str | None = None
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout),
            limits=httpx.Limits(
                max_connections=max_connections, max_keepalive_connections=max_connections
            ),
            verify=True,
            follow_redirects=False,
            cookies=no_cookie_jar(),
            headers={"Accept": JSON_API_MEDIA_TYPE, "User-Agent": "orga-app"},
            transport=transport or bounded_transport(max_connections),
        )

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> OpenEventClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def tokens(self) -> TokenPair | None:
        with self._tokens_lock:
            return self._tokens

    @property
    def cookie_count(self) -> int:
        """How many cookies the client holds (always 0; exposed so tests can prove it)."""
        return len(self._http.cookies.jar)

    def _set_tokens(self, tokens: TokenPair) -> None:
        with self._tokens_lock:
            self._tokens = tokens
        if self._on_tokens_changed is not None:
            try:
                self._on_tokens_changed(tokens)
            except Exception:
                # Saving to the keyring failing must not fail the sync that refreshed.
                logger.warning("Could not store the new tokens", exc_info=True)

    # -- raw requests ----------------------------------------------------------------------

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | None = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        request = self._http.build_request(
            method, self._root + path, params=params, content=content, headers=headers
        )
        try:
            response = read_bounded(self._http, request, self._limits)
        except httpx.HTTPError as exc:
            logger.info("%s %s failed: %s", method, path, type(exc).__name__)
            raise network_error(exc) from exc
        logger.debug("%s %s -> %d", method, path, response.status_code)
        return response

    @staticmethod
    def _raise_for_status(response: httpx.Response) -> httpx.Response:
        status = response.status_code
        if 200 <= status < 300 or status == 304:
            return response
        raise error_from_body(
            status,
            response.content,
            retry_after_header=response.headers.get("Retry-After"),
            reason_phrase=response.reason_phrase,
        )

    def _authed(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | None = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send with the access token; on 401 refresh once (shared by all threads) and retry."""
        tokens = self.tokens
        if tokens is None:
            raise AuthError(detail="not logged in")
        all_headers = dict(headers or {})
        all_headers["Authorization"] = f"JWT {tokens.access}"
        response = self._send(method, path, params=params, content=content, headers=all_headers)
        if response.status_code == 401 and tokens.refresh:
            fresh = self._refresh_after_401(tokens)
            all_headers["Authorization"] = f"JWT {fresh.access}"
            response = self._send(method, path, params=params, content=content, headers=all_headers)
            if response.status_code == 401:
                # error_from_body maps 401 to AuthError, keeping the server's words
                self._raise_for_status(response)
        return self._raise_for_status(response)

    def _refresh_after_401(self, used: TokenPair) -> TokenPair:
        with self._refresh_lock:
            current = self.tokens
            if current is not None and current.access != used.access:
                return current  # another thread refreshed while this one waited
            if used.refresh is not None and used.refresh == self._dead_refresh_token:
                raise AuthError(detail="the session has expired")
            return self._refresh_locked(used)

    def _refresh_locked(self, tokens: TokenPair) -> TokenPair:
        if tokens.refresh is None:
            raise AuthError(detail="no refresh token; log in again")
        response = self._send(
            "POST", "/auth/token/refresh", headers={"Authorization": f"JWT {tokens.refresh}"}
        )
        if response.status_code in (401, 422):
            self._dead_refresh_token = tokens.refresh
        self._raise_for_status(response)
        body = decode_json(response.content)
        access = body.get("access_token") if isinstance(body, Mapping) else None
        if not isinstance(access, str) or not access:
            raise UnexpectedResponseError(detail="refresh answer without an access token")
        rotated = body.get("refresh_token") if isinstance(body, Mapping) else None
        fresh = TokenPair(access, rotated if isinstance(rotated, str) else tokens.refresh)
        self._set_tokens(fresh)
        logger.info("Access token refreshed")
        return fresh

    def _get_document(
        self,
        path: str,
        params: Mapping[str, str | int] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> tuple[httpx.Response, Document | None]:
        response = self._authed("GET", path, params=params, headers=headers)
        if response.status_code == 304:
            return response, None
        return response, parse_document(decode_json(response.content))

    def _get_all(self, path: str) -> Iterator[tuple[Resource, Document]]:
        seen: set[tuple[str, str | None]] = set()
        for number in range(1, self.max_pages + 1):
            params = {"page[size]": _LIST_PAGE_SIZE, "page[number]": number}
            _, document = self._get_document(path, params)
            if document is None:
                raise UnexpectedResponseError(detail="304 without a conditional request")
            keys = {(resource.type, resource.id) for resource in document.resources}
            if number > 1 and keys and keys <= seen:
                # the same page again (a server or proxy ignoring page[number]) would loop
                raise IncompleteListError(detail=f"page {number} repeats earlier pages")
            seen |= keys
            for resource in document.resources:
                yield resource, document
            if document.next_link is None or not document.resources:
                return
        raise IncompleteListError(detail=f"more than {self.max_pages} pages")

    # -- authentication --------------------------------------------------------------------

    def login(self, email: str, password: str) -> TokenPair:
        """Log in with remember-me so the server also hands out a refresh token."""
        body = {
            "email": email,
            "password": password,
            "remember-me": True,
            "include-in-response": True,
        }
        response = self._send(
            "POST",
            "/auth/login",
            content=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        if response.status_code == 401:
            refused = error_from_body(401, response.content)
            raise InvalidCredentialsError(status=401, title=refused.title, detail=refused.detail)
        self._raise_for_status(response)
        answer = decode_json(response.content)
        if not isinstance(answer, Mapping) or not isinstance(answer.get("access_token"), str):
            raise UnexpectedResponseError(detail="login answer without an access token")
        refresh = answer.get("refresh_token")
        tokens = TokenPair(answer["access_token"], refresh if isinstance(refresh, str) else None)
        with self._refresh_lock:
            self._dead_refresh_token = None
            self._set_tokens(tokens)
        logger.info("Logged in")
        return tokens

    def refresh(self) -> TokenPair:
        """Get a new access token with the refresh token (POST /auth/token/refresh)."""
        with self._refresh_lock:
            tokens = self.tokens
            if tokens is None:
                raise AuthError(detail="not logged in")
            return self._refresh_locked(tokens)

    def user_id(self) -> int:
        """The logged-in user's id: the token's ``identity`` claim, else asked from the server."""
        tokens = self.tokens
        if tokens is None:
            raise AuthError(detail="not logged in")
        from_claims = _claims_user_id(tokens.access)
        if from_claims is not None:
            return from_claims
        response = self._authed("GET", "/users/user-details/get-user-id")
        answer = decode_json(response.content)
        found = int_or_none(answer.get("user_id")) if isinstance(answer, Mapping) else None
        if found is None:
            raise UnexpectedResponseError(detail="no user id in the answer")
        return found

    # -- events and tickets ----------------------------------------------------------------

    def events(self) -> list[EventRecord]:
        """Events of the logged-in user."""
        path = f"/users/{self.user_id()}/events"
        return [event_from_resource(resource) for resource, _ in self._get_all(path)]

    def event(self, event_id: str | int) -> EventRecord:
        _, document = self._get_document(f"/events/{event_id}")
        if document is None:
            raise UnexpectedResponseError(detail="304 without a conditional request")
        return event_from_resource(document.one())

    def tickets(self, event_id: str | int) -> list[TicketRecord]:
        path = f"/events/{event_id}/tickets"
        return [ticket_from_resource(resource) for resource, _ in self._get_all(path)]

    def badge_forms(self, event_id: str | int) -> list[Mapping[str, object]]:
        """The attributes of the event's badge forms (the server nests each form's fields in
        them); orga_app/badges/openevent_forms.py reads them."""
        path = f"/events/{event_id}/badge-forms"
        return [dict(resource.attributes) for resource, _ in self._get_all(path)]

    def fetch_public_file(self, url: str, limits: AnswerLimits) -> bytes:
        """A file the server links to (a badge form's background image), fetched without the
        account's token (it may live on another host) within `limits`."""
        if not url.lower().startswith(("https://", "http://")):
            raise UnexpectedResponseError(detail="not a web address")
        try:
            request = self._http.build_request("GET", url, headers={"Accept": "*/*"})
            response = read_bounded(self._http, request, limits)
        except httpx.InvalidURL as exc:
            raise UnexpectedResponseError(detail="not a web address") from exc
        except httpx.HTTPError as exc:
            raise network_error(exc) from exc
        return self._raise_for_status(response).content

    def event_by_id_or_identifier(self, key: str) -> EventRecord:
        """One event by its number or its identifier (the server routes both); an admin finds
        any published event this way, although the account's event list holds only events
        where it has a role. NotFoundError when there is none."""
        key = key.strip()
        if not key or not all(ch.isalnum() or ch in "-_" for ch in key) or len(key) > 64:
            raise ValueError(f"not an event id or identifier: {key[:64]!r}")
        return self.event(key)

    # -- the account's roles and registration stations (access.py, stations.py) --

    def account_flags(self) -> tuple[int, bool]:
        """(user id, whether the account is a server admin or super admin)."""
        user_id = self.user_id()
        _, document = self._get_document(f"/users/{user_id}")
        if document is None:
            raise UnexpectedResponseError(detail="304 without a conditional request")
        attrs = document.one().attributes
        return user_id, attrs.get("is-admin") is True or attrs.get("is-super-admin") is True

    def role_event_ids(self, user_id: int, relation: str) -> list[str]:
        """Ids of the events where the user holds a role, e.g. ``coorganizer-events``."""
        _, document = self._get_document(f"/users/{user_id}/relationships/{relation}")
        if document is None:
            raise UnexpectedResponseError(detail="304 without a conditional request")
        return [r.id for r in document.resources if r.type == "event" and r.id is not None]

    def registration_stations(self, event_id: str | int) -> list[tuple[int, str]]:
        """(id, name) of the event's stations of type ``registration``."""
        found: list[tuple[int, str]] = []
        for resource, _ in self._get_all(f"/events/{event_id}/stations"):
            ident = int_or_none(resource.id)
            name = resource.attributes.get("station-name")
            kind = resource.attributes.get("station-type")
            if ident is not None and isinstance(name, str) and kind == "registration":
                found.append((ident, name))
        return found

    def create_registration_station(self, event_id: str | int, name: str) -> int:
        body = {
            "data": {
                "type": "station",
                "attributes": {"station-name": name, "station-type": "registration"},
                "relationships": {"event": {"data": {"type": "event", "id": str(event_id)}}},
            }
        }
        response = self._authed(
            "POST",
            "/station",
            content=json.dumps(body).encode(),
            headers={"Content-Type": JSON_API_MEDIA_TYPE},
        )
        created = int_or_none(parse_document(decode_json(response.content)).one().id)
        if created is None:
            raise UnexpectedResponseError(detail="station created without a numeric id")
        return created

    def register_attendee(self, station_id: int, attendee_id: int) -> None:
        """A check-in through a registration station (``POST /v1/user-check-in``). The server
        stamps its own time and sets ``is-registered``/``register-times``, not
        ``is-checked-in``; a second one on the same day at the same station is a 422."""
        body = {
            "data": {
                "type": "user_check_in",
                "relationships": {
                    "station": {"data": {"type": "station", "id": str(station_id)}},
                    "ticket-holder": {"data": {"type": "attendee", "id": str(attendee_id)}},
                },
            }
        }
        self._authed(
            "POST",
            "/user-check-in",
            content=json.dumps(body).encode(),
            headers={"Content-Type": JSON_API_MEDIA_TYPE},
        )

    # -- attendees -------------------------------------------------------------------------

    def attendees_page(
        self,
        event_id: str | int,
        page: int,
        size: int,
        *,
        fields: Sequence[str] | None = None,
        etag: str | None = None,
        after_id: int | None = None,
        filters: Sequence[Mapping[str, object]] = (),
    ) -> AttendeePage:
        """One page (1-based) of an event's attendees, sorted by id so pages stay stable.

        Without ``fields`` the order and ticket are included. With ``fields`` (a sparse status
        refresh) nothing is included and attributes not asked for come back empty. With
        ``after_id`` only attendees with a greater id come back (keyset paging: a deletion
        during a download cannot shift later pages and hide an attendee). ``filters`` are
        further conditions in the server's filter language (snake_case names), all of which
        must hold.
        """
        params: dict[str, str | int] = {"page[size]": size, "page[number]": page, "sort": "id"}
        conditions = list(filters)
        if after_id is not None:
            conditions.append({"name": "id", "op": "gt", "val": after_id})
        if conditions:
            params["filter"] = json.dumps(conditions)
        if fields:
            params["fields[attendee]"] = _fields_param(fields)
        else:
            params["include"] = "order,ticket"
        headers = {"If-None-Match": etag} if etag else None
        response = self._authed(
            "GET", f"/events/{event_id}/attendees", params=params, headers=headers
        )
        new_etag = response.headers.get("ETag") or etag
        if response.status_code == 304:
            return AttendeePage(
                items=(), total=None, has_next=False, etag=new_etag, not_modified=True
            )
        # Straight from the decoded JSON to records (attendee_pages.py: the general
        # parse_document + attendee_from_resource path's outcome at a fraction of its cost).
        parsed = parse_attendee_page(decode_json(response.content), str(event_id))
        if parsed.skipped:
            logger.warning("event %s: skipped %d odd attendee(s): %s", event_id,
                           len(parsed.skipped), "; ".join(parsed.skipped[:5]))  # fmt: skip
        return AttendeePage(
            items=parsed.items,
            total=parsed.total,
            has_next=parsed.next_link is not None and parsed.received > 0,
            etag=new_etag,
            skipped=parsed.skipped,
            received=parsed.received,
            ids=parsed.ids,
        )

    def attendee_count(self, event_id: str | int) -> tuple[int | None, str | None]:
        """(the server's count of the event's attendees, the answer's ``Date`` header): one
        attendee-sized request, for the readiness check (the count against the local list, the
        server's clock against this computer's)."""
        params: dict[str, str | int] = {
            "page[size]": 1,
            "page[number]": 1,
            "fields[attendee]": _fields_param(["identifier"]),
        }
        response, document = self._get_document(f"/events/{event_id}/attendees", params)
        if document is None:
            raise UnexpectedResponseError(detail="304 without a conditional request")
        return document.count, response.headers.get("Date")

    def iter_attendee_pages(
        self,
        event_id: str | int,
        size: int = 1000,
        progress: Callable[[int, int], None] | None = None,
    ) -> Iterator[AttendeePage]:
        """Every page of an event's attendees; ``progress(done, total)`` after each page."""
        done = 0
        for number in range(1, self.max_pages + 1):
            page = self.attendees_page(event_id, number, size)
            done += len(page.items)
            if progress is not None:
                progress(done, max(page.total or 0, done))
            yield page
            if not page.has_next:
                return

    def iter_attendees(
        self,
        event_id: str | int,
        size: int = 1000,
        progress: Callable[[int, int], None] | None = None,
    ) -> Iterator[AttendeeRecord]:
        """Every attendee of an event, page by page."""
        for page in self.iter_attendee_pages(event_id, size, progress):
            yield from page.items

    def get_attendee(self, attendee_id: int) -> AttendeeRecord:
        """A fresh read of one attendee (used before a check-out and after an unsure PATCH)."""
        _, document = self._get_document(f"/attendees/{attendee_id}", {"include": "order,ticket"})
        if document is None:
            raise UnexpectedResponseError(detail="304 without a conditional request")
        return attendee_from_resource(document.one(), document)

    def patch_badge_printed(
        self, attendee_id: int, printed_at: str, current_checkin_times: str
    ) -> AttendeeRecord:
        """The server's badge print log: ``is-badge-printed`` and when. The server refuses any
        PATCH without ``checkin-times`` once the order is past 'initializing' (422), and
        REPLACES the list with what is sent: send it unchanged, as just read."""
        return self._patch_attendee(
            attendee_id,
            {
                "is-badge-printed": True,
                "badge-printed-at": printed_at,
                "checkin-times": current_checkin_times or None,
            },
        )

    def _patch_attendee(self, attendee_id: int, attributes: Mapping[str, object]) -> AttendeeRecord:
        document = {"data": {"type": "attendee", "id": str(attendee_id), "attributes": attributes}}
        response = self._authed(
            "PATCH",
            f"/attendees/{attendee_id}",
            content=json.dumps(document).encode(),
            headers={"Content-Type": JSON_API_MEDIA_TYPE},
        )
        parsed = parse_document(decode_json(response.content))
        return attendee_from_resource(parsed.one(), parsed)

    def patch_checkin(
        self,
        attendee_id: int,
        checkin_time: str,
        device_name: str | None,
        *,
        missing_devices: int = 0,
    ) -> AttendeeRecord:
        """Check in with ONE new time; the server appends it (and the device) to its lists.

        Also clears ``is-checked-out``: the server keeps that flag through a check-in and then
        stamps no time for the next check-out (in, out, in, out would record one check-out).
        ``device_name=None`` leaves the device out; the server then appends ``-`` for it, which
        it accepts even when its stored device and time lists differ in length.
        ``missing_devices`` puts that many ``-`` before the device, so a device list shorter
        than the time list lines up again with this check-in's time (see docs on the 422).
        """
        if not checkin_time or "," in checkin_time:
            raise ValueError("patch_checkin sends exactly one new check-in time")
        attributes: dict[str, object] = {
            "is-checked-in": True,
            "is-checked-out": False,
            "checkin-times": checkin_time,
        }
        if device_name is not None:
            if "," in device_name:
                # the server keeps devices as a comma-separated list parallel to the times
                raise ValueError("a device name must not contain a comma")
            attributes["device-name-checkin"] = ",".join(
                [NO_DEVICE] * max(0, missing_devices) + [device_name]
            )
        return self._patch_attendee(attendee_id, attributes)

    def patch_checkout(
        self, attendee_id: int, current_checkin_times: str, current_devices: str
    ) -> AttendeeRecord:
        """Check out. The server REPLACES the lists with what is sent, so send them unchanged,
        as just read with ``get_attendee``."""
        return self._patch_attendee(
            attendee_id,
            {
                "is-checked-in": False,
                "is-checked-out": True,
                **_list_attributes(current_checkin_times, current_devices),
            },
        )

    def patch_checkin_lists(
        self, attendee_id: int, checkin_times: str, devices: str
    ) -> AttendeeRecord:
        """Write the check-in time and device lists only, leaving both flags as they are (the
        server stores lists sent without ``is-checked-in: true`` exactly as sent). Used to put
        back check-in times another client's stale write dropped."""
        if not checkin_times:
            raise ValueError("patch_checkin_lists restores times; it never empties the list")
        return self._patch_attendee(attendee_id, _list_attributes(checkin_times, devices))


def _list_attributes(checkin_times: str, devices: str) -> dict[str, object]:
    """The lists as a replacing PATCH must carry them: an empty list is ``null``, never ``""``.

    The server counts a stored ``""`` as one (empty) device, so every later check-in with a
    device name would meet the 422 of mismatched lists. With no times the device list is left
    out: the server refuses a device list next to a null time list (422 "Check in Times missing").
    """
    attributes: dict[str, object] = {"checkin-times": checkin_times or None}
    if checkin_times:
        attributes["device-name-checkin"] = devices or None
    return attributes
