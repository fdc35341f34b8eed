"""UI fixtures: a seeded store in tmp_path, an AppContext over it, and a MainWindow with no
sound, no camera probing and no sync (tests opt in to each)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from orga_app.app import AppContext
from orga_app.settings import Settings
from orga_app.ui.main_window import MainWindow
from orga_app.ui.sounds import NullSoundPlayer
from tests.helpers import Seeded, seeded_store
from tests.integration.conftest import demo_server  # noqa: F401 - fixture re-export

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def seeded(tmp_path: Path) -> Iterator[Seeded]:
    data = seeded_store(tmp_path, n_attendees=5)
    try:
        yield data
    finally:
        data.store.close()


@pytest.fixture
def ctx(tmp_path: Path, seeded: Seeded) -> AppContext:
    settings = Settings(tmp_path)
    settings.set("sound", False)
    return AppContext(tmp_path, settings, seeded.store, seeded.service)


@pytest.fixture
def make_window(qtbot: QtBot, ctx: AppContext) -> Iterator[MakeWindow]:
    windows: list[MainWindow] = []

    def make(context: AppContext | None = None, **kwargs: object) -> MainWindow:
        options: dict[str, object] = {
            "sound": NullSoundPlayer(),
            "camera_lister": list,
            "auto_camera": False,
            "install_wedge": False,
        }
        options.update(kwargs)
        window = MainWindow(context or ctx, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.shutdown()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns that it cannot pass size hints to a (non-existent) window
    # manager whenever a top-level window is shown: platform noise, not an app problem.
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))
