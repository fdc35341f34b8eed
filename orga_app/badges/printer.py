"""Silent printing of badges to a named system printer through Qt's print support (CUPS on
Linux and macOS, the Windows spooler elsewhere).

The page is the badge: the printer's media is set to the badge size with no margins, so the
badge comes out at 100 %, never scaled to A4 or Letter. A printer that is stopped, missing or
refuses the job is a `PrintProblem`, never an exception that could reach a check-in: the print
queue (queue.py) keeps the badge and says why.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from orga_app.badges.layout import BadgeContent, BadgeLayout
from orga_app.badges.outcome import PrintOutcome, PrintProblem
from orga_app.badges.render import page_layout, paint_pages


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def printer_problem(name: str) -> PrintProblem | None:
    """What stops that printer now, read from the spooler (a CUPS queue disabled with
    `cupsdisable`, or stopped by its backend after an error, reads as stopped)."""
    return _problem(name, QPrinterInfo.printerInfo(name) if name else None)


def _problem(name: str, info: QPrinterInfo | None) -> PrintProblem | None:
    if not name or info is None:
        return PrintProblem.NO_PRINTER_CHOSEN
    if info.isNull():
        return PrintProblem.PRINTER_MISSING
    if info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        return PrintProblem.PRINTER_STOPPED
    return None


def print_badges(
    name: str, layout: BadgeLayout, contents: Sequence[BadgeContent], title: str = "Badge"
) -> PrintOutcome:
    """Send the badges to the printer as one job, one page each. Returns when the spooler
    has the job (or refused it). Call it off the GUI thread: a spooler can take seconds."""
    info = QPrinterInfo.printerInfo(name) if name else None  # one spooler query per badge
    problem = _problem(name, info)
    if problem is not None or info is None:
        return PrintOutcome(problem or PrintProblem.NO_PRINTER_CHOSEN, name)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setFullPage(True)  # no driver margins: the badge is the page
    printer.setDocName(title)
    printer.setCopyCount(1)
    if not printer.setPageLayout(page_layout(layout.size)):
        return PrintOutcome(PrintProblem.PRINTER_REFUSED, name)
    painter = QPainter()
    if not painter.begin(printer):
        return PrintOutcome(PrintProblem.PRINTER_REFUSED, name)
    try:
        paint_pages(painter, layout, contents)
    finally:
        ended = painter.end()
    if not ended or printer.printerState() == QPrinter.PrinterState.Error:
        return PrintOutcome(PrintProblem.PRINTER_REFUSED, name)
    return PrintOutcome(None, name)
