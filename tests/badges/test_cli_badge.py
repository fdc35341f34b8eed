"""`orga-app badge` as a subprocess on a serverless door (an imported CSV list): a PDF file of the
attendee's badge, a print through the real CUPS queue recorded as printed, and a printer that
does not exist answered with exit 1 and the reason."""

from __future__ import annotations

from pathlib import Path

from orga_app.store import badge_jobs
from orga_app.store.badge_jobs import JobState
from orga_app.store.db import Store
from tests.badges.cups import CupsQueue
from tests.badges.pdf_tools import need_poppler, page_sizes_mm, page_text, qr_codes
from tests.e2e.cli_runner import run_cli

CSV = "firstname,lastname,email,company,code\nमीरा,पटेल,mira@example.org,इन्फोटेक,QR-MIRA-1\n"


def _door(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "data"
    csv = tmp_path / "list.csv"
    csv.write_text(CSV, encoding="utf-8")
    imported = run_cli(
        data, "import", "--csv", str(csv), "--event-name", "Meetup", "--json", device="Desk"
    )
    assert imported.code == 0, imported.stderr
    return data, str(imported.one()["event"])


def test_badge_to_pdf_file(tmp_path: Path) -> None:
    need_poppler()
    data, event = _door(tmp_path)
    pdf = tmp_path / "mira.pdf"
    run = run_cli(
        data, "badge", "--event", event, "--pdf", str(pdf), "QR-MIRA-1", "--json", device="Desk",
        env_extra={"ORGA_APP_BADGE_SIZE": "cr80"},
    )  # fmt: skip
    assert run.code == 0, run.stderr
    assert run.one()["name"] == "मीरा पटेल"
    [(width, height)] = page_sizes_mm(pdf)
    assert (round(width), round(height)) == (86, 54)
    assert "मीरा पटेल" in page_text(pdf) and "इन्फोटेक" in page_text(pdf)
    assert qr_codes(pdf, tmp_path) == ["QR-MIRA-1"]
    unknown = run_cli(data, "badge", "--event", event, "--pdf", str(pdf), "NOPE", device="Desk")
    assert unknown.code == 1 and "NOPE" in unknown.stderr


def test_badge_to_printer(tmp_path: Path, cups_queue: CupsQueue) -> None:
    data, event = _door(tmp_path)
    seen = cups_queue.pdfs("badge-")
    run = run_cli(
        data, "badge", "--event", event, "--printer", cups_queue.name, "QR-MIRA-1", "--json",
        device="Desk",
    )  # fmt: skip
    assert run.code == 0, run.stderr
    assert run.one()["printed"] is True
    assert cups_queue.wait_for_pdf("badge-", seen=seen)
    store = Store(next(data.glob("*.sqlite")))
    try:
        with store.read() as conn:
            [job] = badge_jobs.jobs(conn, event, JobState.PRINTED)
    finally:
        store.close()
    assert job.printer == cups_queue.name
    missing = run_cli(
        data, "badge", "--event", event, "--printer", "NoSuchPrinter", "QR-MIRA-1", "--json",
        device="Desk",
    )  # fmt: skip
    assert missing.code == 1
    assert missing.one()["problem"] == "printer_missing"
