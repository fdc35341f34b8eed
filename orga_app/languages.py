"""The app's languages without widgets: which catalogs ship, which one the system locale or the
`language` setting picks, the pseudo-language and English plurals. The GUI (ui/i18n.py) and the
command line (cli.py) both choose their language here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator

CATALOG_DIR = Path(__file__).resolve().parent / "resources" / "i18n"
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


def english_plural(text: str, n: int) -> str:
    """ "1 attendee(s)" → "1 attendee", "2 attendee(s)" → "2 attendees" (the source language
    has no catalog of its own)."""
    return text.replace("(s)", "" if n == 1 else "s")


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a sentence for the catalogs where it is written (a module without widgets: sign-in,
    the command line); it is translated where it is shown."""
    return text


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


def load_catalog(code: str) -> QTranslator | None:
    """The compiled catalog of a shipped language, or None (English, pseudo, a missing file)."""
    if language(code) is None or code == ENGLISH:
        return None
    translator = QTranslator()
    return translator if translator.load(str(catalog_path(code))) else None
