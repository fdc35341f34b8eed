"""The command line on the real pretix 2026 and eventyay-tickets servers, as a door script
would use it: sign in with a team token (stdin), list the events, choose the door's check-in
list, download, check people in (online: the server's verdict, with the scan time), judge
validate-only scans locally by the list's rules."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from orga_app.sync.pretix.client import PretixClient
from tests.e2e.cli_runner import Run, run_cli
from tests.real_pretix.conftest import TicketPool, client_for
from tests.real_pretix.servers import RealPretix
from tests.real_pretix.test_client_real import position_now

EVENT = "demo/door2026"


def cli(data_dir: Path, *args: str, stdin: str | None = None) -> Run:
    # The server's verdict is under test, not its speed on two shared cores: a long budget.
    patient = {"ORGA_APP_ONLINE_BUDGET": "10"}
    return run_cli(data_dir, *args, device="door-cli", stdin=stdin, env_extra=patient)


def test_login_lists_sync_checkin_and_upload(
    server: RealPretix, tickets: TicketPool, tmp_path: Path
) -> None:
    data = tmp_path / "door"
    login = cli(
        data, "login", "--server", server.url, "--organizer", server.organizer,
        "--pretix-token-stdin", "--json", stdin=server.token + "\n",
    )  # fmt: skip
    assert login.code == 0, login.stderr
    assert login.one()["server_type"] == server.kind.value
    assert server.token not in login.stdout + login.stderr  # the token is never printed

    events = cli(data, "events", "--json")
    assert events.code == 0, events.stderr
    [event] = [e for e in events.lines() if e.get("id") == EVENT]
    assert event["server_type"] == server.kind.value

    listed = cli(data, "lists", "--event", EVENT, "--json")
    assert {line["name"] for line in listed.lines()} == {"Main entrance", "VIP lounge"}
    chosen = cli(data, "lists", "--event", EVENT, "--choose", str(server.main_list), "--json")
    assert chosen.code == 0, chosen.stderr
    assert [line["name"] for line in chosen.lines() if line["chosen"]] == ["Main entrance"]

    download = cli(data, "sync", "--event", EVENT, "--json")
    assert download.code == 0, download.stderr
    assert download.one()["downloaded"] >= 1000

    [ticket] = tickets.take(1)
    first = cli(data, "checkin", "--event", EVENT, ticket.secret, "--json").one()
    # the server answered and has the check-in: nothing waits to upload
    assert (first["verdict"], first["pending"], first["by_server"]) == ("checked_in", False, True)
    again = cli(data, "checkin", "--event", EVENT, ticket.secret, "--json").one()
    assert (again["verdict"], again["by_server"]) == ("already_checked_in", True)
    # The fixture's named tickets (nothing is queued); a revoked code stays "revoked" even
    # where eventyay-tickets answers it with the bare 404 of an unknown ticket:
    cancelled = cli(data, "checkin", "--event", EVENT, server.sample("canceled"), "--json")
    assert cancelled.one()["verdict"] == "order_not_valid"
    revoked = cli(data, "checkin", "--event", EVENT, server.sample("revoked_old_secret"), "--json")
    assert (revoked.one()["verdict"], revoked.one()["reason"]) == ("unknown", "revoked")
    pending = cli(
        data, "checkin", "--event", EVENT, "--mode", "validate", server.sample("pending"), "--json"
    ).one()
    assert pending["verdict"] == "valid"  # Main entrance admits pending orders

    upload = cli(data, "sync", "--event", EVENT, "--upload-only", "--json")
    assert upload.code == 0, upload.stderr
    assert (upload.one()["uploaded"], upload.one()["pending"]) == (0, 0)
    scanned_at = datetime.fromisoformat(first["scanned_at"])
    with client_for(server) as reader:
        assert isinstance(reader, PretixClient)
        [checkin] = position_now(reader, server, ticket.secret).checkins
    assert checkin.list_id == server.main_list
    assert checkin.at is not None
    # The server keeps the door's scan time (to the second), not the upload time.
    assert abs((checkin.at - scanned_at).total_seconds()) < 1.0
