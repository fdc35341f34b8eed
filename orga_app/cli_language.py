"""The command line in the person's language: the `language` setting (or ORGA_APP_LANGUAGE),
else the system locale (LANG, LC_ALL, LC_MESSAGES), through the GUI's own Qt catalogs. Only text
for people is translated; JSON output stays English for scripts."""

from __future__ import annotations

from orga_app.cli_words import Translate, english
from orga_app.languages import PSEUDO, chosen_language, load_catalog, pseudo


def terminal_translator(setting: str) -> Translate:
    code = chosen_language(setting)
    if code == PSEUDO:
        return pseudo
    catalog = load_catalog(code)
    if catalog is None:
        return english

    def translate(text: str) -> str:
        # QTranslator answers "" for a message it does not hold: the English words then
        return catalog.translate("", text) or text

    return translate
