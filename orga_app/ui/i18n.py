"""The app's languages: one `tr()` for every UI string, the shipped Qt catalogs, the language
choice (setting, else the system locale), right-to-left for Arabic and a pseudo-language that
makes every string longer and accented to find clipped labels.

Every module calls this `tr()` (not a per-module wrapper with its own context): pyside6-lupdate
files a bare `tr("…")` under the empty context, so the runtime must look there too or no
translation would ever be found. Plurals: `tr("%n attendee(s)", None, n)` is what lupdate
recognises as a numerus message (Qt picks the language's plural form); without a catalog the
English form is made here, so English never reads "1 attendee(s)".

Catalogs: orga_app/resources/i18n/orga_app_<lang>.ts (the source, edited by people or Qt
Linguist) and the .qm compiled from it by `make i18n` (scripts/i18n.py: lupdate + lrelease).
A string added to the code needs `make i18n` and a translation in every .ts; a test fails
until both are done (tests/unit/test_i18n_catalogs.py).
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from functools import cache, partial

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from orga_app.languages import (
    ENGLISH,
    LANGUAGE_CHOICES,
    LANGUAGES,
    PSEUDO,
    TRANSLATED,
    Language,
    catalog_path,
    chosen_language,
    english_plural,
    language,
    pseudo,
    system_language,
)

__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "LANGUAGE_CHOICES",
    "PSEUDO",
    "QT_TR_NOOP",
    "TRANSLATED",
    "Language",
    "catalog_path",
    "chosen_language",
    "current_language",
    "install",
    "language",
    "retranslate",
    "switch_language",
    "system_language",
    "tr",
]

log = logging.getLogger("orga_app.ui")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the UI language. `n` >= 0 makes it a plural message: write `%n` for the count
    and "(s)" where English adds an s."""
    translated = QCoreApplication.translate("", text, disambiguation, n)
    if n >= 0 and translated == text.replace("%n", str(n)):
        return english_plural(translated, n)
    return translated


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a string for the catalogs where it is written (a table of labels); tr() it where
    it is shown. PySide6's own QT_TR_NOOP is typed as returning `object`."""
    return text


class PseudoTranslator(QTranslator):
    """Answers every message with its pseudo-localised source text."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if n >= 0:
            source_text = english_plural(source_text, n)
        return pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's virtual, by its Qt name
        return False


_installed: list[QTranslator] = []
_current = [ENGLISH]


def install(app: QCoreApplication, code: str) -> str:
    """Switches the running app to language `code` (a LANGUAGE_CHOICES value; "" = the
    system's) and returns the language in use. Qt sends every widget a LanguageChange event;
    the layout mirrors for a right-to-left language. A catalog that is missing or unreadable
    leaves the UI in English (logged), never stops the app."""
    code = chosen_language(code)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    chosen: QTranslator | None = None
    if code == PSEUDO:
        chosen = PseudoTranslator(app)
    elif code != ENGLISH:
        chosen = QTranslator(app)
        if not chosen.load(str(catalog_path(code))):
            log.warning("no usable catalog for %s at %s: English instead", code, catalog_path(code))
            chosen = None
            code = ENGLISH
    if chosen is not None:
        app.installTranslator(chosen)
        _installed.append(chosen)
    _current[0] = code
    if isinstance(app, QApplication):
        lang = language(code)
        rtl = lang is not None and lang.right_to_left
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    return code


def current_language() -> str:
    """The code of the language `install` put in place last (English before any)."""
    return _current[0]


# -- switching language in a running app ---------------------------------------------------------
# Pages set their words once, when they are built. Rather than each page keeping a retranslate
# method in step with its constructor, a switch looks every shown text up in the old language's
# catalog and shows the same message in the new one. Texts with values filled in ("3 of 9
# checked in") are not found that way; the pages write those again at their next refresh.


@cache
def _catalog(code: str) -> dict[str, list[str]]:
    """translation → its sources, for the plain (non-plural) messages of catalog `code`."""
    found: dict[str, list[str]] = {}
    path = catalog_path(code if code in TRANSLATED else TRANSLATED[0], ".ts")
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        log.warning("cannot read %s for switching language: %s", path, exc)
        return found
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        if not source or message.get("numerus") == "yes":
            continue
        if code == ENGLISH:
            shown = source
        elif code == PSEUDO:
            shown = pseudo(source)
        else:
            shown = message.findtext("translation") or source
        found.setdefault(shown, []).append(source)
    return found


def _again(text: str, old: dict[str, list[str]]) -> str | None:
    """`text` (shown in the old language) in the new one. Two messages may share a translation
    ("Teilnehmende" is both "Attendees" and "attendees"): a source that starts in the same case
    as the shown text is the likelier one."""
    sources = old.get(text)
    if not sources:
        return None
    upper = text[:1].isupper()
    source = next((s for s in sources if s[:1].isupper() == upper), sources[0])
    return tr(source)


def switch_language(setting: str) -> bool:
    """Puts the language of `setting` in place in the running app and every open window;
    False when it is the one already shown."""
    app = QApplication.instance()
    old, new = current_language(), chosen_language(setting)
    if app is None or new == old:
        return False
    install(app, setting)
    if isinstance(app, QApplication):
        retranslate(app.topLevelWidgets(), old)
    return True


def retranslate(windows: Iterable[QWidget], old_code: str) -> None:
    """Shows the words of `windows` in the language now installed (they were in `old_code`)."""
    old = _catalog(old_code)

    def swap(text: str, setter: Callable[[str], object]) -> None:
        new = _again(text, old)
        if new is not None and new != text:
            setter(new)

    for window in windows:
        for widget in [window, *window.findChildren(QWidget)]:
            swap(widget.windowTitle(), widget.setWindowTitle)
            swap(widget.toolTip(), widget.setToolTip)
            swap(widget.accessibleName(), widget.setAccessibleName)
            if isinstance(widget, QLabel | QAbstractButton):
                swap(widget.text(), widget.setText)
            if isinstance(widget, QLineEdit):
                swap(widget.placeholderText(), widget.setPlaceholderText)
            if isinstance(widget, QComboBox):
                for index in range(widget.count()):
                    swap(widget.itemText(index), partial(widget.setItemText, index))
            if isinstance(widget, QTabWidget):
                for index in range(widget.count()):
                    swap(widget.tabText(index), partial(widget.setTabText, index))
            if isinstance(widget, QTableWidget):
                for column in range(widget.columnCount()):
                    item = widget.horizontalHeaderItem(column)
                    if item is not None:
                        swap(item.text(), item.setText)
        for action in window.findChildren(QAction):
            swap(action.text(), action.setText)
            swap(action.toolTip(), action.setToolTip)
