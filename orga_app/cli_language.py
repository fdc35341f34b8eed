"""The command line in the person's language: `--language`, else the `language` setting (or
ORGA_APP_LANGUAGE), else the system locale (LC_ALL, LC_MESSAGES, LANG), through the GUI's own
Qt catalogs (a QTranslator needs no QCoreApplication). Only text for people is translated:
JSON output stays English for scripts, so a message that goes to both is made twice
(`both`): English for the JSON, the person's language for the terminal.

Every sentence is written as a literal `tr("…")` or `QT_TR_NOOP("…")` where it is used:
pyside6-lupdate reads those into the catalogs (scripts/i18n.py hands it every cli*.py).
Counts: `tr("%n attendee(s)", None, n)`, as in the GUI.
"""

from __future__ import annotations

import argparse
from typing import Protocol

from PySide6.QtCore import QTranslator

from orga_app.languages import (
    ENGLISH,
    PSEUDO,
    QT_TR_NOOP,
    chosen_language,
    english_plural,
    load_catalog,
    pseudo,
)

__all__ = [
    "QT_TR_NOOP",
    "Translate",
    "Words",
    "active_language",
    "both",
    "comma",
    "english",
    "local",
    "semicolon",
    "terminal_translator",
    "tr",
    "use_language",
]


class Translate(Protocol):
    def __call__(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...


def english(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself; with a count, its English plural with the number in it."""
    if n < 0:
        return text
    return english_plural(text, n).replace("%n", str(n))


def _pseudo(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return pseudo(english(text, disambiguation, n))


def _from_catalog(catalog: QTranslator) -> Translate:
    def translate(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        # QTranslator answers "" for a message it does not hold: the English words then. It
        # picks the plural form but leaves %n to the caller (QCoreApplication fills it in).
        found = catalog.translate("", text, disambiguation, n)
        if not found:
            return english(text, disambiguation, n)
        return found.replace("%n", str(n)) if n >= 0 else found

    return translate


def terminal_translator(setting: str) -> Translate:
    code = chosen_language(setting)
    if code == PSEUDO:
        return _pseudo
    catalog = load_catalog(code)
    return english if catalog is None else _from_catalog(catalog)


# The language of this process's terminal output; `use_language` sets it once the setting is
# known (main() first from --language and the environment, then from the data dir's settings).
_active: list[Translate] = [english]
_active_code = [ENGLISH]


def use_language(setting: str) -> None:
    _active[0] = terminal_translator(setting)
    _active_code[0] = chosen_language(setting)
    _translate_argparse()


def active_language() -> str:
    return _active_code[0]


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the terminal's language (the one `use_language` chose)."""
    return _active[0](text, disambiguation, n)


def comma() -> str:
    """Between the parts of one line ("a, b"): Chinese and Arabic write their own commas."""
    return tr(", ", "between the parts of one line")


def semicolon() -> str:
    return tr("; ", "between the groups of one line")


class Words(str):
    """English words (the str itself: what JSON and logs get) that also carry the same message
    in the terminal's language (`local`), for the line a person reads."""

    local: str

    def __new__(cls, english_text: str, local: str) -> Words:
        made = super().__new__(cls, english_text)
        made.local = local
        return made


def both(template: str, n: int = -1, **values: object) -> Words:
    """`template` (marked with QT_TR_NOOP) filled in, in English and in the terminal's language."""
    return Words(
        english(template, None, n).format(**values), tr(template, None, n).format(**values)
    )


def local(text: str) -> str:
    """What a person reads of `text`: its translation when it is `Words`, else the text."""
    return text.local if isinstance(text, Words) else text


# argparse's own words (usage, errors, help headings) go through a module-level `_` (gettext);
# these are its sentences in Python 3.11, marked for the catalogs. A Python whose argparse says
# something else is shown in English.
_ARGPARSE_WORDS = (
    QT_TR_NOOP("usage: "),
    QT_TR_NOOP("positional arguments"),
    QT_TR_NOOP("options"),
    QT_TR_NOOP("show this help message and exit"),
    QT_TR_NOOP("show program's version number and exit"),
    QT_TR_NOOP("argument %(argument_name)s: %(message)s"),
    QT_TR_NOOP("unrecognized arguments: %s"),
    QT_TR_NOOP("not allowed with argument %s"),
    QT_TR_NOOP("the following arguments are required: %s"),
    QT_TR_NOOP("one of the arguments %s is required"),
    QT_TR_NOOP("expected one argument"),
    QT_TR_NOOP("invalid %(type)s value: %(value)r"),
    QT_TR_NOOP("invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TR_NOOP("ambiguous option: %(option)s could match %(matches)s"),
    QT_TR_NOOP("%(prog)s: error: %(message)s"),
)


def _argparse_gettext(text: str) -> str:
    # the error line ends in a newline that is not part of the catalog's message
    if text.endswith("\n") and text[:-1] in _ARGPARSE_WORDS:
        return tr(text[:-1]) + "\n"
    return tr(text) if text in _ARGPARSE_WORDS else text


def _translate_argparse() -> None:
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]  # looked up at each call
