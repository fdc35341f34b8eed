"""One outbox row to a pretix or eventyay-tickets server (the `RowSender` of this backend).

Every row is a scan the door already judged and acted on, so it goes up as pretixSCAN uploads
its offline queue: ``force`` (the person was let in; the server records it even when another
door was first), the scan time as ``datetime``, the row's nonce, ``entry`` or ``exit``.

A row tried before (its answer lost) is simply sent again: the server records one check-in per
nonce for a ticket and list (and device), and answers the repeat with the same ``ok``. So
``already_sent`` never needs to ask the server (measured on both servers:
tests/real_pretix/test_client_real.py, a lost answer re-sent gives one check-in).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from orga_app.core.times import parse_stamp
from orga_app.core.verdict import Reason
from orga_app.store import attendees as attendee_queries
from orga_app.store import door_lists
from orga_app.store.db import Store
from orga_app.store.models import OutboxAction
from orga_app.store.outbox import OutboxRow
from orga_app.sync.errors import ClientDataError, ForbiddenError, NotFoundError, RowHeldError
from orga_app.sync.pretix.client import PretixClient, RedeemRequest
from orga_app.sync.pretix.reasons import door_reason
from orga_app.sync.pretix.records import CheckinType

log = logging.getLogger("orga_app.sync.pretix")

NO_LIST = "Choose the check-in list this door scans for; uploads wait until then."


class PretixSender:
    def __init__(
        self, client: PretixClient, store: Store, event_slug: str, list_id: int | None
    ) -> None:
        self._client = client
        self._store = store
        self._event = event_slug
        self._list_id = list_id

    def _list_for(self, row: OutboxRow, known_lists: set[int]) -> int:
        """The list the door judged the scan against; the door's list now only for rows queued
        before the store kept it (schema v9). Raises RowHeldError while such a row has no door
        list, ClientDataError when its own list is gone from the server (a redeem there would
        answer 404, which reads as "no such ticket")."""
        if row.list_id is None:
            if self._list_id is None:
                raise RowHeldError(detail=NO_LIST)
            return self._list_id
        if row.list_id not in known_lists:
            raise ClientDataError(
                detail=f"the check-in list this scan was made for ({row.list_id}) "
                "is gone from the server"
            )
        return row.list_id

    def already_sent(self, row: OutboxRow) -> bool:
        if row.action is OutboxAction.BADGE_PRINTED:
            # A print log entry has no nonce of its own: the entry carries the row's, and a
            # row whose answer was lost asks the ticket's log before it sends again.
            logs = self._client.print_logs(self._event, row.attendee_id)
            infos = (entry.get("info") for entry in logs)
            return any(isinstance(i, Mapping) and i.get("nonce") == row.nonce for i in infos)
        # Re-sending a scan is safe: the nonce makes the server keep one check-in (module text).
        return False

    def send(self, row: OutboxRow) -> None:
        if row.action is OutboxAction.BADGE_PRINTED:
            self._send_print_log(row)
            return
        with self._store.read() as conn:
            attendee = attendee_queries.get(conn, row.attendee_id)
            known_lists = {x.id for x in door_lists.checkin_lists(conn, row.event_id)}
        if attendee is None or not attendee.code:
            raise ClientDataError(detail="this ticket's code is no longer on this computer")
        scan = RedeemRequest(
            event=self._event,
            list_id=self._list_for(row, known_lists),
            secret=attendee.code,
            nonce=row.nonce,
            type=CheckinType.EXIT if row.action is OutboxAction.CHECK_OUT else CheckinType.ENTRY,
            scanned_at=parse_stamp(row.scanned_at),
            force=True,
        )
        # Nobody waits for an upload: a busy server gets the time it needs (the door's 3 s
        # budget would time out every row on a loaded server and retry them all).
        answer = self._client.redeem(scan, patient=True)
        if answer.ok:
            return
        reason = door_reason(answer, scan.type)
        words = answer.reason_explanation or answer.reason or answer.status.value
        log.info("row %d refused by the server: %s (%s)", row.id, reason.value, words)
        if reason is Reason.UNKNOWN_CODE:
            # Even with force the server has no such ticket (cancelled, or on eventyay-tickets
            # also a revoked code): the row stays under Problems, the door stops admitting it.
            raise NotFoundError(
                status=answer.http_status or None, detail=f"unknown ticket ({words})"
            )
        raise ClientDataError(status=answer.http_status or None, detail=f"{reason.value}: {words}")

    def _send_print_log(self, row: OutboxRow) -> None:
        """The badge printed at this door goes to the ticket's print log (pretix 4.17+), so
        "print once" holds at the other doors after their next download (issue 12)."""
        printed_at = parse_stamp(row.scanned_at)
        if printed_at is None:
            raise ClientDataError(detail=f"unreadable print time {row.scanned_at[:40]!r}")
        info = {"nonce": row.nonce, "device": row.device_name[:100]}
        try:
            self._client.post_print_log(self._event, row.attendee_id, printed_at, info)
        except ForbiddenError as exc:
            # A team token with check-in rights only (no "change orders"): a 403 would pause
            # every upload of this door, so the entry goes to Problems (the badge was printed;
            # a paired device may write the print log).
            raise ClientDataError(
                status=403, detail=f"This account may not write the print log: {exc}"
            ) from exc
