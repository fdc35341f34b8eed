"""One sound per verdict family. QtMultimedia is imported only when sound is on and an audio
output exists, so headless machines and tests stay quiet (no audio back-end warnings)."""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject, QUrl

from orga_app.ui.theme import sound_path

log = logging.getLogger("orga_app.ui")

FAMILIES = ("success", "checkout", "valid", "warning", "error")


class SoundPlayer(Protocol):
    def play(self, family: str) -> None: ...


class NullSoundPlayer:
    """Plays nothing; remembers what it was asked to play (tests read it)."""

    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, family: str) -> None:
        self.played.append(family)


class QtSoundPlayer(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QSoundEffect

        self._effects: dict[str, QSoundEffect] = {}
        for family in FAMILIES:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(sound_path(family))))
            effect.setVolume(0.9)
            self._effects[family] = effect

    def play(self, family: str) -> None:
        effect = self._effects.get(family)
        if effect is not None:
            effect.play()


def make_sound_player(enabled: bool, parent: QObject | None = None) -> SoundPlayer:
    """The real player when sound is wanted and possible, else a silent one."""
    if not enabled:
        return NullSoundPlayer()
    try:
        from PySide6.QtMultimedia import QMediaDevices

        if not QMediaDevices.audioOutputs():
            log.info("no audio output: verdict sounds are off")
            return NullSoundPlayer()
        return QtSoundPlayer(parent)
    except Exception as exc:  # a broken multimedia back-end must not stop the door
        log.warning("sound unavailable: %s", exc)
        return NullSoundPlayer()
