"""The station upload path: check-ins of accounts that may not PATCH attendees.

Owner, organizer and co-organizer may not PATCH an attendee on the real server, but may register
one through a `registration` station (``POST /v1/user-check-in``). This computer uses one
station per device name and event, found by name or created, its id kept in the store.

What the server does with it, and what follows here:
- It stamps its own time (``register-times``, UTC without offset) and sets ``is-registered``,
  not ``is-checked-in``. The scan time stays on this computer (outbox row and scan log);
  downloads count a registration as a check-in (``counts_as_checked_in``).
- A second registration of the same attendee at the same station on the same (UTC) day is
  refused with 422 "Attendee already registered.". That answer means the server already holds
  this person as registered today (a re-entry, or an earlier attempt whose answer was lost):
  the server's state is what the check-in asks for, and no retry could ever change it, so the
  row is done, not a Problem that would stay forever.
- A check-out cannot be recorded (the server's check-out stations need a room and a session;
  the PATCH is admin-only): such a row fails with that reason, so it shows in Problems where a
  person can discard it, instead of claiming to be on the server.
"""

from __future__ import annotations

import threading

from orga_app.store import events as event_queries
from orga_app.store.attendees import split_list
from orga_app.store.db import Store
from orga_app.store.models import EVENT, STATION, OutboxAction
from orga_app.store.outbox import OutboxRow
from orga_app.sync.errors import ApiError, ClientDataError, ForbiddenError, NotFoundError
from orga_app.sync.openevent import access
from orga_app.sync.openevent.checkin_lists import parse_instant
from orga_app.sync.openevent.client import OpenEventClient
from orga_app.sync.openevent.records import AttendeeRecord

# What the server answers to a second registration the same day (see the module text).
ALREADY_REGISTERED = "attendee already registered"
CHECKOUT_NOT_POSSIBLE = (
    "This account's role cannot record check-outs on this server (only a server admin can); "
    "the check-out is kept on this computer."
)


def _last(csv_list: str) -> str:
    parts = split_list(csv_list)
    return parts[-1] if parts else ""


def registered_after_checkout(
    is_registered: bool, register_times: str, checkout_times: str
) -> bool:
    """Does a station registration stand, i.e. came after the last check-out (if any)?"""
    if not is_registered:
        return False
    registered = parse_instant(_last(register_times))
    checked_out = parse_instant(_last(checkout_times))
    if checked_out is None:
        return True
    return registered is not None and registered > checked_out


def counts_as_checked_in(record: AttendeeRecord) -> bool:
    """A check-in made through a station counts as checked in, unless a later check-out
    (by an admin's door) ended it."""
    if record.is_checked_in:
        return True
    return registered_after_checkout(
        record.is_registered, record.register_times, record.checkout_times
    )


# Shown as the device of a station registration: the server does not say which door it was.
STATION_DEVICE = "registration station"


def checkin_lists(record: AttendeeRecord) -> tuple[str, str]:
    """(check-in times, devices) as this computer keeps them: the server's lists, plus the
    latest station registration when it counts, so a door can say when the person came in.
    Only what the door shows and exports; uploads always read the server's own lists."""
    registered = _last(record.register_times)
    if not registered or not counts_as_checked_in(record) or record.is_checked_in:
        return record.checkin_times, record.device_name_checkin
    times = [t for t in record.checkin_times.split(",") if t.strip()]
    devices = [d for d in record.device_name_checkin.split(",") if d.strip()]
    # Devices run parallel to times; a list left uneven by another client is padded first.
    devices += ["-"] * (len(times) - len(devices))
    return ",".join([*times, registered]), ",".join([*devices, STATION_DEVICE])


def registered_since(row: OutboxRow, server: AttendeeRecord) -> bool:
    """Did an earlier attempt of this check-in reach the server? The server's registration time
    is its own upload time, so it cannot be earlier than the scan (allowing for clocks that
    differ by a few minutes); an older registration is an earlier day's or an earlier entry's."""
    if not server.is_registered:
        return False
    registered = parse_instant(_last(server.register_times))
    scanned = parse_instant(row.scanned_at)
    if registered is None or scanned is None:
        return False
    return (registered - scanned).total_seconds() > -300


def is_already_registered(exc: ApiError) -> bool:
    return isinstance(exc, ClientDataError) and ALREADY_REGISTERED in (exc.reason or "").lower()


def is_role_refusal(exc: ApiError) -> bool:
    """The 422 the server gives a station check-in by an account below co-organizer (recorded:
    tests/fixtures/open_event/user_check_in_registrar.json)."""
    return exc.status == 422 and "only able to check in" in (exc.reason or "").lower()


def station_name(device_name: str) -> str:
    return f"Orga App · {device_name}"[:120]


class StationCheckIns:
    """Sends check-in rows of one event through this computer's registration station."""

    def __init__(self, store: Store, client: OpenEventClient, event_id: str) -> None:
        self._store = store
        self._client = client
        self._event_id = event_id
        self._lock = threading.Lock()

    def send(self, row: OutboxRow) -> None:
        if row.action is OutboxAction.CHECK_IN:
            self.check_in(row)
        else:
            self.check_out(row)

    @staticmethod
    def already_sent(row: OutboxRow, server: AttendeeRecord) -> bool:
        return row.action is OutboxAction.CHECK_IN and registered_since(row, server)

    def check_in(self, row: OutboxRow) -> None:
        """Register the row's attendee; raises ApiError (a 422 "already registered" too: the
        uploader counts it as done, see the module text)."""
        station = self._station(row.device_name)
        try:
            try:
                self._client.register_attendee(station, row.attendee_id)
            except NotFoundError as exc:
                if "station" not in (exc.reason or "").lower():
                    raise  # the attendee is gone
                # The station was deleted on the server: make a new one, once.
                self._forget(row.device_name)
                self._client.register_attendee(self._station(row.device_name), row.attendee_id)
        except ClientDataError as exc:
            if not is_role_refusal(exc):
                raise
            raise self._role_lost(exc) from exc

    def check_out(self, row: OutboxRow) -> None:
        raise ClientDataError(status=None, detail=CHECKOUT_NOT_POSSIBLE)

    def _station(self, device_name: str) -> int:
        name = station_name(device_name)
        # Upload workers run in parallel: one of them finds or creates the station.
        with self._lock:
            with self._store.read() as conn:
                known = conn.execute(
                    STATION.select().where(
                        STATION.c.event_id == self._event_id, STATION.c.name == name
                    )
                ).first()
            if known is not None:
                return int(known._mapping["station_id"])
            try:
                found = [
                    i for i, n in self._client.registration_stations(self._event_id) if n == name
                ]
                station_id = min(found) if found else None
                if station_id is None:
                    station_id = self._client.create_registration_station(self._event_id, name)
            except NotFoundError as exc:
                # Measured: the server hides the event's stations ("Event: N not found") from an
                # account that lost its role. That is about the account, not the attendee.
                raise self._role_lost(exc) from exc
            with self._store.write() as conn:
                conn.execute(
                    STATION.insert()
                    .prefix_with("OR REPLACE")
                    .values(event_id=self._event_id, name=name, station_id=station_id)
                )
            return station_id

    def _role_lost(self, exc: ApiError) -> ForbiddenError:
        """The stored role no longer holds (the account was demoted on the server): forget it,
        so the next upload asks again, and pause uploads instead of failing the row or marking
        the attendee gone (the uploader does that for a 404)."""
        with self._store.write() as conn:
            conn.execute(
                EVENT.update().where(EVENT.c.id == self._event_id).values(access_role=None)
            )
        return ForbiddenError(
            status=exc.status,
            detail=f"this account may no longer check people in to this event ({exc.reason})",
        )

    def _forget(self, device_name: str) -> None:
        with self._lock, self._store.write() as conn:
            conn.execute(
                STATION.delete().where(
                    STATION.c.event_id == self._event_id,
                    STATION.c.name == station_name(device_name),
                )
            )


def choose_route(
    store: Store, client: OpenEventClient, event_id: str
) -> tuple[StationCheckIns | None, str | None]:
    """How this event's check-ins go up: (station sender, or None for the attendee PATCH;
    why uploads must pause, or None). An unknown role is asked from the server first; if that
    fails, the PATCH is tried as before (a 403 then pauses with the server's words)."""
    with store.read() as conn:
        role = access.stored_role(conn, event_id)
        event = event_queries.get(conn, event_id)
    if role is None:
        try:
            account = access.fetch_access(client)
        except ApiError:
            account = None
        if account is None:
            return None, None
        role = account.role_for(event_id)
        with store.write() as conn:
            access.store_roles(conn, account, [event_id])
    path = access.upload_path(role)
    if path is access.UploadPath.NONE:
        return None, access.missing_role_message(role, event.name if event else "")
    if path is access.UploadPath.STATION:
        return StationCheckIns(store, client, event_id), None
    return None, None
