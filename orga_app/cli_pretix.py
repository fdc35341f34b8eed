"""Command-line parts for pretix-type servers (pretix, eventyay-tickets): sign-in by device
pairing or API token, the organizer's events, and the door's check-in list.

    orga-app login --server URL --pair TOKEN                 pair this computer as a device
    orga-app login --server URL --organizer ORG --pretix-token-stdin   a team's API token
    orga-app lists --event ORG/EVENT [--choose LIST_ID] [--exit]

A pairing token is shown on the organizer's screen and works once, so it may be given on the
command line; an API token is a lasting secret and, like a password, comes on stdin only.
"""

from __future__ import annotations

import argparse
import sys

from orga_app import signin_pretix
from orga_app.app import AppContext, NotSignedInError
from orga_app.cli_common import (
    EXIT_FAILED,
    EXIT_NO_CONTEXT,
    EXIT_OK,
    EXIT_USAGE,
    AddCommand,
    CliError,
    Output,
)
from orga_app.cli_language import QT_TR_NOOP, both, tr
from orga_app.core.list_rules import Direction, ServerKind
from orga_app.signin_pretix import PretixAccount, choose_list, read_lists, sign_in_pretix
from orga_app.store import events as event_queries
from orga_app.store import queries
from orga_app.sync.engine import SyncEngine
from orga_app.sync.errors import ApiError, AuthError


def wants_pretix(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "pair", None) or getattr(args, "pretix_token_stdin", False))


def cmd_login_pretix(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    token: str | None = None
    if args.pretix_token_stdin:
        if not args.organizer:
            raise CliError(both(QT_TR_NOOP("--pretix-token-stdin needs --organizer")), EXIT_USAGE)
        token = sys.stdin.readline().strip()
        if not token:
            raise CliError(both(QT_TR_NOOP("empty API token")), EXIT_USAGE)
    server = args.server.rstrip("/")
    try:
        result = sign_in_pretix(
            ctx.data_dir,
            ctx.credentials(),
            server,
            pairing_token=args.pair,
            api_token=token,
            organizer=args.organizer,
            insecure=args.insecure,
        )
    except ValueError as exc:
        raise CliError(
            both(QT_TR_NOOP("{why} (or pass --insecure to this command)"), why=exc), EXIT_USAGE
        ) from exc
    except ApiError as exc:
        raise CliError(both(QT_TR_NOOP("sign-in failed: {why}"), why=exc)) from exc
    ctx.settings.set("server_url", server)
    ctx.settings.set("account_email", result.email)
    ctx.settings.set("server_type", result.server_type)
    device = (
        tr(" as device {device}").format(device=repr(result.device_name))
        if result.device_name
        else ""
    )
    out.emit(
        {"server": server, "account": result.email, "server_type": result.server_type,
         "device": result.device_name or None, "signed_in": True, "events": result.events,
         "notice": result.notice},
        tr("signed in to {server} ({kind}){device} as {account}; %n event(s)", None,
           result.events).format(server=server, kind=result.server_type, device=device,
                                 account=result.email),
        *(result.notice_in(tr).splitlines() if result.notice else []),
    )  # fmt: skip
    return EXIT_OK


def pretix_account(ctx: AppContext) -> PretixAccount | None:
    """The signed-in pretix-type account, or None when the account is Open Event's."""
    return ctx.pretix_account()


def sync_engine(ctx: AppContext) -> SyncEngine:
    try:
        return ctx.sync_engine()
    except NotSignedInError as exc:
        raise CliError(str(exc), EXIT_NO_CONTEXT) from exc
    except ValueError as exc:
        raise CliError(
            both(QT_TR_NOOP("{why} (or pass --insecure to this command)"), why=exc), EXIT_USAGE
        ) from exc


def refresh_events(
    ctx: AppContext, account: PretixAccount, insecure: bool
) -> list[event_queries.EventInfo]:
    """The organizer's events from the server, cached with products and lists."""
    try:
        return signin_pretix.refresh_events(
            ctx.store, ctx.credentials(), account, insecure=insecure
        )
    except signin_pretix.NoStoredTokenError as exc:
        raise CliError(str(exc), EXIT_NO_CONTEXT) from exc
    except ValueError as exc:
        raise CliError(
            both(QT_TR_NOOP("{why} (or pass --insecure to this command)"), why=exc), EXIT_USAGE
        ) from exc
    except AuthError as exc:
        raise CliError(
            both(QT_TR_NOOP("{why} (run `orga-app login`)"), why=exc), EXIT_NO_CONTEXT
        ) from exc


def cmd_lists(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    event = queries.event(ctx.store, args.event)
    if event is None:
        raise CliError(
            both(QT_TR_NOOP("no event {event} on this computer"), event=repr(args.event)),
            EXIT_NO_CONTEXT,
        )
    if not ServerKind.parse(event.server_kind).uses_checkin_lists:
        raise CliError(
            both(
                QT_TR_NOOP("event {event} is not on a pretix-type server"), event=repr(args.event)
            ),
            EXIT_USAGE,
        )
    if args.choose is not None:
        direction = Direction.EXIT if args.exit else Direction.ENTRY
        try:
            door = choose_list(ctx.store, args.event, args.choose, direction)
        except LookupError as exc:
            raise CliError(str(exc), EXIT_FAILED) from exc
        # The scanner's mode follows the door: an exit door checks people out.
        ctx.settings.set("scan_mode", "out" if door.direction is Direction.EXIT else "in")
    lists, chosen = read_lists(ctx.store, args.event)
    for rules in lists:
        mine = chosen is not None and chosen.rules.id == rules.id
        direction_text = chosen.direction.value if mine and chosen else None
        out.emit(
            {"id": rules.id, "name": rules.name, "all_products": rules.all_products,
             "products": sorted(rules.products), "include_pending": rules.include_pending,
             "allow_multiple_entries": rules.allow_multiple_entries,
             "allow_entry_after_exit": rules.allow_entry_after_exit,
             "has_rules": rules.has_rules, "chosen": mine, "direction": direction_text},
            f"{'*' if mine else ' '} {rules.id:>6}  {rules.name}"
            + ("  " + tr("[this door: {direction}]").format(direction=direction_text)
               if mine else ""),
        )  # fmt: skip
    if not lists and not out.as_json:
        out.emit({}, tr("no check-in lists cached for this event: run `orga-app events`"))
    if chosen is None and not out.as_json:
        out.emit({}, tr("no list chosen: `orga-app lists --event ID --choose LIST_ID [--exit]`"))
    return EXIT_OK


def add_login_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pair",
        metavar="TOKEN",
        help="pretix/eventyay-tickets: pair this computer with the organizer's one-time token",
    )
    parser.add_argument(
        "--pretix-token-stdin",
        action="store_true",
        help="pretix/eventyay-tickets: read a team API token from stdin (needs --organizer)",
    )
    parser.add_argument("--organizer", help="pretix/eventyay-tickets organizer short name")


def register(add: AddCommand) -> None:
    p = add("lists", cmd_lists, "a pretix-type event's check-in lists; choose this door's")
    p.add_argument("--event", required=True, help="the event id, e.g. demo/door2026")
    p.add_argument("--choose", type=int, metavar="LIST_ID", help="scan for this list")
    p.add_argument("--exit", action="store_true", help="this door counts exits (with --choose)")
