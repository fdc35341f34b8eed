"""The USB scanner line.

The scanner set-up (issue 15, another part) tests a USB barcode scanner with the test code and
saves what it learned per scanner. Until that set-up reports here, the line says "not tested":
`scanner_test` is the one place to read its result from.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from orga_app.readiness.lines import CheckLine, Level, text
from orga_app.settings import Settings


class ScannerState(StrEnum):
    WORKS = "works"  # the test code came through right (after the saved corrections)
    PROBLEM = "problem"  # the set-up found something it cannot correct


@dataclass(frozen=True)
class ScannerTest:
    state: ScannerState
    detail: str  # the set-up's own words, e.g. "German keyboard layout, corrected"


def scanner_test(settings: Settings) -> ScannerTest | None:
    """The saved result of the USB scanner set-up; None while no set-up has been made."""
    del settings  # the scanner set-up fills this in from what it saves per scanner
    return None


def usb_scanner_line(test: ScannerTest | None) -> CheckLine:
    title = text("USB scanner")
    if test is None:
        detail = text("Not tested.")
        fix = text("If this door uses a USB barcode scanner, run the scanner set-up once.")
        return CheckLine("usb_scanner", Level.NOT_TESTED, title, detail, fix)
    if test.state is ScannerState.WORKS:
        return CheckLine("usb_scanner", Level.GREEN, title, text("{detail}", detail=test.detail))
    fix = text("Run the scanner set-up again, or scan with the camera.")
    return CheckLine("usb_scanner", Level.RED, title, text("{detail}", detail=test.detail), fix)
