"""Text from servers and files reaches a terminal through the CLI: escape sequences in names,
event names and server messages must be shown, never acted on; --json stays valid JSON with the
exact values; exports of such text are safe to open in a spreadsheet and private to their owner."""

from __future__ import annotations

import csv
import re
import stat
from pathlib import Path

import pytest

from orga_app.app import account_store_path
from orga_app.settings import Settings
from orga_app.store import outbox
from orga_app.store.db import Store
from orga_app.store.models import OutboxState
from tests.e2e.cli_runner import Run, run_cli
from tests.helpers import EVENT_ID, add_attendees, add_event, attendee_row

DOOR = "e2e-door"
# What a hostile server can put in a name: set the terminal title and write to its clipboard
# (OSC 0 and 52), clear the screen, an 8-bit CSI, a carriage return that overwrites the line,
# a bidi override that reverses what follows, and a newline that fakes an output line.
EVENT_NAME = "Conf\x1b]0;owned\x07\x1b]52;c;cm0gLXJmIH4=\x07"
FIRST = "Eve\x1b[2J\x9b31m"
LAST = "Mal\rchecked_in: Admin\u202eniamdA"
TICKET = "VIP\nchecked_in: Someone Else"
SERVER_ERROR = "refused\x1b[1A\x1b[2K by the server\x07"
# Raw characters a terminal acts on. Each must arrive escaped, e.g. ESC as the four characters \x1b.
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def cli(data_dir: Path, *args: str) -> Run:
    return run_cli(data_dir, *args, device=DOOR)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A door whose cached event and attendee came from a hostile server, with one refused
    check-in carrying the server's hostile message."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    store = Store(account_store_path(data_dir, Settings(data_dir)))
    try:
        add_event(store, name=EVENT_NAME, ticket_name=TICKET)
        add_attendees(store, [attendee_row(1, FIRST, LAST, email="=1+1@x.org", code="EVIL-1")])
    finally:
        store.close()
    assert cli(data_dir, "checkin", "--event", EVENT_ID, "EVIL-1").code == 0
    store = Store(account_store_path(data_dir, Settings(data_dir)))
    try:
        with store.write() as conn:
            (row,) = outbox.unsent(conn, EVENT_ID)
            outbox.set_state(conn, row.id, OutboxState.FAILED, error=SERVER_ERROR)
    finally:
        store.close()
    return data_dir


VERBS = [
    ("events",),
    ("status", "--event", EVENT_ID),
    ("search", "--event", EVENT_ID, "eve"),
    ("checkin", "--event", EVENT_ID, "--mode", "validate", "EVIL-1"),
    ("problems", "--event", EVENT_ID),
]


@pytest.mark.parametrize("verb", VERBS, ids=[v[0] for v in VERBS])
def test_human_output_shows_escape_sequences_instead_of_running_them(
    data_dir: Path, verb: tuple[str, ...]
) -> None:
    run = cli(data_dir, *verb)
    assert run.code == 0, run.stderr
    assert not UNSAFE.search(run.stdout), repr(run.stdout)
    assert not UNSAFE.search(run.stderr), repr(run.stderr)
    assert "\\x1b" in run.stdout  # shown, so a person sees something odd is there
    # A newline inside a server's text never starts a line of its own.
    assert not any(line.startswith("checked_in: Someone") for line in run.stdout.splitlines())


def test_each_hostile_value_is_shown_escaped(data_dir: Path) -> None:
    search = cli(data_dir, "search", "--event", EVENT_ID, "eve").stdout
    assert "Eve\\x1b[2J\\x9b31m Mal\\x0dchecked_in: Admin\\u202eniamdA" in search
    assert "VIP\\x0achecked_in: Someone Else" in search
    status = cli(data_dir, "status", "--event", EVENT_ID).stdout
    assert status.startswith("Conf\\x1b]0;owned\\x07\\x1b]52;c;cm0gLXJmIH4=\\x07: ")
    problems = cli(data_dir, "problems", "--event", EVENT_ID).stdout
    assert "refused\\x1b[1A\\x1b[2K by the server\\x07" in problems


@pytest.mark.parametrize("verb", VERBS, ids=[v[0] for v in VERBS])
def test_json_output_is_valid_and_keeps_the_exact_values(
    data_dir: Path, verb: tuple[str, ...]
) -> None:
    run = cli(data_dir, *verb, "--json")
    assert run.code == 0, run.stderr
    assert not UNSAFE.search(run.stdout), repr(run.stdout)  # escaped as \u009b, \u202e, ...
    values = {str(v) for line in run.lines() for v in _leaves(line)}
    expected = {
        "events": {EVENT_NAME},
        "status": set(),
        "search": {FIRST, LAST, TICKET},
        "checkin": {FIRST, LAST, TICKET},
        "problems": {f"{FIRST} {LAST}", SERVER_ERROR},
    }[verb[0]]
    assert expected <= values


def _leaves(obj: object) -> list[object]:
    if isinstance(obj, dict):
        return [leaf for value in obj.values() for leaf in _leaves(value)]
    if isinstance(obj, list):
        return [leaf for value in obj for leaf in _leaves(value)]
    return [obj]


def test_import_reasons_from_a_hostile_file_are_escaped(tmp_path: Path) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text("code,Name\nA-1,Ana\na-1\x1b]0;owned\x07,Dup\n", encoding="utf-8")
    run = cli(tmp_path / "data", "import", "--csv", str(listing), "--event-name", "Door\x1b[31m")
    assert run.code == 0, run.stderr
    assert not UNSAFE.search(run.stdout), repr(run.stdout)
    assert "skipped line 3" in run.stdout


def test_an_error_message_on_stderr_is_escaped(tmp_path: Path) -> None:
    run = cli(tmp_path / "data", "status", "--event", "\x1b]0;owned\x07")
    assert run.code == 3
    assert not UNSAFE.search(run.stderr), repr(run.stderr)
    assert "\\x1b]0;owned\\x07" in run.stderr


def test_export_of_hostile_text_is_private_and_formula_free(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "attendees.csv"
    scans = tmp_path / "scans.csv"
    cli(data_dir, "checkin", "--event", EVENT_ID, '=HYPERLINK("http://evil.example")')
    run = cli(
        data_dir, "export", "--event", EVENT_ID, "--csv", str(target), "--scan-log", str(scans)
    )
    assert run.code == 0, run.stderr
    for path in (target, scans):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with target.open(newline="", encoding="utf-8-sig") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["email"] == "'=1+1@x.org"
    with scans.open(newline="", encoding="utf-8-sig") as handle:
        raws = [r["raw"] for r in csv.DictReader(handle)]
    assert '\'=HYPERLINK("http://evil.example")' in raws
