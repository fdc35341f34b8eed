"""Languages at run time: the shipped catalogs load and translate the door's words, plurals take
the language's forms, Arabic mirrors the layout, the setting (else the system locale) picks the
language, and the pseudo-language keeps placeholders intact."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orga_app import languages
from orga_app.app import AppContext
from orga_app.core.verdict import Mode
from orga_app.settings import SETTINGS
from orga_app.ui import i18n
from orga_app.ui.i18n import tr
from tests.ui.conftest import MakeWindow
from tests.ui.test_kiosk import clock, make_kiosk  # noqa: F401 - fixtures
from tests.ui.test_screens import open_event


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[QApplication]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    yield application
    i18n.install(application, i18n.ENGLISH)  # the next test starts in English, left to right


def test_english_plurals_without_a_catalog(app: QApplication) -> None:
    i18n.install(app, "en")
    assert tr("%n attendee(s)", None, 1) == "1 attendee"
    assert tr("%n attendee(s)", None, 0) == "0 attendees"
    assert tr("%n attendee(s)", None, 5) == "5 attendees"


@pytest.mark.parametrize(
    ("code", "headline"),
    [
        ("de", "EINGECHECKT"),
        ("es", "REGISTRADO"),
        ("vi", "ĐÃ VÀO"),
        ("zh_CN", "已签到"),
        ("hi", "प्रवेश दर्ज"),
        ("ar", "تم الدخول"),
    ],
)
def test_each_catalog_translates_the_verdict_headline(
    app: QApplication, code: str, headline: str
) -> None:
    assert i18n.install(app, code) == code
    assert tr("CHECKED IN") == headline


def test_plural_forms_follow_the_language(app: QApplication) -> None:
    i18n.install(app, "de")
    assert tr("%n attendee(s)", None, 1) == "1 Person"
    assert tr("%n attendee(s)", None, 3) == "3 Personen"
    i18n.install(app, "ar")  # Arabic has six plural forms: one, two, few and many differ
    one, two, few, many = (tr("%n attendee(s)", None, n) for n in (1, 2, 5, 11))
    assert len({one, two, few, many}) == 4


def test_arabic_mirrors_the_layout_and_english_restores_it(app: QApplication) -> None:
    i18n.install(app, "ar")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    i18n.install(app, "de")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_system_locale_picks_the_language_when_the_setting_is_empty() -> None:
    assert i18n.chosen_language("", QLocale("de_AT")) == "de"
    assert i18n.chosen_language("", QLocale("zh_CN")) == "zh_CN"
    assert i18n.chosen_language("", QLocale("zh_TW")) == "en"  # traditional: not shipped
    assert i18n.chosen_language("", QLocale("fr_FR")) == "en"
    assert i18n.chosen_language("vi", QLocale("de_DE")) == "vi"  # the setting wins


def test_the_setting_accepts_exactly_the_shipped_languages() -> None:
    setting = next(s for s in SETTINGS if s.name == "language")
    assert setting.choices == i18n.LANGUAGE_CHOICES
    for code in i18n.TRANSLATED:
        assert i18n.catalog_path(code).is_file(), code


def test_pseudo_language_is_longer_accented_and_keeps_placeholders(app: QApplication) -> None:
    i18n.install(app, i18n.PSEUDO)
    text = tr("{n} of {total} checked in")
    assert "{n}" in text and "{total}" in text
    assert len(text) > len("{n} of {total} checked in") * 1.3
    assert text.startswith("[") and text.endswith("]")
    assert tr("%n attendee(s)", None, 2).startswith("[2 ")
    assert text.format(n=3, total=9).count("3") == 1


def test_a_missing_catalog_leaves_english(
    app: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    monkeypatch.setattr(languages, "CATALOG_DIR", tmp_path)
    assert i18n.install(app, "de") == "en"
    assert tr("CHECKED IN") == "CHECKED IN"


def test_the_language_setting_switches_the_open_window_without_restart(
    app: QApplication, qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = open_event(qtbot, make_window)
    scanner = window.scanner
    scanner.set_mode(Mode.CHECK_OUT)
    window.ctx.settings.set("language", "de")
    window.apply_settings()
    assert window.windowTitle() == "Orga App — Check-in"
    assert window.tabs.tabText(1) == "Teilnehmende"
    assert scanner.mode_buttons[Mode.CHECK_IN].text() == "Einchecken"
    assert scanner.verdict.headline.text() == "Bereit zum Auschecken"  # the idle prompt
    assert scanner.mode_band.text().startswith("CHECK-OUT —")
    window.ctx.settings.set("language", "ar")
    window.apply_settings()
    assert window.tabs.tabText(1) == "المشاركون"
    assert window.isRightToLeft()
    assert scanner.verdict.headline.text() == "جاهز لتسجيل المغادرة"


def test_windows_from_every_module_come_up_translated(
    app: QApplication, qtbot: QtBot, ctx: AppContext
) -> None:
    """The scanner set-up dialog had its own translation context, which no catalog held: its
    words stayed English in every language."""
    from orga_app.ui.scanner_setup_dialog import ScannerSetupDialog

    i18n.install(app, "de")
    dialog = ScannerSetupDialog(ctx.settings, install_filter=False)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "USB-Scanner einrichten"
    assert dialog.again.text() == "Erneut scannen"


def test_the_kiosk_welcome_follows_a_language_switch(
    app: QApplication, request: pytest.FixtureRequest
) -> None:
    from tests.ui.test_kiosk import MakeKiosk

    make: MakeKiosk = request.getfixturevalue("make_kiosk")
    kiosk = make()
    assert kiosk.idle.title.text() == "Welcome to Test Conference!"
    assert i18n.switch_language("es")
    kiosk.idle.show_words_again()
    assert kiosk.idle.title.text() == "¡Bienvenido a Test Conference!"
