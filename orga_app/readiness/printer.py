"""The badge printer line, only where this door prints badges (badge_mode, or a ticket type's
own mode): is the chosen printer there and taking jobs? Read from the spooler, no test page
(a test badge would cost a card at every check)."""

from __future__ import annotations

from orga_app.badges.modes import PrintMode, parse_ticket_modes
from orga_app.badges.outcome import PrintProblem
from orga_app.badges.printer import printer_problem
from orga_app.readiness.lines import CheckLine, Level, text
from orga_app.settings import Settings


def badges_on(mode: str, ticket_modes: str) -> bool:
    """Does any check-in at this door print a badge?"""
    modes = {mode.strip().lower(), *(m.value for m in parse_ticket_modes(ticket_modes).values())}
    return bool(modes - {PrintMode.NEVER.value})


def printer_line(printer: str, problem: PrintProblem | None) -> CheckLine:
    title = text("Badge printer")
    if problem is None:
        return CheckLine("printer", Level.GREEN, title, text("“{name}” takes jobs.", name=printer))
    if problem is PrintProblem.NO_PRINTER_CHOSEN:
        detail = text("Badges print at check-in, but no printer is chosen.")
        fix = text("Choose the badge printer in the Badges settings.")
    elif problem is PrintProblem.PRINTER_MISSING:
        detail = text("“{name}” is not there (unplugged, renamed or removed).", name=printer)
        fix = text("Plug it in and switch it on, or choose another printer in the Badges settings.")
    else:
        detail = text("“{name}” is stopped (paused, out of paper or offline).", name=printer)
        fix = text(
            "Fix the printer (paper, cable, power), then resume it in the system's printers."
        )
    return CheckLine("printer", Level.RED, title, detail, fix)


def printer_lines(settings: Settings) -> list[CheckLine]:
    """The printer line where badges are printed; none at a door that prints no badges."""
    if not badges_on(str(settings.get("badge_mode")), str(settings.get("badge_ticket_modes"))):
        return []
    printer = str(settings.get("badge_printer"))
    return [printer_line(printer, printer_problem(printer))]
