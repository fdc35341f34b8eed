"""The command line speaks the person's language (--language, else the `language` setting, else
LANG), from the same Qt catalogs as the GUI, with each language's plural forms; the JSON for
scripts stays English. Every run is `python -m orga_app` in a subprocess on a real store."""

from __future__ import annotations

from pathlib import Path

import pytest

from orga_app.cli_language import terminal_translator
from orga_app.cli_words import scan_message
from tests.e2e.cli_runner import Run
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


# -- every line for people, not only the check-in's (issue 14) -----------------------------------
# The system locale decides (no language setting): LC_ALL empty, so LANG counts.
def system(lang: str) -> dict[str, str]:
    return {"ORGA_APP_LANGUAGE": "", "LANG": lang, "LC_ALL": "", "LC_MESSAGES": ""}


def import_list(into: Path, tmp_path: Path, rows: int, env: dict[str, str]) -> Run:
    path = tmp_path / f"list-{rows}.csv"
    lines = ["Ticket ID;First Name;Last Name;Email;Ticket Type"]
    lines += [f"P-{n};Guest{n};Door;g{n}@example.org;Day" for n in range(1, rows + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return cli(into, "import", "--csv", str(path), "--event-name", "Hof", env_extra=env)


def event_of(where: Path) -> str:
    (event,) = cli(where, "events", "--json").lines()
    return str(event["id"])


def test_status_search_and_import_speak_german_with_plurals(
    tmp_path: Path,
) -> None:
    german = system("de_DE.UTF-8")
    one = import_list(tmp_path / "one", tmp_path, 1, german)
    assert one.code == 0, one.stderr
    assert one.stdout.startswith("1 Teilnehmende in die lokale Veranstaltung")
    two = import_list(tmp_path / "two", tmp_path, 2, german)
    assert "2 Teilnehmende" in two.stdout
    event = event_of(tmp_path / "two")
    checkin = cli(tmp_path / "two", "checkin", "--event", event, "P-1", env_extra=german)
    assert "Willkommen, Guest1!" in checkin.stdout
    status = cli(tmp_path / "two", "status", "--event", event, env_extra=german).stdout
    assert "Hof: 1/2 Teilnehmende eingecheckt" in status
    assert "letzter Upload nie" in status and "never" not in status
    assert "bei 1 Scan;" in status  # singular: one scan
    assert "heute 1 Check-in," in status
    search = cli(tmp_path / "two", "search", "--event", event, "nobody", env_extra=german)
    assert search.stdout.strip() == "keine passenden Teilnehmenden"
    # scripts still get English keys and words
    as_json = cli(tmp_path / "two", "status", "--event", event, "--json", env_extra=german).one()
    assert (as_json["attendees"], as_json["checked_in"]) == (2, 1)


def test_arabic_counts_take_their_own_plural_forms(tmp_path: Path) -> None:
    arabic = system("ar_EG.UTF-8")
    forms = {
        1: "اُستورد مشارك واحد",
        2: "اُستورد مشاركان",
        3: "اُستورد 3 مشاركين",
        11: "اُستورد 11 مشاركًا",
    }
    for rows, words in forms.items():
        run = import_list(tmp_path / f"d{rows}", tmp_path, rows, arabic)
        assert run.code == 0, run.stderr
        assert run.stdout.startswith(words), (rows, run.stdout)
    event = event_of(tmp_path / "d2")
    status = cli(tmp_path / "d2", "status", "--event", event, env_extra=arabic).stdout
    assert "سُجّل حضور 0 من أصل مشاركَين" in status
    assert "، " in status and "آخر رفع أبدًا" in status  # the Arabic comma, "never"


def test_chinese_errors_and_usage_and_english_json(tmp_path: Path) -> None:
    chinese = system("zh_CN.UTF-8")
    missing = cli(tmp_path / "d", "status", "--event", "404", env_extra=chinese)
    assert missing.code == 3
    assert missing.stderr.strip() == (
        "orga-app: 此数据目录中没有活动 '404'（请先运行 `orga-app events` 或 `orga-app sync`）"
    )
    as_json = cli(tmp_path / "d", "status", "--event", "404", "--json", env_extra=chinese)
    assert as_json.one()["error"].startswith("no such event '404' in this data dir")
    usage = cli(tmp_path / "d", "status", env_extra=chinese)  # argparse's own words
    assert usage.code == 2
    assert usage.stderr.startswith("用法：orga-app status")
    assert "错误：缺少以下必需参数：--event" in usage.stderr


def test_the_language_flag_wins_over_the_setting_and_the_locale(tmp_path: Path) -> None:
    env = {"ORGA_APP_LANGUAGE": "de", "LANG": "es_ES.UTF-8", "LC_ALL": ""}
    run = cli(tmp_path / "d", "status", "--event", "404", "--language", "hi", env_extra=env)
    assert "इस डेटा फ़ोल्डर में कोई इवेंट '404' नहीं है" in run.stderr
    before_verb = cli(tmp_path / "d", "--language", "vi", "status", "--event", "404", env_extra=env)
    assert "không có sự kiện '404'" in before_verb.stderr
    assert "keine Veranstaltung" in cli(tmp_path / "d", "status", "--event", "404",
                                        env_extra=env).stderr  # fmt: skip


def test_the_readiness_check_speaks_german_too(tmp_path: Path) -> None:
    """`orga-app doctor`: the readiness lines' templates are in the catalogs (readiness/*.py
    `text("…")`), so the titles, findings and fixes are German, and so is the verdict."""
    german = system("de_DE.UTF-8")
    assert import_list(tmp_path / "d", tmp_path, 2, german).code == 0
    event = event_of(tmp_path / "d")
    run = cli(tmp_path / "d", "doctor", "--event", event, "--no-camera", env_extra=german)
    assert run.code == 0, run.stderr
    assert "[ ok ] Teilnehmerliste: Eine aus einer Datei importierte Liste" in run.stdout
    assert "[ -- ] USB-Scanner: Nicht geprüft." in run.stdout
    assert "Lösung: Wenn dieser Eingang einen USB-Barcodescanner nutzt" in run.stdout
    assert "MB frei für die lokalen Daten." in run.stdout
    assert run.stdout.strip().endswith("bereit")
    report = cli(tmp_path / "d", "doctor", "--event", event, "--no-camera", "--json",
                 env_extra=german).one()  # fmt: skip
    assert {check["title"] for check in report["checks"]} >= {"Attendee list", "Free space"}
