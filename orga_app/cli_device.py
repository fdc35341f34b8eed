"""Command-line verbs around the door device: gui, demo, demo-server, scan, self-check."""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from orga_app.app import AppContext
from orga_app.cli_common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    AddCommand,
    CliError,
    Output,
    require_event,
)
from orga_app.core.verdict import Mode, Source


def cmd_gui(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    from orga_app.ui.main_window import run_gui

    ctx.insecure = args.insecure  # this session only; the window shows it
    return run_gui(ctx, kiosk=args.kiosk)


def cmd_demo_server(args: argparse.Namespace) -> int:
    from orga_app.demo.serve_cli import main as serve

    argv = ["--port", str(args.port), "--attendees", str(args.attendees)]
    if args.db:
        argv += ["--db", args.db]
    return serve(argv)


def cmd_demo(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    from orga_app.demo.session import run_demo

    return run_demo(ctx, attendees=args.attendees, headless=args.headless, out=out)


def cmd_scan(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    """The camera pipeline without a window: one JSON line per ticket read."""
    from orga_app.scan.decoders import DecoderError, make_decoder
    from orga_app.scan.pipeline import Debouncer, scan_stream
    from orga_app.scan.sources import SourceError, open_source

    require_event(ctx, args.event)
    try:
        decoder = make_decoder(args.decoder or str(ctx.settings.get("decoder")))
        source = open_source(args.source)
    except (DecoderError, SourceError, ValueError) as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    debouncer = Debouncer(repeat_after=float(ctx.settings.get("repeat_after")))
    reads = accepted = 0
    try:
        for event in scan_stream(source, decoder, debouncer):
            result = ctx.checkin.scan(args.event, event.text, Mode(args.mode), Source.CAMERA)
            reads += 1
            accepted += result.verdict.accepted
            who = result.attendee.full_name if result.attendee else ""
            out.emit(
                {"code": event.text, "verdict": result.verdict.value, "frame": event.frame_index,
                 "t": round(event.t, 3), "pending": result.pending,
                 "attendee": result.attendee.as_json() if result.attendee else None},
                f"frame {event.frame_index:>5} t={event.t:7.2f}s  {result.verdict.value:<19} {who}",
            )  # fmt: skip
    except SourceError as exc:
        raise CliError(f"camera or video stopped: {exc}") from exc
    finally:
        source.close()
    if not out.as_json:
        out.emit({}, f"{reads} ticket(s) read, {accepted} accepted")
    return EXIT_OK


def cmd_self_check(args: argparse.Namespace) -> int:
    """An installed build's sanity check: store, decoder, and the main window offscreen."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    steps: list[tuple[str, bool, str]] = []
    with tempfile.TemporaryDirectory(prefix="orga-self-check-") as tmp:
        started = time.perf_counter()
        try:
            from orga_app.store.db import SCHEMA_VERSION, Store

            store = Store(Path(tmp) / "check.sqlite")
            store.close()
            steps.append(("database", True, f"schema {SCHEMA_VERSION}"))
        except Exception as exc:  # report every failure, do not stop at the first
            steps.append(("database", False, repr(exc)))
        try:
            from orga_app.demo.tickets import qr_image
            from orga_app.scan.decoders import available_decoders, make_decoder

            code = "9531985d-5d9d-49f8-9818-e811892f902b-11e20b"
            found = [
                name
                for name in available_decoders()
                if any(d.text == code for d in make_decoder(name).decode(qr_image(code)))
            ]
            steps.append(("decoders", "zxing" in found, ", ".join(found) or "none decoded"))
        except Exception as exc:
            steps.append(("decoders", False, repr(exc)))
        try:
            from orga_app.ui.offscreen_check import render_main_window

            size = render_main_window(Path(tmp))
            steps.append(("main window", True, f"rendered {size[0]}x{size[1]} offscreen"))
        except Exception as exc:
            steps.append(("main window", False, repr(exc)))
        seconds = time.perf_counter() - started
    for name, ok, detail in steps:
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
    all_ok = all(ok for _, ok, _ in steps)
    print(f"self-check {'passed' if all_ok else 'FAILED'} in {seconds:.2f} s")
    return EXIT_OK if all_ok else EXIT_FAILED


def register(add: AddCommand) -> None:
    p = add("gui", cmd_gui, "the desktop app (default)", json_flag=False)
    p.add_argument("--kiosk", action="store_true", help="full-screen self check-in")
    p.add_argument(
        "--insecure",
        action="store_true",
        help="allow plain http to a non-loopback server for this session (shown in the window)",
    )
    p = add("demo", cmd_demo, "demo server + sample event + the app, no set-up", json_flag=False)
    p.add_argument("--attendees", type=int, default=500)
    p.add_argument(
        "--headless", action="store_true", help="set everything up, print it, open no window"
    )
    p = add("demo-server", cmd_demo_server, "just the Open Event-compatible demo server",
            json_flag=False)  # fmt: skip
    p.set_defaults(standalone=True)
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--attendees", type=int, default=500)
    p.add_argument("--db", help="keep the server's data in this SQLite file")
    p = add("scan", cmd_scan, "headless scanning: decode a video file or camera, check tickets in")
    p.add_argument("--event", required=True)
    p.add_argument("--source", required=True, help="camera index (0, 1) or a video/image file")
    p.add_argument("--mode", choices=[m.value for m in Mode], default=Mode.CHECK_IN.value)
    p.add_argument("--decoder", choices=["zxing", "pyzbar", "opencv"])
    p = add("self-check", cmd_self_check, "installed build sanity check, headless",
            json_flag=False)  # fmt: skip
    p.set_defaults(standalone=True)
