"""Numeric settings have a declared range: the settings file, ORGA_APP_<NAME> overrides and the
dialog keep to it (NaN, infinity, negative or absurd seconds break timers and the kiosk)."""

from __future__ import annotations

import json
import logging
import math
from pathlib import Path

import pytest

from orga_app.settings import SETTINGS, SETTINGS_FILE, SettingError, Settings

NUMERIC = [s for s in SETTINGS if s.type in (int, float)]
OUT_OF_RANGE = ["nan", "NaN", "inf", "-inf", "-1", "1e308", "100000"]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for setting in SETTINGS:
        monkeypatch.delenv(f"ORGA_APP_{setting.name.upper()}", raising=False)


def test_every_numeric_setting_declares_a_range_holding_its_default() -> None:
    assert {s.name for s in NUMERIC} >= {"sync_interval", "repeat_after", "kiosk_return_seconds"}
    for setting in NUMERIC:
        assert setting.limits is not None, setting.name
        low, high = setting.limits
        assert math.isfinite(low) and math.isfinite(high) and low <= high, setting.name
        assert low <= setting.default() <= high, setting.name


@pytest.mark.parametrize("name", [s.name for s in NUMERIC])
@pytest.mark.parametrize("value", OUT_OF_RANGE)
def test_out_of_range_values_are_refused_when_set(tmp_path: Path, name: str, value: str) -> None:
    settings = Settings(tmp_path)
    with pytest.raises(SettingError, match=name):
        settings.set(name, value)
    assert not (tmp_path / SETTINGS_FILE).exists()


@pytest.mark.parametrize(
    ("name", "low", "high"),
    [
        ("sync_interval", 10, 3600),
        ("repeat_after", 0.0, 60.0),
        ("kiosk_return_seconds", 1.0, 120.0),
    ],
)
def test_the_ends_of_the_range_are_allowed(
    tmp_path: Path, name: str, low: float, high: float
) -> None:
    settings = Settings(tmp_path)
    for value in (low, high):
        settings.set(name, str(value))
        assert Settings(tmp_path).get(name) == value


def test_out_of_range_values_in_the_file_warn_and_use_the_default(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # json.dumps writes NaN and Infinity as bare words, and Python's json reads them back.
    (tmp_path / SETTINGS_FILE).write_text(
        json.dumps(
            {"kiosk_return_seconds": float("nan"), "repeat_after": float("inf"),
             "sync_interval": -1, "camera": "2"}
        ),
        encoding="utf-8",
    )  # fmt: skip
    settings = Settings(tmp_path)
    with caplog.at_level(logging.WARNING, logger="orga_app.settings"):
        assert settings.get("kiosk_return_seconds") == 4.0
        assert settings.get("repeat_after") == 3.0
        assert settings.get("sync_interval") == 10
    assert settings.get("camera") == "2"
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 3
    assert all("out of range" in m for m in messages), messages


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "0.2"])
def test_an_out_of_range_override_is_an_error_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("ORGA_APP_KIOSK_RETURN_SECONDS", value)
    with pytest.raises(
        SettingError, match=r"kiosk_return_seconds: .* out of range \(from 1 to 120\)"
    ):
        Settings(tmp_path).check_environment()


def test_a_json_true_is_no_number(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).write_text('{"kiosk_return_seconds": true}', encoding="utf-8")
    assert Settings(tmp_path).get("kiosk_return_seconds") == 4.0
