"""`orga-app import` with damaged lists, as a person at a door runs it: the message says what is
wrong and where, and nothing is imported halfway or lost without a word."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli_runner import Run, run_cli


def cli(data_dir: Path, *args: str) -> Run:
    return run_cli(data_dir, *args, device="e2e-door")


def test_an_unclosed_quote_is_refused_with_its_line(tmp_path: Path) -> None:
    listing = tmp_path / "list.csv"
    listing.write_bytes(b'code,Name\nA1,Ana\nA2,"Bo\nA3,Cy\nA4,Di\n')
    run = cli(tmp_path / "data", "import", "--csv", str(listing), "--event-name", "Door")
    assert run.code == 1
    assert "Traceback" not in run.stderr
    assert "list.csv, line 3: a quote" in run.stderr and "nothing was imported" in run.stderr
    assert cli(tmp_path / "data", "events", "--json").stdout == ""  # no half-imported event


def test_an_old_mac_excel_file_imports(tmp_path: Path) -> None:
    listing = tmp_path / "mac.csv"
    listing.write_bytes("Ticket ID;Name\rM1;Zoë Léger\rM2;Jürgen Müller\r".encode("cp1252"))
    run = cli(tmp_path / "data", "import", "--csv", str(listing), "--event-name", "Door", "--json")
    assert run.code == 0, run.stderr
    assert (run.one()["imported"], run.one()["skipped"]) == (2, 0)
    found = cli(tmp_path / "data", "search", "--event", run.one()["event"], "muller", "--json")
    assert [a["lastname"] for a in found.lines()] == ["Müller"]


def test_a_mixed_encoding_file_imports_every_name_with_a_note(tmp_path: Path) -> None:
    listing = tmp_path / "mixed.csv"
    listing.write_bytes(
        "code;Name\nU1;Jürgen Müller\n".encode() + "W1;Zoë Léger\n".encode("cp1252")
    )
    text = cli(tmp_path / "data", "import", "--csv", str(listing), "--event-name", "Door")
    assert text.code == 0, text.stderr
    assert "note: line 3: not UTF-8" in text.stdout
    as_json = cli(
        tmp_path / "json", "import", "--csv", str(listing), "--event-name", "Door", "--json"
    )
    report = as_json.one()
    assert report["imported"] == 2
    assert len(report["notes"]) == 1 and "Windows-1252" in report["notes"][0]
    found = cli(tmp_path / "json", "search", "--event", report["event"], "zoe", "--json")
    assert [a["lastname"] for a in found.lines()] == ["Léger"]
