"""The real pretix 2026 and eventyay-tickets servers for tests (../shared/real-servers).

Each fixture script (`pretix/pretix_server.py`, `eventyay-tickets/eyt_server.py`) makes a fresh
data dir with a deterministic seed, serves the real server with gunicorn on a free loopback port
and prints ONE JSON line (url, token, list and product ids, sample secrets). It runs in the venv
that its `setup_venv.sh` builds (`make real-server`). This module starts one, reads that line
and stops it with SIGTERM (the fixture also stops when its parent dies).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orga_app.sync.pretix.client import ServerKind
from tests.real.oes import real_servers_dir

# Cold starts (first migrate of eventyay-tickets, first seed of N tickets) take up to a minute
# on two shared cores; a warm start takes 2-4 s.
START_TIMEOUT_S = 300.0
STOP_TIMEOUT_S = 30.0
SEEDED_TICKETS = 1000


@dataclass(frozen=True)
class Kind:
    kind: ServerKind
    folder: str
    script: str
    # The fixture's venv (its script's default) and the variable that moves it.
    venv: str
    venv_env: str


KINDS = {
    ServerKind.PRETIX: Kind(
        ServerKind.PRETIX,
        "pretix",
        "pretix_server.py",
        "~/.cache/pretix-fixture/venv",
        "PRETIX_VENV",
    ),
    ServerKind.EVENTYAY_TICKETS: Kind(
        ServerKind.EVENTYAY_TICKETS,
        "eventyay-tickets",
        "eyt_server.py",
        "~/.cache/eyt-fixture/venv",
        "EYT_VENV",
    ),
}


class FixtureStartError(RuntimeError):
    """The fixture script ran but gave no running server: a test failure, not a skip."""


@dataclass
class RealPretix:
    """One running fixture and what it printed."""

    kind: ServerKind
    info: Mapping[str, Any]
    process: subprocess.Popen[str] = field(repr=False)
    start_seconds: float
    # The server's data dir (its pretix.cfg and SQLite file): what `organizer_does` works on.
    data_dir: Path | None = None
    script: Path | None = None

    @property
    def url(self) -> str:
        return str(self.info["url"])

    @property
    def token(self) -> str:
        return str(self.info["token"])

    @property
    def organizer(self) -> str:
        return str(self.info["organizer"])

    @property
    def event(self) -> str:
        return str(self.info["event"])

    @property
    def main_list(self) -> int:
        return int(self.info["checkinlists"]["Main entrance"])

    @property
    def vip_list(self) -> int:
        return int(self.info["checkinlists"]["VIP lounge"])

    def sample(self, name: str) -> str:
        """A sample ticket's secret (`standard_paid`, `pending`, ...) or a bare secret entry."""
        found = self.info["samples"][name]
        return str(found["secret"] if isinstance(found, Mapping) else found)


def script_of(kind: ServerKind) -> Path | None:
    """The fixture script of that server, or None when this checkout has no ../shared."""
    found = real_servers_dir() / KINDS[kind].folder / KINDS[kind].script
    return found if found.is_file() else None


def start(kind: ServerKind, script: Path, tickets: int = SEEDED_TICKETS) -> RealPretix:
    began = time.monotonic()
    # A data dir of our own (empty; the fixture fills it), so that a test can act as the
    # organizer on the server's own database (organizer_does) and stop() can remove it.
    data_dir = Path(tempfile.mkdtemp(prefix=f"orga-{KINDS[kind].folder}-"))
    # The fixture logs to stderr while it runs: a file, which never fills up like a pipe.
    with tempfile.TemporaryFile("w+") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                str(script),
                "--n",
                str(tickets),
                "--port",
                "0",
                "--data-dir",
                str(data_dir),
            ],
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], START_TIMEOUT_S)
        line = process.stdout.readline() if ready else ""
        if not line:
            _stop_process(process)
            shutil.rmtree(data_dir, ignore_errors=True)
            log.seek(0)
            raise FixtureStartError(
                f"{script} printed no JSON line (exit {process.poll()}): {log.read()[-2000:]}"
            )
    return RealPretix(kind, json.loads(line), process, time.monotonic() - began, data_dir, script)


def _stop_process(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def stop(server: RealPretix) -> None:
    _stop_process(server.process)
    if server.process.stdout is not None:
        server.process.stdout.close()
    if server.data_dir is not None:
        shutil.rmtree(server.data_dir, ignore_errors=True)


def organizer_does(server: RealPretix, code: str, timeout: float = 120.0) -> str:
    """Run `code` in the server's own Python with its Django set up on its database: what an
    organizer does in the server's back office (sell a ticket, change or delete a check-in
    list), which the door's API token may not do. `Event` and `CheckinList` are imported, `ev`
    is the fixture's event; what the code prints comes back."""
    assert server.data_dir is not None and server.script is not None
    kind = KINDS[server.kind]
    venv = Path(os.environ.get(kind.venv_env) or kind.venv).expanduser()
    here = str(server.script.parent)
    prelude = (
        "import django; django.setup()\n"
        # the back office's own scope rules do not apply to the organizer's console
        "from django_scopes import scopes_disabled\n"
        "_scope = scopes_disabled()\n"
        "_scope.__enter__()\n"
        "from pretix.base.models import Event, CheckinList\n"
        f"ev = Event.objects.get(slug={server.event!r}, organizer__slug={server.organizer!r})\n"
    )
    env = {
        **os.environ,
        "PRETIX_CONFIG_FILE": str(server.data_dir / "pretix.cfg"),
        "DJANGO_SETTINGS_MODULE": "fixture_settings",
        "PYTHONPATH": here,
    }
    done = subprocess.run(
        [str(venv / "bin" / "python"), "-c", prelude + code],
        env=env,
        cwd=str(server.data_dir),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"organizer action failed: {done.stderr[-2000:]}")
    return done.stdout


def sell_ticket(
    server: RealPretix, given: str, family: str, *, status: str = "p"
) -> tuple[int, str]:
    """The organizer sells a ticket (a copy of a paid order's first ticket, new name and
    code; `status` "n" leaves the order pending) after the doors downloaded: (position id,
    secret)."""
    out = organizer_does(
        server,
        f"""
import secrets, datetime as dt
from pretix.base.models import Order, OrderPosition
order = Order.objects.filter(event=ev, status='p').order_by('pk').first()
ticket = OrderPosition.objects.filter(order=order).order_by('pk').first()
order.pk = order.id = None
order.code = 'L' + secrets.token_hex(3).upper()
order.secret = secrets.token_hex(8)
order.status = {status!r}
order.datetime = dt.datetime.now(dt.timezone.utc)
order.save()
ticket.pk = ticket.id = None
ticket.order = order
ticket.secret = secrets.token_hex(16)
ticket.pseudonymization_id = secrets.token_hex(5).upper()
ticket.web_secret = secrets.token_hex(16)
ticket.attendee_name_parts = {{'_scheme': 'given_family', 'given_name': {given!r},
                               'family_name': {family!r}}}
ticket.attendee_name_cached = {given + " " + family!r}
ticket.save()
print(ticket.id, ticket.secret)
""",
    )
    ident, secret = out.split()[-2:]
    return int(ident), secret
