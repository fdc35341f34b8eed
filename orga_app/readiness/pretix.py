"""Readiness lines of a pretix-type event (pretix, eventyay-tickets): may this device or team
token use the door's check-in list now, and does this computer's clock agree with the server's
`Date`? One request (the list itself). The attendee count is not compared: the door holds every
order's positions, the list counts only those it admits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from orga_app.readiness.lines import CheckLine, Level, text
from orga_app.readiness.server import ServerFacts, clock_offset
from orga_app.sync.errors import ApiError, AuthError, ForbiddenError, NotFoundError
from orga_app.sync.pretix.client import PretixClient


@dataclass(frozen=True)
class ListFacts:
    """What the server said about the door's list; `clock` carries the offset or the problem."""

    clock: ServerFacts
    list_name: str | None = None
    refused: str | None = None  # the server refuses this device or token: its words
    list_gone: bool = False


def probe(
    client: PretixClient,
    event_slug: str,
    list_id: int,
    wall: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> ListFacts:
    """Never raises for what the server or the network does."""
    try:
        sent = wall()
        found, date_header = client.checkin_list_status(event_slug, list_id)
        offset = clock_offset(date_header, sent, wall())
    except (AuthError, ForbiddenError) as exc:
        return ListFacts(ServerFacts(problem=str(exc)), refused=str(exc))
    except NotFoundError as exc:
        return ListFacts(ServerFacts(problem=str(exc)), list_gone=True)
    except ApiError as exc:
        return ListFacts(ServerFacts(problem=str(exc)))
    problem = None if offset is not None else "the server's answer has no readable Date"
    return ListFacts(ServerFacts(problem=problem, clock_offset_s=offset), found.name)


def rights_line(facts: ListFacts, who: str) -> CheckLine:
    """`who`: "paired device" or "team token"."""
    title = text("Upload rights")
    if facts.refused is not None:
        detail = text("The server refuses this {who}: {why}", who=who, why=facts.refused)
        fix = text("Pair this computer again with a new token from the organizer (Sign in).")
        return CheckLine("rights", Level.RED, title, detail, fix)
    if facts.list_gone:
        detail = text("The door's check-in list is gone from the server.")
        fix = text("Choose this door's check-in list again on the events page.")
        return CheckLine("rights", Level.RED, title, detail, fix)
    if facts.list_name is None:
        detail = text("Server not reached ({why}).", why=facts.clock.problem or "")
        return CheckLine("rights", Level.AMBER, title, detail, text("Connect and check again."))
    detail = text(
        "May check people in on the list “{name}” as a {who}; the scan time goes up with each.",
        name=facts.list_name,
        who=who,
    )
    return CheckLine("rights", Level.GREEN, title, detail)


def no_list_line() -> CheckLine:
    detail = text("No check-in list chosen for this door: every scan would be refused.")
    fix = text("Choose the door's check-in list on the events page (or `orga-app lists`).")
    return CheckLine("rights", Level.RED, text("Upload rights"), detail, fix)


def attendees_not_compared() -> CheckLine:
    detail = text("Not compared for this server type (the list counts only what it admits).")
    return CheckLine("attendees", Level.NOT_TESTED, text("Attendees against the server"), detail)
