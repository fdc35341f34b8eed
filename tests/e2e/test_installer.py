"""The installed-build checks: `orga-app self-check` as a subprocess (always), and a real
PyInstaller build of build_installer.spec whose binary must start, self-check and serve the
demo API (only with ORGA_APP_BUILD_INSTALLER=1: the build takes a minute or more)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from orga_app import __version__
from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD
from orga_app.ui.offscreen_check import (
    PNG_NAME,
    OffscreenCheckError,
    render_main_window,
    require_drawn,
)

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build_installer.spec"
BUILD_ENV = "ORGA_APP_BUILD_INSTALLER"
BUILD_TIMEOUT_S = 1200


def check_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(tmp)  # nothing of the developer's own set-up leaks in or gets written
    env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    return env


def assert_self_check_passed(proc: subprocess.CompletedProcess[str]) -> None:
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "self-check passed" in proc.stdout, output
    decoders = re.search(r"^ok\s+decoders: (.*)$", proc.stdout, re.MULTILINE)
    assert decoders is not None, output
    assert {"zxing", "pyzbar"} <= {d.strip() for d in decoders.group(1).split(",")}, output
    assert re.search(r"^ok\s+main window: rendered \d+x\d+ offscreen$", proc.stdout, re.M), output
    assert "FAIL" not in proc.stdout, output


def test_self_check_subprocess_passes(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "orga_app", "self-check"],
        cwd=tmp_path,
        env=check_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert_self_check_passed(proc)


def test_render_main_window_writes_the_scanner_picture(qapp: QApplication, tmp_path: Path) -> None:
    width, height = render_main_window(tmp_path)
    picture = QImage(str(tmp_path / PNG_NAME))
    assert not picture.isNull()
    assert (picture.width(), picture.height()) == (width, height)
    assert width >= 640 and height >= 400


@pytest.mark.parametrize("size", [(0, 0), (64, 48)])
def test_a_blank_picture_is_rejected(size: tuple[int, int]) -> None:
    blank = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    if not blank.isNull():
        blank.fill(Qt.GlobalColor.white)
    with pytest.raises(OffscreenCheckError):
        require_drawn(blank)


def test_a_picture_with_content_is_accepted() -> None:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    for x, colour in ((3, Qt.GlobalColor.black), (9, Qt.GlobalColor.red)):
        for y in range(48):
            image.setPixelColor(x, y, colour)
    require_drawn(image)  # three colours: drawn


# -- the real PyInstaller build ------------------------------------------------------------

needs_build = pytest.mark.skipif(
    os.environ.get(BUILD_ENV) != "1",
    reason=f"builds the PyInstaller bundle (minutes): set {BUILD_ENV}=1 to run",
)


@pytest.fixture(scope="module")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("installer")
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"), str(SPEC)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    binary = out / "dist" / "orga-app" / "orga-app"
    assert binary.is_file() and os.access(binary, os.X_OK)
    return binary


def run_built(binary: Path, tmp: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(binary), *args],
        cwd=tmp,
        env={**check_env(tmp), **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@needs_build
@pytest.mark.timeout(BUILD_TIMEOUT_S + 300)
def test_built_binary_prints_its_version(built_app: Path, tmp_path: Path) -> None:
    proc = run_built(built_app, tmp_path, "--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"orga-app {__version__}"


@needs_build
@pytest.mark.timeout(BUILD_TIMEOUT_S + 300)
def test_built_binary_self_check_uses_the_bundled_libzbar(built_app: Path, tmp_path: Path) -> None:
    # LD_DEBUG=libs makes the dynamic loader name every library it initialises: the libzbar
    # pyzbar loads must be the bundle's copy, not the build machine's.
    proc = run_built(built_app, tmp_path, "self-check", LD_DEBUG="libs")
    assert_self_check_passed(proc)
    bundle = built_app.parent / "_internal"
    assert re.search(rf"calling init: {re.escape(str(bundle))}/libzbar\.so", proc.stderr)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def built_demo_server(built_app: Path, tmp_path: Path) -> Iterator[str]:
    port = free_port()
    server = subprocess.Popen(
        [str(built_app), "demo-server", "--port", str(port), "--attendees", "20"],
        cwd=tmp_path,
        env=check_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                assert server.poll() is None, "the bundled demo server exited"
                assert time.monotonic() < deadline, "the bundled demo server did not listen"
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


@needs_build
@pytest.mark.timeout(BUILD_TIMEOUT_S + 300)
def test_built_binary_serves_the_demo_api(built_demo_server: str) -> None:
    # uvicorn and starlette import their protocol and loop modules by name: a missing hidden
    # import shows up here, not at build time.
    answer = httpx.post(
        f"{built_demo_server}/v1/auth/login",
        json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    assert answer.json().get("access_token")
