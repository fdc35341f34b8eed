"""Door throughput on the dashboard (issue 15): check-ins per minute per door over the day,
verdict time p95, minutes offline, uploads waiting over time, and an alert when uploads have
waited over 5 minutes although the server answers. Numbers from store/throughput.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from orga_app.store.throughput import WAIT_ALERT, RatePoint, Throughput, WaitPoint
from orga_app.ui.i18n import tr
from orga_app.ui.plain import plain_label

# A line per door; more doors than colours repeat them (a door name is in the legend).
DOOR_COLOURS = ("#1f5fbf", "#1b7a3a", "#b26a00", "#7b3fa0", "#00838f", "#c2185b")
WAITING_COLOUR = "#b3261e"


def _msecs(moment: datetime) -> float:
    return moment.timestamp() * 1000.0


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(_msecs(moment)))


def alert_text(data: Throughput) -> str:
    if not data.upload_alert or data.oldest_wait is None:
        return ""
    minutes = int(data.oldest_wait.total_seconds() // 60)
    return tr(
        "⚠ {n} check-ins have waited up to {minutes} min to upload although the server "
        "answers. Look at the status bar (paused uploads, sign-in) and at Problems."
    ).format(n=data.waiting_now, minutes=minutes)


class ThroughputView(QWidget):
    """`show_throughput(data)` fills it; `queries.door_throughput` gets the data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        self.alert = plain_label()
        self.alert.setWordWrap(True)
        self.alert.setStyleSheet(
            "background: #fde7e9; color: #b3261e; font-weight: bold; font-size: 12pt;"
            "border-radius: 6px; padding: 8px;"
        )
        self.alert.hide()
        root.addWidget(self.alert)
        # two by two: one long row would widen the dashboard's column past the arrivals chart
        figures = QGridLayout()
        self.p95 = plain_label("–")
        self.offline = plain_label("–")
        self.waiting = plain_label("–")
        self.peak = plain_label("–")
        for index, label in enumerate((self.p95, self.waiting, self.offline, self.peak)):
            label.setStyleSheet("font-size: 11pt; color: #2b323a;")
            figures.addWidget(label, index // 2, index % 2)
        root.addLayout(figures)
        self.chart = QChart()
        self.chart.setTitle(tr("Check-ins per minute per door, today"))
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        root.addWidget(self.chart_view, 1)
        self.data: Throughput | None = None
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)  # "today" for the view

    def show_throughput(self, data: Throughput) -> None:
        self.data = data
        text = alert_text(data)
        self.alert.setText(text)
        self.alert.setVisible(bool(text))
        if data.verdict_p95_ms is None:
            self.p95.setText(tr("Verdict time p95: –"))
        else:
            self.p95.setText(
                tr("Verdict time p95: {ms} ms ({n} scans)").format(
                    ms=f"{data.verdict_p95_ms:.1f}", n=data.verdicts_timed
                )
            )
        self.offline.setText(
            tr("Offline today: {minutes} min").format(minutes=round(data.minutes_offline))
        )
        if data.oldest_wait is not None and data.waiting_now:
            self.waiting.setText(
                tr("Waiting to upload: {n} (oldest {minutes} min)").format(
                    n=data.waiting_now, minutes=int(data.oldest_wait.total_seconds() // 60)
                )
            )
        else:
            self.waiting.setText(tr("Waiting to upload: 0"))
        peak = max((d.peak_per_minute for d in data.doors), default=0.0)
        # refusals take a door's time too: this computer's scans of every verdict
        scans = max((d.peak_per_minute for d in data.scans), default=0.0)
        self.peak.setText(
            tr("Busiest 15 min: {rate} check-ins/min; here {scans} scans/min").format(
                rate=f"{peak:.1f}", scans=f"{scans:.1f}"
            )
        )
        self.waiting.setStyleSheet(
            "font-size: 11pt; color: #b3261e; font-weight: bold;"
            if data.oldest_wait is not None and data.oldest_wait > WAIT_ALERT
            else "font-size: 11pt; color: #2b323a;"
        )
        self._draw(data)

    def _draw(self, data: Throughput) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        times: list[datetime] = []
        doors: list[tuple[str, tuple[RatePoint, ...]]] = [
            (d.device or tr("(unknown door)"), d.points) for d in data.doors
        ]
        for _, points in doors:
            times.extend(p.start for p in points)
        times.extend(p.at for p in data.waiting_over_time)
        if not times:
            self.chart.setTitle(tr("Check-ins per minute per door, today (none yet)"))
            return
        self.chart.setTitle(tr("Check-ins per minute per door, today"))
        x_axis = QDateTimeAxis()
        x_axis.setFormat("HH:mm")
        x_axis.setTickCount(6)
        x_axis.setRange(_qdatetime(min(times)), _qdatetime(max(times)))
        rate_axis = QValueAxis()
        rate_axis.setTitleText(tr("check-ins/min"))
        waiting_axis = QValueAxis()
        waiting_axis.setTitleText(tr("waiting"))
        waiting_axis.setLabelFormat("%d")
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(rate_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(waiting_axis, Qt.AlignmentFlag.AlignRight)
        top_rate = 0.0
        for index, (name, points) in enumerate(doors):
            series = QLineSeries()
            series.setName(name)
            series.setColor(QColor(DOOR_COLOURS[index % len(DOOR_COLOURS)]))
            for point in points:
                series.append(_msecs(point.start), point.per_minute)
                top_rate = max(top_rate, point.per_minute)
            self.chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(rate_axis)
        self._draw_waiting(data.waiting_over_time, x_axis, waiting_axis)
        rate_axis.setRange(0, max(top_rate * 1.15, 0.5))
        rate_axis.applyNiceNumbers()

    def _draw_waiting(
        self, points: tuple[WaitPoint, ...], x_axis: QDateTimeAxis, axis: QValueAxis
    ) -> None:
        series = QLineSeries()
        series.setName(tr("waiting to upload"))
        pen = QPen(QColor(WAITING_COLOUR))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(2)
        series.setPen(pen)
        for point in points:
            series.append(_msecs(point.at), point.waiting)
        self.chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(axis)
        axis.setRange(0, max((p.waiting for p in points), default=0) + 1)
        axis.applyNiceNumbers()
