"""`orga-app doctor --event ID [--json]`: is this computer ready for this event's door?

Exit 0 only when ready (no red line), 1 when something must be fixed first, 3 for an event this
data dir does not hold. Text: one line per check with its fix; JSON: one object
`{"event", "ready", "checks": [{"check", "level", "title", "detail", "fix"}, ...]}`.
"""

from __future__ import annotations

import argparse

from orga_app.app import AppContext
from orga_app.cli_common import (
    EXIT_FAILED,
    EXIT_OK,
    AddCommand,
    Output,
    require_event,
)
from orga_app.cli_language import tr
from orga_app.readiness.account import server_access
from orga_app.readiness.lines import Level, Text
from orga_app.readiness.run import DoctorOptions, check_event

_MARKS = {
    Level.GREEN: "[ ok ]",
    Level.AMBER: "[warn]",
    Level.RED: "[FAIL]",
    Level.NOT_TESTED: "[ -- ]",
}


def _said(words: Text) -> str:
    """A readiness text in the terminal's language where the catalogs hold its template (the
    readiness window's own words), else in English."""
    template = tr(words.template)
    values = {
        key: tr(value) if key in ("role", "who") and isinstance(value, str) else value
        for key, value in words.values.items()
    }
    try:
        return template.format(**values) if values else template
    except (KeyError, IndexError, ValueError):  # a catalog's broken placeholder
        return str(words)


def cmd_doctor(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    require_event(ctx, args.event)
    ctx.insecure = args.insecure  # for this command only, never stored

    options = DoctorOptions(camera="none" if args.no_camera else args.camera, kiosk=args.kiosk)
    report = check_event(ctx.store, ctx.settings, args.event, server_access(ctx), options)
    if out.as_json:
        out.emit(report.as_json())
    else:
        for line in report.lines:
            text = f"{_MARKS[line.level]} {_said(line.title)}: {_said(line.detail)}"
            fix = "       " + tr("fix: {fix}").format(fix=_said(line.fix))
            out.emit({}, text, *([fix] if str(line.fix) else []))
        verdict = tr("ready") if report.ready else tr("NOT READY: fix the [FAIL] lines first")
        out.emit({}, verdict)
    return EXIT_OK if report.ready else EXIT_FAILED


def register(add: AddCommand) -> None:
    p = add("doctor", cmd_doctor, "is this computer ready for the event's door? (exit 0: ready)")
    p.add_argument("--event", required=True)
    p.add_argument(
        "--camera", help="camera index or video file to test (default: the camera in Settings)"
    )
    p.add_argument("--no-camera", action="store_true", help="this door has no camera")
    p.add_argument(
        "--kiosk", action="store_true", help="this computer runs the self check-in kiosk"
    )
    p.add_argument(
        "--insecure",
        action="store_true",
        help="allow plain http to a non-loopback server for this command (never remembered)",
    )
