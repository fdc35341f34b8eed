"""Readiness lines that ask the Open Event server: may this account upload, and by which path;
does the server hold as many attendees as this computer; does this computer's clock agree with
the server's `Date` header. One count request and the role requests (access.py), no more."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from orga_app.readiness.lines import CheckLine, Level, text
from orga_app.sync.errors import ApiError, AuthError
from orga_app.sync.openevent import access
from orga_app.sync.openevent.client import OpenEventClient

# A scan time this far off is still the right minute for a person reading it.
CLOCK_GREEN_S = 60.0
# The station path tells an earlier attempt from a new one by time, allowing 5 min
# (stations.registered_since); past that scan times mislead people and the app alike.
CLOCK_RED_S = 300.0
# Missing attendees above this share of the server's list: many people would be turned away.
MISSING_RED_SHARE = 0.05


@dataclass(frozen=True)
class ServerFacts:
    """What the server said; `problem` is why something could not be asked."""

    problem: str | None = None
    signed_out: bool = False
    role: access.Role | None = None  # None: not asked, or the server cannot tell
    role_asked: bool = False
    count: int | None = None
    clock_offset_s: float | None = None  # server minus this computer; None: not measured


def parse_http_date(value: str | None) -> datetime | None:
    """An HTTP `Date` header as an aware UTC time; None for a missing or unreadable one."""
    if not value or len(value) > 64:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def clock_offset(date_header: str | None, sent: datetime, received: datetime) -> float | None:
    """Seconds the server's clock is ahead of this one: its `Date` (whole seconds, so +0.5 s)
    against the middle of the request."""
    server = parse_http_date(date_header)
    if server is None:
        return None
    middle = sent + (received - sent) / 2
    return (server + timedelta(seconds=0.5) - middle).total_seconds()


def probe(
    client: OpenEventClient,
    event_id: str,
    wall: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> ServerFacts:
    """Ask the server; never raises for what the server or the network does."""
    problem: str | None = None
    count: int | None = None
    offset: float | None = None
    try:
        sent = wall()
        count, date_header = client.attendee_count(event_id)
        offset = clock_offset(date_header, sent, wall())
        if offset is None:
            problem = "the server's answer has no readable Date"
    except AuthError as exc:
        return ServerFacts(problem=str(exc), signed_out=True)
    except ApiError as exc:
        # A registrar may not even list the attendees: the role below says why.
        problem = str(exc)
        if exc.status is None:  # network: the role requests would fail the same way
            return ServerFacts(problem=problem)
    try:
        account = access.fetch_access(client)
    except AuthError as exc:
        return ServerFacts(problem=str(exc), signed_out=True)
    except ApiError as exc:
        return ServerFacts(problem=problem or str(exc), count=count, clock_offset_s=offset)
    role = account.role_for(event_id) if account is not None else None
    return ServerFacts(problem, False, role, True, count, offset)


def _role_words(role: access.Role) -> str:
    return access.ROLE_NAMES[role]


def rights_line(facts: ServerFacts, stored: access.Role | None, event_name: str) -> CheckLine:
    title = text("Upload rights")
    if facts.signed_out:
        detail = text("The server no longer accepts this sign-in: {why}", why=facts.problem or "")
        return CheckLine("rights", Level.RED, title, detail, text("Sign in again."))
    role = facts.role if facts.role_asked else stored
    if not facts.role_asked and facts.problem:
        known = text("Server not reached ({why}).", why=facts.problem)
        if role is None or access.upload_path(role) is not access.UploadPath.NONE:
            fix = text("Connect to the network and check again.")
            return CheckLine("rights", Level.AMBER, title, known, fix)
    if role is None:
        detail = text(
            "The server does not tell this account's role; uploads will try and say so if the "
            "server refuses them."
        )
        return CheckLine("rights", Level.AMBER, title, detail)
    path = access.upload_path(role)
    if path is access.UploadPath.NONE:
        template = (
            "This account has no role in “{event}”"
            if role is access.Role.NONE
            else "This account is {role} for “{event}”"
        ) + ": the server does not let it record check-ins, so scans here would never reach it."
        detail = text(template, role=_role_words(role), event=event_name)
        fix = text(
            "Ask the event's owner to make this account co-organizer (or organizer), or sign in "
            "as a server admin."
        )
        return CheckLine("rights", Level.RED, title, detail, fix)
    if path is access.UploadPath.STATION:
        detail = text(
            "May check people in as {role}, through a registration station: the server records "
            "its own upload time and cannot record check-outs.",
            role=_role_words(role),
        )
        return CheckLine("rights", Level.GREEN, title, detail)
    detail = text(
        "May check people in as {role}: scan time and door name go up with each check-in.",
        role=_role_words(role),
    )
    return CheckLine("rights", Level.GREEN, title, detail)


def attendees_line(local: int, facts: ServerFacts) -> CheckLine:
    title = text("Attendees against the server")
    fix = text("Download the list again now.")
    if facts.count is None:
        why = facts.problem or "the server gave no count"
        detail = text("{local} here; could not compare ({why}).", local=local, why=why)
        return CheckLine("attendees", Level.AMBER, title, detail)
    server = facts.count
    if server == local:
        detail = text("{local} here, as on the server.", local=local)
        return CheckLine("attendees", Level.GREEN, title, detail)
    if server > local:
        missing = server - local
        detail = text(
            "{missing} attendee(s) on the server are not on this computer ({local} of {server}): "
            "their tickets would be refused as unknown.",
            missing=missing,
            local=local,
            server=server,
        )
        level = Level.RED if missing > server * MISSING_RED_SHARE else Level.AMBER
        return CheckLine("attendees", level, title, detail, fix)
    detail = text(
        "{extra} attendee(s) here are no longer on the server ({local} here, {server} there).",
        extra=local - server,
        local=local,
        server=server,
    )
    return CheckLine("attendees", Level.AMBER, title, detail, fix)


def _duration(seconds: float) -> str:
    seconds = abs(seconds)
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def clock_line(facts: ServerFacts) -> CheckLine:
    title = text("Clock")
    offset = facts.clock_offset_s
    if offset is None:
        why = facts.problem or "no Date from the server"
        detail = text("Could not compare with the server's clock ({why}).", why=why)
        return CheckLine("clock", Level.AMBER, title, detail)
    if abs(offset) <= CLOCK_GREEN_S:
        detail = text("Within {off} of the server's clock.", off=_duration(offset))
        return CheckLine("clock", Level.GREEN, title, detail)
    template = (
        "This computer's clock is behind the server's by {off}: scan times would be wrong."
        if offset > 0
        else "This computer's clock is ahead of the server's by {off}: scan times would be wrong."
    )
    detail = text(template, off=_duration(offset))
    fix = text(
        "Set date and time automatically (network time) in the system settings, or correct the "
        "clock and time zone by hand; then check again."
    )
    level = Level.RED if abs(offset) > CLOCK_RED_S else Level.AMBER
    return CheckLine("clock", level, title, detail, fix)
