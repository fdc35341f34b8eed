"""The real Open Event server (fossasia/open-event-server) for tests, scripts and benches.

`../shared/real-servers/open-event-server/start` (next to the project checkout) makes a fresh
database, seeds it and serves the API on loopback, printing one JSON line that names the seeded
event, accounts and attendees. This module finds that script, runs it on a free port, parses the
line into typed objects and stops the server again. Nothing here is a mock: the tests talk to the
real server over HTTP.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# Overrides where the shared real servers live (the directory holding open-event-server/).
SHARED_ENV = "ORGA_REAL_SERVERS_DIR"
ROLES = ("admin", "owner", "organizer", "coorganizer", "registrar", "buyer")
# The first start builds the server's venv (minutes); later starts take about 20 s.
START_TIMEOUT_S = 900.0
STOP_TIMEOUT_S = 60.0
# The start script runs the server with this SECRET_KEY, which also signs its JWTs (tests forge
# an expired token with it to exercise the refresh path).
JWT_SECRET = "door-tests-secret-0123456789abcdef"


class RealServerError(RuntimeError):
    """The start script ran but did not give a running server (a test failure, not a skip)."""


def real_servers_dir() -> Path:
    override = os.environ.get(SHARED_ENV)
    if override:
        return Path(override)
    return PROJECT_ROOT.parent / "shared" / "real-servers"


def open_event_dir() -> Path | None:
    """The directory with the `start`/`stop` scripts, or None when this checkout has none."""
    found = real_servers_dir() / "open-event-server"
    return found if (found / "start").is_file() else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass(frozen=True)
class Account:
    role: str
    email: str
    password: str


@dataclass(frozen=True)
class SeededAttendee:
    id: int
    identifier: str | None  # the first seeded attendee has none: its QR code ends in its id
    order_status: str  # completed, cancelled or pending
    ticket: str
    name: str  # with accents
    qr: str  # what a printed ticket's QR code holds


@dataclass(frozen=True)
class SeededEvent:
    id: int
    identifier: str
    name: str


@dataclass(frozen=True)
class OtherEvent:
    """An event the accounts have no role in; its tickets must never pass at this door."""

    id: int
    qr: tuple[str, ...]


@dataclass(frozen=True)
class RealServer:
    url: str
    pid: int
    port: int
    event: SeededEvent
    other_event: OtherEvent
    accounts: Mapping[str, Account]
    attendees: tuple[SeededAttendee, ...]

    @property
    def event_id(self) -> str:
        """The event id as the app's store keeps it (text)."""
        return str(self.event.id)

    def account(self, role: str) -> Account:
        return self.accounts[role]

    def attendee(self, attendee_id: int) -> SeededAttendee:
        return next(a for a in self.attendees if a.id == attendee_id)


def _str(obj: Mapping[str, Any], key: str) -> str:
    value = obj[key]
    if not isinstance(value, str):
        raise RealServerError(f"start printed {key}={value!r}, expected text")
    return value


def parse_start_line(line: str, port: int) -> RealServer:
    """The start script's JSON line as typed objects; a wrong shape is an error, not a guess."""
    try:
        raw = json.loads(line)
        event = raw["event"]
        other = raw["other_event"]
        return RealServer(
            url=_str(raw, "url"),
            pid=int(raw["pid"]),
            port=port,
            event=SeededEvent(int(event["id"]), _str(event, "identifier"), _str(event, "name")),
            other_event=OtherEvent(int(other["id"]), tuple(str(q) for q in other["qr"])),
            accounts={
                role: Account(role, _str(acc, "email"), _str(acc, "password"))
                for role, acc in raw["accounts"].items()
            },
            attendees=tuple(
                SeededAttendee(
                    id=int(a["id"]),
                    identifier=a["identifier"] if isinstance(a["identifier"], str) else None,
                    order_status=_str(a, "order_status"),
                    ticket=_str(a, "ticket"),
                    name=_str(a, "name"),
                    qr=_str(a, "qr"),
                )
                for a in raw["attendees"]
            ),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise RealServerError(f"cannot read the start script's line {line[:300]!r}: {exc}") from exc


def start(
    script_dir: Path, port: int, attendees: int, timeout: float = START_TIMEOUT_S
) -> RealServer:
    """Runs `start`; raises RealServerError (with the script's last words) when it fails.
    Seeding takes about 0.3 s per attendee on a loaded 2-core machine: big benches pass a
    longer `timeout`."""
    try:
        done = subprocess.run(
            [str(script_dir / "start"), "--port", str(port), "--attendees", str(attendees)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        stop(script_dir, port)
        raise RealServerError(f"start --port {port} took over {timeout:.0f} s") from exc
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        stop(script_dir, port)
        raise RealServerError(
            f"start --port {port} exited {done.returncode}: {done.stderr[-2000:]}"
        )
    return parse_start_line(lines[-1], port)


def stop(script_dir: Path, port: int) -> None:
    subprocess.run(
        [str(script_dir / "stop"), "--port", str(port)],
        capture_output=True,
        timeout=STOP_TIMEOUT_S,
        check=False,
    )


@contextmanager
def running(
    attendees: int, port: int | None = None, timeout: float = START_TIMEOUT_S
) -> Iterator[RealServer]:
    """A real server for the length of the block (scripts and benches; tests use the fixture)."""
    script_dir = open_event_dir()
    if script_dir is None:
        raise RealServerError(f"no open-event-server under {real_servers_dir()}")
    port = port or free_port()
    server = start(script_dir, port, attendees, timeout)
    try:
        yield server
    finally:
        stop(script_dir, port)
