"""What an online look-up of one scanned code found (every server type answers in these terms).

A code the store does not know may be a ticket sold after the last download: the door asks the
server for it now (sync/openevent/lookup.py, sync/pretix/lookup.py) and, when found, keeps it
like a downloaded one and scans the code again.
"""

from __future__ import annotations

from enum import StrEnum


class LookupOutcome(StrEnum):
    FOUND = "found"  # the attendee is in the local store now: scan the code again
    NOT_ON_SERVER = "not_on_server"  # the server has no such ticket for this event
    CANNOT_LOOK_UP = "cannot_look_up"  # the code has no attendee part to ask for
