"""The USB scanner line, from what the scanner set-up (scan/scanner_setup.py) saved: tested (and
what it corrects), not tested, or a set-up that found something it cannot correct."""

from __future__ import annotations

from orga_app.readiness.lines import CheckLine, Level, text
from orga_app.scan.scanner_setup import Outcome, ScannerState, SettingsLike, saved_state

# The set-up's codes (scanner_setup.describe and its problems) in words.
_FOUND = {
    "terminator_enter": "sends Enter after each code",
    "terminator_tab": "sends Tab after each code",
    "terminator_none": "sends no Enter (a pause ends each code)",
    "prefix": "adds a prefix (removed)",
    "suffix": "adds a suffix (removed)",
    "doubled": "sends each code twice (taken once)",
    "layout_us_as_de": "US keyboard layout read as German (corrected)",
    "layout_learned": "keyboard layouts differ (corrected)",
}
_PROBLEMS = {
    "nothing_received": "nothing arrived from the scanner",
    "several_codes": "several codes arrived at once",
    "not_the_test_code": "what arrived was not the test code",
    "cannot_correct": "its characters are changed in a way the app cannot correct",
}


def scanner_test(settings: SettingsLike) -> ScannerState:
    """The saved result of the USB scanner set-up."""
    return saved_state(settings)


def usb_scanner_line(state: ScannerState) -> CheckLine:
    title = text("USB scanner")
    if state.outcome is Outcome.TESTED:
        found = "; ".join(_FOUND.get(code, code) for code in state.found)
        return CheckLine("usb_scanner", Level.GREEN, title, text("Set up: {found}.", found=found))
    if state.outcome is Outcome.PROBLEM:
        why = _PROBLEMS.get(state.problem, state.problem)
        detail = text("The last set-up failed: {why}.", why=why)
        fix = text("Run the scanner set-up again with the test code, or scan with the camera.")
        return CheckLine("usb_scanner", Level.AMBER, title, detail, fix)
    detail = text("Not tested.")
    fix = text("If this door uses a USB barcode scanner, run the scanner set-up once.")
    return CheckLine("usb_scanner", Level.NOT_TESTED, title, detail, fix)
