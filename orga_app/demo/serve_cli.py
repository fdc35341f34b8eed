"""``orga-app demo-server``: run the Open Event–compatible demo server until Ctrl-C."""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import threading
from pathlib import Path
from types import FrameType

from orga_app.demo.data import (
    ADMIN_EMAIL,
    COORGANIZER_EMAIL,
    DEMO_EMAIL,
    DEMO_PASSWORD,
    HELPER_EMAIL,
    OWNER_EMAIL,
    REGISTRAR_EMAIL,
)
from orga_app.demo.faults import Faults
from orga_app.demo.server import DemoServer


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="orga-app demo-server",
        description="Serve a sample event over the Open Event API v1 on 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=0, help="TCP port (default: a free one)")
    parser.add_argument(
        "--attendees", type=int, default=2000, help="attendees of the sample event (new db only)"
    )
    parser.add_argument(
        "--db", type=Path, default=None, help="SQLite file; kept between runs (default: temporary)"
    )
    parser.add_argument("--seed", type=int, default=7, help="seed of the sample and the faults")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added per request")
    parser.add_argument(
        "--error-rate", type=float, default=0.0, help="fraction answered with 5xx/429"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.attendees < 0 or not 0.0 <= args.error_rate <= 1.0 or args.latency < 0:
        print("error: --attendees, --latency and --error-rate must be sensible", file=sys.stderr)
        return 2
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    with tempfile.TemporaryDirectory(prefix="orga-demo-") as scratch:
        db_path = args.db or Path(scratch) / "demo-server.db"
        faults = Faults(latency=args.latency, error_rate=args.error_rate, seed=args.seed)
        server = DemoServer(db_path, args.port, args.attendees, args.seed, faults)
        try:
            server.start()
        except (OSError, RuntimeError) as exc:
            print(f"error: cannot start the demo server: {exc}", file=sys.stderr)
            return 1
        print(f"Open Event demo server: {server.url}  (API at {server.url}/v1)", flush=True)
        print(f"  login: {DEMO_EMAIL}  password: {DEMO_PASSWORD}  (admin)")
        print(f"  organizer without PATCH rights: {REGISTRAR_EMAIL}  password: {DEMO_PASSWORD}")
        print(
            f"  also (same password): owner {OWNER_EMAIL}, co-organizer {COORGANIZER_EMAIL},"
            f" registrar {HELPER_EMAIL}, admin without an event role {ADMIN_EMAIL}"
        )
        print(f"  event {server.info.event_id}: {server.info.attendees} attendees; db {db_path}")
        print(
            f"  fault switches: GET/POST /_demo/faults with header X-Demo-Key: {server.hook_key}",
        )
        print("  Ctrl-C stops.", flush=True)
        signal.signal(signal.SIGTERM, on_signal)
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
