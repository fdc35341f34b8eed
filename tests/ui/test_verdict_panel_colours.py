"""The verdict panel's field is painted in the colours of the verdict it shows, verdict after
verdict: its style sheet is set only when the colours change (re-setting it per verdict cost
the GUI thread 1.6-1.9 ms on the way to the paint), and must never lag a change behind."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orga_app.core.verdict import AttendeeSummary, Reason, ScanResult
from orga_app.ui import theme
from orga_app.ui.theme import VERDICT_COLOURS
from orga_app.ui.verdict_panel import VerdictPanel, look


def result(reason: Reason, attendee_id: int) -> ScanResult:
    attendee = AttendeeSummary(
        id=attendee_id, event_id="1", firstname="Ana", lastname=f"Ødegaard {attendee_id}",
        email="", ticket="Regular",
    )  # fmt: skip
    return ScanResult(reason=reason, scanned_at=datetime.now(UTC), attendee=attendee, code="X")


def field_colour(panel: VerdictPanel) -> str:
    """The colour Qt painted in the panel's corner area (inside the rounded border)."""
    image = panel.grab().toImage()
    return QColor(image.pixel(40, 16)).name()


def test_each_verdict_paints_its_own_colours(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app)
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 420)
    panel.show()
    qtbot.waitExposed(panel)
    assert field_colour(panel) == VERDICT_COLOURS["idle"][0]
    sequence = [
        Reason.CHECKED_IN, Reason.CHECKED_IN, Reason.ALREADY_CHECKED_IN, Reason.CHECKED_IN,
        Reason.CHECKED_OUT, Reason.CHECKED_OUT, Reason.CHECKED_IN,
    ]  # fmt: skip
    for number, reason in enumerate(sequence):
        shown = result(reason, number)
        panel.show_result(shown)
        family = look(shown).family
        assert panel.family == family
        assert field_colour(panel) == VERDICT_COLOURS[family][0], (number, reason)
        assert panel.name.text() == shown.attendee.full_name if shown.attendee else True
    panel.show_busy()
    assert field_colour(panel) == VERDICT_COLOURS["busy"][0]
    panel.show_idle()
    assert field_colour(panel) == VERDICT_COLOURS["idle"][0]
    panel.show_result(result(Reason.CHECKED_IN, 99))
    assert field_colour(panel) == VERDICT_COLOURS[look(result(Reason.CHECKED_IN, 99)).family][0]
