"""The command line (DESIGN.md "Command line"): thin; it calls services and prints text or JSON.

Exit codes: 0 ok, 1 a verdict or sync that did not succeed, 2 usage error,
3 not logged in / no such event.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from orga_app import (
    __version__,
    cli_badge,
    cli_demo,
    cli_device,
    cli_doctor,
    cli_pretix,
    cli_server,
    logs,
    paths,
)
from orga_app.app import AppContext, open_app
from orga_app.cli_common import (
    EXIT_FAILED,
    EXIT_NO_CONTEXT,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    Handler,
    Output,
    require_event,
    status_json,
    terminal_safe,
)
from orga_app.cli_language import terminal_translator
from orga_app.cli_words import scan_message, throughput_lines, unknown_message
from orga_app.core.list_rules import ServerKind
from orga_app.core.unknown_codes import explain
from orga_app.core.verdict import Mode, Source
from orga_app.settings import SettingError
from orga_app.store import csvio, queries
from orga_app.store.db import StoreError
from orga_app.store.search import StatusFilter
from orga_app.sync.openevent import access


def cmd_checkin(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    info = require_event(ctx, args.event)
    role = access.parse_role(info.access_role)
    cannot_upload = access.upload_path(role) is access.UploadPath.NONE
    if role is not None and cannot_upload and Mode(args.mode) is not Mode.VALIDATE:
        # Said before anyone scans: a check-in this account can never upload would be a green
        # verdict that lies.
        raise CliError(access.missing_role_message(role, info.name), EXIT_NO_CONTEXT)
    with ctx.online_session():
        result = ctx.checkin.scan(
            args.event, args.code, Mode(args.mode), Source.MANUAL, admit_unpaid=args.admit_unpaid
        )
    who = f" {result.attendee.full_name} ({result.attendee.ticket})" if result.attendee else ""
    state = " [pending upload]" if result.pending else ""
    message = scan_message(result)  # English for scripts; people read their own language
    said = scan_message(result, terminal_translator(str(ctx.settings.get("language"))))
    explanation = explain(result, ServerKind.parse(info.server_kind), args.code)
    if explanation is not None:  # a code not recognised: the likely cause and the next step
        hint = unknown_message(explanation, args.event)
        message, said = f"{message} {hint}", f"{said} {hint}"
    cause = explanation.cause.value if explanation else None
    out.emit(
        {**result.as_json(), "message": message, "unknown_cause": cause},
        f"{result.verdict.value}:{who} {said}{state}",
    )
    return EXIT_OK if result.verdict.accepted else EXIT_FAILED


def cmd_status(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    info = require_event(ctx, args.event)
    s = status_json(ctx, args.event)
    lines = [
        f"{info.name}: {s['checked_in']}/{s['attendees']} checked in, "
        f"{s['pending']} pending upload, {s['failed']} failed; "
        f"last upload {s['last_upload'] or 'never'}, last download {s['last_download'] or 'never'}"
    ]
    if s["paused"]:
        lines.append(f"Uploads paused: {s['paused']}")
    flow = queries.door_throughput(ctx.store, args.event)
    s["throughput"] = flow.as_json()
    lines.extend(throughput_lines(flow))
    out.emit(s, *lines)
    return EXIT_OK


def cmd_search(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    require_event(ctx, args.event)
    found = queries.attendees_after(
        ctx.store, args.event, args.text, StatusFilter(args.filter), limit=args.limit
    )
    for a in found:
        mark = "✔" if a.is_checked_in else " "
        out.emit(a.as_json(), f"{mark} {a.id:>8}  {a.full_name:<32} {a.email:<32} {a.ticket}")
    if not found and not out.as_json:
        out.emit({}, "no attendees match")
    return EXIT_OK


def cmd_export(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    require_event(ctx, args.event)
    n = queries.export_attendees(ctx.store, args.event, Path(args.csv))
    if args.scan_log:
        queries.export_scan_log(ctx.store, args.event, Path(args.scan_log))
    out.emit(
        {"event": args.event, "exported": n, "file": str(args.csv)},
        f"exported {n} attendees to {args.csv}",
    )
    return EXIT_OK


def cmd_import(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    path = Path(args.csv)
    if not path.is_file():
        raise CliError(f"no such file: {path}", EXIT_USAGE)
    try:
        report = queries.import_csv(ctx.store, path, args.event_name)
    except csvio.CsvImportError as exc:
        raise CliError(str(exc)) from exc
    if not out.as_json:
        for line, why in report.skipped:
            out.emit({}, f"skipped line {line}: {why}")
        for note in report.notes:
            out.emit({}, f"note: {note}")
    out.emit(
        {
            "event": report.event_id,
            "imported": report.imported,
            "skipped": len(report.skipped),
            "skipped_rows": [{"line": n, "reason": r} for n, r in report.skipped],
            "notes": report.notes,
        },
        f"imported {report.imported} attendees into local event {report.event_id} "
        f"({len(report.skipped)} skipped)",
    )
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="orga-app", description="Offline-first event check-in.")
    parser.add_argument("--version", action="version", version=f"orga-app {__version__}")
    parser.add_argument("--data-dir", help="data directory (default: per-user app data dir)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str, handler: Handler, help_text: str, json_flag: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        if json_flag:
            p.add_argument("--json", action="store_true", help="one JSON object per line")
        return p

    p = add("checkin", cmd_checkin, "check a ticket code in (or out, or validate) offline-first")
    p.add_argument("--event", required=True)
    p.add_argument("--mode", choices=[m.value for m in Mode], default=Mode.CHECK_IN.value)
    p.add_argument(
        "--admit-unpaid",
        action="store_true",
        help="admit a pending (unpaid) order where the check-in list allows it (pretix-type "
        "events; without it such a scan is refused and says so)",
    )
    p.add_argument("code")
    p = add("status", cmd_status, "attendees, checked in, pending, failed, last sync")
    p.add_argument("--event", required=True)
    p = add("search", cmd_search, "search attendees by name, e-mail, order or code")
    p.add_argument("--event", required=True)
    p.add_argument("--filter", choices=[f.value for f in StatusFilter], default="all")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("text")
    p = add("export", cmd_export, "export attendees with check-in state to CSV")
    p.add_argument("--event", required=True)
    p.add_argument("--csv", required=True, help="output file")
    p.add_argument("--scan-log", help="also write the scan log to this CSV file")
    p = add("import", cmd_import, "create a serverless local event from a CSV attendee list")
    p.add_argument("--csv", required=True)
    p.add_argument("--event-name", required=True)
    cli_server.register(add)
    cli_pretix.register(add)
    cli_device.register(add)
    cli_demo.register(add)
    cli_doctor.register(add)
    cli_badge.register(add)
    return parser


def open_for_cli(data_dir: str | None) -> AppContext:
    """Data dir, logging and the app's store, or a one-line `CliError` (exit 1): a data dir that
    is a file or not writable, a bad settings override or a damaged store is no traceback."""
    root: Path | None = None
    try:
        root = paths.data_dir(data_dir)
        logs.setup(root)
        ctx = open_app(str(root))
    except SettingError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        where = root or data_dir or os.environ.get(paths.DATA_DIR_ENV) or "(per-user default)"
        detail = exc.strerror or str(exc)
        if exc.filename and str(exc.filename) != str(where):
            detail += f": {exc.filename}"
        raise CliError(f"cannot use data dir {where}: {detail}") from exc
    except (StoreError, DatabaseError) as exc:
        raise CliError(str(exc)) from exc
    try:
        ctx.settings.check_environment()
    except SettingError as exc:
        ctx.close()
        raise CliError(str(exc)) from exc
    return ctx


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 for --help/--version
        return int(exc.code or 0)
    if getattr(args, "handler", None) is None:
        given = list(argv) if argv is not None else sys.argv[1:]
        args = parser.parse_args([*given, "gui"])  # the desktop app is the default verb
    if getattr(args, "standalone", False):  # verbs that do not open the app's store
        code: int = args.handler(args)
        return code
    out = Output(bool(getattr(args, "json", False)), sys.stdout, sys.stderr)
    try:
        ctx = open_for_cli(args.data_dir)
    except CliError as exc:
        out.error(str(exc))
        return exc.code
    try:
        handler: Handler = args.handler
        return handler(ctx, args, out)
    except CliError as exc:
        out.error(str(exc))
        return exc.code
    except OSError as exc:  # a file to read or write: missing folder, no permission, disk full
        where = f": {exc.filename}" if exc.filename else ""
        out.error(f"{exc.strerror or exc}{where}")
        return EXIT_FAILED
    except SettingError as exc:  # a value a verb reads or writes, e.g. the GUI's scan mode
        out.error(str(exc))
        return EXIT_FAILED
    except (StoreError, DatabaseError) as exc:  # disk full, store locked or damaged
        detail = str(getattr(exc, "orig", None) or exc)
        if out.as_json:
            out.emit({"error": f"local database: {detail}"}, "")
        print(
            f"orga-app: the local database failed, nothing was saved: {terminal_safe(detail)}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    finally:
        ctx.close()
