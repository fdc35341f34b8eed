"""USB scanner set-up (issue 15): scan one known test code, learn how this scanner mangles it,
and undo that for every scan after. Pure logic, no Qt (the dialog is ui/scanner_setup_dialog.py).

What a keyboard-wedge scanner can do to a code on its way in:
- end it with Enter, Tab or nothing (the wedge rule in scan/wedge.py handles all three; the
  set-up only reports which, since "nothing" costs a few tens of milliseconds per scan);
- put a prefix or a suffix around it (a configured "preamble", a code-ID letter);
- send it twice (once with and once without a terminator between the copies);
- type it through the wrong keyboard layout: the scanner sends key POSITIONS of the layout it is
  set to (usually US), and the computer reads those positions through its own layout. A US
  scanner on a German computer gives "z" for "y", "ß" for "-", "Ö" for ":" and so on.

The test code holds the characters that move between the common layouts (y, z, symbols), so
one scan shows the mapping. The known US-read-as-German table then corrects characters that
are not in the test code as well; a mapping that fits no known table is learned from the pairs
seen (then only those characters are corrected).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

# What the printable test ticket encodes (demo and docs print it as a QR code). Upper and lower
# case, digits, y/z and the symbols that sit on other keys in German (QWERTZ) layouts; no dead
# keys ("=", "+", "`", "^" type nothing on their own on a German keyboard).
SCANNER_TEST_CODE = "ORGA-TEST:yz/YZ_09.q"

# How far apart two copies of a doubled code may arrive (seconds): a scanner sends the second
# copy within milliseconds; a person scanning the same ticket again takes far longer.
DOUBLE_WINDOW = 0.5

# The largest prefix or suffix kept: scanners allow a few characters of "preamble".
MAX_AFFIX = 16

# A US-layout scanner read through a German (DE, QWERTZ) keyboard mapping: what the computer
# receives for each character the scanner meant. Keys that are dead keys in German (= + ` ^)
# are left out: what arrives for them depends on the next key.
US_READ_AS_DE: Mapping[str, str] = {
    "y": "z", "z": "y", "Y": "Z", "Z": "Y",
    "-": "ß", "_": "?", "[": "ü", "{": "Ü", "]": "+", "}": "*",
    ";": "ö", ":": "Ö", "'": "ä", '"': "Ä", "\\": "#", "|": "'",
    "/": "-", "?": "_", "<": ";", ">": ":", "~": "°",
    "@": '"', "#": "§", "^": "&", "&": "/", "*": "(", "(": ")", ")": "=",
}  # fmt: skip
# received → meant
DE_TO_US: Mapping[str, str] = {received: meant for meant, received in US_READ_AS_DE.items()}


class Terminator(StrEnum):
    ENTER = "enter"
    TAB = "tab"
    NONE = "none"  # the code ends with silence


class Layout(StrEnum):
    SAME = "same"  # scanner and computer agree
    US_AS_DE = "us_as_de"  # a US-layout scanner read through a German mapping: corrected
    LEARNED = "learned"  # another mismatch: the pairs seen in the test code are corrected


class Outcome(StrEnum):
    """What the readiness check shows for the USB scanner."""

    NOT_TESTED = "not_tested"
    TESTED = "tested"  # the test code came through (after the saved corrections)
    PROBLEM = "problem"  # the set-up could not make sense of what arrived


@dataclass(frozen=True, slots=True)
class Burst:
    """One code as the wedge filter delivered it: the text and what ended it."""

    text: str
    terminator: Terminator


@dataclass(frozen=True, slots=True)
class ScannerProfile:
    """What one scanner does to codes, and how to undo it. `char_map`: received → meant."""

    terminator: Terminator = Terminator.ENTER
    prefix: str = ""
    suffix: str = ""
    doubled: bool = False
    layout: Layout = Layout.SAME
    char_map: Mapping[str, str] = field(default_factory=dict)

    @property
    def changes_codes(self) -> bool:
        return bool(self.prefix or self.suffix or self.doubled or self.char_map)

    def correct(self, code: str) -> str:
        """The code the ticket holds, from what this scanner typed."""
        if self.doubled:
            half, rest = divmod(len(code), 2)
            if not rest and half and code[:half] == code[half:]:
                code = code[:half]  # both copies in one burst: no terminator between them
        if self.prefix and code.startswith(self.prefix):
            code = code[len(self.prefix) :]
        if self.suffix and code.endswith(self.suffix):
            code = code[: -len(self.suffix)]
        if self.char_map:
            code = "".join(self.char_map.get(char, char) for char in code)
        return code

    def as_json(self) -> dict[str, object]:
        return {
            "terminator": self.terminator.value,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "doubled": self.doubled,
            "layout": self.layout.value,
            "char_map": dict(self.char_map),
        }

    @classmethod
    def from_json(cls, data: object) -> ScannerProfile:
        """From the settings file: anything odd in it gives a profile that changes nothing
        rather than one that rewrites codes wrongly."""
        if not isinstance(data, dict):
            raise ValueError("scanner profile is not an object")
        char_map = data.get("char_map", {})
        if not isinstance(char_map, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and len(k) == 1 and len(v) == 1
            for k, v in char_map.items()
        ):
            raise ValueError("scanner profile has a bad character map")
        prefix, suffix = data.get("prefix", ""), data.get("suffix", "")
        if not isinstance(prefix, str) or not isinstance(suffix, str):
            raise ValueError("scanner profile has a bad prefix or suffix")
        if len(prefix) > MAX_AFFIX or len(suffix) > MAX_AFFIX:
            raise ValueError("scanner profile prefix or suffix is too long")
        return cls(
            terminator=Terminator(str(data.get("terminator", "enter"))),
            prefix=prefix,
            suffix=suffix,
            doubled=bool(data.get("doubled", False)),
            layout=Layout(str(data.get("layout", "same"))),
            char_map=dict(char_map),
        )


@dataclass(frozen=True, slots=True)
class SetupResult:
    """The set-up's finding: a profile when the test code could be read, else a problem."""

    outcome: Outcome
    profile: ScannerProfile | None = None
    # why the set-up failed (for the log and the readiness line): a code, not words
    problem: str = ""
    received: str = ""


def _align(received: str, expected: str) -> tuple[int, dict[str, str]] | None:
    """Where in `received` the expected code sits, and the character pairs (received → meant)
    that differ there, or None when no position fits one consistent mapping. Of several fits
    the one with the fewest changed characters wins (then the earliest)."""
    best: tuple[int, int, dict[str, str]] | None = None
    for offset in range(len(received) - len(expected) + 1):
        window = received[offset : offset + len(expected)]
        pairs: dict[str, str] = {}
        meant_by: dict[str, str] = {}
        fits = True
        for got, meant in zip(window, expected, strict=True):
            if pairs.get(got, meant) != meant or meant_by.get(meant, got) != got:
                fits = False
                break
            pairs[got] = meant
            meant_by[meant] = got
        if not fits:
            continue
        changed = {g: m for g, m in pairs.items() if g != m}
        if best is None or len(changed) < best[0]:
            best = (len(changed), offset, changed)
    if best is None:
        return None
    return best[1], best[2]


def _layout(changed: Mapping[str, str]) -> tuple[Layout, dict[str, str]]:
    if not changed:
        return Layout.SAME, {}
    if all(DE_TO_US.get(got) == meant for got, meant in changed.items()):
        return Layout.US_AS_DE, dict(DE_TO_US)  # the whole table: symbols not in the test too
    return Layout.LEARNED, dict(changed)


def analyse(bursts: Sequence[Burst], expected: str = SCANNER_TEST_CODE) -> SetupResult:
    """Work out the scanner's profile from what arrived for ONE scan of `expected`."""
    bursts = [b for b in bursts if b.text]
    if not bursts:
        return SetupResult(Outcome.PROBLEM, problem="nothing_received")
    received = bursts[0].text
    doubled = len(bursts) >= 2 and bursts[1].text == received
    if len(bursts) > 1 and not doubled:
        joined = "".join(b.text for b in bursts)
        return SetupResult(Outcome.PROBLEM, problem="several_codes", received=joined)
    if not doubled:
        half, rest = divmod(len(received), 2)
        if not rest and received[:half] == received[half:] and half >= len(expected):
            doubled, received = True, received[:half]
    aligned = _align(received, expected)
    if aligned is None:
        return SetupResult(Outcome.PROBLEM, problem="not_the_test_code", received=received)
    offset, changed = aligned
    prefix, suffix = received[:offset], received[offset + len(expected) :]
    if len(prefix) > MAX_AFFIX or len(suffix) > MAX_AFFIX:
        return SetupResult(Outcome.PROBLEM, problem="not_the_test_code", received=received)
    layout, char_map = _layout(changed)
    profile = ScannerProfile(
        terminator=bursts[0].terminator,
        prefix=prefix,
        suffix=suffix,
        doubled=doubled,
        layout=layout,
        char_map=char_map,
    )
    if profile.correct(bursts[0].text) != expected:  # never save a profile that does not work
        return SetupResult(Outcome.PROBLEM, problem="cannot_correct", received=received)
    return SetupResult(Outcome.TESTED, profile, received=received)


class Corrector:
    """Applies the saved profiles to every wedge scan; drops the second copy of a doubled
    code. Keyed by scanner (the input device's name); a scanner without a profile, or any
    scanner when only the default profile exists, gets the default one."""

    DEFAULT = ""

    def __init__(self, profiles: Mapping[str, ScannerProfile] | None = None) -> None:
        self._profiles: dict[str, ScannerProfile] = dict(profiles or {})
        self._last: tuple[str, str, float] | None = None  # (scanner, code, time)

    def set_profiles(self, profiles: Mapping[str, ScannerProfile]) -> None:
        self._profiles = dict(profiles)

    def profile(self, scanner: str) -> ScannerProfile | None:
        return self._profiles.get(scanner) or self._profiles.get(self.DEFAULT)

    def accept(self, scanner: str, code: str, t: float) -> str | None:
        """The corrected code, or None for the second copy from a doubling scanner."""
        profile = self.profile(scanner)
        if profile is None:
            return code
        corrected = profile.correct(code)
        last, self._last = self._last, (scanner, corrected, t)
        if profile.doubled and last is not None and _is_copy(last, scanner, corrected, t):
            self._last = None  # a third scan of the same ticket is a real one again
            return None
        return corrected


def _is_copy(last: tuple[str, str, float], scanner: str, code: str, t: float) -> bool:
    return last[:2] == (scanner, code) and 0 <= t - last[2] <= DOUBLE_WINDOW


def dump_profiles(profiles: Mapping[str, ScannerProfile]) -> str:
    return json.dumps({name: p.as_json() for name, p in profiles.items()}, sort_keys=True)


def load_profiles(text: str) -> dict[str, ScannerProfile]:
    """Profiles from the settings text; a damaged entry is skipped (that scanner then works
    uncorrected and the readiness line says "not tested"), never a reason to stop the door."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    profiles: dict[str, ScannerProfile] = {}
    for name, value in data.items():
        try:
            profiles[str(name)] = ScannerProfile.from_json(value)
        except ValueError:
            continue
    return profiles


def with_profile(
    profiles: Mapping[str, ScannerProfile], scanner: str, profile: ScannerProfile
) -> dict[str, ScannerProfile]:
    """The profiles with this scanner's set; also the default when none exists yet, so a
    scanner the platform cannot tell apart still gets corrected."""
    updated = dict(profiles)
    updated[scanner] = profile
    if Corrector.DEFAULT not in updated:
        updated[Corrector.DEFAULT] = profile
    return updated


def describe(profile: ScannerProfile) -> tuple[str, ...]:
    """What the set-up found, as stable codes for the words (ui and readiness)."""
    found: list[str] = [f"terminator_{profile.terminator.value}"]
    if profile.prefix:
        found.append("prefix")
    if profile.suffix:
        found.append("suffix")
    if profile.doubled:
        found.append("doubled")
    if profile.layout is not Layout.SAME:
        found.append(f"layout_{profile.layout.value}")
    return tuple(found)


# The settings that keep what the set-up learned (settings.py declares them).
PROFILES_SETTING = "scanner_profiles"
PROBLEM_SETTING = "scanner_setup_problem"


class SettingsLike(Protocol):
    def get(self, name: str) -> Any: ...

    def set(self, name: str, value: Any) -> None: ...


@dataclass(frozen=True, slots=True)
class ScannerState:
    """The USB scanner line of the readiness check: tested / not tested / problem, what was
    found (describe() codes) and the problem code of a failed set-up."""

    outcome: Outcome
    found: tuple[str, ...] = ()
    problem: str = ""


def saved_state(settings: SettingsLike) -> ScannerState:
    problem = str(settings.get(PROBLEM_SETTING))
    if problem:
        return ScannerState(Outcome.PROBLEM, problem=problem)
    profiles = load_profiles(str(settings.get(PROFILES_SETTING)))
    profile = profiles.get(Corrector.DEFAULT) or next(iter(profiles.values()), None)
    if profile is None:
        return ScannerState(Outcome.NOT_TESTED)
    return ScannerState(Outcome.TESTED, describe(profile))


def save_result(settings: SettingsLike, scanner: str, result: SetupResult) -> None:
    """Keep a working profile for this scanner, or the problem (the old profile stays: it
    still corrects codes if the failed try was a slip, e.g. a ticket instead of the test)."""
    if result.profile is None:
        settings.set(PROBLEM_SETTING, result.problem or "failed")
        return
    profiles = with_profile(
        load_profiles(str(settings.get(PROFILES_SETTING))), scanner, result.profile
    )
    settings.set(PROFILES_SETTING, dump_profiles(profiles))
    settings.set(PROBLEM_SETTING, "")
