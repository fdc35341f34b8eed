"""`orga-app status` shows the door's throughput today (issue 15), as text and in --json."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli_runner import run_cli

LIST = "code,first name,last name,email\nJN-0002,Jo,Nakamura,jo@x.org\nJN-0003,Al,Ode,al@x.org\n"


def test_status_reports_throughput(tmp_path: Path) -> None:
    data = tmp_path / "door"
    csv_file = tmp_path / "list.csv"
    csv_file.write_text(LIST, encoding="utf-8")
    imported = run_cli(
        data, "import", "--csv", str(csv_file), "--event-name", "Door", "--json", device="d1"
    )
    event = str(imported.one()["event"])
    for code in ("JN-0002", "JN-0003", "NOPE-1"):
        run_cli(data, "checkin", "--event", event, code, device="Door A")
    status = run_cli(data, "status", "--event", event, "--json", device="Door A").one()
    flow = status["throughput"]
    assert flow["verdicts_timed"] == 3
    assert flow["verdict_p95_ms"] is not None and flow["verdict_p95_ms"] >= 0
    assert [(d["device"], d["checkins"]) for d in flow["doors"]] == [("Door A", 2)]
    assert [(d["device"], d["scans"]) for d in flow["scans_here"]] == [("Door A", 3)]
    assert (flow["waiting"], flow["upload_alert"]) == (0, False)  # a local list uploads nothing
    text = run_cli(data, "status", "--event", event, device="Door A").stdout
    assert "verdict time p95" in text and "over 3 scans" in text
    assert "Door A: 2 check-ins today" in text
    assert "scans here on Door A: 3 today" in text
