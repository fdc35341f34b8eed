"""Command-line verbs around the door device: gui, scan, self-check (demo verbs: cli_demo)."""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

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
from orga_app.cli_language import QT_TR_NOOP, both, tr
from orga_app.core.verdict import Mode, Source

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray


def cmd_gui(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    from orga_app.ui.launch import run_gui

    ctx.insecure = args.insecure  # this session only; the window shows it
    return run_gui(ctx, kiosk=args.kiosk)


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
    with ctx.online_session():  # pretix-type events: the server judges each read first
        try:
            for event in scan_stream(source, decoder, debouncer):
                result = ctx.checkin.scan(args.event, event.text, Mode(args.mode), Source.CAMERA)
                reads += 1
                accepted += result.verdict.accepted
                who = result.attendee.full_name if result.attendee else ""
                verdict = result.verdict.value
                out.emit(
                    {"code": event.text, "verdict": verdict, "frame": event.frame_index,
                     "t": round(event.t, 3), "pending": result.pending,
                     "attendee": result.attendee.as_json() if result.attendee else None},
                    f"frame {event.frame_index:>5} t={event.t:7.2f}s  {verdict:<19} {who}",
                )  # fmt: skip
        except SourceError as exc:
            raise CliError(both(QT_TR_NOOP("camera or video stopped: {why}"), why=exc)) from exc
        finally:
            source.close()
    if not out.as_json:
        out.emit(
            {}, tr("%n ticket(s) read, {accepted} accepted", None, reads).format(accepted=accepted)
        )
    return EXIT_OK


def _qr_image(code: str) -> NDArray[np.uint8]:
    """A clean QR of `code` for the decoder check: black on white, 8 px a module, 4 modules of
    quiet zone. Made here, not with the demo's ticket images: an installed build's self-check
    must not need the demo package (a build may leave it out)."""
    import numpy as np
    import segno

    modules = np.pad(np.array(segno.make(code, error="m", micro=False).matrix), 4)
    return np.kron(np.where(modules == 1, 0, 255), np.ones((8, 8))).astype(np.uint8)


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
            from orga_app.scan.decoders import available_decoders, make_decoder

            code = "9531985d-5d9d-49f8-9818-e811892f902b-11e20b"
            found = [
                name
                for name in available_decoders()
                if any(d.text == code for d in make_decoder(name).decode(_qr_image(code)))
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
    p = add("scan", cmd_scan, "headless scanning: decode a video file or camera, check tickets in")
    p.add_argument("--event", required=True)
    p.add_argument("--source", required=True, help="camera index (0, 1) or a video/image file")
    p.add_argument("--mode", choices=[m.value for m in Mode], default=Mode.CHECK_IN.value)
    p.add_argument("--decoder", choices=["zxing", "pyzbar", "opencv"])
    p = add("self-check", cmd_self_check, "installed build sanity check, headless",
            json_flag=False)  # fmt: skip
    p.set_defaults(standalone=True)
