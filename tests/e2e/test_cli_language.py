"""The command line speaks the person's language (the `language` setting, else LANG), from the
same Qt catalogs as the GUI; the JSON for scripts stays English."""

from __future__ import annotations

from pathlib import Path

import pytest

from orga_app.cli_language import terminal_translator
from orga_app.cli_words import scan_message
from tests.e2e.test_cli_offline import cli, data_dir, local_event  # noqa: F401 - fixtures

GERMAN = {"ORGA_APP_LANGUAGE": "de"}
# no language setting: the system locale decides (LC_ALL would override LANG)
SPANISH_SYSTEM = {"ORGA_APP_LANGUAGE": "", "LANG": "es_ES.UTF-8", "LC_ALL": ""}


def test_a_german_door_reads_german_and_scripts_still_get_english(
    request: pytest.FixtureRequest,
    data_dir: Path,  # noqa: F811 - the fixture
) -> None:
    event: str = request.getfixturevalue("local_event")
    said = cli(data_dir, "checkin", "--event", event, "T-1003", env_extra=GERMAN)
    assert said.code == 0, said.stderr
    assert said.stdout.startswith("checked_in:")  # the verdict code is for scripts too
    assert "Willkommen, Zoë!" in said.stdout and "Welcome" not in said.stdout
    again = cli(data_dir, "checkin", "--event", event, "T-1003", "--json", env_extra=GERMAN)
    assert again.one()["message"].startswith("Already checked in at")


def test_the_system_locale_chooses_when_no_language_is_set(
    request: pytest.FixtureRequest,
    data_dir: Path,  # noqa: F811 - the fixture
) -> None:
    event: str = request.getfixturevalue("local_event")
    said = cli(data_dir, "checkin", "--event", event, "NOPE-1", env_extra=SPANISH_SYSTEM)
    assert "No existe esa entrada para este evento." in said.stdout


def test_every_cli_sentence_has_a_translation_in_each_language() -> None:
    from orga_app.core.verdict import Reason
    from tests.ui.test_verdict_reasons import result_for

    for code in ("de", "es", "vi", "zh_CN", "hi", "ar"):
        translate = terminal_translator(code)
        for reason in Reason:
            english = scan_message(result_for(reason))
            assert scan_message(result_for(reason), translate) != english, (code, reason)
