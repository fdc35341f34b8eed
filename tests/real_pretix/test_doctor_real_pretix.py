"""`orga-app doctor` on pretix-type events, against the real pretix 2026 and eventyay-tickets
servers: a team-token door with its list chosen and downloaded is ready; no list chosen is red;
the server's `Date` set off through a loopback proxy in front of the real server is red."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.clock_proxy import SkewedClockProxy
from tests.e2e.cli_runner import Run, run_cli
from tests.real_pretix.servers import RealPretix

EVENT = "demo/door2026"


def cli(data_dir: Path, *args: str, stdin: str | None = None) -> Run:
    return run_cli(data_dir, *args, device="door-doctor", stdin=stdin)


def door(server: RealPretix, data: Path, url: str, *, choose: bool = True) -> Path:
    login = cli(data, "login", "--server", url, "--organizer", server.organizer,
                "--pretix-token-stdin", stdin=server.token + "\n")  # fmt: skip
    assert login.code == 0, login.stderr
    assert cli(data, "events").code == 0
    if choose:
        chosen = cli(data, "lists", "--event", EVENT, "--choose", str(server.main_list))
        assert chosen.code == 0, chosen.stderr
        assert cli(data, "sync", "--event", EVENT).code == 0
    return data


def doctor(data: Path) -> tuple[int, dict[str, dict[str, Any]]]:
    done = cli(data, "doctor", "--event", EVENT, "--no-camera", "--json")
    assert "Traceback" not in done.stderr, done.stderr
    report = done.one()
    assert report["ready"] is (done.code == 0)
    return done.code, {c["check"]: c for c in report["checks"]}


def test_a_door_with_its_list_is_ready_and_one_without_is_not(
    server: RealPretix, tmp_path: Path
) -> None:
    code, checks = doctor(door(server, tmp_path / "ready", server.url))
    assert code == 0, checks
    assert checks["rights"]["level"] == "green"
    assert "“Main entrance” as a team token" in checks["rights"]["detail"]
    assert checks["clock"]["level"] == "green"
    assert checks["download"]["level"] == "green"
    assert checks["attendees"]["level"] == "not_tested"

    code, checks = doctor(door(server, tmp_path / "no-list", server.url, choose=False))
    assert code == 1
    assert checks["rights"]["level"] == "red" and "No check-in list" in checks["rights"]["detail"]


def test_a_server_clock_set_off_through_its_date_header_is_red(
    server: RealPretix, tmp_path: Path
) -> None:
    proxy = SkewedClockProxy(server.url, skew_s=20 * 60)
    try:
        code, checks = doctor(door(server, tmp_path / "skewed", proxy.url))
    finally:
        proxy.close()
    assert code == 1 and checks["clock"]["level"] == "red"
    assert "behind the server's by 20 min" in checks["clock"]["detail"]
    assert checks["rights"]["level"] == "green"
