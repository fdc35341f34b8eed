"""`orga-app checkin` says why a code was not recognised and what to do next (issue 15)."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli_runner import run_cli

LIST = "code,first name,last name,email\nJN-0002,Jo,Nakamura,jo@x.org\n"


def test_checkin_explains_codes_it_does_not_know(tmp_path: Path) -> None:
    data = tmp_path / "door"
    csv_file = tmp_path / "list.csv"
    csv_file.write_text(LIST, encoding="utf-8")
    imported = run_cli(
        data, "import", "--csv", str(csv_file), "--event-name", "Door", "--json", device="d1"
    )
    event = str(imported.one()["event"])
    badge = run_cli(data, "checkin", "--event", event, "MECARD:N:Doe,Jo;;", "--json", device="d1")
    assert badge.code == 1
    assert badge.one()["unknown_cause"] == "badge"
    assert "contact card" in badge.one()["message"]
    missing = run_cli(data, "checkin", "--event", event, "JN-0003", device="d1")
    assert missing.code == 1
    assert "Not on the imported list" in missing.stdout
    assert f"orga-app search --event {event}" in missing.stdout
    known = run_cli(data, "checkin", "--event", event, "JN-0002", "--json", device="d1")
    assert known.code == 0 and known.one()["unknown_cause"] is None
