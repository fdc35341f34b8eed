"""Spoken verdicts through a REAL engine: speech-dispatcher with espeak-ng (the Makefile's system
packages), through Qt's speechd plug-in, the way a kiosk on Linux speaks.

The test starts its own speech-dispatcher (libspeechd spawns it on first use) from a private
configuration in a temporary home: audio through libao's "null" driver, so it runs on a machine
without a sound card or sound server, and a full log, where the words the kiosk handed over and
the language they were spoken in can be read back. Without the packages the test is skipped
(a machine that `make system` did not set up).
"""

from __future__ import annotations

import ctypes.util
import os
import re
import shutil
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orga_app.ui import i18n
from orga_app.ui.speech import make_speaker
from tests.helpers import Seeded
from tests.ui.test_kiosk import MakeKiosk, clock, make_kiosk, wedge_scan  # noqa: F401 - fixtures

SYSTEM_CONFIG = Path("/etc/speech-dispatcher/speechd.conf")


@dataclass
class PrivateSpeechd:
    log: Path  # speech-dispatcher.log at LogLevel 5: every command a client sent
    pid_dir: Path


def _config(system: str, log_dir: Path) -> str:
    """The system's configuration with null audio, the full log and a short idle timeout (the
    daemon leaves one second after the test's client has gone)."""
    text = re.sub(r"(?m)^#?\s*AudioOutputMethod .*$", 'AudioOutputMethod "libao"', system)
    text = re.sub(r"(?m)^#?\s*LogLevel .*$", "LogLevel 5", text)
    text = re.sub(r'(?m)^#?\s*LogDir\s+"default".*$', f'LogDir "{log_dir}"', text)
    text = re.sub(r"(?m)^#?\s*Timeout .*$", "Timeout 1", text)
    assert 'AudioOutputMethod "libao"' in text and f'LogDir "{log_dir}"' in text
    return text


@pytest.fixture
def private_speechd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PrivateSpeechd]:
    if (
        shutil.which("speech-dispatcher") is None
        or ctypes.util.find_library("speechd") is None
        or not SYSTEM_CONFIG.is_file()
    ):
        pytest.skip("speech-dispatcher, espeak-ng and libspeechd are not installed (make system)")
    home, config, runtime, logs = (tmp_path / name for name in ("home", "config", "run", "log"))
    for folder in (home, config / "speech-dispatcher", runtime, logs):
        folder.mkdir(parents=True)
    runtime.chmod(0o700)
    (home / ".libao").write_text("default_driver=null\n", encoding="utf-8")
    (config / "speech-dispatcher" / "speechd.conf").write_text(
        _config(SYSTEM_CONFIG.read_text(encoding="utf-8"), logs), encoding="utf-8"
    )
    # libspeechd reads these when the engine connects: the daemon it spawns is this test's own
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.delenv("SPEECHD_ADDRESS", raising=False)
    speechd = PrivateSpeechd(logs / "speech-dispatcher.log", runtime / "speech-dispatcher")
    yield speechd
    _stop_private_daemon(speechd.pid_dir)


def _stop_private_daemon(pid_dir: Path) -> None:
    """The daemon leaves by itself a second after its last client; one still there after three
    is stopped (it is this test's own: its pid file is in the test's runtime dir)."""
    for pid_file in pid_dir.rglob("*.pid"):
        pid = int(pid_file.read_text(encoding="ascii").split()[0])
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.1)
        if _alive(pid):
            os.kill(pid, signal.SIGTERM)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_the_kiosk_verdict_is_spoken_by_the_real_engine_in_german(
    qtbot: QtBot,
    request: pytest.FixtureRequest,
    private_speechd: PrivateSpeechd,
    seeded: Seeded,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install(app, "de")
    try:
        speaker = make_speaker("auto", kiosk=True, language="de")
        # imported after the speaker, as the app does (it quiets Qt Multimedia's probe first)
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts = speaker._tts
        assert isinstance(tts, QTextToSpeech), "speech-dispatcher did not load"
        assert tts.engine() == "speechd"
        assert tts.locale().language() == QLocale.Language.German
        states: list[QTextToSpeech.State] = []
        tts.stateChanged.connect(states.append)
        make: MakeKiosk = request.getfixturevalue("make_kiosk")
        kiosk = make(speaker=speaker, install_wedge=True)
        wedge_scan(qtbot, kiosk, seeded.rows[0]["code"])
        headline = kiosk.verdict.headline.text()
        first_name = seeded.rows[0]["firstname"]
        assert headline.startswith("Willkommen") and first_name in headline
        # speaking, then done: the engine really played it (into the null audio driver)
        qtbot.waitUntil(
            lambda: (
                QTextToSpeech.State.Speaking in states and tts.state() is QTextToSpeech.State.Ready
            ),
            timeout=10_000,
        )
        assert tts.state() is not QTextToSpeech.State.Error, tts.errorString()
        said = private_speechd.log.read_text(encoding="utf-8", errors="replace")
        assert f"DATA:|{headline}" in said  # the words the daemon was handed
        assert "SET SELF LANGUAGE de" in said  # and the voice's language
    finally:
        i18n.install(app, i18n.ENGLISH)
