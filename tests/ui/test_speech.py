"""Spoken verdicts: the kiosk speaks its headline through QtTextToSpeech (here Qt's own "mock"
engine, a real plug-in of the wheel that goes through speaking states without a sound card);
no engine means silence and no error; a name from the server is spoken as words, never markup,
and never at length."""

from __future__ import annotations

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from orga_app.ui.speech import MAX_SPOKEN, SilentSpeaker, Speaker, speakable, speech_wanted
from tests.helpers import Seeded
from tests.ui.test_kiosk import MakeKiosk, clock, make_kiosk, wedge_scan  # noqa: F401 - fixtures


class RecordingSpeaker(Speaker):
    """The mock engine, and a record of what was handed to it."""

    def __init__(self) -> None:
        super().__init__("mock")
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(speakable(text))
        super().say(text)


def test_the_mock_engine_really_speaks(qtbot: QtBot) -> None:
    speaker = Speaker("mock")
    assert speaker.active
    tts = speaker._tts
    assert isinstance(tts, QTextToSpeech)
    with qtbot.waitSignal(tts.stateChanged, timeout=5000):
        speaker.say_verdict("CHECKED IN", "Anna")
    assert tts.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Ready)


def test_no_engine_is_silent_and_harmless(monkeypatch: pytest.MonkeyPatch) -> None:
    # a machine whose only plug-in is Qt's test engine has no voice at all
    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    speaker = Speaker()
    assert not speaker.active
    assert not Speaker("no-such-engine").active
    speaker.say_verdict("CHECKED IN", "Anna")  # nothing happens, nothing raises
    speaker.set_language("ar")
    assert not SilentSpeaker().active


def test_names_are_spoken_as_words_and_bounded() -> None:
    assert speakable('<speak><audio src="x"/>Anna</speak>') == 'speak audio src="x"/ Anna /speak'
    assert "\x1b" not in speakable("Anna\x1b[31m")
    assert len(speakable("A" * 10_000)) == MAX_SPOKEN


def test_speech_is_on_in_the_kiosk_by_default_and_off_at_a_door() -> None:
    assert speech_wanted("auto", kiosk=True) and not speech_wanted("auto", kiosk=False)
    assert speech_wanted("on", kiosk=False) and not speech_wanted("off", kiosk=True)


def test_the_kiosk_speaks_its_verdict(
    qtbot: QtBot, request: pytest.FixtureRequest, seeded: Seeded
) -> None:
    speaker = RecordingSpeaker()
    make: MakeKiosk = request.getfixturevalue("make_kiosk")
    kiosk = make(speaker=speaker, install_wedge=True)
    wedge_scan(qtbot, kiosk, seeded.rows[0]["code"])
    assert speaker.said == [kiosk.verdict.headline.text()]
    assert seeded.rows[0]["firstname"] in speaker.said[0]


def test_an_engine_whose_library_is_missing_is_not_even_loaded(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loading Qt's speechd plug-in without libspeechd logs a critical Qt message (and the
    kiosk start-up test failed on it); the speaker now looks for the library first."""
    import ctypes.util

    monkeypatch.setattr(
        QTextToSpeech, "availableEngines", staticmethod(lambda: ["speechd", "mock"])
    )
    monkeypatch.setattr(ctypes.util, "find_library", lambda _name: None)
    assert not Speaker().active
