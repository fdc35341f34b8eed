"""The whole readiness check of one event: local lines at once, the server and the camera asked
in parallel, each bounded in time. Used by `orga-app doctor` and the readiness screen; no Qt."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from orga_app.core.list_rules import ServerKind
from orga_app.readiness import local, server, usb
from orga_app.readiness.camera import camera_line
from orga_app.readiness.lines import CheckLine, Level, Readiness, text
from orga_app.settings import Settings
from orga_app.store import events as event_queries
from orga_app.store.attendees import counts
from orga_app.store.db import Store
from orga_app.sync.openevent import access
from orga_app.sync.openevent.client import OpenEventClient

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


def _bounded_probe(
    make_client: Callable[[], OpenEventClient], event_id: str, budget_s: float
) -> server.ServerFacts:
    """The server probe on its own thread, waited for at most `budget_s`. A probe still
    running then is left to end by its requests' own timeouts; its answer is not used."""
    result: list[server.ServerFacts] = []

    def work() -> None:
        try:
            client = make_client()
        except (ValueError, RuntimeError) as exc:  # not signed in, plain http refused
            result.append(server.ServerFacts(problem=str(exc), signed_out=True))
            return
        with client:
            result.append(server.probe(client, event_id))

    worker = threading.Thread(target=work, name="readiness-probe", daemon=True)
    worker.start()
    worker.join(budget_s)
    if result:
        return result[0]
    return server.ServerFacts(problem=f"no answer within {budget_s:.0f} s")


def _server_lines(
    event: event_queries.EventInfo,
    local_count: int,
    make_client: Callable[[], OpenEventClient] | None,
    budget_s: float,
) -> list[CheckLine]:
    kind = ServerKind.parse(event.server_kind)
    if event.is_local or make_client is None or kind.uses_checkin_lists:
        why = (
            text("No server: a list imported from a file.")
            if event.is_local
            else text("Not checked for this server type yet.")
        )
        return [
            CheckLine(key, Level.NOT_TESTED, title, why)
            for key, title in (
                ("rights", text("Upload rights")),
                ("attendees", text("Attendees against the server")),
                ("clock", text("Clock")),
            )
        ]
    facts = _bounded_probe(make_client, event.id, budget_s)
    stored = access.parse_role(event.access_role)
    return [
        server.rights_line(facts, stored, event.name),
        server.attendees_line(local_count, facts),
        server.clock_line(facts),
    ]


def check_event(
    store: Store,
    settings: Settings,
    event_id: str,
    make_client: Callable[[], OpenEventClient] | None,
    options: DoctorOptions | None = None,
) -> Readiness:
    """Every readiness line for `event_id`. `make_client` builds a signed-in Open Event client
    (None: no account). Raises NoSuchEventError for an event this store does not hold."""
    options = options or DoctorOptions()
    with store.read() as conn:
        event = event_queries.get(conn, event_id)
        if event is None:
            raise NoSuchEventError(event_id)
        held = counts(conn, event_id)
        paused = event_queries.sync_state(conn, event_id)["paused_reason"]
    spec = options.camera if options.camera is not None else str(settings.get("camera"))
    camera: list[CheckLine] = []
    camera_thread = threading.Thread(
        target=lambda: camera.append(camera_line(spec, str(settings.get("decoder")))),
        name="readiness-camera",
        daemon=True,
    )
    camera_thread.start()  # beside the server's answers: a camera takes up to 3 s
    remote = _server_lines(event, held.attendees, make_client, options.server_budget_s)
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
        local.kiosk_line(str(settings.get("kiosk_pin_hash")), options.kiosk),
        local.disk_line(local.store_room(store)),
        local.integrity_line(store),
    ]
    return Readiness(event_id, lines)
