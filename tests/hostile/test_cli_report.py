"""The command line says what a hostile list did: `sync --json` carries the error, exits 1,
and `--accept-deletions` is the explicit way to apply a drop that looks implausible."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli_runner import Run, run_cli
from tests.hostile.server import EVENT, Handler, HostileServer

ATTENDEES = f"/v1/events/{EVENT}/attendees"


def cli(data_dir: Path, *args: str, stdin: str | None = None) -> Run:
    return run_cli(data_dir, *args, device="cli-door", stdin=stdin)


def test_sync_json_reports_an_incomplete_list(tmp_path: Path, hostile: HostileServer) -> None:
    data = tmp_path / "data"
    login = ("login", "--server", hostile.url, "--email", "door@example.org", "--password-stdin")
    assert cli(data, *login, stdin="secret\n").code == 0
    first = cli(data, "sync", "--event", EVENT, "--json")
    assert first.code == 0 and first.one()["downloaded"] == 30, first

    def empty_with_count(handler: Handler, _query: dict[str, str]) -> None:
        handler.send_json({"data": [], "meta": {"count": 30}, "links": {}})

    hostile.routes[("GET", ATTENDEES)] = empty_with_count
    short = cli(data, "sync", "--event", EVENT, "--json")

    assert short.code == 1
    assert "incomplete" in short.one()["error"]
    status = cli(data, "status", "--event", EVENT, "--json").one()
    assert status["attendees"] == 30

    hostile.routes[("GET", ATTENDEES)] = lambda handler, _query: handler.send_json(
        {"data": [], "meta": {"count": 0}, "links": {}}
    )
    refused = cli(data, "sync", "--event", EVENT, "--json")
    assert refused.code == 1 and "--accept-deletions" in refused.one()["error"]
    accepted = cli(data, "sync", "--event", EVENT, "--json", "--accept-deletions")
    assert accepted.code == 0 and accepted.one()["error"] is None
    assert cli(data, "status", "--event", EVENT, "--json").one()["attendees"] == 0
