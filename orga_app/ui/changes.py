"""What an operation changed, announced once; every page refreshes what it shows from it.

Before, the main window knew which page showed what and called each page's reload after a scan,
a sync or a retry. Now whoever finishes an operation (a scan, a check-in from the list, a retry
or discard, a sync report) announces a `Changes` on the window's one `ChangeHub`, and each page
decides for itself what to read again. A new page subscribes; nobody else has to learn about it.
(The idea follows Anki's OpChanges; the names here are this app's.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import AttendeeSummary, ScanResult
from orga_app.store.db import Store


@dataclass(frozen=True)
class Changes:
    """One operation's effects on one event (`event_id`); a page ignores other events'."""

    event_id: str
    attendee: AttendeeSummary | None = None  # one attendee's new state (a scan): no reload
    attendees: bool = False  # many attendees may have changed (a download, a retry)
    uploads: bool = False  # check-ins reached the server: "waiting to upload" may be over
    problems: bool = False  # uploads failed, or failed ones were retried or discarded
    events: bool = False  # the event list (names, downloads) changed

    @classmethod
    def after_scan(cls, event_id: str, result: ScanResult) -> Changes:
        # Only a check-in or check-out changed the attendee; a refusal or a validate did not,
        # and a stale row must not replace a fresher one.
        changed = result.attendee if result.verdict.family == "success" else None
        return cls(event_id, attendee=changed)

    @classmethod
    def after_sync(cls, event_id: str, *, uploaded: int, failed: int, downloaded: int) -> Changes:
        return cls(
            event_id,
            attendees=downloaded > 0,
            uploads=uploaded > 0,
            # a download also brings tickets that two doors both let in
            problems=failed > 0 or downloaded > 0,
            events=downloaded > 0,
        )


class ChangeHub(QObject):
    """The one "what changed" signal of a window; pages connect to `changed`."""

    changed = Signal(object)  # Changes

    def announce(self, changes: Changes) -> None:
        self.changed.emit(changes)


class PageContext(Protocol):
    """What a page works on: one account's store, its check-in service and the bell its sync
    listens to (an AppContext).
    A page is handed a new one when the account changes, never has its fields set from outside."""

    @property
    def store(self) -> Store: ...

    @property
    def checkin(self) -> CheckInService: ...

    @property
    def queued(self) -> Callable[[str], None]: ...  # rung when a row is queued for upload
