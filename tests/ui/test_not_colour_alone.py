"""Verdicts and states never by colour alone, and every colour readable (issue 14).

Contrast: WCAG 2.x ratio computed from the colours in ui/theme.py (and the mode band's tints),
at least 4.5:1 for every text/background pair the door shows. Shape and word: every state a
person must tell apart (admitted, checked out, validated, refused, waiting to upload, on the
server, online, offline, paused) has its own symbol and words besides its colour."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStatusBar
from pytestqt.qtbot import QtBot

from orga_app.ui import theme
from orga_app.ui.mode_band import MODE_TINTS
from orga_app.ui.sync_status import SyncStatusWidgets
from orga_app.ui.theme import (
    KIOSK_NOTICE,
    STATUS_LOOKS,
    VERDICT_COLOURS,
    contrast_ratio,
)
from orga_app.ui.verdict_panel import SYMBOLS
from tests.helpers import Seeded
from tests.ui.conftest import MakeWindow
from tests.ui.test_door_screen import scan
from tests.ui.test_screens import open_event

WCAG_TEXT = 4.5


def test_contrast_ratio_matches_the_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the AA edge
    assert contrast_ratio("#777777", "#ffffff") < WCAG_TEXT


@pytest.mark.parametrize("family", sorted(VERDICT_COLOURS))
def test_every_verdict_colour_pair_passes_wcag(family: str) -> None:
    background, text = VERDICT_COLOURS[family]
    assert contrast_ratio(text, background) >= WCAG_TEXT, family


@pytest.mark.parametrize("family", sorted(MODE_TINTS))
def test_the_mode_band_words_pass_wcag_on_their_tint(family: str) -> None:
    assert contrast_ratio(VERDICT_COLOURS[family][0], MODE_TINTS[family]) >= WCAG_TEXT


def test_status_and_notice_colours_pass_wcag_on_what_they_are_drawn_on(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app)
    window = app.palette().color(QPalette.ColorRole.Window).name()
    for state, (_symbol, colour, _bold) in STATUS_LOOKS.items():
        assert contrast_ratio(colour, window) >= WCAG_TEXT, state
    assert contrast_ratio(KIOSK_NOTICE, VERDICT_COLOURS["idle"][0]) >= WCAG_TEXT


def test_each_verdict_look_has_its_own_symbol() -> None:
    answers = ("success", "checkout", "valid", "warning", "error")
    symbols = [SYMBOLS[family] for family in answers]
    assert all(symbols) and len(set(symbols)) == len(answers)
    assert SYMBOLS["busy"]  # "checking" is not a blank panel either


def test_connection_states_differ_in_symbol_and_words(qtbot: QtBot) -> None:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    widgets = SyncStatusWidgets()
    widgets.install(bar)
    widgets.set_sync_available(True)
    shown: dict[str, str] = {}
    widgets.set_online(True)
    shown["online"] = widgets.online.text()
    widgets.set_online(False)
    shown["offline"] = widgets.online.text()
    widgets.set_online(True, server_error="500")
    shown["server error"] = widgets.online.text()
    widgets.set_paused("forbidden")
    shown["paused"] = widgets.online.text()
    symbols = {state: text.split(" ", 1)[0] for state, text in shown.items()}
    words = {state: text.split(" ", 1)[1] for state, text in shown.items()}
    assert symbols["online"] != symbols["offline"]
    assert symbols["paused"] not in (symbols["online"], symbols["offline"])
    assert len(set(words.values())) == len(words)
    assert widgets.online.accessibleName() == words["paused"]  # a screen reader hears words


def test_waiting_to_upload_and_on_the_server_differ_in_symbol(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window = open_event(qtbot, make_window)
    verdict = window.scanner.verdict
    scan(qtbot, window, seeded.rows[0]["code"])
    assert verdict.result is not None and verdict.result.attendee is not None
    waiting = verdict.sync.text()
    verdict.mark_synced(verdict.result.attendee.id)
    on_server = verdict.sync.text()
    assert waiting.split(" ", 1)[0] != on_server.split(" ", 1)[0]
    assert waiting.split(" ", 1)[1] != on_server.split(" ", 1)[1]
