"""The Open Event server (fossasia/open-event-server, legacy eventyay) behind the sync seam.

`OpenEventBackend` (backend.py) is what the neutral engine sees; the client and its records
are re-exported here for the sign-in and the command line, which speak to this server type
directly.
"""

from orga_app.sync.backend import EventRecord
from orga_app.sync.credentials import TokenPair
from orga_app.sync.openevent.backend import OpenEventBackend
from orga_app.sync.openevent.client import (
    OpenEventClient,
    api_root,
)
from orga_app.sync.openevent.records import (
    AttendeePage,
    AttendeeRecord,
    TicketRecord,
    attendee_from_resource,
    event_from_resource,
    ticket_from_resource,
)

__all__ = [
    "AttendeePage",
    "AttendeeRecord",
    "EventRecord",
    "OpenEventBackend",
    "OpenEventClient",
    "TicketRecord",
    "TokenPair",
    "api_root",
    "attendee_from_resource",
    "event_from_resource",
    "ticket_from_resource",
]
