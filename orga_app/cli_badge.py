"""`orga-app badge --event ID CODE [--pdf FILE | --printer NAME]`: one attendee's badge, as a PDF
file or printed (issue 12). Printing records the print like the door does (job, printed flag and
the server's print log through the outbox), so a later "print once" check-in knows."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from orga_app.app import AppContext
from orga_app.badges.layout import default_layout, size_by_key
from orga_app.badges.modes import PrintMode
from orga_app.cli_common import EXIT_FAILED, EXIT_OK, CliError, Output, require_event
from orga_app.cli_language import QT_TR_NOOP, both, tr
from orga_app.cli_words import badge_problem_message
from orga_app.core.codes import parse_code
from orga_app.store import badge_jobs, badge_layouts

_QT_APP: list[Any] = []  # kept alive for the process: Qt's fonts live in it


def _start_qt() -> None:
    """Qt's font and paint machinery needs a QGuiApplication; a command line has no screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # here: the other verbs start without Qt

    if QGuiApplication.instance() is None:
        _QT_APP.append(QGuiApplication(["orga-app"]))


def cmd_badge(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    # Qt's paint and print modules load only for this verb.
    from orga_app.badges.render import write_pdf
    from orga_app.badges.server_layouts import layout_for
    from orga_app.badges.spooler import BadgeNotice, BadgeSpooler, PrintConfig, content_of

    require_event(ctx, args.event)
    found = badge_jobs.subjects_by_code(ctx.store, args.event, parse_code(args.code))
    if len(found) != 1:
        none = QT_TR_NOOP("no attendee of this event has the code {code}")
        several = QT_TR_NOOP("several attendees share the code {code}")
        raise CliError(both(several if found else none, code=repr(args.code)), EXIT_FAILED)
    subject = found[0]
    use_server = ctx.settings.get("badge_layout") == "server"
    own = default_layout(size_by_key(str(ctx.settings.get("badge_size"))))
    _start_qt()
    choice = badge_layouts.read_choice(ctx.store, args.event, subject.ticket_id)
    layout = layout_for(choice, own, use_server)
    name = f"{subject.firstname} {subject.lastname}".strip()
    if args.pdf:
        write_pdf(Path(args.pdf), layout, [content_of(subject)], f"badge-{subject.attendee_id}")
        out.emit(
            {"attendee": subject.attendee_id, "name": name, "pdf": args.pdf},
            tr("badge of {name} written to {file}").format(name=name, file=args.pdf),
        )
        return EXIT_OK
    printer = args.printer or str(ctx.settings.get("badge_printer"))
    notices: list[BadgeNotice] = []
    config = PrintConfig(
        printer, own, PrintMode.ALWAYS, {}, str(ctx.settings.get("device_name")), use_server
    )
    spooler = BadgeSpooler(ctx.store, lambda: config, notices.append, logged=ctx.queued)
    spooler.start()
    try:
        spooler.reprint(subject.attendee_id)
        spooler.wait_idle()
    finally:
        spooler.stop()
    if not notices:
        raise CliError(
            both(QT_TR_NOOP("the badge could not be printed (see the log)")), EXIT_FAILED
        )
    notice = notices[-1]
    if notice.problem is not None:
        message = badge_problem_message(notice.problem, notice.printer)
        said = badge_problem_message(notice.problem, notice.printer, tr)
        out.emit(
            {"attendee": subject.attendee_id, "name": name, "printed": False,
             "problem": notice.problem.value, "message": message},
            tr("not printed: {why}").format(why=said),
        )  # fmt: skip
        return EXIT_FAILED
    out.emit(
        {"attendee": subject.attendee_id, "name": name, "printed": True, "printer": printer},
        tr("badge of {name} sent to {printer}").format(name=name, printer=printer),
    )
    return EXIT_OK


def register(add: Any) -> None:
    p = add("badge", cmd_badge, "one attendee's badge as a PDF file or printed")
    p.add_argument("--event", required=True)
    target = p.add_mutually_exclusive_group()
    target.add_argument("--pdf", metavar="FILE", help="write the badge to this PDF file")
    target.add_argument(
        "--printer", metavar="NAME", help="print (default: the badge_printer setting)"
    )
    p.add_argument("code", help="the ticket code (as printed on the ticket)")
