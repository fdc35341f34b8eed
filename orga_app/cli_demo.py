"""The demo verbs of the command line: `orga-app demo-server` (just the demo server) and
`orga-app demo` (a demo server with a sample event, signed in, synced, and the app on it).

This is the one module of the app that imports `orga_app.demo`: the demo server stands beside
the app (it imports nothing of it), and this launcher, which needs both, lives with the CLI.

Everything lives in the data dir's `demo/` folder: the server's SQLite file (so a second run
keeps the check-ins of the first), printable tickets (PNG and PDF) to hold up to a real webcam,
and a video of tickets that stands in for a camera on machines without one.
"""

from __future__ import annotations

import argparse
import errno
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from orga_app.app import AppContext, open_app
from orga_app.cli_common import EXIT_FAILED, EXIT_OK, AddCommand, Output

if TYPE_CHECKING:
    from orga_app.demo.server import DemoServer

# The demo package (HTTP server, ticket images, video) is imported inside the verbs: every other
# verb, and the start of every command, stays free of it.

log = logging.getLogger("orga_app.demo")

PREFERRED_PORT = 8765
TICKETS_IN_VIDEO = 8


def start_server(folder: Path, attendees: int) -> DemoServer:
    """Prefer a fixed port (the account, and so the local store, stays the same across runs)."""
    from orga_app.demo.server import DemoServer

    folder.mkdir(parents=True, exist_ok=True)
    server = DemoServer(folder / "server.sqlite", port=PREFERRED_PORT, attendees=attendees)
    try:
        server.start()
    except (OSError, RuntimeError) as exc:
        if isinstance(exc, OSError) and exc.errno != errno.EADDRINUSE:
            raise
        server = DemoServer(folder / "server.sqlite", port=0, attendees=attendees)
        server.start()
    return server


def write_materials(folder: Path, codes: list[tuple[int, str]], names: dict[int, str]) -> Path:
    """Printable tickets and a ticket video; returns the video's path."""
    from orga_app.demo.tickets import (
        TicketInfo,
        make_ticket_video,
        write_ticket_pngs,
        write_tickets_pdf,
    )

    tickets_dir = folder / "tickets"
    sample = codes[:TICKETS_IN_VIDEO]
    video = folder / "demo-camera.avi"
    if not video.exists():
        write_ticket_pngs([c for _, c in sample], tickets_dir, title="Orga App demo")
        write_tickets_pdf(
            [TicketInfo(c, "Orga App demo", names.get(i, "")) for i, c in sample],
            folder / "tickets.pdf",
        )
        make_ticket_video(video, [c for _, c in sample], width=1280, height=720)
    write_test_ticket(folder)
    return video


def write_test_ticket(folder: Path) -> Path:
    """The printable test ticket: the code the USB scanner set-up (and a camera test) expects."""
    import cv2

    from orga_app.demo.tickets import ticket_image
    from orga_app.scan.scanner_setup import SCANNER_TEST_CODE

    path = folder / "test-ticket.png"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        image = ticket_image(SCANNER_TEST_CODE, "Orga App test ticket", "Scanner and camera test")
        if not cv2.imwrite(str(path), image):
            raise OSError(f"could not write {path}")
    return path


def run_demo(ctx: AppContext, *, attendees: int, headless: bool, out: Output) -> int:
    from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD, sample_ticket_codes
    from orga_app.scan.sources import list_cameras
    from orga_app.store import queries
    from orga_app.sync.openevent import OpenEventClient

    folder = ctx.data_dir / "demo"
    try:
        server = start_server(folder, attendees)
    except (OSError, RuntimeError) as exc:
        out.emit({"error": str(exc)}, f"cannot start the demo server: {exc}")
        return EXIT_FAILED
    try:
        with OpenEventClient(server.url) as client:
            tokens = client.login(DEMO_EMAIL, DEMO_PASSWORD)
        ctx.credentials().save(server.url, DEMO_EMAIL, tokens)
        ctx.settings.set("server_url", server.url)
        ctx.settings.set("account_email", DEMO_EMAIL)
        event_id = str(server.info.event_id)
        ctx.settings.set("last_event_id", event_id)
        ctx.close()
        demo_ctx = open_app(str(ctx.data_dir))  # the demo account's own store
        engine = demo_ctx.sync_engine()
        engine.refresh_events()
        report = engine.run(event_id)
        codes = sample_ticket_codes(server.db_path, server.info.event_id)
        names = queries.attendee_names(demo_ctx.store, (i for i, _ in codes[:TICKETS_IN_VIDEO]))
        video = write_materials(folder, codes, names)
        if not list_cameras(max_index=2):
            # No camera here: the scanner plays the ticket video through the same capture path.
            demo_ctx.settings.set("camera", str(video))
        out.emit(
            {"server": server.url, "email": DEMO_EMAIL, "password": DEMO_PASSWORD,
             "event": event_id, "downloaded": report.downloaded, "tickets": str(folder)},
            f"Demo server {server.url}  (sign-in {DEMO_EMAIL} / {DEMO_PASSWORD})",
            f"Event {event_id}: {report.downloaded} attendees downloaded.",
            f"Printable tickets: {folder / 'tickets'} and {folder / 'tickets.pdf'}",
            f"Printable test ticket (scanner set-up, camera test): {folder / 'test-ticket.png'}",
            f"Demo camera video: {video}",
        )  # fmt: skip
        if headless:
            demo_ctx.close()
            return EXIT_OK
        from orga_app.ui.launch import run_gui

        try:
            return run_gui(demo_ctx)
        finally:
            demo_ctx.close()
    finally:
        server.stop()


def cmd_demo_server(args: argparse.Namespace) -> int:
    from orga_app.demo.serve_cli import main as serve

    argv = ["--port", str(args.port), "--attendees", str(args.attendees)]
    if args.db:
        argv += ["--db", args.db]
    return serve(argv)


def cmd_demo(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    return run_demo(ctx, attendees=args.attendees, headless=args.headless, out=out)


def register(add: AddCommand) -> None:
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
