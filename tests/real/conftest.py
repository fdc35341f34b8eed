"""Fixtures for the suite against the real Open Event server (tests/real).

One server for the whole pytest session (starting one takes about 20 s): `real_server` starts it
through the shared `start` script on a free port and stops it at the end. The tests share its
database, so a test that changes attendees takes its own with `real_attendees.take(n)` and never
touches another test's people.

Skipped only when the shared scripts are absent (a checkout without `../shared`); a start script
that fails fails the tests. Every test here carries the `real_server` marker, so
`pytest -m "not real_server"` leaves them out.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from orga_app.sync.openevent import OpenEventClient
from tests.e2e.cli_runner import Run, run_cli
from tests.real import oes
from tests.real.oes import Account, RealServer, SeededAttendee

HERE = Path(__file__).parent
# Enough for every test to take its own people (two doors alone use 50), and still quick to seed.
SEEDED_ATTENDEES = 200


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.real_server)
            # The session's server start (minutes the first time: it builds the server's venv)
            # runs in the first test's set-up; `oes.start` bounds it, the test keeps its limit.
            item.add_marker(pytest.mark.timeout(func_only=True))


@pytest.fixture(scope="session")
def real_server() -> Iterator[RealServer]:
    script_dir = oes.open_event_dir()
    if script_dir is None:
        pytest.skip(
            f"the real Open Event server is not here: no {oes.real_servers_dir()}/open-event-server"
            f"/start (set {oes.SHARED_ENV} to the directory holding open-event-server/)"
        )
    port = oes.free_port()
    server = oes.start(script_dir, port, SEEDED_ATTENDEES)  # raises: a failed start fails
    try:
        yield server
    finally:
        oes.stop(script_dir, port)


class AttendeePool:
    """Hands each test attendees no other test has taken, so tests can share one server."""

    def __init__(self, server: RealServer) -> None:
        self._free = list(server.attendees)
        self._lock = threading.Lock()

    def take(self, count: int, order_status: str = "completed") -> list[SeededAttendee]:
        with self._lock:
            chosen = [a for a in self._free if a.order_status == order_status][:count]
            if len(chosen) < count:
                raise RuntimeError(
                    f"only {len(chosen)} untouched {order_status} attendees left of the "
                    f"{SEEDED_ATTENDEES} seeded: raise SEEDED_ATTENDEES in tests/real/conftest.py"
                )
            for attendee in chosen:
                self._free.remove(attendee)
            return chosen


@pytest.fixture(scope="session")
def real_attendees(real_server: RealServer) -> AttendeePool:
    return AttendeePool(real_server)


@contextmanager
def signed_in_client(server: RealServer, role: str) -> Iterator[OpenEventClient]:
    """An API client signed in as one of the seeded accounts (tokens in memory only)."""
    account = server.account(role)
    with OpenEventClient(server.url) as client:
        client.login(account.email, account.password)
        yield client


def cli_login(server: RealServer, account: Account, data_dir: Path, device: str) -> Run:
    return run_cli(
        data_dir,
        "login",
        "--server",
        server.url,
        "--email",
        account.email,
        "--password-stdin",
        device=device,
        stdin=account.password + "\n",
    )


def signed_in_data_dir(server: RealServer, role: str, data_dir: Path, device: str) -> Path:
    """A door's data dir signed in as `role` through the real command line (`login
    --password-stdin`, tokens in the data dir's 0600 file since tests have no keyring)."""
    done = cli_login(server, server.account(role), data_dir, device)
    assert done.code == 0, f"login as {role} failed: {done.stderr}"
    return data_dir
