"""What a pretix or eventyay-tickets server says, as plain frozen records.

Every record is parsed from hostile JSON: a field of the wrong type reads as absent, text is
bounded and made storable (no lone surrogates), ids must be positive 32-bit integers (the store's
keys). A record that cannot be used at all (a position without an id or a secret) raises
``OddRecordError`` so that a page can skip that one record and keep the rest.
The shapes follow the real servers' answers (../shared/real-servers/pretix/API.md, captured).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from orga_app.core.times import parse_stamp
from orga_app.sync.errors import UnexpectedResponseError

# Names, e-mails and list names: longer text is junk or an attack, cut so no view or row swells.
MAX_TEXT = 300
# A ticket secret: pretix's own are 32 characters, signed ones about 100; the field holds 255.
MAX_SECRET = 255
# How many entries of a list inside one record are read (check-ins of a position, products of a
# check-in list): far above any real count, low enough that one record cannot eat the memory.
MAX_ITEMS = 1_000
# The store keys rows by 32-bit ids; the server's ids are positive.
MAX_ID = (1 << 32) - 1


class OddRecordError(UnexpectedResponseError):
    """One record this app cannot keep (no usable id or secret); the rest of the page stands."""


class CheckinType(StrEnum):
    ENTRY = "entry"
    EXIT = "exit"


class OrderStatus(StrEnum):
    """pretix's one-letter order states."""

    PENDING = "n"
    PAID = "p"
    EXPIRED = "e"
    CANCELED = "c"


# ---------------------------------------------------------------------------------------------
# Field readers: a value of the wrong type is absent, never an exception.


def text(value: object, limit: int = MAX_TEXT) -> str:
    """A string value, stripped of nothing but bounded and storable; '' for any other type."""
    if not isinstance(value, str):
        return ""
    cut = value[:limit]
    # JSON may carry lone surrogates ("\\ud800"), which SQLite cannot store as UTF-8.
    return cut.encode("utf-8", "replace").decode("utf-8")


def opt_text(value: object, limit: int = MAX_TEXT) -> str | None:
    found = text(value, limit)
    return found or None


def usable_id(value: object) -> int | None:
    """A positive integer that fits 32 bits; None for anything else (bools, floats, junk)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 < value <= MAX_ID else None


def flag(value: object) -> bool:
    """True only for JSON true: "false", 1 or a list are not a yes."""
    return value is True


def stamp(value: object) -> datetime | None:
    """An aware UTC datetime, or None for anything unreadable."""
    return parse_stamp(value) if isinstance(value, str) else None


def i18n(value: object) -> str:
    """pretix's translated strings: a plain string, or {"en": …, "de": …}: English first."""
    if isinstance(value, str):
        return text(value)
    if isinstance(value, Mapping):
        preferred = value.get("en")
        if isinstance(preferred, str) and preferred:
            return text(preferred)
        for candidate in value.values():
            if isinstance(candidate, str) and candidate:
                return text(candidate)
    return ""


def mapping(value: object) -> Mapping[str, object]:
    return value if isinstance(value, Mapping) else {}


def items_of(value: object) -> Sequence[object]:
    """A JSON array's first MAX_ITEMS entries; () for anything else."""
    if isinstance(value, list):
        return value[:MAX_ITEMS]
    return ()


def ids_of(value: object) -> frozenset[int]:
    found = (usable_id(entry) for entry in items_of(value))
    return frozenset(ident for ident in found if ident is not None)


# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class DeviceCredentials:
    """What pairing a device gives (POST /api/v1/device/initialize). ``repr`` hides the token."""

    organizer: str
    device_id: int | None
    unique_serial: str
    api_token: str = field(repr=False)
    name: str
    security_profile: str
    gate_name: str | None


@dataclass(frozen=True)
class PretixEvent:
    slug: str
    name: str
    date_from: datetime | None
    date_to: datetime | None
    timezone: str
    has_subevents: bool
    testmode: bool
    live: bool


@dataclass(frozen=True)
class CheckinList:
    """A check-in list and the settings a door needs to judge a scan offline."""

    id: int
    name: str
    all_products: bool
    limit_products: frozenset[int]
    subevent: int | None
    include_pending: bool
    allow_multiple_entries: bool
    allow_entry_after_exit: bool
    # The list has custom rules (a JSON logic tree): the door cannot evaluate those offline,
    # so a local verdict on such a list must say it is unsure.
    has_rules: bool
    addon_match: bool
    exit_all_at: datetime | None
    position_count: int | None
    checkin_count: int | None

    def admits_item(self, item_id: int | None) -> bool:
        return self.all_products or (item_id is not None and item_id in self.limit_products)


@dataclass(frozen=True)
class Item:
    """A product ("item" in the API; eventyay's UI calls them products)."""

    id: int
    name: str
    admission: bool
    active: bool
    variations: Mapping[int, str]
    checkin_attention: bool


@dataclass(frozen=True)
class Checkin:
    """One check-in of a position: which list, entry or exit, and when (the scan time)."""

    list_id: int | None
    type: CheckinType
    # The scan time (pretix's "datetime"; "created" is when the server got it).
    at: datetime | None
    device_id: int | None
    auto_checked_in: bool = False


@dataclass(frozen=True)
class Position:
    """One ticket (an order position) with what a door needs of its order."""

    id: int
    order_code: str
    order_status: str
    secret: str
    attendee_name: str
    given_name: str
    family_name: str
    attendee_email: str
    order_email: str
    company: str
    item_id: int | None
    variation_id: int | None
    subevent_id: int | None
    addon_to: int | None
    checkins: tuple[Checkin, ...]
    # Cancelled on its own (only listed with include_canceled_positions=true).
    canceled: bool
    # Blocked by the organizer (pretix 4.x+ "blocked": a list of reasons, or null).
    blocked: bool
    valid_from: datetime | None
    valid_until: datetime | None
    require_attention: bool
    order_valid_if_pending: bool
    # When a badge of this ticket was last printed, by the server's print log (any device).
    badge_printed_at: str | None = None

    @property
    def email(self) -> str:
        return self.attendee_email or self.order_email

    def checkins_on(self, list_id: int) -> tuple[Checkin, ...]:
        return tuple(c for c in self.checkins if c.list_id == list_id)


@dataclass(frozen=True)
class Order:
    code: str
    status: str
    email: str
    last_modified: datetime | None
    positions: tuple[Position, ...]


@dataclass(frozen=True)
class OrderPage:
    """One page of orders (≤ 50). ``generated`` is the server's X-Page-Generated header: the
    watermark for the next incremental download when this is the first page."""

    orders: tuple[Order, ...]
    count: int | None
    has_next: bool
    generated: datetime | None
    # Why each record of the page that could not be kept was left out.
    skipped: tuple[str, ...] = ()

    @property
    def positions(self) -> tuple[Position, ...]:
        return tuple(position for order in self.orders for position in order.positions)


@dataclass(frozen=True)
class RevokedSecret:
    """An old secret of a re-issued ticket: scanning it is refused as 'revoked'."""

    id: int
    secret: str
    created: datetime | None


class RedeemStatus(StrEnum):
    OK = "ok"
    ERROR = "error"
    INCOMPLETE = "incomplete"
    # Anything else a server may invent: treated as a refusal, never as an admission.
    OTHER = "other"


@dataclass(frozen=True)
class RedeemAnswer:
    """The server's verdict on one scan (an HTTP refusal with a reason is an answer, not an
    error: the door shows it). ``reason`` is the server's code, e.g. ``already_redeemed``."""

    status: RedeemStatus
    reason: str | None
    reason_explanation: str | None
    position: Position | None
    require_attention: bool
    checkin_texts: tuple[str, ...]
    http_status: int

    @property
    def ok(self) -> bool:
        return self.status is RedeemStatus.OK


# ---------------------------------------------------------------------------------------------
# Parsers


def device_from_json(body: object) -> DeviceCredentials:
    data = mapping(body)
    token = text(data.get("api_token"), 1_000)
    if not token:
        raise UnexpectedResponseError(detail="pairing answer without an api_token")
    return DeviceCredentials(
        organizer=text(data.get("organizer")),
        device_id=usable_id(data.get("device_id")),
        unique_serial=text(data.get("unique_serial")),
        api_token=token,
        name=text(data.get("name")),
        security_profile=text(data.get("security_profile")),
        gate_name=opt_text(mapping(data.get("gate")).get("name")),
    )


def event_from_json(body: object) -> PretixEvent:
    data = mapping(body)
    slug = text(data.get("slug"), 50)
    if not slug:
        raise OddRecordError(detail="event without a slug")
    return PretixEvent(
        slug=slug,
        name=i18n(data.get("name")) or slug,
        date_from=stamp(data.get("date_from")),
        date_to=stamp(data.get("date_to")),
        timezone=text(data.get("timezone"), 64) or "UTC",
        has_subevents=flag(data.get("has_subevents")),
        testmode=flag(data.get("testmode")),
        live=flag(data.get("live")),
    )


def _count(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value


def checkin_list_from_json(body: object) -> CheckinList:
    data = mapping(body)
    ident = usable_id(data.get("id"))
    if ident is None:
        raise OddRecordError(detail="check-in list without a usable id")
    rules = data.get("rules")
    return CheckinList(
        id=ident,
        name=text(data.get("name")) or f"List {ident}",
        all_products=flag(data.get("all_products")),
        limit_products=ids_of(data.get("limit_products")),
        subevent=usable_id(data.get("subevent")),
        include_pending=flag(data.get("include_pending")),
        allow_multiple_entries=flag(data.get("allow_multiple_entries")),
        allow_entry_after_exit=flag(data.get("allow_entry_after_exit")),
        # {} and null mean no rules; anything else (even an odd type) is a rule we cannot read.
        has_rules=rules is not None and rules != {},
        addon_match=flag(data.get("addon_match")),
        exit_all_at=stamp(data.get("exit_all_at")),
        position_count=_count(data.get("position_count")),
        checkin_count=_count(data.get("checkin_count")),
    )


def item_from_json(body: object) -> Item:
    data = mapping(body)
    ident = usable_id(data.get("id"))
    if ident is None:
        raise OddRecordError(detail="product without a usable id")
    variations: dict[int, str] = {}
    for entry in items_of(data.get("variations")):
        variation = mapping(entry)
        variation_id = usable_id(variation.get("id"))
        if variation_id is not None:
            variations[variation_id] = i18n(variation.get("value"))
    return Item(
        id=ident,
        name=i18n(data.get("name")) or f"Product {ident}",
        # A missing flag means an admission ticket: pretix's default, and the safe reading
        # for a door (a non-admission product is refused only when the server says so).
        admission=data.get("admission") is not False,
        active=data.get("active") is not False,
        variations=variations,
        checkin_attention=flag(data.get("checkin_attention")),
    )


def checkin_from_json(body: object) -> Checkin:
    data = mapping(body)
    # pretix knows entry and exit; anything else counts as an entry, the reading that never
    # lets a used ticket in twice.
    kind = CheckinType.EXIT if data.get("type") == "exit" else CheckinType.ENTRY
    return Checkin(
        list_id=usable_id(data.get("list")),
        type=kind,
        at=stamp(data.get("datetime")),
        device_id=usable_id(data.get("device_id") if "device_id" in data else data.get("device")),
        auto_checked_in=flag(data.get("auto_checked_in")),
    )


def _name_parts(data: Mapping[str, object], full_name: str) -> tuple[str, str]:
    parts = mapping(data.get("attendee_name_parts"))
    given = text(parts.get("given_name"))
    family = text(parts.get("family_name"))
    if given or family:
        return given, family
    # Other name schemes (title, full name, ...): the whole name stands as the given name.
    return full_name, ""


def position_from_json(
    body: object,
    *,
    order_code: str = "",
    order_status: str = "",
    order_email: str = "",
    order_company: str = "",
) -> Position:
    """One position; the order's code, status and e-mail come from the enclosing order in an
    orders page, from ``order``/``order__status`` fields in a redeem answer."""
    data = mapping(body)
    ident = usable_id(data.get("id"))
    if ident is None:
        raise OddRecordError(detail="ticket without a usable id")
    secret = text(data.get("secret"), MAX_SECRET)
    if not secret.strip():
        raise OddRecordError(detail=f"ticket {ident} without a secret")
    full_name = text(data.get("attendee_name"))
    given, family = _name_parts(data, full_name)
    if not full_name:
        full_name = " ".join(part for part in (given, family) if part)
    return Position(
        id=ident,
        order_code=order_code or text(data.get("order"), 32),
        order_status=order_status or text(data.get("order__status"), 8),
        secret=secret,
        attendee_name=full_name,
        given_name=given,
        family_name=family,
        attendee_email=text(data.get("attendee_email")),
        order_email=order_email,
        company=text(data.get("company")) or order_company,
        item_id=usable_id(data.get("item")),
        variation_id=usable_id(data.get("variation")),
        subevent_id=usable_id(data.get("subevent")),
        addon_to=usable_id(data.get("addon_to")),
        checkins=tuple(checkin_from_json(entry) for entry in items_of(data.get("checkins"))),
        canceled=flag(data.get("canceled")),
        blocked=bool(items_of(data.get("blocked"))) or flag(data.get("blocked")),
        valid_from=stamp(data.get("valid_from")),
        valid_until=stamp(data.get("valid_until")),
        require_attention=flag(data.get("require_attention")),
        order_valid_if_pending=flag(data.get("order__valid_if_pending")),
        badge_printed_at=badge_printed_at(data.get("print_logs")),
    )


def badge_printed_at(logs: object) -> str | None:
    """The latest successful badge print of a position's ``print_logs`` (pretix 4.17+), as an
    ISO time; None when its badge was never printed (or the server has no print log)."""
    times = [
        moment
        for entry in items_of(logs)[:100]
        if isinstance(entry, Mapping)
        and entry.get("type") == "badge"
        and entry.get("successful") is not False
        and (moment := stamp(entry.get("datetime"))) is not None
    ]
    return max(times).isoformat() if times else None


def order_from_json(body: object) -> tuple[Order, tuple[str, ...]]:
    """An order with the positions that could be kept, and why the others were skipped."""
    data = mapping(body)
    code = text(data.get("code"), 32)
    if not code:
        raise OddRecordError(detail="order without a code")
    status = text(data.get("status"), 8)
    email = text(data.get("email"))
    company = text(mapping(data.get("invoice_address")).get("company"))
    positions: list[Position] = []
    skipped: list[str] = []
    for entry in items_of(data.get("positions")):
        try:
            positions.append(
                position_from_json(
                    entry,
                    order_code=code,
                    order_status=status,
                    order_email=email,
                    order_company=company,
                )
            )
        except OddRecordError as exc:
            skipped.append(f"order {code}: {exc.detail}")
    order = Order(
        code=code,
        status=status,
        email=email,
        last_modified=stamp(data.get("last_modified")),
        positions=tuple(positions),
    )
    return order, tuple(skipped)


def revoked_from_json(body: object) -> RevokedSecret:
    data = mapping(body)
    ident = usable_id(data.get("id"))
    secret = text(data.get("secret"), MAX_SECRET)
    if ident is None or not secret:
        raise OddRecordError(detail="revoked secret without an id or a secret")
    return RevokedSecret(id=ident, secret=secret, created=stamp(data.get("created")))


def _checkin_text(entry: object) -> str:
    # pretix sends plain strings; tolerate {"text": ...} objects too.
    return text(entry) if isinstance(entry, str) else text(mapping(entry).get("text"))


def redeem_from_json(body: object, http_status: int) -> RedeemAnswer:
    data = mapping(body)
    raw_status = data.get("status")
    try:
        status = RedeemStatus(raw_status) if isinstance(raw_status, str) else RedeemStatus.OTHER
    except ValueError:
        status = RedeemStatus.OTHER
    if status is RedeemStatus.OK and not 200 <= http_status < 300:
        # "ok" in a refused HTTP answer is not an admission.
        status = RedeemStatus.OTHER
    position: Position | None
    try:
        position = position_from_json(data["position"]) if "position" in data else None
    except OddRecordError:
        position = None
    texts = (_checkin_text(entry) for entry in items_of(data.get("checkin_texts")))
    return RedeemAnswer(
        status=status,
        reason=opt_text(data.get("reason"), 64),
        reason_explanation=opt_text(data.get("reason_explanation")),
        position=position,
        require_attention=flag(data.get("require_attention")),
        checkin_texts=tuple(found for found in texts if found),
        http_status=http_status,
    )
