"""The online check of a pretix or eventyay-tickets door (core/online.py's `OnlineCheck`).

One scan goes to the server (pretix: ``checkinrpc/redeem``; eventyay-tickets: the per-list
endpoint; the client picks) with the scan's nonce and time, without ``force``, within a short
budget, connecting included. The answer becomes a door reason (reasons.py), and the ticket it
names is added to or refreshed in the store with the download's own mapping (rows.py), so that a
ticket sold after the download shows with its name and counts at once.

Bad Wi-Fi must not slow every scan by the budget: after a timeout, a connection failure or a
failing server, the check is skipped for HOLD_SECONDS (the door answers locally at once) and
tried again on the first scan after that. A refused token (401/403) is no network trouble:
the state says a sign-in is needed, and scans are judged locally meanwhile.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import select

from orga_app.core.list_rules import Direction
from orga_app.core.online import OnlineAnswer, OnlineRequest, OnlineState
from orga_app.core.verdict import Reason
from orga_app.store import attendees as attendee_queries
from orga_app.store.db import Store
from orga_app.store.door_lists import split_event_id
from orga_app.store.models import ATTENDEE
from orga_app.sync.errors import ApiError, AuthError, ClientDataError, ForbiddenError
from orga_app.sync.pretix.client import PretixClient, RedeemRequest, ServerKind
from orga_app.sync.pretix.reasons import door_reason
from orga_app.sync.pretix.records import CheckinType, RedeemAnswer
from orga_app.sync.pretix.rows import attendee_row

log = logging.getLogger("orga_app.sync.pretix")

# The door's wait for the server, connecting included (the `online_budget` setting).
DEFAULT_BUDGET = 1.5
# After no answer in time, scans are judged locally for this long before the server is asked
# again (each scan would otherwise wait the whole budget on a dead Wi-Fi).
HOLD_SECONDS = 30.0


class PretixOnlineCheck:
    """Shared by every scan of one account (thread-safe: the state is behind a lock)."""

    def __init__(
        self,
        client: PretixClient,
        store: Store,
        *,
        budget: float = DEFAULT_BUDGET,
        hold: float = HOLD_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._store = store
        self._budget = budget
        self._hold = hold
        self._clock = clock
        self._lock = threading.Lock()
        self._state = OnlineState.ONLINE
        self._skip_until = 0.0

    def state(self) -> OnlineState:
        with self._lock:
            return self._state

    def _held(self) -> bool:
        with self._lock:
            return self._state is not OnlineState.ONLINE and self._clock() < self._skip_until

    def _set(self, state: OnlineState) -> None:
        with self._lock:
            self._state = state
            if state is not OnlineState.ONLINE:
                self._skip_until = self._clock() + self._hold

    def redeem(self, request: OnlineRequest) -> OnlineAnswer | None:
        if self._held():
            return None
        started = self._clock()
        try:
            answer = self._ask(request)
        except (AuthError, ForbiddenError) as exc:
            log.warning("online check refused the device (%s): local verdicts", exc)
            self._set(OnlineState.SIGN_IN_NEEDED)
            return None
        except (ApiError, OSError, RuntimeError) as exc:
            # timeout, no connection, 5xx, an unreadable answer, a closed client (signed out)
            log.info("online check: no answer (%s): local verdicts for %.0f s", exc, self._hold)
            self._set(OnlineState.OFFLINE)
            return None
        self._set(OnlineState.ONLINE)
        log.debug("online verdict %s in %.3f s", answer.reason.value, self._clock() - started)
        return answer

    def _ask(self, request: OnlineRequest) -> OnlineAnswer:
        deadline = self._clock() + self._budget
        slug = split_event_id(request.event_id)[1]
        kind = CheckinType.EXIT if request.direction is Direction.EXIT else CheckinType.ENTRY
        scan = RedeemRequest(
            event=slug,
            list_id=request.list_id,
            secret=request.secret,
            nonce=request.nonce,
            type=kind,
            # The scan time: the same the outbox row would carry if this answer is lost.
            scanned_at=request.scanned_at,
            force=False,
            ignore_unpaid=request.ignore_unpaid,
        )
        try:
            answer = self._client.redeem(scan, budget=self._budget)
        except ClientDataError:
            # pretix answers a list it no longer has with a 400 that names no reason
            if not self._list_exists(slug, request.list_id, deadline):
                return OnlineAnswer(Reason.LIST_GONE, recorded=False)
            raise
        reason = door_reason(answer, kind)
        if (
            reason is Reason.UNKNOWN_CODE
            and answer.position is None
            and answer.http_status == 404
            and self._client.server_kind() is ServerKind.EVENTYAY_TICKETS
            and not self._list_exists(slug, request.list_id, deadline)
        ):
            # eventyay-tickets answers a deleted list with the same bare 404 as an unknown
            # ticket: the door must choose another list, not turn everybody away as unknown.
            return OnlineAnswer(Reason.LIST_GONE, recorded=False)
        attendee_id = self._keep_ticket(request, answer)
        return OnlineAnswer(
            reason,
            recorded=answer.ok,
            attendee_id=attendee_id,
            explanation=answer.reason_explanation or "",
        )

    def _list_exists(self, slug: str, list_id: int, deadline: float) -> bool:
        # what is left of the scan's budget (a little at least: the redeem may have used it up)
        left = max(deadline - self._clock(), 0.3)
        return self._client.checkin_list_exists(slug, list_id, budget=left)

    def _keep_ticket(self, request: OnlineRequest, answer: RedeemAnswer) -> int | None:
        """Add or refresh the ticket the answer names (its check-ins as before this scan),
        seen through the door's list; the store keeps a ticket with unsent local check-ins
        as it is (store rule)."""
        position = answer.position
        if position is None:
            return None
        row = attendee_row(position, event_id=request.event_id, list_id=request.list_id)
        with self._store.write() as conn:
            known = conn.execute(
                select(ATTENDEE.c.email, ATTENDEE.c.company).where(ATTENDEE.c.id == position.id)
            ).first()
            if known is not None:
                # A redeem answer has no order: keep the order's e-mail and company the
                # download stored rather than blank them.
                row["email"] = row.get("email") or known[0] or ""
                row["company"] = row.get("company") or known[1] or ""
            attendee_queries.upsert(conn, [row])
        return position.id
