"""Command-line verbs that talk to the server: login, logout, events, sync, demo-server."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from typing import Any

from orga_app import cli_pretix
from orga_app.app import AppContext, NotSignedInError
from orga_app.cli_common import (
    EXIT_FAILED,
    EXIT_NO_CONTEXT,
    EXIT_OK,
    EXIT_USAGE,
    AddCommand,
    CliError,
    Output,
    terminal_safe,
)
from orga_app.cli_language import QT_TR_NOOP, Words, both, comma, semicolon, tr
from orga_app.signin import cache_events, find_event, missing_role_notice, sign_in
from orga_app.store import events as event_queries
from orga_app.store import queries
from orga_app.sync.errors import ApiError, AuthError, NotFoundError
from orga_app.sync.openevent import OpenEventClient, access


def _or_insecure(exc: Exception) -> Words:
    return both(QT_TR_NOOP("{why} (or pass --insecure to this command)"), why=exc)


def _run_login(exc: Exception) -> Words:
    return both(QT_TR_NOOP("{why} (run `orga-app login`)"), why=exc)


def _client(ctx: AppContext, args: argparse.Namespace) -> OpenEventClient:
    ctx.insecure = args.insecure  # for this command only, never stored
    try:
        return ctx.client()
    except NotSignedInError as exc:
        raise CliError(str(exc), EXIT_NO_CONTEXT) from exc
    except ValueError as exc:  # e.g. plain http to a remote host without --insecure
        raise CliError(_or_insecure(exc), EXIT_USAGE) from exc


def cmd_login(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    if cli_pretix.wants_pretix(args):
        return cli_pretix.cmd_login_pretix(ctx, args, out)
    if not args.email:
        raise CliError(
            both(QT_TR_NOOP("give --email (or --pair / --pretix-token-stdin for pretix)")),
            EXIT_USAGE,
        )
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(tr("Password for {email}: ").format(email=args.email))
    else:
        raise CliError(
            both(QT_TR_NOOP("give the password on stdin with --password-stdin")), EXIT_USAGE
        )
    if not password:
        raise CliError(both(QT_TR_NOOP("empty password")), EXIT_USAGE)
    server = args.server.rstrip("/")
    try:
        # The same sign-in as the GUI's: tokens, the account's events, tickets and roles.
        result = sign_in(
            ctx.data_dir, ctx.credentials(), server, args.email, password, insecure=args.insecure
        )
    except ValueError as exc:
        raise CliError(_or_insecure(exc), EXIT_USAGE) from exc
    except ApiError as exc:
        raise CliError(both(QT_TR_NOOP("sign-in failed: {why}"), why=exc)) from exc
    ctx.settings.set("server_url", server)
    ctx.settings.set("account_email", args.email)
    text = tr("signed in to {server} as {email}; %n event(s)", None, result.events).format(
        server=server, email=args.email
    )
    out.emit(
        {"server": server, "email": args.email, "signed_in": True, "events": result.events,
         "notice": result.notice},
        text, *(result.notice_in(tr).splitlines() if result.notice else []),
    )  # fmt: skip
    return EXIT_OK


def cmd_logout(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    if ctx.server_url and ctx.account_email:
        ctx.credentials().delete(ctx.server_url, ctx.account_email)
    out.emit({"signed_in": False}, tr("signed out (local data kept)"))
    return EXIT_OK


def _find_event(ctx: AppContext, args: argparse.Namespace, key: str) -> event_queries.EventInfo:
    """An event by number or identifier (an admin's way to any event), cached."""
    try:
        with _client(ctx, args) as client:
            return find_event(ctx.store, client, key)
    except ValueError as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    except NotFoundError as exc:
        raise CliError(
            both(QT_TR_NOOP("no event {event} on the server"), event=repr(key)), EXIT_NO_CONTEXT
        ) from exc
    except AuthError as exc:
        raise CliError(_run_login(exc), EXIT_NO_CONTEXT) from exc
    except ApiError as exc:
        raise CliError(str(exc)) from exc


def _event_lines(e: event_queries.EventInfo) -> list[str]:
    line = f"{e.id:>6}  {e.starts_at or '':<26} {e.name}"
    role = access.parse_role(e.access_role)
    if role is None:
        return [line]
    lines = [f"{line}  [{access.ROLE_NAMES[role]}]"]
    if access.upload_path(role) is access.UploadPath.NONE:
        lines.append("        " + missing_role_notice(role, e.name).said(tr))
    return lines


def _offline_note(exc: Exception) -> None:
    said = tr("{why}; showing cached events").format(why=exc)
    print(f"orga-app: {terminal_safe(said)}", file=sys.stderr)


def cmd_events(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    """The account's events from the server, cached; the cached list when offline, and the
    local (CSV-imported) events on a door with no account. With --event, that one event."""
    if args.event:
        found = _find_event(ctx, args, args.event)
        out.emit(found.as_json(), *_event_lines(found))
        return EXIT_OK
    events: list[event_queries.EventInfo] | None = None
    pretix = cli_pretix.pretix_account(ctx)
    if pretix is not None:
        try:
            events = cli_pretix.refresh_events(ctx, pretix, args.insecure)
        except ApiError as exc:
            _offline_note(exc)
    elif ctx.server_url and ctx.account_email:
        try:
            with _client(ctx, args) as client:
                events = cache_events(ctx.store, client, client.events())
        except AuthError as exc:
            raise CliError(_run_login(exc), EXIT_NO_CONTEXT) from exc
        except ApiError as exc:
            _offline_note(exc)
    if events is None:
        events = queries.all_events(ctx.store)
    for e in events:
        out.emit(e.as_json(), *_event_lines(e))
    if not events and not out.as_json:
        out.emit({}, tr("no events: sign in with `orga-app login` or import a CSV list"))
    return EXIT_OK


def _sync_context(ctx: AppContext, args: argparse.Namespace) -> Any:
    """The Open Event client for `sync`, or nothing for a pretix-type account (its backend
    is built from the stored device or team token)."""
    if cli_pretix.pretix_account(ctx) is not None:
        ctx.insecure = args.insecure
        return contextlib.nullcontext(None)
    return _client(ctx, args)


def cmd_sync(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    with _sync_context(ctx, args) as client:
        engine = cli_pretix.sync_engine(ctx) if client is None else ctx.sync_engine(client)

        def progress(stage: str, done: int, total: int) -> None:
            if not out.as_json and sys.stderr.isatty():
                print(f"\r{stage}: {done}/{total}", end="", file=sys.stderr, flush=True)

        try:
            known = queries.event(ctx.store, args.event) is not None
            if not known and client is None:
                raise CliError(
                    both(
                        QT_TR_NOOP("no event {event}: run `orga-app events`"),
                        event=repr(args.event),
                    ),
                    EXIT_NO_CONTEXT,
                )
            if not known:
                client.event(args.event)  # 404 → no such event
        except NotFoundError as exc:
            raise CliError(
                both(QT_TR_NOOP("no such event {event} on the server"), event=repr(args.event)),
                EXIT_NO_CONTEXT,
            ) from exc
        except AuthError as exc:
            raise CliError(_run_login(exc), EXIT_NO_CONTEXT) from exc
        except ApiError:
            pass  # offline: the sync below reports it
        report = engine.run(
            args.event,
            progress,
            resume=True,
            download=not args.upload_only,
            accept_deletions=args.accept_deletions,
        )
    text = (
        tr("uploaded %n", None, report.uploaded)
        + comma()
        + tr("failed %n", None, report.failed)
        + comma()
        + tr("pending %n", None, report.pending)
        + comma()
        + tr("downloaded %n attendee(s) in {seconds} s", None, report.downloaded).format(
            seconds=f"{report.seconds:.1f}"
        )
        + (semicolon() + tr("error: {error}").format(error=report.error) if report.error else "")
    )
    out.emit(report.as_json(), text)
    if report.paused and "login" in report.paused.lower():
        return EXIT_NO_CONTEXT
    return EXIT_OK if report.pending == 0 and report.error is None else EXIT_FAILED


def cmd_problems(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    if args.retry:
        queries.retry_problems(ctx.store, args.event)
    elif args.discard:
        queries.discard_problems(ctx.store, args.event)
    rows = queries.refused_rows(ctx.store, args.event)
    for row, who in rows:
        out.emit(
            {"id": row.id, "attendee_id": row.attendee_id, "who": who, "action": row.action.value,
             "scanned_at": row.scanned_at, "error": row.last_error},
            f"{row.id:>6} {who:<30} {row.action.value:<9} {row.scanned_at}  {row.last_error}",
        )  # fmt: skip
    if not out.as_json:
        said = tr("%n failed upload(s)", None, len(rows))
        out.emit({}, said + (" " + tr("(retry queued)") if args.retry else ""))
    return EXIT_OK


def _insecure_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--insecure",
        action="store_true",
        help="allow plain http to a non-loopback server for this command (never remembered)",
    )


def register(add: AddCommand) -> None:
    p = add(
        "login",
        cmd_login,
        "sign in to an Open Event server (password on stdin), or a pretix-type server",
    )
    p.add_argument("--server", required=True, help="server root, e.g. https://api.example.org")
    p.add_argument("--email", help="Open Event account e-mail")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    cli_pretix.add_login_options(p)
    _insecure_flag(p)
    add("logout", cmd_logout, "forget the stored session tokens (local data stays)")
    p = add("events", cmd_events, "the account's events (cached for offline use)")
    _insecure_flag(p)
    p.add_argument(
        "--event",
        metavar="ID_OR_IDENTIFIER",
        help="find one event on the server by number or identifier (e.g. as a server admin)",
    )
    p = add("sync", cmd_sync, "upload pending check-ins, then download attendees")
    _insecure_flag(p)
    p.add_argument("--event", required=True)
    p.add_argument("--upload-only", action="store_true")
    p.add_argument(
        "--accept-deletions",
        action="store_true",
        help="apply a download that removes more than half of the attendees (refused otherwise)",
    )
    p = add("problems", cmd_problems, "check-ins the server refused; --retry or --discard them")
    p.add_argument("--event", required=True)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--retry", action="store_true")
    group.add_argument("--discard", action="store_true")
