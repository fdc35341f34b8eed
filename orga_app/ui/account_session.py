"""The account the door works for: its AppContext (one SQLite store per account) and its
background sync, and switching both when someone signs in or out.

The window's pages never hold on to an account: after a switch `context_changed` hands them the
new context. Switching never makes the GUI thread wait: the old account's sync is detached at
once (its late reports reach nobody) and stopped, and its store closed, on the task runner once
the store lane has saved what was already queued against it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from orga_app.app import AppContext, NotSignedInError, open_app
from orga_app.signin import find_event
from orga_app.store import queries
from orga_app.store.events import EventInfo
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.errors import NotFoundError
from orga_app.ui.errors import user_message
from orga_app.ui.i18n import tr
from orga_app.ui.login import SignedIn
from orga_app.ui.sync_status import SyncController
from orga_app.ui.tasks import Lane, TaskRunner

log = logging.getLogger("orga_app.ui")

ContextFactory = Callable[[Path], AppContext]
SyncFactory = Callable[[AppContext], SyncController | None]


def reopen_context(data_dir: Path) -> AppContext:
    return open_app(str(data_dir))


def unsent_question(n: int, paused: str | None, consequence: str) -> str:
    """Asked before leaving `n` check-ins behind that the server does not have yet."""
    why = (
        tr("Uploads are paused: {why}").format(why=paused)
        if paused
        else tr("They have not reached the server yet.")
    )
    question = tr("%n check-in(s) made on this computer are not on the server.", None, n)
    return f"{question}\n{why}\n\n{consequence}"


def find_failure_text(key: str, exc: BaseException) -> str:
    """Why finding an event on the server by number or identifier failed."""
    if isinstance(exc, NotFoundError):
        return tr("No event “{key}” on this server.").format(key=key)
    if isinstance(exc, NotSignedInError):
        return tr("Sign in first.")
    return user_message(exc)


class AccountSession(QObject):
    """Owns `ctx` and `sync`; forwards the sync's reports and progress while it is current."""

    report_ready = Signal(object)  # SyncReport of the current account's sync
    progress = Signal(str, int, int)  # stage, done, total
    context_changed = Signal(object)  # the new AppContext, after a switch

    def __init__(
        self,
        ctx: AppContext,
        tasks: TaskRunner,
        *,
        sync_factory: SyncFactory | None = None,
        context_factory: ContextFactory = reopen_context,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._tasks = tasks
        self._sync_factory = sync_factory
        self._context_factory = context_factory
        self.sync: SyncController | None = None

    @property
    def can_sync(self) -> bool:
        """This window syncs at all (tests and local-only doors build it without)."""
        return self._sync_factory is not None

    def start_sync(self) -> SyncController | None:
        """Build sync for the current account; None keeps the door local-only."""
        self.sync = self._sync_factory(self.ctx) if self._sync_factory is not None else None
        if self.sync is not None:
            self.sync.report_ready.connect(self.report_ready)
            self.sync.progress.connect(self.progress)
        return self.sync

    def stop_sync(self) -> None:
        """Stop sync now, waiting for it (bounded): only at exit. Switching accounts retires
        the old sync off the GUI thread instead (switch)."""
        sync = self._detach_sync()
        if sync is not None:
            sync.shutdown()
            sync.deleteLater()

    def _detach_sync(self) -> SyncController | None:
        """Take the current sync out of the session: its late reports no longer reach it."""
        sync, self.sync = self.sync, None
        if sync is not None:
            sync.report_ready.disconnect(self.report_ready)
            sync.progress.disconnect(self.progress)
        return sync

    def switch(self) -> AppContext:
        """Open the store of the account now in the settings; the caller starts its sync."""
        old = self.ctx
        old_sync = self._detach_sync()
        self.ctx = self._context_factory(old.data_dir)
        if self.ctx is not old:
            self.ctx.insecure = old.insecure  # a permission of this session, not of a store
        self._retire(old_sync, old if self.ctx is not old else None)
        self.context_changed.emit(self.ctx)
        return self.ctx

    def _retire(self, sync: SyncController | None, ctx: AppContext | None) -> None:
        """Stop the old account's sync, then close its store, without the GUI thread waiting:
        first the store lane finishes what was queued against the old store (a scan being
        saved), then a parallel task stops sync (a request may run until its timeout) and
        closes the store, so no job still running hits a closed store."""

        def stop_and_close() -> None:
            if sync is not None:
                sync.shutdown()
            if ctx is not None:
                ctx.close()

        def after_store_lane(_: object) -> None:
            self._tasks.run(
                stop_and_close,
                lambda _: sync.deleteLater() if sync is not None else None,
                lambda exc: log.warning("closing the previous account failed: %r", exc),
            )

        self._tasks.run(lambda: None, after_store_lane, lane=Lane.STORE)

    def remember_sign_in(self, result: SignedIn) -> None:
        """The account now in the settings; `switch()` then opens its store."""
        settings = self.ctx.settings
        settings.set("server_url", result.server)
        settings.set("account_email", result.email)
        settings.set("server_type", result.server_type)
        self.ctx.insecure = self.ctx.insecure or result.insecure

    def forget_account(self, credentials: CredentialStore) -> None:
        """Sign out: the tokens go, the check-ins stay in this account's store; `switch()` then
        opens the store of no account."""
        settings = self.ctx.settings
        server, email = str(settings.get("server_url")), str(settings.get("account_email"))
        if email:
            try:
                credentials.delete(server, email)
            except Exception as exc:  # keyring trouble must not block signing out
                log.warning("could not delete tokens: %s", type(exc).__name__)
        settings.set("account_email", "")
        settings.set("last_event_id", "")

    def event_finder(self, key: str, credentials: CredentialStore) -> Callable[[], EventInfo]:
        """Work for the task runner: an event by number or identifier from the server (an
        admin's way to any event), cached in this account's store."""
        ctx = self.ctx

        def find() -> EventInfo:
            with ctx.client(credentials=credentials) as client:
                return find_event(ctx.store, client, key)

        return find

    def not_uploaded(self) -> int:
        """Check-ins in this account's store the server does not have. Read on the GUI thread
        on purpose: one count over the outbox's state index, and the answer decides whether
        the window may close right now."""
        try:
            return queries.not_uploaded(self.ctx.store)
        except Exception as exc:  # a damaged store must not stop the app from closing
            log.warning("could not count unsent check-ins: %r", exc)
            return 0
