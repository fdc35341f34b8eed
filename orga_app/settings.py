"""Every setting declared once (name, type, default, help); read through one `Settings` object.

Values come from, in rising priority: the declared default, `settings.json` in the data dir,
and an environment variable `ORGA_APP_<NAME>` (handy for kiosks and tests).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger("orga_app.settings")

SETTINGS_FILE = "settings.json"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _default_device_name() -> str:
    return socket.gethostname() or "door"


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    type: type
    default: Callable[[], Any]
    help: str
    choices: tuple[str, ...] = ()
    # Numbers: the smallest and largest value that works. Every int and float setting declares
    # it; the file, ORGA_APP_<NAME> and the settings dialog all keep to it.
    limits: tuple[float, float] | None = None


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "device_name",
        str,
        _default_device_name,
        "Name of this door, sent to the server with each check-in.",
    ),
    Setting(
        "scan_mode",
        str,
        lambda: "in",
        "What a scan does: in, out or validate.",
        ("in", "out", "validate"),
    ),
    Setting("sound", bool, lambda: True, "Play a sound for each verdict."),
    Setting("camera", str, lambda: "0", "Camera index or video file used by the scanner."),
    Setting("decoder", str, lambda: "zxing", "QR decoder backend.", ("zxing", "pyzbar", "opencv")),
    Setting(
        "sync_interval",
        int,
        # A ticket used at another door must show as used here within 15 s (issue 8): a status
        # refresh every 10 s plus its own time (0.3 s at 5,000 attendees). Full downloads run
        # every 30 min (sync.scheduler.FULL_DOWNLOAD_EVERY).
        lambda: 10,
        "Seconds between refreshes of other doors' check-ins.",
        limits=(10, 3600),  # more often loads the server for little; less is a stale door
    ),
    Setting(
        "repeat_after",
        float,
        lambda: 3.0,
        "Seconds a ticket must be out of view before the camera reads it again.",
        limits=(0, 60),
    ),
    Setting(
        "online_budget",
        float,
        # A pretix-type door asks the server first (issue 11); a verdict must still come in a
        # blink, so past this the door answers from its own data and uploads later.
        lambda: 1.5,
        "Seconds a pretix or eventyay-tickets door waits for the server's verdict on a scan.",
        limits=(0.3, 10),
    ),
    Setting("server_url", str, lambda: "", "Open Event server, e.g. https://api.example.org"),
    Setting("account_email", str, lambda: "", "The signed-in account's e-mail address."),
    Setting(
        "server_type",
        str,
        lambda: "openevent",
        "The signed-in account's server type: openevent, pretix or eventyay-tickets.",
        ("openevent", "pretix", "eventyay-tickets"),
    ),
    Setting("last_event_id", str, lambda: "", "The event that re-opens at start."),
    Setting("kiosk_pin_hash", str, lambda: "", "Salted hash of the kiosk exit PIN."),
    Setting(
        "scanner_profiles",
        str,
        lambda: "",
        "What the USB scanner set-up learned per scanner (JSON; written by the set-up).",
    ),
    Setting(
        "scanner_setup_problem",
        str,
        lambda: "",
        "Why the last USB scanner set-up failed ('' when it worked or never ran).",
    ),
    Setting(
        "kiosk_return_seconds",
        float,
        lambda: 4.0,
        "Seconds a kiosk verdict stays before the idle screen returns.",
        limits=(1, 120),  # shorter cannot be read from two metres; longer blocks the queue
    ),
    Setting(
        "language",
        str,
        lambda: "",
        "UI language: empty follows the system; en, de, es, vi, zh_CN, hi, ar, or pseudo "
        "(long accented text, to find clipped labels).",
        # the catalogs shipped in orga_app/resources/i18n (ui/i18n.py LANGUAGE_CHOICES)
        ("", "en", "de", "es", "vi", "zh_CN", "hi", "ar", "pseudo"),
    ),
    Setting(
        "speech",
        str,
        lambda: "auto",
        "Speak the verdict and first name: on, off, or auto (on in the kiosk, off at a door).",
        ("auto", "on", "off"),
    ),
    # Badges (issue 12, orga_app/badges).
    Setting("badge_printer", str, lambda: "", "System printer for badges ('' = none chosen)."),
    Setting(
        "badge_mode",
        str,
        lambda: "never",
        "When a check-in prints a badge: never, once (if not printed before) or always.",
        ("never", "once", "always"),
    ),
    Setting(
        "badge_ticket_modes",
        str,
        lambda: "",
        "Print mode per ticket type, overriding badge_mode: e.g. 'VIP=always; Crew=never'.",
    ),
    Setting(
        "badge_size",
        str,
        lambda: "4x3in",
        "Badge size (orga_app/badges/layout.py BADGE_SIZES).",
        ("a6", "4x3in", "cr80", "62x100", "54x101"),
    ),
    Setting(
        "badge_layout",
        str,
        lambda: "server",
        "Badge layout: the server's for the ticket type where it has one (Open Event badge "
        "form, pretix badge layout; the built-in one for the rest), or always the built-in one.",
        ("server", "builtin"),
    ),
)
_BY_NAME = {s.name: s for s in SETTINGS}


class SettingError(ValueError):
    """A setting name or value that cannot be used."""


def _coerce(setting: Setting, value: Any) -> Any:
    try:
        if setting.type is bool:
            if isinstance(value, str):
                lowered = value.strip().lower()
                if lowered in ("1", "true", "yes", "on"):
                    return True
                if lowered in ("0", "false", "no", "off", ""):
                    return False
                raise ValueError(value)
            return bool(value)
        if isinstance(value, bool):  # JSON true is no number of seconds
            raise TypeError(value)
        result = setting.type(value)
    except (TypeError, ValueError) as exc:
        raise SettingError(
            f"{setting.name}: {value!r} is not a valid {setting.type.__name__}"
        ) from exc
    if setting.choices and result not in setting.choices:
        raise SettingError(f"{setting.name}: {result!r} is not one of {', '.join(setting.choices)}")
    if setting.limits is not None:
        low, high = setting.limits
        # Written so that NaN fails too: every comparison with NaN is false.
        if not low <= result <= high:
            raise SettingError(
                f"{setting.name}: {value!r} is out of range (from {low:g} to {high:g})"
            )
    return result


class Settings:
    """The app's settings for one data dir. Thread-safe enough for reads; writes are atomic."""

    def __init__(self, data_dir: Path, *, clock: Callable[[], datetime] = _utc_now) -> None:
        self._path = data_dir / SETTINGS_FILE
        self._clock = clock
        self._stored: dict[str, Any] = self._load()

    def _load(self) -> dict[str, Any]:
        try:
            text = self._path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:  # no permission, a folder, not UTF-8
            problem = str(exc)
        else:
            try:
                loaded = json.loads(text)
            except ValueError as exc:
                problem = f"not JSON ({exc})"
            else:
                if isinstance(loaded, dict):
                    return loaded
                problem = f"JSON {type(loaded).__name__}, not an object"
        # A damaged settings file must not stop the door: defaults apply. It is moved aside so the
        # next save does not overwrite what may still be read from it (kiosk PIN, server URL).
        self._set_aside(problem)
        return {}

    def _set_aside(self, problem: str) -> None:
        stamp = self._clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self._path.with_name(f"{SETTINGS_FILE}.damaged-{stamp}")
        n = 1
        while target.exists():  # two starts within a second: keep both copies
            n += 1
            target = self._path.with_name(f"{SETTINGS_FILE}.damaged-{stamp}-{n}")
        try:
            self._path.rename(target)
        except OSError as exc:
            log.warning(
                "settings file %s is damaged (%s) and cannot be moved aside (%s); defaults apply "
                "and the next saved setting replaces it",
                self._path,
                problem,
                exc.strerror or exc,
            )
            return
        log.warning(
            "settings file %s is damaged (%s); defaults apply, the file was moved to %s",
            self._path,
            problem,
            target.name,
        )

    def get(self, name: str) -> Any:
        setting = _BY_NAME.get(name)
        if setting is None:
            raise SettingError(f"unknown setting {name!r}")
        env = os.environ.get(f"ORGA_APP_{name.upper()}")
        if env is not None:
            return _coerce(setting, env)
        if name in self._stored:
            try:
                return _coerce(setting, self._stored[name])
            except SettingError as exc:
                log.warning("ignoring stored setting: %s", exc)
        return setting.default()

    def check_environment(self) -> None:
        """Raise `SettingError` for the first `ORGA_APP_<NAME>` override that is not a valid value.

        A stored bad value only warns (the door falls back to the default), but an override is
        set on purpose, often for a kiosk: better refuse to start than run with another value.
        """
        for setting in SETTINGS:
            env = os.environ.get(f"ORGA_APP_{setting.name.upper()}")
            if env is not None:
                _coerce(setting, env)

    def set(self, name: str, value: Any) -> None:
        setting = _BY_NAME.get(name)
        if setting is None:
            raise SettingError(f"unknown setting {name!r}")
        self._stored[name] = _coerce(setting, value)
        self._save()

    def __iter__(self) -> Iterator[tuple[Setting, Any]]:
        for setting in SETTINGS:
            yield setting, self.get(setting.name)

    # Typed shortcuts for the settings read on hot paths.
    @property
    def device_name(self) -> str:
        return str(self.get("device_name"))

    def _save(self) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        # Write-then-rename so a crash never leaves half a settings file.
        fd, tmp = tempfile.mkstemp(dir=self._path.parent, prefix=".settings-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(self._stored, handle, indent=2, sort_keys=True)
        Path(tmp).replace(self._path)
