"""When a check-in prints a badge: never, once (if not printed before, here or at another door)
or always; a door-wide default and a mode per ticket type (pure logic, no Qt)."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class PrintMode(StrEnum):
    NEVER = "never"
    ONCE = "once"
    ALWAYS = "always"


def parse_ticket_modes(text: str) -> dict[str, PrintMode]:
    """`VIP=always; Standard=once` (the badge_ticket_modes setting) → ticket name → mode.
    Pieces that do not parse are left out: a typo prints by the door's default, it never
    stops a check-in."""
    modes: dict[str, PrintMode] = {}
    for piece in text.split(";"):
        name, sep, mode = piece.partition("=")
        if sep and name.strip() and mode.strip().lower() in PrintMode.__members__.values():
            modes[name.strip().casefold()] = PrintMode(mode.strip().lower())
    return modes


def format_ticket_modes(modes: Mapping[str, PrintMode]) -> str:
    return "; ".join(f"{name}={mode.value}" for name, mode in modes.items())


def mode_for(
    ticket_name: str, default: PrintMode, per_ticket: Mapping[str, PrintMode]
) -> PrintMode:
    return per_ticket.get(ticket_name.strip().casefold(), default)


def should_print(mode: PrintMode, printed_before: bool) -> bool:
    if mode is PrintMode.ALWAYS:
        return True
    return mode is PrintMode.ONCE and not printed_before
