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
from orga_app.cli_language import (
    QT_TR_NOOP,
    Words,
    both,
    comma,
    semicolon,
    tr,
    use_language,
)
from orga_app.cli_words import scan_message, throughput_lines, unknown_message
from orga_app.core.list_rules import ServerKind
from orga_app.core.unknown_codes import explain
from orga_app.core.verdict import Mode, Source
from orga_app.languages import LANGUAGE_CHOICES
from orga_app.settings import SettingError
from orga_app.signin import missing_role_notice
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
        notice = missing_role_notice(role, info.name)
        raise CliError(Words(str(notice), notice.said(tr)), EXIT_NO_CONTEXT)
    with ctx.online_session():
        result = ctx.checkin.scan(
            args.event, args.code, Mode(args.mode), Source.MANUAL, admit_unpaid=args.admit_unpaid
        )
    who = f" {result.attendee.full_name} ({result.attendee.ticket})" if result.attendee else ""
    state = " " + tr("[pending upload]") if result.pending else ""
    message = scan_message(result)  # English for scripts; people read their own language
    said = scan_message(result, tr)
    explanation = explain(result, ServerKind.parse(info.server_kind), args.code)
    if explanation is not None:  # a code not recognised: the likely cause and the next step
        message += " " + unknown_message(explanation, args.event)
        said += " " + unknown_message(explanation, args.event, tr)
    cause = explanation.cause.value if explanation else None
    out.emit(
        {**result.as_json(), "message": message, "unknown_cause": cause},
        f"{result.verdict.value}:{who} {said}{state}",
    )
    return EXIT_OK if result.verdict.accepted else EXIT_FAILED


def cmd_status(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    info = require_event(ctx, args.event)
    s = status_json(ctx, args.event)
    never = tr("never")

    def count(key: str) -> int:
        value = s[key]
        return value if isinstance(value, int) else 0

    lines = [
        tr("{event}: {checked_in}/%n attendee(s) checked in", None, count("attendees")).format(
            event=info.name, checked_in=s["checked_in"]
        )
        + comma()
        + tr("%n pending upload", None, count("pending"))
        + comma()
        + tr("%n failed", None, count("failed"))
        + semicolon()
        + tr("last upload {upload}, last download {download}").format(
            upload=s["last_upload"] or never, download=s["last_download"] or never
        )
    ]
    if s["paused"]:
        lines.append(tr("Uploads paused: {why}").format(why=s["paused"]))
    flow = queries.door_throughput(ctx.store, args.event)
    s["throughput"] = flow.as_json()
    lines.extend(throughput_lines(flow, tr))
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
        out.emit({}, tr("no attendees match"))
    return EXIT_OK


def cmd_export(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    require_event(ctx, args.event)
    n = queries.export_attendees(ctx.store, args.event, Path(args.csv))
    if args.scan_log:
        queries.export_scan_log(ctx.store, args.event, Path(args.scan_log))
    out.emit(
        {"event": args.event, "exported": n, "file": str(args.csv)},
        tr("exported %n attendee(s) to {file}", None, n).format(file=args.csv),
    )
    return EXIT_OK


def cmd_import(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    path = Path(args.csv)
    if not path.is_file():
        raise CliError(both(QT_TR_NOOP("no such file: {path}"), path=path), EXIT_USAGE)
    try:
        report = queries.import_csv(ctx.store, path, args.event_name)
    except csvio.CsvImportError as exc:
        raise CliError(str(exc)) from exc
    if not out.as_json:
        for line, why in report.skipped:
            out.emit({}, tr("skipped line {line}: {why}").format(line=line, why=why))
        for note in report.notes:
            out.emit({}, tr("note: {note}").format(note=note))
    out.emit(
        {
            "event": report.event_id,
            "imported": report.imported,
            "skipped": len(report.skipped),
            "skipped_rows": [{"line": n, "reason": r} for n, r in report.skipped],
            "notes": report.notes,
        },
        tr(
            "imported %n attendee(s) into local event {event} ({skipped} skipped)",
            None,
            report.imported,
        ).format(event=report.event_id, skipped=len(report.skipped)),
    )
    return EXIT_OK


_LANGUAGES = [code for code in LANGUAGE_CHOICES if code]


def _language_given(argv: Sequence[str]) -> str | None:
    """`--language X` from the command line before argparse reads it: its own errors and help
    are then in that language too."""
    for index, arg in enumerate(argv):
        if arg.startswith("--language="):
            return arg.split("=", 1)[1]
        if arg == "--language" and index + 1 < len(argv):
            return argv[index + 1]
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="orga-app", description="Offline-first event check-in.")
    parser.add_argument("--version", action="version", version=f"orga-app {__version__}")
    parser.add_argument("--data-dir", help="data directory (default: per-user app data dir)")
    parser.add_argument(
        "--language",
        choices=_LANGUAGES,
        help="language of the text for people (default: the language setting, else the "
        "system's); --json output stays English",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str, handler: Handler, help_text: str, json_flag: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        # after the verb too; SUPPRESS keeps a value given before the verb
        p.add_argument("--language", choices=_LANGUAGES, default=argparse.SUPPRESS)
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
        where = root or data_dir or os.environ.get(paths.DATA_DIR_ENV)
        detail = exc.strerror or str(exc)
        if exc.filename and str(exc.filename) != str(where or ""):
            detail += f": {exc.filename}"
        message = both(
            QT_TR_NOOP("cannot use data dir {where}: {detail}"), where=where or "", detail=detail
        )
        if where is None:
            message = both(QT_TR_NOOP("cannot use the per-user data dir: {detail}"), detail=detail)
        raise CliError(message) from exc
    except (StoreError, DatabaseError) as exc:
        raise CliError(str(exc)) from exc
    try:
        ctx.settings.check_environment()
    except SettingError as exc:
        ctx.close()
        raise CliError(str(exc)) from exc
    return ctx


def main(argv: Sequence[str] | None = None) -> int:
    given = list(argv) if argv is not None else sys.argv[1:]
    use_language(_language_given(given) or os.environ.get("ORGA_APP_LANGUAGE", ""))
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 for --help/--version
        return int(exc.code or 0)
    if getattr(args, "handler", None) is None:
        args = parser.parse_args([*given, "gui"])  # the desktop app is the default verb
    if getattr(args, "standalone", False):  # verbs that do not open the app's store
        code: int = args.handler(args)
        return code
    out = Output(bool(getattr(args, "json", False)), sys.stdout, sys.stderr)
    try:
        ctx = open_for_cli(args.data_dir)
    except CliError as exc:
        out.error(exc.message)
        return exc.code
    if args.language is None:  # the data dir's setting (ORGA_APP_LANGUAGE overrides it)
        use_language(str(ctx.settings.get("language")))
    try:
        handler: Handler = args.handler
        return handler(ctx, args, out)
    except CliError as exc:
        out.error(exc.message)
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
        said = tr("the local database failed, nothing was saved: {detail}")
        print(f"orga-app: {terminal_safe(said.format(detail=detail))}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        ctx.close()
