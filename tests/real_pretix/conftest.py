"""Fixtures for the suite against real pretix 2026 and eventyay-tickets servers.

One server of each kind for the whole session (a start takes 2-4 s once the venvs exist), each
seeded with 1,000 paid tickets. Most tests run against both (the `server` fixture is
parametrised). Tests share a server, so a test that checks tickets in takes its own from
`tickets.take(n)` and never touches another test's.

Skipped only when ../shared is absent (a checkout without the shared fixtures); a fixture that
fails to start (no venv: run `make real-server`) fails the tests.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from orga_app.sync.pretix.client import PretixClient, ServerKind
from orga_app.sync.pretix.records import OrderStatus, Position
from tests.real.oes import SHARED_ENV, real_servers_dir
from tests.real_pretix import servers
from tests.real_pretix.proxy import ForwardingProxy
from tests.real_pretix.servers import RealPretix

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.real_server)
            item.add_marker(pytest.mark.timeout(func_only=True))


_start_seconds: dict[ServerKind, float] = {}


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How long each real server took to start, in the run's summary (CI keeps it)."""
    for kind, seconds in _start_seconds.items():
        terminalreporter.write_line(f"real {kind.value} fixture ready in {seconds:.1f} s")


def _started(kind: ServerKind) -> Iterator[RealPretix]:
    script = servers.script_of(kind)
    if script is None:
        pytest.skip(
            f"no real {kind.value} fixture here: {real_servers_dir()} has no "
            f"{servers.KINDS[kind].folder}/{servers.KINDS[kind].script} "
            f"(set {SHARED_ENV} to the directory holding it)"
        )
    server = servers.start(kind, script)  # raises: a fixture that fails to start fails
    _start_seconds[kind] = server.start_seconds
    try:
        yield server
    finally:
        servers.stop(server)


@pytest.fixture(scope="session")
def pretix_server() -> Iterator[RealPretix]:
    yield from _started(ServerKind.PRETIX)


@pytest.fixture(scope="session")
def eyt_server() -> Iterator[RealPretix]:
    yield from _started(ServerKind.EVENTYAY_TICKETS)


@pytest.fixture(scope="session", params=[ServerKind.PRETIX, ServerKind.EVENTYAY_TICKETS])
def server(request: pytest.FixtureRequest) -> RealPretix:
    name = "pretix_server" if request.param is ServerKind.PRETIX else "eyt_server"
    found: RealPretix = request.getfixturevalue(name)
    return found


def client_for(server: RealPretix, url: str | None = None) -> PretixClient:
    return PretixClient(url or server.url, organizer=server.organizer, token=server.token)


@pytest.fixture
def client(server: RealPretix) -> Iterator[PretixClient]:
    with client_for(server) as found:
        yield found


class TicketPool:
    """Paid, never scanned tickets of one server, handed out once each."""

    def __init__(self, positions: list[Position], vip_item: int, reserved: set[str]) -> None:
        # The fixture's named samples are left to the tests that scan them by name.
        fresh = [
            p
            for p in positions
            if p.order_status == OrderStatus.PAID
            and not p.checkins
            and not p.canceled
            and p.secret not in reserved
        ]
        self._standard = [p for p in fresh if p.item_id != vip_item]
        self._vip = [p for p in fresh if p.item_id == vip_item]
        self._lock = threading.Lock()

    def take(self, count: int, *, vip: bool = False) -> list[Position]:
        with self._lock:
            source = self._vip if vip else self._standard
            if len(source) < count:
                raise RuntimeError(f"only {len(source)} fresh tickets left (vip={vip})")
            taken, source[:] = source[:count], source[count:]
            return taken


_pools: dict[ServerKind, TicketPool] = {}


@pytest.fixture
def tickets(server: RealPretix) -> TicketPool:
    if server.kind not in _pools:
        with client_for(server) as reader:
            positions = [p for page in reader.order_pages(server.event) for p in page.positions]
        reserved = {server.sample(name) for name in server.info["samples"]}
        _pools[server.kind] = TicketPool(positions, int(server.info["items"]["VIP"]), reserved)
    return _pools[server.kind]


@pytest.fixture
def proxy(server: RealPretix) -> Iterator[ForwardingProxy]:
    found = ForwardingProxy(server.url)
    try:
        yield found
    finally:
        found.close()
