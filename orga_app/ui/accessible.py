"""Screen-reader names for every control: what a sighted person reads on or next to a control
becomes its accessible name, its tooltip its description.

Qt gives a screen reader a button's text on its own, but not the label beside a line edit, a
combo box or a spin box, and nothing for a list or a table: those would be announced as "edit"
or "table". `name_controls(window)` runs once a window is built (the main window, the kiosk,
every dialog): it keeps names a page set itself and fills in the rest from the control's text,
placeholder, form label or tooltip. A control that has none of these needs an explicit
`setAccessibleName` where it is made; tests/ui/test_accessibility.py finds any that is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QTextEdit,
    QPlainTextEdit,
    QTabBar,
)
# Parts of a composite control (a combo box's or spin box's editor, a scroll area's bars, a tab
# bar's scroll arrows, an item view's cell editors): the screen reader names the composite.
_COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar, QLineEdit)
_TAGS = re.compile(r"<[^>]+>")
_LEADING_SYMBOLS = re.compile(r"^[^\w(“\"']+", re.UNICODE)


def is_part_of_composite(widget: QWidget) -> bool:
    if isinstance(widget, QScrollBar):
        return True
    if widget.objectName() == "qt_toolbar_ext_button":  # a toolbar's ">>": Qt names it
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> Iterator[QWidget]:
    """Every control under `root` (and root itself) that a person operates."""
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, INTERACTIVE) and not is_part_of_composite(widget):
            yield widget


def spoken(text: str) -> str:
    """Text as a screen reader should say it: no mnemonic ampersands, markup, leading symbols
    (✓, ⚠, ●: the words carry the meaning) or trailing ellipsis."""
    text = _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = _LEADING_SYMBOLS.sub("", " ".join(text.split()))
    return text.rstrip("…").rstrip(":").strip()


def _form_label(widget: QWidget) -> str:
    """The words a person reads next to the control: its form row label or its buddy label."""
    window = widget.window()
    for form in window.findChildren(QFormLayout):
        label = form.labelForField(widget)
        if isinstance(label, QLabel):
            return label.text()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget:
            return label.text()
    return ""


def derived_name(widget: QWidget) -> str:
    candidates: list[str] = []
    if isinstance(widget, QAbstractButton):
        candidates.append(widget.text())
    candidates.append(_form_label(widget))
    if isinstance(widget, QLineEdit):
        candidates.append(widget.placeholderText())
    candidates.append(widget.toolTip())
    return next((spoken(c) for c in candidates if spoken(c)), "")


def name_controls(root: QWidget) -> None:
    """Fills in the accessible name (and description from the tooltip) of every control under
    `root` that has none yet."""
    for widget in controls(root):
        if not widget.accessibleName():
            name = derived_name(widget)
            if name:
                widget.setAccessibleName(name)
        if not widget.accessibleDescription() and widget.toolTip():
            description = spoken(widget.toolTip())
            if description and description != widget.accessibleName():
                widget.setAccessibleDescription(description)
