"""One line of the readiness check: what was checked, how it stands, and the fix in words.

Words are kept as an English template plus its values (`Text`), so the command line prints
them as they are and the window can translate the template before filling it in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class Level(StrEnum):
    GREEN = "green"  # works
    AMBER = "amber"  # works, but look at it before the doors open
    RED = "red"  # this door is not ready: fix it first
    # Nothing to judge here (a kiosk PIN on a door that runs no kiosk, a scanner set-up that
    # has not been made): shown, never blocks readiness.
    NOT_TESTED = "not_tested"


@dataclass(frozen=True)
class Text:
    """An English template with named `{fields}` and their values."""

    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.values) if self.values else self.template


def text(template: str, **values: object) -> Text:
    return Text(template, values)


NO_FIX = Text("")


@dataclass(frozen=True)
class CheckLine:
    key: str  # stable name for scripts and tests: "upload", "clock", "disk", ...
    level: Level
    title: Text  # what was checked, e.g. "Clock"
    detail: Text  # what was found
    fix: Text = NO_FIX  # what a person does about it (empty when green)

    def as_json(self) -> dict[str, object]:
        return {
            "check": self.key,
            "level": self.level.value,
            "title": str(self.title),
            "detail": str(self.detail),
            "fix": str(self.fix) or None,
        }


@dataclass(frozen=True)
class Readiness:
    event_id: str
    lines: Sequence[CheckLine]

    @property
    def ready(self) -> bool:
        """Ready means nothing red: amber lines are worth a look but do not stop a door."""
        return all(line.level is not Level.RED for line in self.lines)

    def line(self, key: str) -> CheckLine:
        return next(line for line in self.lines if line.key == key)

    def as_json(self) -> dict[str, object]:
        return {
            "event": self.event_id,
            "ready": self.ready,
            "checks": [line.as_json() for line in self.lines],
        }
