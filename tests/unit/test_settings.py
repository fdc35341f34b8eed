"""Settings: declared defaults, the settings file, ORGA_APP_<NAME> overrides, bad values."""

from __future__ import annotations

import json
import logging
import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest

from orga_app.settings import SETTINGS, SETTINGS_FILE, Setting, SettingError, Settings


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No ORGA_APP_* variable of the developer's shell may leak into these tests."""
    for setting in SETTINGS:
        monkeypatch.delenv(f"ORGA_APP_{setting.name.upper()}", raising=False)


def test_every_setting_is_declared_sensibly() -> None:
    names = [s.name for s in SETTINGS]
    assert len(names) == len(set(names))
    for setting in SETTINGS:
        assert setting.help.strip(), setting.name
        default = setting.default()
        assert isinstance(default, setting.type), setting.name
        if setting.choices:
            assert default in setting.choices, setting.name


def test_defaults(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    assert settings.get("scan_mode") == "in"
    assert settings.get("sound") is True
    assert settings.get("sync_interval") == 10
    assert settings.get("repeat_after") == 3.0
    assert settings.get("decoder") == "zxing"
    assert settings.get("server_url") == ""
    assert settings.device_name == (socket.gethostname() or "door")
    assert dict((s.name, v) for s, v in settings) == {s.name: s.default() for s in SETTINGS}
    assert not (tmp_path / SETTINGS_FILE).exists()  # reading writes nothing


def test_round_trip_through_the_file(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    settings.set("device_name", "Door North")
    settings.set("sync_interval", "30")  # text from a form field is coerced
    settings.set("sound", "off")
    settings.set("repeat_after", 1.5)
    settings.set("scan_mode", "validate")

    again = Settings(tmp_path)
    assert again.device_name == "Door North"
    assert again.get("sync_interval") == 30
    assert again.get("sound") is False
    assert again.get("repeat_after") == 1.5
    assert again.get("scan_mode") == "validate"
    stored = json.loads((tmp_path / SETTINGS_FILE).read_text(encoding="utf-8"))
    assert stored["sync_interval"] == 30
    assert stored["sound"] is False
    # Write-then-rename leaves no temporary files behind.
    assert sorted(p.name for p in tmp_path.iterdir()) == [SETTINGS_FILE]


def test_settings_dir_is_created_on_first_write(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "new" / "dir")
    settings.set("camera", "2")
    assert Settings(tmp_path / "new" / "dir").get("camera") == "2"


@pytest.mark.parametrize(
    ("name", "env", "expected"),
    [
        ("sync_interval", "15", 15),
        ("sound", "no", False),
        ("sound", "TRUE", True),
        ("sound", "1", True),
        ("repeat_after", "0.25", 0.25),
        ("scan_mode", "out", "out"),
        ("device_name", "Kiosk 3", "Kiosk 3"),
    ],
)
def test_environment_overrides_file_and_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, env: str, expected: object
) -> None:
    Settings(tmp_path).set("sync_interval", 30)
    Settings(tmp_path).set("device_name", "from file")
    monkeypatch.setenv(f"ORGA_APP_{name.upper()}", env)
    assert Settings(tmp_path).get(name) == expected


def test_environment_override_reaches_the_device_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ORGA_APP_DEVICE_NAME", "Door South")
    assert Settings(tmp_path).device_name == "Door South"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("sync_interval", "soon"),
        ("sync_interval", None),
        ("repeat_after", "fast"),
        ("sound", "maybe"),
        ("scan_mode", "sideways"),
        ("decoder", "magic"),
    ],
)
def test_bad_values_are_refused(tmp_path: Path, name: str, value: object) -> None:
    settings = Settings(tmp_path)
    settings.set("camera", "1")
    before = (tmp_path / SETTINGS_FILE).read_bytes()
    with pytest.raises(SettingError) as info:
        settings.set(name, value)
    assert name in str(info.value)
    assert (tmp_path / SETTINGS_FILE).read_bytes() == before
    assert Settings(tmp_path).get(name) == next(s for s in SETTINGS if s.name == name).default()


def test_unknown_setting(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    with pytest.raises(SettingError, match="no_such_thing"):
        settings.get("no_such_thing")
    with pytest.raises(SettingError, match="no_such_thing"):
        settings.set("no_such_thing", 1)


def test_bad_environment_value_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORGA_APP_SYNC_INTERVAL", "often")
    with pytest.raises(SettingError, match="sync_interval"):
        Settings(tmp_path).get("sync_interval")


def test_check_environment_names_the_first_bad_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / SETTINGS_FILE).write_text(json.dumps({"sync_interval": "soon"}), encoding="utf-8")
    settings = Settings(tmp_path)
    monkeypatch.setenv("ORGA_APP_SCAN_MODE", "out")
    settings.check_environment()  # a bad stored value is no reason to refuse: it only warns
    monkeypatch.setenv("ORGA_APP_KIOSK_RETURN_SECONDS", "a while")
    with pytest.raises(SettingError, match="kiosk_return_seconds"):
        settings.check_environment()


START = datetime(2026, 11, 26, 7, 30, 5, tzinfo=UTC)


@pytest.mark.parametrize("content", ["{not json", "[1, 2, 3]", '"text"', "", "\x00\x01garbage"])
def test_damaged_file_is_moved_aside_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: str
) -> None:
    path = tmp_path / SETTINGS_FILE
    path.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="orga_app.settings"):
        settings = Settings(tmp_path, clock=lambda: START)
    assert settings.get("sync_interval") == 10
    assert settings.get("scan_mode") == "in"
    kept = tmp_path / f"{SETTINGS_FILE}.damaged-20261126T073005Z"
    assert kept.read_text(encoding="utf-8") == content  # kept for a person to look at
    assert not path.exists()
    (record,) = caplog.records
    assert record.levelno == logging.WARNING and record.name == "orga_app.settings"
    assert kept.name in record.getMessage()


def test_a_save_after_damage_does_not_overwrite_the_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / SETTINGS_FILE
    cut_short = '{"kiosk_pin_hash": "pbkdf2$salt$hash", "server_url": "https://api.example.org"'
    path.write_text(cut_short, encoding="utf-8")
    Settings(tmp_path, clock=lambda: START).set("sync_interval", 30)
    assert json.loads(path.read_text(encoding="utf-8")) == {"sync_interval": 30}
    (kept,) = tmp_path.glob(f"{SETTINGS_FILE}.damaged-*")
    assert kept.read_text(encoding="utf-8") == cut_short


def test_damaged_twice_in_one_second_keeps_both_copies(tmp_path: Path) -> None:
    path = tmp_path / SETTINGS_FILE
    for content in ("[1]", "[2]"):
        path.write_text(content, encoding="utf-8")
        Settings(tmp_path, clock=lambda: START)
    kept = sorted(p.read_text(encoding="utf-8") for p in tmp_path.glob(f"{SETTINGS_FILE}.*"))
    assert kept == ["[1]", "[2]"]


def test_an_unreadable_settings_path_is_moved_aside(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / SETTINGS_FILE).mkdir()  # read_text fails with an OSError, not a parse error
    with caplog.at_level(logging.WARNING, logger="orga_app.settings"):
        settings = Settings(tmp_path, clock=lambda: START)
    assert settings.get("camera") == "0"
    assert (tmp_path / f"{SETTINGS_FILE}.damaged-20261126T073005Z").is_dir()
    settings.set("camera", "2")
    assert Settings(tmp_path).get("camera") == "2"
    assert len(caplog.records) == 1


def test_damaged_json_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / SETTINGS_FILE).write_text("{not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="orga_app.settings"):
        Settings(tmp_path)
    assert any(SETTINGS_FILE in r.getMessage() for r in caplog.records)


def test_bad_stored_value_falls_back_to_default(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / SETTINGS_FILE).write_text(
        json.dumps({"sync_interval": "soon", "scan_mode": "sideways", "camera": "3"}),
        encoding="utf-8",
    )
    settings = Settings(tmp_path)
    with caplog.at_level(logging.WARNING, logger="orga_app.settings"):
        assert settings.get("sync_interval") == 10
        assert settings.get("scan_mode") == "in"
    assert settings.get("camera") == "3"  # the good values of the file still count
    assert len(caplog.records) == 2


def test_setting_declaration_is_frozen() -> None:
    setting = SETTINGS[0]
    assert isinstance(setting, Setting)
    with pytest.raises(AttributeError):
        setting.name = "other"  # type: ignore[misc]
