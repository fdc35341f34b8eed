"""Server and file text shown as text, never as markup.

A QLabel, a tooltip or a message box in Qt's default AutoText renders anything that looks like
HTML: a first name of `<span style="background:green">✔ WELCOME</span>` would paint a fake green
verdict at the door, and `<img src=...>` would load a local file. Every label of the app is
plain text (fonts and colours come from style sheets, never from markup in the text).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "") -> QLabel:
    return plain(QLabel(text))


def make_labels_plain(root: QWidget) -> None:
    """Every label under `root`, including ones a page forgot: the window-wide safety net."""
    for label in root.findChildren(QLabel):
        plain(label)


def tooltip_text(text: str) -> str:
    """A tooltip that shows `text` literally and wraps: Qt guesses rich text for tooltips, so
    escape it inside an explicit paragraph instead of letting Qt guess."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def confirm_plain(parent: QWidget | None, title: str, question: str) -> bool:
    """Yes/No with the question (which may hold a name from the server) as plain text."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
