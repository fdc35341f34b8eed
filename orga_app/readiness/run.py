"""The whole readiness check of one event: local lines at once, the server and the camera asked
in parallel, each bounded in time. Used by `orga-app doctor` and the readiness screen; no Qt."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from orga_app.core.list_rules import ServerKind
from orga_app.readiness import local, pretix, server, usb
from orga_app.readiness.camera import camera_line
from orga_app.readiness.lines import CheckLine, Level, Readiness, text
from orga_app.readiness.printer import printer_lines
from orga_app.settings import Settings
from orga_app.store import door_lists
from orga_app.store import events as event_queries
from orga_app.store.attendees import counts
from orga_app.store.db import Store
from orga_app.sync.openevent import access
from orga_app.sync.openevent.client import OpenEventClient
from orga_app.sync.pretix.client import PretixClient
from orga_app.sync.pretix.download import event_slug

_T = TypeVar("_T")
logger = logging.getLogger("orga_app.readiness")

# The server's answers, all of them: a door waiting on a dead Wi-Fi learns that much quicker
# than by waiting on each request's own timeout.
SERVER_BUDGET_S = 6.0
# Each request's own limit (the client's timeout), well inside the budget.
REQUEST_TIMEOUT_S = 3.0


class NoSuchEventError(LookupError):
    pass


@dataclass(frozen=True)
class DoctorOptions:
    camera: str | None = None  # None: the camera in the settings; "none": no camera here
    kiosk: bool = False  # this computer runs the self check-in kiosk
    server_budget_s: float = SERVER_BUDGET_S
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class ServerAccess:
    """How to reach the signed-in account's server; both None on a door without an account."""

    open_event: Callable[[], OpenEventClient] | None = None
    pretix: Callable[[], PretixClient] | None = None
    pretix_who: str = "team token"  # or "paired device": how the pretix account signs in


def _bounded(
    work: Callable[[], _T], budget_s: float, late: _T, broken: Callable[[Exception], _T]
) -> _T:
    """`work()` on its own thread, waited for at most `budget_s`; `late` when it is not done
    by then (it ends by its requests' own timeouts; its answer is not used); `broken(exc)` when
    it raised (an answer no parser expected must still leave a line, not a missing one)."""
    result: list[_T] = []

    def run() -> None:
        try:
            result.append(work())
        except Exception as exc:  # any failure becomes the line's words
            logger.warning("readiness check failed: %r", exc)
            result.append(broken(exc))

    worker = threading.Thread(target=run, name="readiness-probe", daemon=True)
    worker.start()
    worker.join(budget_s)
    return result[0] if result else late


def _unexpected(exc: Exception) -> server.ServerFacts:
    return server.ServerFacts(problem=f"unexpected answer ({type(exc).__name__}: {exc})")


def _no_answer(budget_s: float) -> server.ServerFacts:
    return server.ServerFacts(problem=f"no answer within {budget_s:.0f} s")


def _open_event_lines(
    event: event_queries.EventInfo,
    local_count: int,
    make_client: Callable[[], OpenEventClient],
    budget_s: float,
) -> list[CheckLine]:
    def work() -> server.ServerFacts:
        try:
            client = make_client()
        except (ValueError, RuntimeError) as exc:  # not signed in, plain http refused
            return server.ServerFacts(problem=str(exc), signed_out=True)
        with client:
            return server.probe(client, event.id)

    facts = _bounded(work, budget_s, _no_answer(budget_s), _unexpected)
    stored = access.parse_role(event.access_role)
    return [
        server.rights_line(facts, stored, event.name),
        server.attendees_line(local_count, facts),
        server.clock_line(facts),
    ]


def _pretix_lines(
    event: event_queries.EventInfo,
    list_id: int | None,
    make_client: Callable[[], PretixClient],
    who: str,
    budget_s: float,
) -> list[CheckLine]:
    if list_id is None:
        nothing = server.ServerFacts(problem="no check-in list chosen")
        return [pretix.no_list_line(), pretix.attendees_not_compared(), server.clock_line(nothing)]

    def work() -> pretix.ListFacts:
        try:
            client = make_client()
        except (ValueError, RuntimeError) as exc:  # no stored token, plain http refused
            return pretix.ListFacts(server.ServerFacts(problem=str(exc)), refused=str(exc))
        with client:
            return pretix.probe(client, event_slug(event.id), list_id)

    facts = _bounded(
        work,
        budget_s,
        pretix.ListFacts(_no_answer(budget_s)),
        lambda exc: pretix.ListFacts(_unexpected(exc)),
    )
    return [
        pretix.rights_line(facts, who),
        pretix.attendees_not_compared(),
        server.clock_line(facts.clock),
    ]


def _server_lines(
    event: event_queries.EventInfo,
    local_count: int,
    list_id: int | None,
    servers: ServerAccess,
    budget_s: float,
) -> list[CheckLine]:
    kind = ServerKind.parse(event.server_kind)
    if not event.is_local and kind.uses_checkin_lists and servers.pretix is not None:
        return _pretix_lines(event, list_id, servers.pretix, servers.pretix_who, budget_s)
    if not event.is_local and not kind.uses_checkin_lists and servers.open_event is not None:
        return _open_event_lines(event, local_count, servers.open_event, budget_s)
    why = (
        text("No server: a list imported from a file.")
        if event.is_local
        else text("Not signed in to this event's server.")
    )
    return [
        CheckLine(key, Level.NOT_TESTED, title, why)
        for key, title in (
            ("rights", text("Upload rights")),
            ("attendees", text("Attendees against the server")),
            ("clock", text("Clock")),
        )
    ]


def _camera_line_or_failure(spec: str, decoder: str) -> CheckLine:
    try:
        return camera_line(spec, decoder)
    except Exception as exc:  # a driver, or a file OpenCV chokes on
        logger.warning("camera check failed: %r", exc)
        detail = text("The check failed: {error}", error=f"{type(exc).__name__}: {exc}")
        fix = text("Choose another camera in Settings; then check again.")
        return CheckLine("camera", Level.RED, text("Camera"), detail, fix)


def check_event(
    store: Store,
    settings: Settings,
    event_id: str,
    servers: ServerAccess | None,
    options: DoctorOptions | None = None,
) -> Readiness:
    """Every readiness line for `event_id`; `servers` reaches the account's server (None: no
    account). Raises NoSuchEventError for an event this store does not hold."""
    options = options or DoctorOptions()
    with store.read() as conn:
        event = event_queries.get(conn, event_id)
        if event is None:
            raise NoSuchEventError(event_id)
        held = counts(conn, event_id)
        paused = event_queries.sync_state(conn, event_id)["paused_reason"]
        list_id = door_lists.door_list_id(conn, event_id)
    spec = options.camera if options.camera is not None else str(settings.get("camera"))
    decoder = str(settings.get("decoder"))
    camera: list[CheckLine] = []
    camera_thread = threading.Thread(
        target=lambda: camera.append(_camera_line_or_failure(spec, decoder)),
        name="readiness-camera",
        daemon=True,
    )
    camera_thread.start()  # beside the server's answers: a camera takes up to 3 s
    remote = _server_lines(
        event, held.attendees, list_id, servers or ServerAccess(), options.server_budget_s
    )
    lines = [
        remote[0],
        local.download_line(event, options.now()),
        remote[1],
        local.outbox_line(held, str(paused) if paused else None),
        remote[2],
    ]
    camera_thread.join()
    lines += [
        *camera,
        usb.usb_scanner_line(usb.scanner_test(settings)),
        *printer_lines(settings),
        local.kiosk_line(str(settings.get("kiosk_pin_hash")), options.kiosk),
        local.disk_line(local.store_room(store)),
        local.integrity_line(store),
    ]
    return Readiness(event_id, lines)
