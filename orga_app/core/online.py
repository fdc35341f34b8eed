"""The door asks the server first (issue 11): the port `CheckInService` calls for an online check.

A pretix-type door judges from downloaded data, which lies when it is stale: another door let the
ticket in ten seconds ago, a ticket sold after the download is "unknown", a list with custom
entry rules cannot be judged offline at all. So when a server of that type is reachable the
service sends the scan there first, with a short budget, and the server's verdict is the door's.
No answer in time: the local verdict stands and the scan is queued with the SAME nonce, so if the
lost request did reach the server the later upload is recognised as the same scan.

Core holds the shape only; `sync/pretix/online.py` implements it, `app.py` wires it. Open Event
events never use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from orga_app.core.list_rules import Direction
from orga_app.core.verdict import OnlineState, Reason

__all__ = ["OnlineAnswer", "OnlineCheck", "OnlineRequest", "OnlineState"]


@dataclass(frozen=True, slots=True)
class OnlineRequest:
    """One scan to judge on the server. `nonce` is the scan's own: the outbox row gets the
    same one if the server does not answer in time."""

    event_id: str
    list_id: int
    secret: str
    nonce: str
    direction: Direction
    scanned_at: datetime
    # A person at the door confirmed admitting a pending (unpaid) order.
    ignore_unpaid: bool = False


@dataclass(frozen=True, slots=True)
class OnlineAnswer:
    """The server's verdict in core terms."""

    reason: Reason
    # The server stored a check-in (or exit) for this scan: nothing to upload.
    recorded: bool
    # The ticket as the store holds it now: the check added or refreshed it from the answer
    # (None: the server named no ticket, e.g. an unknown code).
    attendee_id: int | None = None
    # The server's own words for a refusal (shown as plain text), '' when it gave none.
    explanation: str = ""


class OnlineCheck(Protocol):
    """Asks the server for the verdict on one scan, within a short budget."""

    def state(self) -> OnlineState:
        """For the door status: online, offline verdicts for a while, or sign-in needed."""
        ...

    def redeem(self, request: OnlineRequest) -> OnlineAnswer | None:
        """The server's verdict, or None when there is none in time (timeout, no connection,
        a failing server, a refused token, or a recent such failure): the door judges
        locally. Never raises for anything the network or the server does."""
        ...
