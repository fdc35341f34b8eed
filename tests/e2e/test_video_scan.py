"""End to end: attendees downloaded from the demo server, a video of ticket QR codes (plain,
tilted, blurred, dim, small) played through the real OpenCV capture path and decoders by
`orga-app scan`, verdicts checked, then the check-ins synced and found on the server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD, sample_ticket_codes
from orga_app.demo.server import DemoServer
from orga_app.demo.tickets import make_ticket_video
from tests.e2e.test_sync_cli import DOOR, cli

EFFECTS = ("plain", "tilted", "blurred", "dim", "small")


def _not_checked_in(server: DemoServer, n: int) -> list[tuple[int, str]]:
    with sqlite3.connect(server.db_path) as conn:
        done = {row[0] for row in conn.execute("SELECT id FROM attendees WHERE is_checked_in")}
    return [(i, c) for i, c in sample_ticket_codes(server.db_path, 1) if i not in done][:n]


@pytest.mark.parametrize("decoder", ["zxing", "pyzbar"])
def test_ticket_video_checks_in_and_syncs(tmp_path: Path, decoder: str) -> None:
    with DemoServer(tmp_path / "server.sqlite", attendees=120) as server:
        door = tmp_path / "door"
        login = cli(door, "login", "--server", server.url, "--email", DEMO_EMAIL,
                    "--password-stdin", stdin=DEMO_PASSWORD + "\n")  # fmt: skip
        assert login.code == 0, login.stderr
        assert cli(door, "sync", "--event", "1", "--json").code == 0

        tickets = _not_checked_in(server, len(EFFECTS))
        # The last ticket appears twice: the second showing must say "already checked in".
        codes = [c for _, c in tickets] + [tickets[0][1]]
        video = tmp_path / "tickets.avi"
        layout = make_ticket_video(video, codes, width=1280, height=720, fps=15, effects=EFFECTS)
        assert [t.effect for t in layout][: len(EFFECTS)] == list(EFFECTS)

        scan = cli(door, "scan", "--event", "1", "--source", str(video), "--decoder", decoder,
                   "--json")  # fmt: skip
        assert scan.code == 0, scan.stderr
        reads = scan.lines()
        assert [r["code"] for r in reads] == codes
        assert [r["verdict"] for r in reads] == ["checked_in"] * len(EFFECTS) + [
            "already_checked_in"
        ]
        for read, shown in zip(reads, layout, strict=True):
            assert shown.first_frame <= read["frame"] <= shown.last_frame
        assert all(r["pending"] for r in reads[: len(EFFECTS)])

        synced = cli(door, "sync", "--event", "1", "--json").one()
        assert synced["uploaded"] == len(EFFECTS) and synced["pending"] == 0
        with sqlite3.connect(server.db_path) as conn:
            for attendee_id, _ in tickets:
                checked_in, times, devices = conn.execute(
                    "SELECT is_checked_in, checkin_times, device_name_checkin FROM attendees "
                    "WHERE id = ?",
                    (attendee_id,),
                ).fetchone()
                assert checked_in == 1
                assert len(times.split(",")) == 1 and devices == DOOR
