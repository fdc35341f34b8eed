"""The layer rules of DESIGN.md hold for orga_app, checked by reading its imports; and the
checker itself catches a planted violation and a planted cycle in a small package."""

from __future__ import annotations

from pathlib import Path

import pytest

import orga_app
from tests.import_layers import Edge, cycles, layer_of, layer_violations, package_edges

PACKAGE = Path(orga_app.__file__).parent

# Named exceptions to the rules, each with its reason: (importer, imported) -> why.
# Empty: every rule holds for today's code. Add an entry only with a comment and an issue.
EXCEPTIONS: dict[tuple[str, str], str] = {}


def test_orga_app_keeps_its_layer_rules() -> None:
    edges = package_edges(PACKAGE)
    assert len(edges) > 100  # the walk found the package's imports at all
    broken = [
        str(v)
        for v in layer_violations(edges)
        if (v.edge.importer, v.edge.imported) not in EXCEPTIONS
    ]
    assert broken == []


def test_orga_app_has_no_import_cycles() -> None:
    assert cycles(package_edges(PACKAGE)) == []


def test_every_module_has_a_layer() -> None:
    # A new top-level module must be placed in a layer on purpose (layer_of raises otherwise).
    layers = {layer_of(edge.importer) for edge in package_edges(PACKAGE)}
    assert layers == {"base", "core", "store", "sync", "scan", "demo", "app", "ui", "cli", "badges"}


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "pkg"


CLEAN = {
    "pkg/__init__.py": "",
    "pkg/settings.py": "",
    "pkg/core/__init__.py": "",
    "pkg/core/codes.py": "",
    "pkg/store/__init__.py": "",
    "pkg/store/db.py": "from pkg.core import codes\n",
    "pkg/sync/__init__.py": "",
    "pkg/sync/engine.py": "from ..store import db\nfrom pkg.core.codes import parse\n",
    # A server type behind the seam may use the neutral sync; the composition root picks it.
    "pkg/sync/openevent/__init__.py": "",
    "pkg/sync/openevent/client.py": "from pkg.sync.engine import f\n",
    "pkg/sync/pretix/__init__.py": "",
    "pkg/sync/pretix/client.py": "from ..engine import f\n",
    "pkg/ui/__init__.py": "",
    "pkg/ui/window.py": (
        "import pkg.sync.engine\nimport pkg.sync.openevent.client\nfrom pkg import settings\n"
    ),
    "pkg/demo/__init__.py": "",
    "pkg/demo/server.py": "",
    "pkg/cli.py": "from pkg.ui import window\n",
    "pkg/cli_demo.py": "def run() -> None:\n    from pkg.demo import server\n",
}


def test_a_clean_synthetic_package_passes(tmp_path: Path) -> None:
    edges = package_edges(write(tmp_path, CLEAN))
    assert Edge("pkg.sync.engine", "pkg.store.db", 1) in edges  # relative import resolved
    assert Edge("pkg.cli_demo", "pkg.demo.server", 2) in edges  # a lazy import counts
    assert layer_violations(edges) == []
    assert cycles(edges) == []


@pytest.mark.parametrize(
    ("module", "text", "expected"),
    [
        ("pkg/core/codes.py", "from pkg.store import db\n", "core may not import store"),
        ("pkg/store/db.py", "from pkg.sync import engine\n", "store may not import sync"),
        (
            "pkg/sync/engine.py",
            "def f() -> None:\n    import pkg.ui.window\n",
            "sync may not import ui",
        ),
        ("pkg/core/codes.py", "from pkg import settings\n", "core may not import base"),
        ("pkg/ui/window.py", "from pkg import cli\n", "ui may not import cli"),
        ("pkg/ui/window.py", "from pkg.demo import server\n", "only cli_demo may import demo"),
        ("pkg/cli.py", "from pkg.demo.server import serve\n", "only cli_demo may import demo"),
        ("pkg/demo/server.py", "from ..store import db\n", "demo may not import store"),
        (
            "pkg/sync/engine.py",
            "from pkg.sync.openevent import client\n",
            "neutral sync may not import the server type openevent",
        ),
        (
            "pkg/sync/pretix/client.py",
            "from pkg.sync.openevent.client import x\n",
            "server type pretix may not import the server type openevent",
        ),
    ],
)
def test_a_planted_violation_is_found(
    tmp_path: Path, module: str, text: str, expected: str
) -> None:
    package = write(tmp_path, {**CLEAN, module: text})
    found = [v.rule for v in layer_violations(package_edges(package))]
    assert found == [expected]


def test_a_planted_cycle_is_found(tmp_path: Path) -> None:
    # Lazy on one side, as ui/main_window and ui/offscreen_check were: still a cycle.
    package = write(
        tmp_path,
        {
            **CLEAN,
            "pkg/ui/window.py": "def f() -> None:\n    from pkg.ui.check import g\n",
            "pkg/ui/check.py": "from pkg.ui.window import f\n",
            "pkg/store/db.py": "import pkg.store.db\n",
        },
    )
    edges = package_edges(package)
    assert layer_violations(edges) == []
    assert cycles(edges) == [["pkg.store.db"], ["pkg.ui.check", "pkg.ui.window"]]
