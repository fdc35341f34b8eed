"""Badge printing at the door, in the GUI: the print queue's owner for one window (door or kiosk).

Each accepted check-in shown by the scanner or the kiosk asks the queue for a badge (the mode
decides on the queue's thread whether it prints); the attendee list asks for reprints. What
became of each badge comes back here as a signal on the GUI thread: a line for the status bar
and the number of badges held by a printer problem, which a person can retry.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance

from orga_app.app import AppContext
from orga_app.badges.layout import default_layout, size_by_key
from orga_app.badges.modes import PrintMode, parse_ticket_modes
from orga_app.badges.outcome import PrintProblem
from orga_app.badges.spooler import BadgeNotice, BadgeSpooler, PrintConfig
from orga_app.core.verdict import ScanResult, Verdict
from orga_app.settings import Settings
from orga_app.store.badge_jobs import JobState
from orga_app.store.db import Store
from orga_app.ui.i18n import tr


def badge_config(settings: Settings) -> PrintConfig:
    """The badge settings as they are now (read for each badge: a change applies at once)."""
    return PrintConfig(
        printer=str(settings.get("badge_printer")),
        layout=default_layout(size_by_key(str(settings.get("badge_size")))),
        default_mode=PrintMode(str(settings.get("badge_mode"))),
        ticket_modes=parse_ticket_modes(str(settings.get("badge_ticket_modes"))),
        device_name=str(settings.get("device_name")),
        server_layouts=settings.get("badge_layout") == "server",
    )


def problem_words(problem: PrintProblem, printer: str) -> str:
    match problem:
        case PrintProblem.NO_PRINTER_CHOSEN:
            return tr("no badge printer is chosen (Badges…)")
        case PrintProblem.PRINTER_MISSING:
            return tr("printer “{printer}” is not connected").format(printer=printer)
        case PrintProblem.PRINTER_STOPPED:
            return tr(
                "printer “{printer}” is paused or has a problem (paper, cover, offline)"
            ).format(printer=printer)
        case PrintProblem.PRINTER_REFUSED:
            return tr("printer “{printer}” did not take the job").format(printer=printer)


def notice_words(notice: BadgeNotice) -> str:
    if notice.state is JobState.PRINTED:
        return tr("Badge printed: {name}").format(name=notice.name)
    why = problem_words(notice.problem, notice.printer) if notice.problem else ""
    return tr("Badge of {name} not printed: {why}. It waits for Retry badges.").format(
        name=notice.name, why=why
    )


class BadgeDoor(QObject):
    notice = Signal(str)  # one plain-text line for the status bar
    held = Signal(int)  # badges waiting for a person to retry
    _from_worker = Signal(object)  # BadgeNotice, emitted on the queue's thread

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        logged: Callable[[str], None] = lambda _event_id: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._held: set[int] = set()
        self._settings = settings
        self._logged = logged
        self._started = False
        # Queued to the GUI thread: the worker never touches a widget.
        self._from_worker.connect(self._arrived)
        self.spooler = self._spooler_for(store)

    def _spooler_for(self, store: Store) -> BadgeSpooler:
        settings = self._settings
        return BadgeSpooler(
            store, lambda: badge_config(settings), self._from_worker.emit, logged=self._logged
        )

    def set_context(self, ctx: AppContext) -> None:
        """Another account's store (the window switched accounts): badges asked for from now
        on are that account's attendees. The old queue finishes the badge in hand; its queued
        ones stay in the old store for when that account is opened again."""
        self.spooler.stop()
        self._logged = ctx.queued
        self.spooler = self._spooler_for(ctx.store)
        self._held.clear()
        self.held.emit(0)
        if self._started:
            self.spooler.start()

    def start(self) -> None:
        self._started = True
        self.spooler.start()

    def stop(self) -> None:
        self.spooler.stop()

    def watch(self, results: SignalInstance) -> None:
        """Print by the mode after each check-in this signal (ScanResult) shows."""
        results.connect(self.after_result)

    def after_result(self, result: ScanResult) -> None:
        if result.verdict is Verdict.CHECKED_IN and result.attendee is not None:
            self.spooler.after_check_in(result.attendee.id)

    def reprint(self, attendee_id: int) -> None:
        self.spooler.reprint(attendee_id)

    def retry(self) -> None:
        self.spooler.retry_held()

    def _arrived(self, notice: BadgeNotice) -> None:
        if notice.state is JobState.HELD:
            self._held.add(notice.job_id)
        else:
            self._held.discard(notice.job_id)
        self.notice.emit(notice_words(notice))
        self.held.emit(len(self._held))
