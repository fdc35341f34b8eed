"""pretix / eventyay-tickets REST client: pairing, events, check-in lists, products, orders,
revoked secrets and redeem, over httpx with the project's bounded transport.

Synchronous and safe to share between threads (httpx.Client pools connections). Every failure
leaves as one of the typed errors of ``orga_app.sync.errors``; a redeem the server refuses with a
reason (400 already_redeemed, 404 invalid, ...) is not an error but a ``RedeemAnswer``.

The server's shape is read from what it answers, never from its version number (eventyay-tickets
reports a higher ``pretix_numeric`` than pretix 2026 although its code is older):
``server_kind()`` asks for ``checkinrpc/search/`` without a list, which reads nothing: pretix
answers 400 "No check-in list passed." (the endpoint exists; a scanner device's security profile
allows it), eventyay-tickets 404 (no checkinrpc at all).
"""

from __future__ import annotations

import functools
import importlib.metadata
import json
import logging
import platform
import threading
from collections.abc import Callable, Generator, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal, TypeVar
from urllib.parse import quote

import httpx

from orga_app.sync.answers import decode_json
from orga_app.sync.errors import IncompleteListError, UnexpectedResponseError
from orga_app.sync.http import network_error, no_cookie_jar
from orga_app.sync.pretix.paging import fetch_in_order
from orga_app.sync.pretix.records import (
    CheckinList,
    CheckinType,
    DeviceCredentials,
    Item,
    OddRecordError,
    Order,
    OrderPage,
    Position,
    PretixEvent,
    RedeemAnswer,
    RedeemStatus,
    RevokedSecret,
    checkin_list_from_json,
    device_from_json,
    event_from_json,
    item_from_json,
    items_of,
    mapping,
    order_from_json,
    position_from_json,
    redeem_from_json,
    revoked_from_json,
    stamp,
)
from orga_app.sync.pretix.wire import api_root, error_for
from orga_app.sync.transport import AnswerLimits, bounded_transport, read_bounded

logger = logging.getLogger("orga_app.sync.pretix")

# pretix caps every list at 50 rows a page, whatever page_size asks for.
PAGE_SIZE = 50
# 20,000 tickets are about 400 pages of orders; a list that never ends must still stop.
MAX_PAGES = 5_000
# A look-up at the door wants one ticket: a few results leave room for secrets sharing a prefix.
SEARCH_PAGE = 5
# A redeem at the door waits this long at most before the door answers from local data.
ONLINE_REDEEM_BUDGET = 3.0

# The official apps ask the orders list for exactly what they keep (libpretixsync's
# OrderSyncAdapter): downloads, payments, refunds and fees are dropped to keep pages small.
_ORDER_EXCLUDES = (
    "downloads",
    "payment_date",
    "payment_provider",
    "fees",
    "positions.downloads",
    "payments",
    "refunds",
)

AuthScheme = Literal["Token", "Device"]
Params = list[tuple[str, str | int | float | bool | None]]
_T = TypeVar("_T")
# One page of a list: the response (its headers), the body, the body's results.
_Answer = tuple[httpx.Response, Mapping[str, object], list[object]]


def _has_more(answer: _Answer) -> bool:
    """The server says another page follows (an empty page ends the list whatever it says)."""
    _, page, results = answer
    return bool(page.get("next")) and bool(results)


class ServerKind(StrEnum):
    """Which dialect of the pretix API a server speaks (read from its answers)."""

    PRETIX = "pretix"  # checkinrpc/* exists: redeem through checkinrpc/redeem
    EVENTYAY_TICKETS = "eventyay-tickets"  # no checkinrpc: redeem only through the list


# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RedeemRequest:
    """One scan to send. ``nonce`` is the outbox row's: the server records one check-in per
    nonce, so an answer lost on the way is re-sent without a second check-in."""

    event: str
    list_id: int
    secret: str
    nonce: str
    type: CheckinType = CheckinType.ENTRY
    # The scan time (an offline scan uploaded later); None = now, on the server's clock.
    scanned_at: datetime | None = None
    # True for an offline upload: the door already let this person in.
    force: bool = False
    ignore_unpaid: bool = False


def _wire_time(moment: datetime) -> str:
    """UTC with a Z, as pretixSCAN sends it; a naive time is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


class PretixClient:
    """Talks to one pretix or eventyay-tickets organizer account. Share one instance."""

    def __init__(
        self,
        base_url: str,
        *,
        organizer: str,
        token: str,
        scheme: AuthScheme = "Token",
        timeout: float = 10.0,
        insecure: bool = False,
        transport: httpx.BaseTransport | None = None,
        max_connections: int = 8,
        limits: AnswerLimits | None = None,
        redeem_limits: AnswerLimits | None = None,
        max_pages: int = MAX_PAGES,
        kind: ServerKind | None = None,
    ) -> None:
        self._root = api_root(base_url, insecure=insecure)
        self._org = quote(organizer, safe="")
        self._limits = limits or AnswerLimits()
        # A redeem at the door must answer in a blink or let the local verdict speak.
        self._redeem_limits = redeem_limits or AnswerLimits(
            deadline=ONLINE_REDEEM_BUDGET, max_body_bytes=1024 * 1024
        )
        self.max_pages = max_pages
        self._kind = kind
        self._kind_lock = threading.Lock()
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout),
            verify=True,
            follow_redirects=False,
            headers={
                "Accept": "application/json",
                "User-Agent": "orga-app",
                "Authorization": f"{scheme} {token}",
            },
            transport=transport or bounded_transport(max_connections),
            # No session cookie is ever kept: every request stands on the token alone.
            cookies=no_cookie_jar(),
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PretixClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def api(self) -> str:
        return self._root

    # -- raw requests ----------------------------------------------------------------------

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Params | None = None,
        body: object = None,
        limits: AnswerLimits | None = None,
    ) -> httpx.Response:
        content = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"} if content is not None else None
        request = self._http.build_request(
            method, self._root + path, params=params, content=content, headers=headers
        )
        try:
            response = read_bounded(self._http, request, limits or self._limits)
        except httpx.HTTPError as exc:
            logger.info("%s %s failed: %s", method, path, type(exc).__name__)
            raise network_error(exc) from exc
        logger.debug("%s %s -> %d", method, path, response.status_code)
        return response

    def _get_json(self, path: str, params: Params | None = None) -> tuple[httpx.Response, object]:
        response = self._send("GET", path, params=params)
        if not 200 <= response.status_code < 300:
            raise error_for(response)
        return response, decode_json(response.content)

    def _page(self, path: str, params: Params | None, number: int) -> _Answer:
        query: Params = [*(params or []), ("page_size", PAGE_SIZE), ("page", number)]
        response, body = self._get_json(path, query)
        page = mapping(body)
        results = page.get("results")
        if not isinstance(results, list):
            raise UnexpectedResponseError(detail="a list answer without results")
        return response, page, results[: PAGE_SIZE * 4]

    def _pages(
        self, path: str, params: Params | None = None, *, parallel: bool = False
    ) -> Generator[_Answer, None, None]:
        """Every page of a list, asked for by number: the server's ``next`` links are not
        followed (a hostile one could send the token elsewhere; behind a proxy they may point
        to a path that does not exist).

        ``parallel``: after the first page, the pages its ``count`` announces are fetched a few
        at a time (paging.py), still yielded in order; pages past the announced count (orders
        made meanwhile come last) are read one by one as before.
        """
        answer = self._page(path, params, 1)
        yield answer
        number = 1
        count = answer[1].get("count")
        if parallel and _has_more(answer) and isinstance(count, int):
            last = min(-(-count // PAGE_SIZE), self.max_pages)
            fetch = functools.partial(self._page, path, params)
            with closing(fetch_in_order(fetch, range(2, last + 1))) as answers:
                for answer in answers:
                    number += 1
                    yield answer
                    if not _has_more(answer):
                        return
        while _has_more(answer):
            if number >= self.max_pages:
                raise IncompleteListError(detail=f"more than {self.max_pages} pages")
            number += 1
            answer = self._page(path, params, number)
            yield answer

    def _all(
        self,
        path: str,
        parse: Callable[[object], _T],
        params: Params | None = None,
    ) -> list[_T]:
        found: list[_T] = []
        for _, _, results in self._pages(path, params):
            for entry in results:
                try:
                    found.append(parse(entry))
                except OddRecordError as exc:
                    logger.warning("skipped a record of %s: %s", path, exc.detail)
        return found

    def _event_path(self, event: str) -> str:
        return f"/organizers/{self._org}/events/{quote(event, safe='')}"

    # -- server shape ----------------------------------------------------------------------

    def server_kind(self) -> ServerKind:
        """pretix or eventyay-tickets, asked once and remembered."""
        with self._kind_lock:
            if self._kind is None:
                response = self._send("GET", f"/organizers/{self._org}/checkinrpc/search/")
                status = response.status_code
                if status == 404:
                    # A 404 for a wrong organizer would look the same: the organizer's
                    # events must answer (else that error) before the 404 says "no checkinrpc".
                    self._get_json(f"/organizers/{self._org}/events/", [("page_size", 1)])
                    self._kind = ServerKind.EVENTYAY_TICKETS
                elif status in (405, 400) or 200 <= status < 300:
                    self._kind = ServerKind.PRETIX
                else:
                    raise error_for(response)
                logger.info("server speaks %s", self._kind.value)
            return self._kind

    # -- read ------------------------------------------------------------------------------

    def events(self) -> list[PretixEvent]:
        return self._all(f"/organizers/{self._org}/events/", event_from_json)

    def event(self, slug: str) -> PretixEvent:
        _, body = self._get_json(self._event_path(slug) + "/")
        return event_from_json(body)

    def checkin_lists(self, event: str) -> list[CheckinList]:
        return self._all(self._event_path(event) + "/checkinlists/", checkin_list_from_json)

    def checkin_list_status(self, event: str, list_id: int) -> tuple[CheckinList, str | None]:
        """One check-in list and the answer's ``Date`` header: for the readiness check, whether
        this device or token may use the door's list now, and the server's clock."""
        response, body = self._get_json(f"{self._event_path(event)}/checkinlists/{int(list_id)}/")
        return checkin_list_from_json(body), response.headers.get("Date")

    def items(self, event: str) -> list[Item]:
        return self._all(self._event_path(event) + "/items/", item_from_json)

    def badge_layouts(self, event: str) -> list[Mapping[str, object]]:
        """The badges plugin's layouts (id, name, default, layout, background address);
        NotFoundError where the plugin is not active for the event."""
        return self._all(self._event_path(event) + "/badgelayouts/", mapping)

    def badge_items(self, event: str) -> list[Mapping[str, object]]:
        """Which product prints with which layout (item, layout: None = no badge)."""
        return self._all(self._event_path(event) + "/badgeitems/", mapping)

    def post_print_log(
        self, event: str, position_id: int, printed_at: datetime, info: Mapping[str, str]
    ) -> None:
        """One entry of the ticket's print log: a badge printed at `printed_at` (pretix 4.17+;
        the official apps send the same)."""
        body = {
            "type": "badge",
            "source": "orga-app",
            "datetime": _wire_time(printed_at),
            "successful": True,
            "info": dict(info),
        }
        path = self._event_path(event) + f"/orderpositions/{position_id}/printlog/"
        response = self._send("POST", path, body=body)
        if not 200 <= response.status_code < 300:
            raise error_for(response)

    def print_logs(self, event: str, position_id: int) -> list[Mapping[str, object]]:
        """The ticket's print log as the server has it now."""
        path = self._event_path(event) + f"/orderpositions/{position_id}/"
        _, body = self._get_json(path)
        return [mapping(entry) for entry in items_of(mapping(body).get("print_logs"))]

    def revoked_secrets(self, event: str) -> list[RevokedSecret]:
        return self._all(self._event_path(event) + "/revokedsecrets/", revoked_from_json)

    def order_pages(
        self, event: str, *, modified_since: datetime | None = None
    ) -> Iterator[OrderPage]:
        """The event's orders with their positions, page by page (50 orders a page).

        Without ``modified_since`` every order; with it only those changed since (a check-in
        at another door changes its order), newest change first so that an order changing
        while the pages are read moves to the front and is never skipped. Keep the first
        page's ``generated`` as the next ``modified_since``: it is the server's clock.
        Cancelled positions are listed too (``canceled``), so a refresh can drop them.
        """
        params: Params = [
            ("testmode", "false"),
            ("include_canceled_positions", "true"),
        ]
        params += [("exclude", name) for name in _ORDER_EXCLUDES]
        if modified_since is not None:
            # httpx percent-encodes the "+" of the offset; a raw "+" would read as a space.
            params += [
                ("ordering", "-last_modified"),
                ("modified_since", modified_since.isoformat()),
            ]
        else:
            # Creation time, then the unique code: stable pages (new orders come last; orders
            # are never deleted, only cancelled). By code alone pretix took twice as long a page.
            params.append(("ordering", "datetime,code"))
        seen: set[str] = set()
        # A full download reads its pages a few at a time (bench/RESULTS.md: 20,000 tickets);
        # a refresh reads them one by one, as its order moves while it is read.
        pages = self._pages(
            self._event_path(event) + "/orders/", params, parallel=modified_since is None
        )
        # Closed at once when the caller stops early (a cancel): no page request outlives it.
        with closing(pages):
            for number, (response, page, results) in enumerate(pages, start=1):
                orders: list[Order] = []
                skipped: list[str] = []
                for entry in results:
                    try:
                        order, odd = order_from_json(entry)
                    except OddRecordError as exc:
                        skipped.append(exc.detail or "odd order")
                        continue
                    orders.append(order)
                    skipped.extend(odd)
                codes = {order.code for order in orders}
                if number > 1 and codes and codes <= seen and modified_since is None:
                    # The same page again (page ignored by a proxy) would loop until max_pages.
                    raise IncompleteListError(detail=f"page {number} repeats earlier pages")
                seen |= codes
                count = page.get("count")
                yield OrderPage(
                    orders=tuple(orders),
                    count=count if isinstance(count, int) and not isinstance(count, bool) else None,
                    has_next=bool(page.get("next")),
                    generated=stamp(response.headers.get("X-Page-Generated")),
                    skipped=tuple(skipped),
                )

    def search_positions(self, event: str, list_id: int, query: str) -> list[Position]:
        """The first few positions on the list matching `query` (name, e-mail, order code,
        secret prefix), as the server searches: pretix through ``checkinrpc/search``,
        eventyay-tickets (which lacks it) through the list's ``positions/?search=``."""
        params: Params = [("search", query), ("page_size", SEARCH_PAGE)]
        if self.server_kind() is ServerKind.PRETIX:
            path = f"/organizers/{self._org}/checkinrpc/search/"
            params.append(("list", list_id))
        else:
            path = self._event_path(event) + f"/checkinlists/{list_id}/positions/"
        _, body = self._get_json(path, params)
        found: list[Position] = []
        for entry in items_of(mapping(body).get("results"))[:SEARCH_PAGE]:
            try:
                found.append(position_from_json(entry))
            except OddRecordError as exc:
                logger.warning("skipped a search result: %s", exc.detail)
        return found

    def checkin_list_exists(self, event: str, list_id: int, *, budget: float) -> bool:
        """Does the server still have this check-in list? (A door whose list was deleted must
        choose another, never read every scan as "unknown ticket".) Raises ApiError."""
        path = f"{self._event_path(event)}/checkinlists/{list_id}/"
        limits = AnswerLimits(deadline=budget, max_body_bytes=self._redeem_limits.max_body_bytes)
        response = self._send("GET", path, limits=limits)
        if response.status_code == 404:
            return False
        if not 200 <= response.status_code < 300:
            raise error_for(response)
        return True

    # -- redeem ----------------------------------------------------------------------------

    def redeem(
        self, scan: RedeemRequest, *, patient: bool = False, budget: float | None = None
    ) -> RedeemAnswer:
        """Send one scan; the server's verdict comes back as a RedeemAnswer (refusals too).

        A scan at the door waits ``budget`` seconds at most, connecting included (default
        ONLINE_REDEEM_BUDGET; then the door answers from its own data); ``patient`` (an outbox
        upload, nobody waiting) waits as long as any request.

        pretix: ``checkinrpc/redeem`` with ``lists=[id]``. It treats the scanned text as
        untrusted (the per-list endpoint, with a team token, would match a purely numeric
        code against internal ticket ids) and names every refusal (canceled, revoked, invalid)
        in JSON. eventyay-tickets: only the per-list endpoint. Its generic
        ``checkin/redeem/`` records refused scans as check-ins, so it is never called.
        """
        body: dict[str, object] = {
            "type": scan.type.value,
            "nonce": scan.nonce,
            "force": scan.force,
            "ignore_unpaid": scan.ignore_unpaid,
            # This door asks no questions; with true the server answers "incomplete".
            "questions_supported": False,
            # Without it the per-list endpoint reports a cancelled order as "unpaid".
            "canceled_supported": True,
        }
        if scan.scanned_at is not None:
            body["datetime"] = _wire_time(scan.scanned_at)
        if self.server_kind() is ServerKind.PRETIX:
            path = f"/organizers/{self._org}/checkinrpc/redeem/"
            body |= {"secret": scan.secret, "lists": [scan.list_id], "source_type": "barcode"}
        else:
            if scan.secret.isdecimal():
                # eventyay-tickets' per-list endpoint looks a numeric code up as an internal
                # ticket id too (it has no untrusted_input switch): "17" would admit ticket 17.
                return _refused_locally("invalid", "a number is not a ticket code here")
            secret = quote(scan.secret, safe="")
            path = (
                f"{self._event_path(scan.event)}/checkinlists/{scan.list_id}"
                f"/positions/{secret}/redeem/"
            )
        limits = self._limits if patient else self._redeem_limits
        if budget is not None and not patient:
            limits = AnswerLimits(deadline=budget, max_body_bytes=limits.max_body_bytes)
        response = self._send("POST", path, body=body, limits=limits)
        return self._redeem_answer(response)

    @staticmethod
    def _redeem_answer(response: httpx.Response) -> RedeemAnswer:
        status = response.status_code
        try:
            body: object = json.loads(response.content)
        except (ValueError, RecursionError):
            body = None
        data = mapping(body)
        if 200 <= status < 300:
            if body is None:
                raise UnexpectedResponseError(status=status, detail="the answer is not JSON")
            return redeem_from_json(body, status)
        if status in (400, 404) and isinstance(data.get("status"), str):
            return redeem_from_json(body, status)
        if status == 404 and data.get("detail") is not None and set(data) == {"detail"}:
            # eventyay-tickets' per-list endpoint: unknown, revoked and cancelled tickets all
            # get a bare DRF 404, even with force. The door can only say "unknown ticket".
            return _refused_locally("invalid", None, http_status=404)
        raise error_for(response)


def _refused_locally(reason: str, explanation: str | None, *, http_status: int = 0) -> RedeemAnswer:
    return RedeemAnswer(
        status=RedeemStatus.ERROR,
        reason=reason,
        reason_explanation=explanation,
        position=None,
        require_attention=False,
        checkin_texts=(),
        http_status=http_status,
    )


# ---------------------------------------------------------------------------------------------
# Pairing


def _installed_version() -> str:
    try:
        return importlib.metadata.version("orga-app")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def initialize_device(
    base_url: str,
    init_token: str,
    *,
    hardware_brand: str = "PC",
    hardware_model: str = "Desktop",
    software_brand: str = "orga-app",
    software_version: str = "",
    insecure: bool = False,
    transport: httpx.BaseTransport | None = None,
    limits: AnswerLimits | None = None,
) -> DeviceCredentials:
    """Pair this computer as a device, as the official scanner apps do: the one-time token an
    organizer shows becomes a long-lived device token (``Authorization: Device …``).

    Raises ClientDataError with the server's words for a used or wrong token.
    """
    body = {
        "token": init_token.strip(),
        "hardware_brand": hardware_brand,
        "hardware_model": hardware_model,
        # pretix refuses blank values here; eventyay-tickets ignores the os fields.
        "os_name": platform.system() or "unknown",
        "os_version": platform.release() or "unknown",
        "software_brand": software_brand,
        "software_version": software_version or _installed_version(),
    }
    root = api_root(base_url, insecure=insecure)
    with httpx.Client(
        timeout=httpx.Timeout(10.0),
        verify=True,
        follow_redirects=False,
        headers={"Accept": "application/json", "User-Agent": "orga-app"},
        transport=transport or bounded_transport(1),
        cookies=no_cookie_jar(),
    ) as http:
        request = http.build_request(
            "POST",
            root + "/device/initialize",
            content=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        try:
            response = read_bounded(http, request, limits or AnswerLimits(deadline=30.0))
        except httpx.HTTPError as exc:
            raise network_error(exc) from exc
    if not 200 <= response.status_code < 300:
        raise error_for(response)
    return device_from_json(decode_json(response.content))
