"""Export attendees or the scan log to CSV from the GUI: a file dialog picks the file (and, by its
filter, what to export); the export runs on the task pool through the SAME store/queries.py calls
as `orga-app export`, with a progress dialog for large events."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from orga_app.store import queries
from orga_app.store.db import Store
from orga_app.ui.changes import PageContext
from orga_app.ui.errors import user_message
from orga_app.ui.i18n import tr
from orga_app.ui.tasks import TaskRunner

# Small exports finish before the progress dialog would appear (no flash).
PROGRESS_DELAY_MS = 400


class ExportKind(StrEnum):
    ATTENDEES = "attendees"
    SCAN_LOG = "scan_log"


def filters() -> dict[str, ExportKind]:
    return {
        tr("Attendee list (*.csv)"): ExportKind.ATTENDEES,
        tr("Scan log (*.csv)"): ExportKind.SCAN_LOG,
    }


def ask_export_target(parent: QWidget | None, suggested: Path) -> tuple[ExportKind, Path] | None:
    """The native save dialog; its file-type choice says what to export. None: cancelled."""
    options = filters()
    chosen, selected = QFileDialog.getSaveFileName(
        parent, tr("Export to CSV"), str(suggested), ";;".join(options)
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".csv":
        path = path.with_name(path.name + ".csv")
    return options.get(selected, ExportKind.ATTENDEES), path


class CsvExporter(QObject):
    """Runs one export at a time; `finished(kind, path, rows)` or `failed(message)` at the end."""

    progress = Signal(int, int)  # done, total (emitted from the pool thread, queued to the GUI)
    finished = Signal(str, str, int)
    failed = Signal(str)

    def __init__(
        self, store: Store, tasks: TaskRunner, parent_widget: QWidget | None = None
    ) -> None:
        super().__init__(parent_widget)
        self.store = store
        self._tasks = tasks
        self._parent_widget = parent_widget
        self.dialog: QProgressDialog | None = None
        self.running = False
        self.progress.connect(self._show_progress)

    def set_context(self, context: PageContext) -> None:
        self.store = context.store  # the next export reads the account now open

    def start(self, event_id: str, kind: ExportKind, path: Path) -> bool:
        """False when an export is already running."""
        if self.running:
            return False
        self.running = True
        store = self.store
        report = self.progress.emit

        def work() -> int:
            if kind is ExportKind.ATTENDEES:
                return queries.export_attendees(store, event_id, path, progress=report)
            return queries.export_scan_log(store, event_id, path)

        self.dialog = self._make_dialog(kind, path)
        self._tasks.run(
            work,
            lambda rows: self._done(kind, path, int(rows)),
            self._failed,
        )
        return True

    def _make_dialog(self, kind: ExportKind, path: Path) -> QProgressDialog:
        what = tr("attendees") if kind is ExportKind.ATTENDEES else tr("scan log")
        dialog = QProgressDialog(
            tr("Exporting {what} to {name}…").format(what=what, name=path.name),
            "",
            0,
            0,  # busy until the first progress report says how many
            self._parent_widget,
        )
        dialog.setWindowTitle(tr("Export"))
        dialog.setCancelButton(None)  # csvio writes to a temporary file: nothing half-done
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        return dialog

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        self.running = False

    def _done(self, kind: ExportKind, path: Path, rows: int) -> None:
        self._close_dialog()
        self.finished.emit(kind.value, str(path), rows)

    def _failed(self, exc: BaseException) -> None:
        self._close_dialog()
        self.failed.emit(user_message(exc))
