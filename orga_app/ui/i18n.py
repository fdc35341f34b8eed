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
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
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

log = logging.getLogger("orga_app.ui")

CATALOG_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
CATALOG_PREFIX = "orga_app_"
PSEUDO = "pseudo"
ENGLISH = "en"


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # the catalog's suffix and the setting's value
    native_name: str  # how the language calls itself: the person who needs it can read it
    right_to_left: bool = False


# The shipped catalogs, in the order the settings list shows them.
LANGUAGES: tuple[Language, ...] = (
    Language(ENGLISH, "English"),
    Language("de", "Deutsch"),
    Language("es", "Español"),
    Language("vi", "Tiếng Việt"),
    Language("zh_CN", "简体中文"),
    Language("hi", "हिन्दी"),
    Language("ar", "العربية", right_to_left=True),
)
TRANSLATED = tuple(lang.code for lang in LANGUAGES if lang.code != ENGLISH)
# Everything the "language" setting accepts; "" follows the system locale.
LANGUAGE_CHOICES = ("", *(lang.code for lang in LANGUAGES), PSEUDO)


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


def english_plural(text: str, n: int) -> str:
    """ "1 attendee(s)" → "1 attendee", "2 attendee(s)" → "2 attendees" (the source language
    has no catalog of its own)."""
    return text.replace("(s)", "" if n == 1 else "s")


def catalog_path(code: str, suffix: str = ".qm") -> Path:
    return CATALOG_DIR / f"{CATALOG_PREFIX}{code}{suffix}"


def language(code: str) -> Language | None:
    return next((lang for lang in LANGUAGES if lang.code == code), None)


def system_language(locale: QLocale | None = None) -> str:
    """The shipped language closest to the system locale (e.g. de_AT → de, zh_Hans_CN →
    zh_CN); English when none fits. Traditional Chinese is not shipped: it stays English rather
    than showing simplified characters to someone who reads the traditional ones."""
    locale = locale or QLocale.system()
    traditional = False  # the list goes from "zh-Hant-TW" down to a bare "zh": decide once
    for name in locale.uiLanguages():
        tag = name.replace("-", "_")
        base = tag.split("_")[0].lower()
        if base == "zh":
            traditional = traditional or "Hant" in tag or tag.endswith(("_TW", "_HK", "_MO"))
            if traditional:
                continue
            return "zh_CN"
        if base == ENGLISH:
            return ENGLISH
        if base in TRANSLATED:
            return base
    return ENGLISH


def chosen_language(setting: str, locale: QLocale | None = None) -> str:
    """The setting's language, or the system's when the setting is empty or unknown."""
    if setting == PSEUDO or language(setting) is not None:
        return setting
    return system_language(locale)


# Pseudo-localisation: accented look-alikes, about 40 % longer, in brackets so a cut-off end is
# visible; placeholders ({name}, %n, %1) and line breaks are kept so the text still works.
_ACCENTED = str.maketrans("aeiouyAEIOUYcnszCNSZ", "áéîõüýÅÉÎÕÜÝçñšžÇÑŠŽ")
_KEEP = re.compile(r"(\{[^{}]*\}|%L?n|%\d|\n)")


def pseudo(text: str) -> str:
    if not text:
        return text
    parts = _KEEP.split(text)
    out = "".join(part if _KEEP.fullmatch(part) else part.translate(_ACCENTED) for part in parts)
    letters = sum(1 for ch in text if ch.isalpha())
    padding = "~" * max(1, (letters * 2 + 4) // 5)
    return f"[{out}{padding}]"


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
