"""Issue 9 item 12: `--insecure` was remembered by `login` and silently reused by every later
command and by the GUI. Now plain http to another computer is allowed per process only: a
command's own `--insecure`, or a "yes" in the GUI, which then shows it for the whole session.

A stored ``"insecure": true`` (what the old `login --insecure` wrote) must be ignored.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from orga_app.app import AppContext, open_app
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.openevent import TokenPair
from orga_app.ui.main_window import MainWindow
from orga_app.ui.sounds import NullSoundPlayer
from orga_app.ui.sync_status import SyncController, controller_for
from tests.e2e.cli_runner import run_cli

# Never contacted: the refusal (or the GUI's question) comes before any connection.
REMOTE_HTTP = "http://door-server.lan:5000"
EMAIL = "door@example.org"


def signed_in_with_old_insecure_setting(data_dir: Path) -> AppContext:
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = {"server_url": REMOTE_HTTP, "account_email": EMAIL, "insecure": True}
    (data_dir / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    CredentialStore(data_dir).save(REMOTE_HTTP, EMAIL, TokenPair("access", "refresh"))
    return open_app(str(data_dir))


def test_a_stored_insecure_is_not_reused(tmp_path: Path) -> None:
    ctx = signed_in_with_old_insecure_setting(tmp_path / "data")
    try:
        with pytest.raises(ValueError, match="plain http"):
            ctx.client()
        ctx.insecure = True  # what this process's own --insecure (or a yes) does
        ctx.client().close()
    finally:
        ctx.close()


def test_the_cli_asks_for_insecure_on_each_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    signed_in_with_old_insecure_setting(data).close()

    refused = run_cli(data, "sync", "--event", "1", "--json", device="cli-door")

    assert refused.code == 2
    assert "--insecure" in refused.stderr


@pytest.mark.parametrize("answer", [False, True], ids=["no", "yes"])
def test_the_gui_asks_once_and_shows_an_unencrypted_session(
    qtbot: QtBot, tmp_path: Path, answer: bool
) -> None:
    ctx = signed_in_with_old_insecure_setting(tmp_path / "data")
    asked: list[str] = []

    def confirm(_title: str, question: str) -> bool:
        asked.append(question)
        return answer

    factory: Callable[[AppContext], SyncController | None] = controller_for
    window = MainWindow(
        ctx,
        sound=NullSoundPlayer(),
        sync_factory=factory,
        camera_lister=list,
        auto_camera=False,
        install_wedge=False,
        confirm=confirm,
    )
    qtbot.addWidget(window)
    try:
        assert len(asked) == 1 and "door-server.lan" in asked[0]
        assert (window.sync is not None) is answer
        assert ctx.insecure is answer
        assert window.status.unencrypted.isVisibleTo(window) is answer
        if answer:
            assert "door-server.lan" in window.status.unencrypted.text()
        else:
            assert "Local only" in window.status.online.text()
    finally:
        window.shutdown()
        window.ctx.close()


@pytest.mark.parametrize("answer", [False, True], ids=["no", "yes"])
def test_signing_in_to_a_plain_http_server_asks_first(
    qtbot: QtBot, tmp_path: Path, answer: bool
) -> None:
    from orga_app.ui.login import LoginPage
    from orga_app.ui.tasks import TaskRunner

    asked: list[str] = []
    started: list[bool] = []

    def confirm(_title: str, question: str) -> bool:
        asked.append(question)
        return answer

    class NoNetwork(TaskRunner):
        """Records that a sign-in would start instead of reaching for a server that is not
        there (the question comes before it; that is what is tested)."""

        def run(self, *args: Any, **kwargs: Any) -> int:
            started.append(True)
            return 0

    page = LoginPage(NoNetwork(), tmp_path, lambda: CredentialStore(tmp_path), confirm=confirm)
    qtbot.addWidget(page)
    page.server.setText(REMOTE_HTTP)
    page.email.setText(EMAIL)
    page.password.setText("secret")

    page.submit()

    assert len(asked) == 1
    assert bool(started) is answer
    if not answer:
        assert "not encrypted" in page.error.text()
