"""Two error channels (STYLE.md): expected trouble becomes a short message the user can act on;
bugs go to the log, a crash file and a dialog through sys.excepthook."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DatabaseError

from orga_app.scan.sources import SourceError
from orga_app.store.db import StoreError
from orga_app.sync import errors as api
from orga_app.ui.accessible import name_controls
from orga_app.ui.i18n import tr
from orga_app.ui.plain import plain_label

log = logging.getLogger("orga_app.ui")


def _database_message(detail: str) -> str:
    if "full" in detail:
        return tr("The disk is full: nothing was saved. Free some space, then scan again.")
    if "locked" in detail or "busy" in detail:
        return tr(
            "The local database is busy (is Orga App open twice on this computer?). "
            "Nothing was saved; scan again."
        )
    if "readonly" in detail or "read-only" in detail:
        return tr("The data folder is read-only: nothing was saved.")
    return tr("The local database failed ({detail}): nothing was saved.").format(detail=detail)


def user_message(exc: BaseException) -> str:
    """A short, specific message for trouble that is expected at a door; the text of a bug else."""
    if isinstance(exc, api.InvalidCredentialsError):
        return tr("Wrong email or password.")
    if isinstance(exc, api.TlsError):
        return tr(
            "The server's certificate could not be verified. Check the server address and "
            "this computer's date and time."
        )
    if isinstance(exc, api.TransientNetworkError):
        return tr("The server cannot be reached. Check the network and the server address.")
    if isinstance(exc, api.ForbiddenError):
        return tr("This account is not allowed to do that.")
    if isinstance(exc, api.ServerError):
        return tr("The server had a problem. Try again in a moment.")
    if isinstance(exc, api.ApiError):
        return tr("The server refused: {reason}").format(reason=exc.reason or exc.status)
    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, DatabaseError):  # SQLite itself: disk full, locked, read-only, damaged
        return _database_message(str(exc.orig or exc).lower())
    if isinstance(exc, SourceError):
        return tr("Camera problem: {detail}").format(detail=str(exc))
    if isinstance(exc, OSError):
        return tr("Could not read or write a file: {detail}").format(
            detail=exc.strerror or str(exc)
        )
    if isinstance(exc, ValueError):
        return str(exc)
    return tr("Unexpected error: {kind}").format(kind=type(exc).__name__)


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Something went wrong"))
        layout = QVBoxLayout(self)
        where = tr("Details were saved to {path}.").format(path=str(log_file)) if log_file else ""
        intro = plain_label(
            tr("The app hit a bug. Scanning keeps working; check-ins already made are saved.")
            + " "
            + where
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        text.setAccessibleName(tr("Error details"))
        name_controls(self)
        self.resize(640, 400)


def write_crash_file(log_dir: Path, details: str) -> Path | None:
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / f"crash-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.txt"
        path.write_text(details, encoding="utf-8")
        return path
    except OSError:
        log.exception("could not write the crash file")
        return None


ShowDialog = Callable[[str, Path | None], None]


class ExceptHook(QObject):
    """Installed as sys.excepthook: logs, writes a crash file and (by default) shows a dialog."""

    def __init__(self, log_dir: Path, show: ShowDialog | None = None) -> None:
        super().__init__()
        self._log_dir = log_dir
        self._show = show if show is not None else self._show_dialog
        self._previous = sys.excepthook
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def __call__(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("uncaught exception:\n%s", details)
        path = write_crash_file(self._log_dir, details)
        if self._showing:  # a bug inside the dialog must not open dialogs forever
            return
        self._showing = True
        try:
            self._show(details, path)
        finally:
            self._showing = False

    @staticmethod
    def _show_dialog(details: str, path: Path | None) -> None:
        CrashDialog(details, path).exec()
