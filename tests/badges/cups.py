"""A real CUPS scheduler for the badge tests: a private cupsd (own config, spool and socket in a
temporary directory, so the machine's own CUPS is left alone) with one cups-pdf queue,
OrgaTest, that writes each job as a PDF the tests then read like a printed page.

cups-pdf writes where /etc/cups/cups-pdf.conf says (`Out`, ${HOME}/PDF by default) and names the
file after the job title, so each test prints under a title of its own and looks for it there.
The queue renders through pdftocairo: CUPS's default PDF-to-PostScript step (poppler's pdftops
or Ghostscript) turns embedded CID fonts into Type 3 fonts without a text map, and the printed
PDF would hold no text to check. Root is needed (cupsd drops to `lp` for filters, cups-pdf runs
as root); the fixture skips, saying so, where it is not root or a part is not installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

QUEUE = "OrgaTest"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")


@dataclass(frozen=True, slots=True)
class CupsQueue:
    name: str
    socket: Path
    out_dir: Path

    def run(self, *args: str) -> str:
        env = {**os.environ, "CUPS_SERVER": str(self.socket)}
        done = subprocess.run(
            list(args), capture_output=True, text=True, env=env, timeout=60, check=True
        )
        return done.stdout

    def disable(self) -> None:
        self.run("cupsdisable", self.name)

    def enable(self) -> None:
        self.run("cupsenable", self.name)

    def jobs(self, which: str = "not-completed") -> list[str]:
        """Job ids of the queue (`lpstat -W which -o`)."""
        out = self.run("lpstat", "-W", which, "-o", self.name)
        return [line.split()[0] for line in out.splitlines() if line.strip()]

    def cancel_all(self) -> None:
        self.run("cancel", "-a", self.name)

    def pdfs(self, title: str) -> dict[Path, float]:
        """The PDFs of jobs titled `title` now, with their modification times (cups-pdf names
        a file after the title and the job number, which restarts with each cupsd: a later
        run can write over an earlier run's file)."""
        return {p: p.stat().st_mtime for p in self.out_dir.glob(f"{title}*.pdf")}

    def wait_for_pdf(
        self, title: str, timeout: float = 90.0, seen: dict[Path, float] | None = None
    ) -> Path:
        """The PDF cups-pdf wrote for the job titled `title` (it keeps letters, digits, - and
        _ of the title at the start of the file name), new or rewritten since `seen`."""
        before = seen or {}
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [p for p, m in self.pdfs(title).items() if before.get(p) != m]
            if found and _complete(found[-1]):
                return found[-1]
            time.sleep(0.2)  # polling a directory another process writes: no signal to wait on
        raise AssertionError(f"cups-pdf wrote no PDF for {title!r} in {timeout:g} s")


def _complete(pdf: Path) -> bool:
    try:
        data = pdf.read_bytes()
    except OSError:
        return False
    return b"%%EOF" in data[-1024:]


def _out_dir() -> Path:
    """Where cups-pdf puts a job of this user (its `Out` setting, ${HOME} expanded)."""
    out = "${HOME}/PDF"
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            match = re.match(r"\s*Out\s+(\S+)", line)
            if match:
                out = match.group(1)
    return Path(out.replace("${HOME}", str(Path.home())))


def why_not() -> str | None:
    if os.geteuid() != 0:
        return "printing tests need root (cupsd and the cups-pdf backend); CI runs as root"
    for tool in ("cupsd", "lpadmin", "lpstat", "cupsdisable", "cancel"):
        if shutil.which(tool) is None and not Path("/usr/sbin", tool).exists():
            return f"{tool} not installed: `make system` installs cups"
    if not BACKEND.exists() or not PPD.exists():
        return "printer-driver-cups-pdf not installed: `make system` installs it"
    if shutil.which("pdftocairo") is None:
        return "poppler-utils not installed: `make system` installs it"
    return None


def _write_config(root: Path) -> tuple[Path, Path]:
    for sub in ("conf", "spool", "cache", "state", "log", "run"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    root.chmod(0o755)
    for sub in ("conf", "cache", "state", "log", "run"):
        (root / sub).chmod(0o755)
    spool = root / "spool"
    shutil.chown(spool, group="lp")
    spool.chmod(0o1770)
    socket = root / "run" / "cups.sock"
    conf = root / "conf" / "cupsd.conf"
    conf.write_text(
        f"Listen {socket}\nLogLevel warn\nWebInterface No\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n",
        encoding="utf-8",
    )
    files = root / "conf" / "cups-files.conf"
    files.write_text(
        f"ServerRoot {root / 'conf'}\nRequestRoot {spool}\nCacheDir {root / 'cache'}\n"
        f"StateDir {root / 'state'}\nTempDir {spool}\nErrorLog {root / 'log' / 'error_log'}\n"
        f"AccessLog {root / 'log' / 'access_log'}\nPageLog {root / 'log' / 'page_log'}\n"
        "Group lp\n",
        encoding="utf-8",
    )
    return conf, files


@contextmanager
def private_cups() -> Iterator[CupsQueue]:
    """A private cupsd with the OrgaTest queue, while the block runs (CUPS_SERVER points at it
    meanwhile). Raises RuntimeError with the reason when it cannot run here (`why_not`)."""
    reason = why_not()
    if reason:
        raise RuntimeError(reason)
    # Not pytest's tmp dir: cupsd wants every directory above its files to be world-readable.
    root = Path(tempfile.mkdtemp(prefix="orga-cups-", dir="/tmp"))
    conf, files = _write_config(root)
    cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
    proc = subprocess.Popen(
        [cupsd, "-f", "-c", str(conf), "-s", str(files)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    queue = CupsQueue(QUEUE, root / "run" / "cups.sock", _out_dir())
    previous = os.environ.get("CUPS_SERVER")
    # libcups (Qt's print support, lp, lpstat) reads the scheduler's address from here.
    os.environ["CUPS_SERVER"] = str(queue.socket)
    try:
        deadline = time.monotonic() + 30
        while not queue.socket.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                log = root / "log" / "error_log"
                text = log.read_text(errors="replace") if log.exists() else ""
                raise RuntimeError(f"cupsd did not start: {text[-2000:]}")
            time.sleep(0.1)  # a process starting up: nothing to wait on but its socket
        queue.run(
            "lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(PPD),
            "-o", "pdftops-renderer-default=pdftocairo",
        )  # fmt: skip
        queue.out_dir.mkdir(parents=True, exist_ok=True)
        yield queue
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if previous is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = previous
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def cups_queue() -> Iterator[CupsQueue]:
    reason = why_not()
    if reason:
        pytest.skip(reason)
    with private_cups() as queue:
        yield queue
