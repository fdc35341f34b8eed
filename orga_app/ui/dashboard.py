"""The organizer dashboard: check-ins overall and per ticket type, arrivals per 15 minutes,
pending and failed uploads, check-ins per door. Numbers come from store/stats.py, queried on the
task pool; a timer refreshes while the page is visible and the main window asks for a refresh
after each verdict and sync."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orga_app.core.times import to_local
from orga_app.store import queries, stats
from orga_app.store.db import Store
from orga_app.store.stats import DashboardStats
from orga_app.ui.changes import ChangeHub, Changes, PageContext
from orga_app.ui.errors import user_message
from orga_app.ui.events import door_list_caption
from orga_app.ui.i18n import tr
from orga_app.ui.plain import plain_label
from orga_app.ui.tasks import TaskRunner
from orga_app.ui.theme import ACCENT
from orga_app.ui.throughput_view import ThroughputView
from orga_app.ui.verdict_words import verdict_name

REFRESH_MS = 5000
# More bars than this leave each label narrower than a line of text: Qt then elides every
# label to "…" (a "⋮" when upright). Longer spans merge into 30, 60 or 120 minute bars.
MAX_BARS = 32


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "–"


class Tile(QFrame):
    """One big number with a caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(
            "QFrame#tile { background: #f3f5f8; border-radius: 8px; }"
            "QLabel#tileValue { font-size: 28pt; font-weight: bold; }"
            "QLabel#tileCaption { font-size: 11pt; color: #5a6470; }"
        )
        layout = QVBoxLayout(self)
        self.value = plain_label("–")
        self.value.setObjectName("tileValue")
        self.caption = plain_label(caption)
        self.caption.setObjectName("tileCaption")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: str, caption: str | None = None) -> None:
        self.value.setText(value)
        if caption is not None:
            self.caption.setText(caption)


def merge_buckets(
    buckets: tuple[stats.Bucket, ...], max_bars: int = MAX_BARS
) -> tuple[int, list[stats.Bucket]]:
    """(minutes per bar, bars): the store's 15-minute buckets, merged by 2, 4, 8… until at
    most `max_bars` remain. Bars start on whole multiples of their size (UTC)."""
    factor = 1
    while -(-len(buckets) // factor) > max_bars and factor < 64:
        factor *= 2
    minutes = stats.BUCKET_MINUTES * factor
    if factor == 1:
        return minutes, list(buckets)
    merged: dict[datetime, int] = {}
    for bucket in buckets:
        into = (bucket.start.hour * 60 + bucket.start.minute) % minutes
        start = bucket.start - timedelta(minutes=into)
        merged[start] = merged.get(start, 0) + bucket.count
    return minutes, [stats.Bucket(start, count) for start, count in sorted(merged.items())]


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class DashboardPage(QWidget):
    updated = Signal(object)  # DashboardStats, after it is on screen

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        *,
        interval_ms: int = REFRESH_MS,
        changes: ChangeHub | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._tasks = tasks
        self.changes = changes or ChangeHub(self)
        self.changes.changed.connect(self.apply_changes)
        self.event_id: str | None = None
        self.stats: DashboardStats | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self._build()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        # door throughput (issue 15); its alert goes on top, where nobody misses it
        self.throughput = ThroughputView()
        root.addWidget(self.throughput.alert)
        tiles = QHBoxLayout()
        self.checked_tile = Tile(tr("checked in"))
        self.inside_tile = Tile(tr("of all attendees"))
        self.pending_tile = Tile(tr("waiting to upload"))
        self.failed_tile = Tile(tr("failed uploads"))
        for tile in (self.checked_tile, self.inside_tile, self.pending_tile, self.failed_tile):
            tiles.addWidget(tile)
        root.addLayout(tiles)
        # A pretix-type event: the counts are this check-in list's (hidden for Open Event).
        self.list_label = plain_label()
        self.list_label.setObjectName("hint")
        self.list_label.hide()
        root.addWidget(self.list_label)

        self.chart = QChart()
        self.chart.setTitle(tr("Arrivals per 15 minutes"))
        self.chart.legend().setVisible(False)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        charts = QHBoxLayout()
        charts.addWidget(self.chart_view, 1)
        charts.addWidget(self.throughput, 1)
        root.addLayout(charts, 3)

        grid = QGridLayout()
        for column, text in enumerate((tr("Per ticket type"), tr("Check-ins per door"))):
            heading = plain_label(text)
            heading.setStyleSheet("font-weight: bold;")
            grid.addWidget(heading, 0, column)
        self.ticket_table = _table([tr("Ticket"), tr("Checked in"), tr("Total"), tr("%")])
        self.ticket_table.setAccessibleName(tr("Per ticket type"))
        self.device_table = _table([tr("Door (device)"), tr("Check-ins")])
        self.device_table.setAccessibleName(tr("Check-ins per door"))
        grid.addWidget(self.ticket_table, 1, 0)
        grid.addWidget(self.device_table, 1, 1)
        root.addLayout(grid, 2)
        self.scans_label = plain_label()
        self.scans_label.setObjectName("hint")
        self.scans_label.setWordWrap(True)
        root.addWidget(self.scans_label)
        self.error_label = plain_label()
        self.error_label.setObjectName("error")
        root.addWidget(self.error_label)

    # -- data -----------------------------------------------------------------------------

    def set_event(self, event_id: str | None) -> None:
        self.event_id = event_id
        self.stats = None
        if event_id is None:
            self.timer.stop()
            return
        self.timer.start()
        if self.isVisible():  # else showEvent refreshes when the tab is opened
            self.refresh()

    def _tick(self) -> None:
        if self.isVisible():  # nobody looks at a hidden tab: skip the queries
            self.refresh()

    def refresh(self) -> None:
        event_id = self.event_id
        if event_id is None:
            return
        store = self.store
        self._tasks.run(
            lambda: queries.dashboard(store, event_id),
            self.show_stats,
            self._failed,
            key="dashboard",
        )
        now = self.throughput.clock()
        self._tasks.run(
            lambda: queries.door_throughput(store, event_id, now),
            self.throughput.show_throughput,
            self._failed,
            key="throughput",
        )

    def _failed(self, exc: BaseException) -> None:
        self.error_label.setText(user_message(exc))

    def stop(self) -> None:
        self.timer.stop()

    def set_context(self, context: PageContext) -> None:
        self.store = context.store

    def apply_changes(self, changes: Changes) -> None:
        # a hidden dashboard refreshes when it is shown: no queries for nobody
        if changes.event_id == self.event_id and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()

    # -- display --------------------------------------------------------------------------

    def show_stats(self, data: DashboardStats) -> None:
        self.stats = data
        self.error_label.clear()
        caption = door_list_caption(data.door_list)
        self.list_label.setText(caption)
        self.list_label.setVisible(bool(caption))
        c = data.counts
        self.checked_tile.set(f"{c.checked_in} / {c.attendees}")
        self.inside_tile.set(percent(c.checked_in, c.attendees))
        self.pending_tile.set(str(c.pending))
        self.failed_tile.set(str(c.failed))
        self.failed_tile.value.setStyleSheet("color: #b3261e;" if c.failed else "")
        _fill(
            self.ticket_table,
            [
                (t.name or tr("(no ticket type)"), str(t.checked_in), str(t.total),
                 percent(t.checked_in, t.total))
                for t in data.tickets
            ],
        )  # fmt: skip
        _fill(
            self.device_table,
            [(name or tr("(unknown)"), str(n)) for name, n in data.devices],
        )
        scans = data.scans
        if scans:
            parts = ", ".join(f"{verdict_name(verdict)}: {n}" for verdict, n in scans.items())
            self.scans_label.setText(tr("Scans on this device: {parts}").format(parts=parts))
        else:
            self.scans_label.setText(tr("No scans on this device yet."))
        self._draw_chart(data.arrivals)
        self.updated.emit(data)

    def _draw_chart(self, fine: tuple[stats.Bucket, ...]) -> None:
        minutes, buckets = merge_buckets(fine)
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet(tr("Arrivals"))
        bars.setColor(QColor(ACCENT))
        labels: list[str] = []
        for bucket in buckets:
            bars.append(bucket.count)
            start = to_local(bucket.start)
            labels.append(f"{start.hour:02d}:{start.minute:02d}")
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.9)
        self.chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        # Every label of a full day would overlap: keep about sixteen, upright so they are not
        # elided. Categories must be unique: hidden ones are distinct runs of zero-width spaces.
        step = max(1, -(-len(labels) // 16))
        x_axis.setLabelsAngle(-90 if len(labels) > 8 else 0)
        shown = [text if i % step == 0 else "\u200b" * (i + 1) for i, text in enumerate(labels)]
        x_axis.append(shown or [" "])
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%d")
        y_axis.setRange(0, max((b.count for b in buckets), default=0) + 1)
        y_axis.applyNiceNumbers()
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        if not buckets:
            self.chart.setTitle(tr("Arrivals per 15 minutes (none yet)"))
        elif minutes == 60:
            self.chart.setTitle(tr("Arrivals per hour"))
        elif minutes % 60 == 0:
            self.chart.setTitle(tr("Arrivals per {n} hours").format(n=minutes // 60))
        else:
            self.chart.setTitle(tr("Arrivals per {n} minutes").format(n=minutes))
