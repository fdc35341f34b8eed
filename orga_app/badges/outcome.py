"""What became of a print: the problem codes (no Qt, so the command line's words and the
store can name them without loading Qt's print support)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class PrintProblem(StrEnum):
    """Why a badge did not go to the printer (the UI and CLI have the words)."""

    NO_PRINTER_CHOSEN = "no_printer_chosen"
    PRINTER_MISSING = "printer_missing"  # no such queue (unplugged, renamed, removed)
    PRINTER_STOPPED = "printer_stopped"  # paused or in error (out of paper, offline)
    PRINTER_REFUSED = "printer_refused"  # the spooler did not take the job


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    problem: PrintProblem | None
    printer: str

    @property
    def ok(self) -> bool:
        return self.problem is None
