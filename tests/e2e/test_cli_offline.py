"""The command line as a subprocess with a temporary data dir: import, checkin, status, search,
export; JSON keys and exit codes as DESIGN.md "Command line" promises them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from orga_app.app import account_store_path
from orga_app.settings import Settings
from orga_app.store.db import Store
from tests.e2e.cli_runner import Run, run_cli
from tests.helpers import EVENT_ID, add_attendees, add_event, attendee_row

DOOR = "e2e-door"
ATTENDEE_KEYS = {"id", "firstname", "lastname", "email", "ticket", "checkin_times"}
STATUS_KEYS = {
    "event",
    "attendees",
    "checked_in",
    "pending",
    "failed",
    "last_upload",
    "last_download",
}
CSV_LIST = (
    "Ticket ID;First Name;Last Name;Email;Ticket Type\n"
    "T-1001;Ana;Ødegaard;ana@fjord.no;VIP\n"
    "T-1002;Jürgen;Müller;j.mueller@example.de;Day\n"
    "T-1003;Zoë;Léger;zoe@example.fr;Day\n"
    ";No;Code;x@y.z;Day\n"
)


def cli(data_dir: Path, *args: str, env_extra: dict[str, str] | None = None) -> Run:
    return run_cli(data_dir, *args, device=DOOR, env_extra=env_extra)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def local_event(data_dir: Path, tmp_path: Path) -> str:
    """A serverless event imported from a CSV list through the CLI; returns its id."""
    path = tmp_path / "door-list.csv"
    path.write_text(CSV_LIST, encoding="utf-8")
    run = cli(data_dir, "import", "--csv", str(path), "--event-name", "Garden Party", "--json")
    assert run.code == 0, run.stderr
    report = run.one()
    assert report["imported"] == 3
    assert report["skipped"] == 1
    assert report["skipped_rows"] == [{"line": 5, "reason": "no ticket code"}]
    event_id = report["event"]
    assert isinstance(event_id, str)
    return event_id


@pytest.fixture
def server_event(data_dir: Path) -> str:
    """A server-like event cached in the store file the CLI will open."""
    data_dir.mkdir(parents=True)
    store = Store(account_store_path(data_dir, Settings(data_dir)))
    try:
        add_event(store)
        add_attendees(
            store,
            [
                attendee_row(1, "Ana", "Ødegaard", code="SRV-1"),
                attendee_row(2, "Bo", "Ek", code="SRV-2"),
            ],
        )
    finally:
        store.close()
    return EVENT_ID


def test_checkin_json_and_exit_codes(data_dir: Path, local_event: str) -> None:
    first = cli(data_dir, "checkin", "--event", local_event, "T-1001", "--json")
    assert first.code == 0, first.stderr
    result = first.one()
    assert result["verdict"] == "checked_in"
    assert result["pending"] is False  # a CSV door uploads nothing
    assert isinstance(result["message"], str) and result["message"]
    attendee = result["attendee"]
    assert set(attendee) >= ATTENDEE_KEYS
    assert (attendee["firstname"], attendee["lastname"], attendee["email"]) == (
        "Ana",
        "Ødegaard",
        "ana@fjord.no",
    )
    assert attendee["ticket"] == "VIP"
    assert isinstance(attendee["id"], int)
    (stamp,) = attendee["checkin_times"]
    assert stamp.endswith("+00:00")

    again = cli(data_dir, "checkin", "--event", local_event, "t-1001", "--json")
    assert again.code == 1
    repeated = again.one()
    assert repeated["verdict"] == "already_checked_in"
    assert repeated["attendee"]["checkin_times"] == [stamp]
    assert DOOR in repeated["message"]

    unknown = cli(data_dir, "checkin", "--event", local_event, "T-9999", "--json")
    assert unknown.code == 1
    assert unknown.one()["verdict"] == "unknown"
    assert unknown.one()["attendee"] is None

    out = cli(data_dir, "checkin", "--event", local_event, "--mode", "out", "T-1001", "--json")
    assert out.code == 0
    assert out.one()["verdict"] == "checked_out"

    validate = cli(
        data_dir, "checkin", "--event", local_event, "--mode", "validate", "T-1002", "--json"
    )
    assert validate.code == 0
    assert validate.one()["verdict"] == "valid"


def test_checkin_text_output(data_dir: Path, local_event: str) -> None:
    run = cli(data_dir, "checkin", "--event", local_event, "T-1003")
    assert run.code == 0
    assert run.stdout.startswith("checked_in:")
    assert "Zoë Léger" in run.stdout


def test_checkin_on_a_server_event_is_pending(data_dir: Path, server_event: str) -> None:
    run = cli(data_dir, "checkin", "--event", server_event, "SRV-2", "--json")
    assert run.code == 0, run.stderr
    assert (run.one()["verdict"], run.one()["pending"]) == ("checked_in", True)
    status = cli(data_dir, "status", "--event", server_event, "--json").one()
    assert (status["attendees"], status["checked_in"], status["pending"]) == (2, 1, 1)
    assert status["failed"] == 0


def test_status_json(data_dir: Path, local_event: str) -> None:
    cli(data_dir, "checkin", "--event", local_event, "T-1002")
    run = cli(data_dir, "status", "--event", local_event, "--json")
    assert run.code == 0
    status = run.one()
    assert set(status) >= STATUS_KEYS
    assert status["event"] == local_event
    assert (status["attendees"], status["checked_in"], status["pending"], status["failed"]) == (
        3,
        1,
        0,
        0,
    )
    assert status["last_upload"] is None
    assert status["last_download"] is None
    text = cli(data_dir, "status", "--event", local_event)
    assert text.code == 0
    assert "Garden Party" in text.stdout and "1/3" in text.stdout


def test_search_json_one_line_per_attendee(data_dir: Path, local_event: str) -> None:
    run = cli(data_dir, "search", "--event", local_event, "muller", "--json")
    assert run.code == 0
    (found,) = run.lines()
    assert set(found) >= ATTENDEE_KEYS
    assert (found["firstname"], found["lastname"]) == ("Jürgen", "Müller")

    every = cli(data_dir, "search", "--event", local_event, "example", "--json").lines()
    assert sorted(a["lastname"] for a in every) == ["Léger", "Müller"]
    assert all(set(a) >= ATTENDEE_KEYS for a in every)

    none = cli(data_dir, "search", "--event", local_event, "nobody", "--json")
    assert (none.code, none.stdout) == (0, "")


def test_export_csv(data_dir: Path, local_event: str, tmp_path: Path) -> None:
    cli(data_dir, "checkin", "--event", local_event, "T-1001")
    out = tmp_path / "export.csv"
    scans = tmp_path / "scans.csv"
    run = cli(
        data_dir,
        "export",
        "--event",
        local_event,
        "--csv",
        str(out),
        "--scan-log",
        str(scans),
        "--json",
    )
    assert run.code == 0, run.stderr
    assert run.one()["exported"] == 3
    with out.open(newline="", encoding="utf-8-sig") as handle:
        rows = {r["code"]: r for r in csv.DictReader(handle)}
    assert set(rows) == {"T-1001", "T-1002", "T-1003"}
    assert rows["T-1001"]["checked_in"] == "1"
    assert rows["T-1001"]["checkin_devices"] == DOOR
    assert rows["T-1001"]["checkin_times"].endswith("Z")  # one format: UTC, to the second
    assert rows["T-1002"]["checkin_times"] == ""
    with scans.open(newline="", encoding="utf-8-sig") as handle:
        (scan,) = list(csv.DictReader(handle))
    assert (scan["verdict"], scan["device"]) == ("checked_in", DOOR)


def test_unknown_event_exits_3(data_dir: Path) -> None:
    for args in (
        ("checkin", "--event", "nope", "T-1", "--json"),
        ("status", "--event", "nope", "--json"),
        ("search", "--event", "nope", "ana", "--json"),
    ):
        run = cli(data_dir, *args)
        assert run.code == 3, args
        assert "nope" in run.one()["error"]
        assert "nope" in run.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("checkin", "T-1001"),  # --event missing
        ("checkin", "--event", "x", "--mode", "sideways", "T-1"),
        ("status",),
        ("no-such-command",),
        ("search", "--event", "x", "--limit", "many", "ana"),
    ],
    ids=["no-event", "bad-mode", "status-no-event", "bad-command", "bad-limit"],
)
def test_usage_errors_exit_2(data_dir: Path, args: tuple[str, ...]) -> None:
    run = cli(data_dir, *args)
    assert run.code == 2
    assert "usage" in run.stderr.lower()


def test_import_errors(data_dir: Path, tmp_path: Path) -> None:
    missing = cli(data_dir, "import", "--csv", str(tmp_path / "absent.csv"), "--event-name", "X")
    assert missing.code == 2
    assert "absent.csv" in missing.stderr

    names = tmp_path / "names.csv"
    names.write_text("First Name,Last Name\nAna,Ø\n", encoding="utf-8")
    bad = cli(data_dir, "import", "--csv", str(names), "--event-name", "X", "--json")
    assert bad.code == 1
    assert "code" in bad.one()["error"]
    assert "Traceback" not in bad.stderr


def test_malformed_code_exits_1(data_dir: Path, local_event: str) -> None:
    run = cli(data_dir, "checkin", "--event", local_event, "X" * 600, "--json")
    assert run.code == 1
    assert run.one()["verdict"] == "malformed"


def test_damaged_store_file_is_a_short_error(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = account_store_path(data_dir, Settings(data_dir))
    path.write_bytes(b"not a database, just text standing in for a damaged file. " * 4)
    run = cli(data_dir, "status", "--event", "1", "--json")
    assert run.code == 1
    assert "Traceback" not in run.stderr
    assert str(path.name) in run.stderr


def test_a_locked_store_is_a_short_error_and_saves_nothing(
    data_dir: Path, local_event: str
) -> None:
    import sqlite3

    path = account_store_path(data_dir, Settings(data_dir))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process holds the write lock for too long
    try:
        run = cli(data_dir, "checkin", "--event", local_event, "--json", "T-0001")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert run.code == 1
    assert "Traceback" not in run.stderr
    assert "nothing was saved" in run.stderr and "locked" in run.stderr
    assert run.one()["error"].startswith("local database:")


def test_a_data_dir_that_is_a_file_is_a_short_error(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "data"
    not_a_dir.write_text("a file where the data dir should be", encoding="utf-8")
    run = cli(not_a_dir, "status", "--event", "1", "--json")
    assert run.code == 1
    assert "Traceback" not in run.stderr
    assert run.stderr.strip() == f"orga-app: cannot use data dir {not_a_dir}: File exists"
    assert run.one()["error"].startswith("cannot use data dir")


def test_a_logs_folder_that_is_a_file_is_a_short_error(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "logs").write_text("not a folder", encoding="utf-8")
    run = cli(data_dir, "events")
    assert run.code == 1
    assert "Traceback" not in run.stderr
    assert f"cannot use data dir {data_dir}" in run.stderr
    assert str(data_dir / "logs") in run.stderr


@pytest.mark.parametrize("verb", [("status", "--event", "1"), ("gui",)])
def test_a_bad_setting_override_is_a_short_error(data_dir: Path, verb: tuple[str, ...]) -> None:
    run = cli(data_dir, *verb, env_extra={"ORGA_APP_SCAN_MODE": "sideways"})
    assert run.code == 1
    assert "Traceback" not in run.stderr
    assert run.stderr.strip() == "orga-app: scan_mode: 'sideways' is not one of in, out, validate"


def test_export_to_a_missing_folder_is_a_short_error(data_dir: Path, local_event: str) -> None:
    run = cli(data_dir, "export", "--event", local_event, "--csv", "/nonexistent/dir/x.csv")
    assert run.code == 1
    assert "Traceback" not in run.stderr
    assert "No such file or directory" in run.stderr


def test_events_on_a_door_without_an_account_lists_its_local_events(
    data_dir: Path, local_event: str
) -> None:
    run = cli(data_dir, "events", "--json")
    assert run.code == 0, run.stderr
    assert [e["id"] for e in run.lines()] == [local_event]
    assert run.lines()[0]["local"] is True
