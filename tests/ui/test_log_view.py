from __future__ import annotations

import logging

from pytestqt.qtbot import QtBot

from orga_app.logs import RingBufferHandler
from orga_app.ui.log_view import LogView


def test_log_view_shows_new_lines(qtbot: QtBot) -> None:
    buffer = RingBufferHandler(capacity=3)
    logger = logging.getLogger("orga_app.test_log_view")
    logger.addHandler(buffer)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        view = LogView(buffer, "/tmp/orga-app.log")
        qtbot.addWidget(view)
        assert view.text.toPlainText() == "Nothing logged yet."
        for n in range(5):
            logger.info("upload %d done", n)
        view.refresh()
        lines = view.text.toPlainText().splitlines()
        # the ring keeps the newest three
        assert [line.rsplit(" ", 2)[-2] for line in lines] == ["2", "3", "4"]
    finally:
        logger.removeHandler(buffer)
