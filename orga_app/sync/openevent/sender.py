"""One outbox row to the Open Event server (the `RowSender` of this backend).

Admins write the attendee's check-in lists with a PATCH, which keeps the scan time and device;
other roles that may check people in go through a registration station (stations.py). The
server is not idempotent: a repeated check-in time replaces the whole history (docs/open-event-
api.md PATCH rule 4), so a row tried before is read back from the server before it is re-sent.
"""

from __future__ import annotations

import logging

from orga_app.store.models import OutboxAction
from orga_app.store.outbox import OutboxRow
from orga_app.sync.errors import ClientDataError
from orga_app.sync.openevent.checkin_lists import (
    DEVICE_MISMATCH,
    already_applied,
    missing_devices,
    restored_lists,
)
from orga_app.sync.openevent.client import OpenEventClient
from orga_app.sync.openevent.records import AttendeeRecord
from orga_app.sync.openevent.stations import StationCheckIns, is_already_registered

log = logging.getLogger("orga_app.sync")

# A check-out whose written lists someone else's stale write then shortened is repaired at most
# this many times; two clients fighting over one attendee must not loop forever.
_RESTORE_ROUNDS = 3


class OpenEventSender:
    def __init__(self, client: OpenEventClient, stations: StationCheckIns | None) -> None:
        self._client = client
        # Set when this account's role may not PATCH: check-ins then go through a station.
        self._stations = stations

    def already_sent(self, row: OutboxRow) -> bool:
        server = self._client.get_attendee(row.attendee_id)
        if row.action is OutboxAction.BADGE_PRINTED:
            return server.is_badge_printed
        return already_applied(row, server) or (
            self._stations is not None and self._stations.already_sent(row, server)
        )

    def send(self, row: OutboxRow) -> None:
        if row.action is OutboxAction.BADGE_PRINTED:
            self._badge_printed(row)
            return
        try:
            if self._stations is not None:
                self._stations.send(row)
            elif row.action is OutboxAction.CHECK_IN:
                self._check_in(row)
            else:
                self._check_out(row)
        except ClientDataError as exc:
            if "already present" in (exc.reason or "").lower() or is_already_registered(exc):
                return  # a newer server's answer to a repeated time: the check-in is there
            raise

    def _badge_printed(self, row: OutboxRow) -> None:
        if self._stations is not None:
            # Only admins may PATCH an attendee; a 403 would pause every upload of this door,
            # so the print log entry goes to Problems (the badge itself was printed).
            raise ClientDataError(
                status=403, detail="This account may not record badge prints on the server"
            )
        fresh = self._client.get_attendee(row.attendee_id)
        if fresh.is_badge_printed:
            return  # another door logged it (or an earlier try of this row got through)
        self._client.patch_badge_printed(row.attendee_id, row.scanned_at, fresh.checkin_times)
        self._put_back_dropped_times(row, fresh)

    def _check_in(self, row: OutboxRow) -> None:
        try:
            self._client.patch_checkin(row.attendee_id, row.scanned_at, row.device_name)
        except ClientDataError as exc:
            if DEVICE_MISMATCH not in (exc.reason or "").lower():
                raise
            self._check_in_beside_mismatched_lists(row)

    def _check_in_beside_mismatched_lists(self, row: OutboxRow) -> None:
        """The server refuses every check-in that carries a device name while its stored device
        and time lists differ in length (left by another client or a check-out), and changes
        nothing. The scan time must still get there, with the history kept.

        Read back first (the refusal changed nothing, but this is the rule before any resend:
        a repeated time would replace the whole history). Where devices are missing, pad the
        sent device with ``-`` so the lists line up again and this scan keeps its device;
        otherwise (or if that is refused too) send the time without a device name, which the
        server accepts, appending ``-``.
        """
        server = self._client.get_attendee(row.attendee_id)
        if already_applied(row, server):
            return
        missing = missing_devices(server)
        if missing > 0:
            try:
                self._client.patch_checkin(
                    row.attendee_id, row.scanned_at, row.device_name, missing_devices=missing
                )
                return
            except ClientDataError as exc:
                if DEVICE_MISMATCH not in (exc.reason or "").lower():
                    raise
        log.info("attendee %s: check-in sent without a device name (lists misaligned on the "
                 "server)", row.attendee_id)  # fmt: skip
        self._client.patch_checkin(row.attendee_id, row.scanned_at, None)

    def _check_out(self, row: OutboxRow) -> None:
        """The server REPLACES the check-in lists with what a check-out sends. Read them right
        before writing, so a check-in another door uploaded since any earlier read is kept; and
        read again after, putting back any time a stale write by someone else dropped."""
        fresh = self._client.get_attendee(row.attendee_id)
        if already_applied(row, fresh):
            return
        self._client.patch_checkout(row.attendee_id, fresh.checkin_times, fresh.device_name_checkin)
        self._put_back_dropped_times(row, fresh)

    def _put_back_dropped_times(self, row: OutboxRow, fresh: AttendeeRecord) -> None:
        """After a PATCH that sent the lists as read (`fresh`): read again and put back any
        check-in time a stale write by someone else dropped meanwhile."""
        for _ in range(_RESTORE_ROUNDS):
            after = self._client.get_attendee(row.attendee_id)
            lists = restored_lists(fresh, after)
            if lists is None:
                return
            log.warning("attendee %s: check-in times dropped by another write; putting them back",
                        row.attendee_id)  # fmt: skip
            self._client.patch_checkin_lists(row.attendee_id, lists.times, lists.devices)
        log.error("attendee %s: check-in times keep disappearing; left as the server has them",
                  row.attendee_id)  # fmt: skip
