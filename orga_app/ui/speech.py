"""Spoken verdicts: the headline and the first name through QtTextToSpeech, in the UI language.

For a person who cannot see the screen well (or is looking at their phone for the ticket), the
kiosk says "Welcome, Anna!" aloud; at a staffed door it is off unless the door turns it on
(setting `speech`: auto = on in the kiosk only, on, off). Where no speech engine exists (no
speech-dispatcher, a locked-down build) the speaker stays silent and costs nothing; the app
never waits for speech: `say` queues the words and returns, and a newer verdict cuts off the
one still being spoken.
"""

from __future__ import annotations

import ctypes.util
import logging
import re
import sys

from PySide6.QtCore import QLocale, QLoggingCategory, QObject

log = logging.getLogger("orga_app.ui")

MAX_SPOKEN = 120  # characters: a name from the server must not keep the door talking
# Markup-like characters: some engines read SSML, and a name from the server is never markup.
_NOT_SPOKEN = re.compile(r"[<>&{}\[\]\\\x00-\x1f\x7f]")


def speakable(text: str) -> str:
    return " ".join(_NOT_SPOKEN.sub(" ", text).split())[:MAX_SPOKEN]


# Engines whose Qt plug-in needs a system library: without it the plug-in fails to load (and
# says so as a critical Qt message), so look for the library first.
_ENGINE_LIBRARIES = {"speechd": "speechd"}  # speech-dispatcher's libspeechd


def _no_engine_possible() -> bool:
    """On Linux the only real engine is speech-dispatcher's: without its library there is
    nothing to load, and importing QtTextToSpeech alone starts Qt Multimedia (which probes for
    PipeWire and logs warnings on a machine without it)."""
    return sys.platform.startswith("linux") and not _usable("speechd")


def _usable(engine: str) -> bool:
    if engine == "mock":
        return False
    library = _ENGINE_LIBRARIES.get(engine)
    return library is None or ctypes.util.find_library(library) is not None


def _quiet_multimedia_probe() -> None:
    """Importing QtTextToSpeech starts Qt Multimedia, which looks for PipeWire's library and
    warns on every machine without it, although speech-dispatcher plays the sound itself: those
    two lines said nothing to the person and failed every test that starts a speaking kiosk."""
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")


class Speaker(QObject):
    """Says verdicts aloud through `engine` (None: the first real engine there is)."""

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts: object | None = None
        if engine is None and _no_engine_possible():
            log.info("no speech engine (no libspeechd): verdicts are not spoken")
            return
        try:
            _quiet_multimedia_probe()
            from PySide6.QtTextToSpeech import QTextToSpeech

            available = QTextToSpeech.availableEngines()
            if engine is None:  # "mock" is Qt's test engine: it makes no sound
                engine = next((name for name in available if _usable(name)), None)
            if engine is None or engine not in available:
                log.info("no speech engine (%s): verdicts are not spoken", engine or "none")
                return
            tts = QTextToSpeech(engine, self)
            if tts.state() == QTextToSpeech.State.Error:
                log.info("speech engine %s unusable (%s): silent", engine, tts.errorString())
                tts.deleteLater()
                return
            self._tts = tts
        except Exception as exc:  # a broken speech plug-in must not stop the door
            log.warning("speech unavailable: %s", exc)

    @property
    def active(self) -> bool:
        return self._tts is not None

    def set_language(self, code: str) -> None:
        """Speak in language `code` (ui/i18n codes) when the engine has a voice for it."""
        if self._tts is None:
            return  # silent: not even the speech module is loaded (it starts Qt Multimedia)
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts = self._tts
        if not isinstance(tts, QTextToSpeech):
            return
        wanted = QLocale(code).language()
        for locale in tts.availableLocales():
            if locale.language() == wanted:
                tts.setLocale(locale)
                return

    def say(self, text: str) -> None:
        if self._tts is None:
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts = self._tts
        words = speakable(text)
        if not isinstance(tts, QTextToSpeech) or not words:
            return
        tts.stop()  # the newest verdict is the one that matters
        tts.say(words)

    def say_verdict(self, headline: str, first_name: str = "") -> None:
        # headlines are in capitals for the eye; some engines spell capitals letter by letter
        spoken = headline.capitalize()
        self.say(f"{spoken}, {first_name}" if first_name.strip() else spoken)


class SilentSpeaker(Speaker):
    """Speech off: no engine is even loaded."""

    def __init__(self, parent: QObject | None = None) -> None:
        QObject.__init__(self, parent)
        self._tts = None


def speech_wanted(setting: str, *, kiosk: bool) -> bool:
    return setting == "on" or (setting == "auto" and kiosk)


def make_speaker(
    setting: str, *, kiosk: bool, language: str, parent: QObject | None = None
) -> Speaker:
    if not speech_wanted(setting, kiosk=kiosk):
        return SilentSpeaker(parent)
    speaker = Speaker(parent=parent)
    speaker.set_language(language)
    return speaker
