"""Catalog upkeep with the Qt tools of the PySide6 wheel (`make i18n`).

    python scripts/i18n.py update    # lupdate: every tr() string into each .ts (new: unfinished)
    python scripts/i18n.py release   # lrelease: .ts -> .qm (what the app loads)
    python scripts/i18n.py           # both

The .ts files are kept without source locations (`-locations none`): a catalog then changes
only when a string does, not each time code moves a line, so it stays mergeable and its
currency check (tests/unit/test_i18n_catalogs.py) does not fail on unrelated edits.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "orga_app"
CATALOG_DIR = PACKAGE / "resources" / "i18n"
LANGUAGES = ("de", "es", "vi", "zh_CN", "hi", "ar")


def tool(name: str) -> str:
    """The wheel's tool next to this interpreter (the venv's bin), else whatever is on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def sources() -> list[Path]:
    """Every module whose strings go through tr() or QT_TR_NOOP(): the UI, the command line's
    words, the sign-in's notices and the readiness check's lines (their `text("…")` templates,
    which the window and `orga-app doctor` translate before filling them in)."""
    found = sorted((PACKAGE / "ui").glob("*.py"))
    found += sorted(PACKAGE.glob("cli*.py"))
    found += sorted(PACKAGE.glob("signin*.py"))
    found += sorted((PACKAGE / "readiness").glob("*.py"))
    return found


def ts_path(code: str, directory: Path = CATALOG_DIR) -> Path:
    return directory / f"orga_app_{code}.ts"


def update(directory: Path = CATALOG_DIR, languages: Sequence[str] = LANGUAGES) -> None:
    for code in languages:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *(str(p) for p in sources()),
                "-locations",
                "none",
                # readiness/lines.py text("template", **values) marks a template like QT_TR_NOOP
                "-tr-function-alias",
                "QT_TR_NOOP+=text",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                code,
                "-silent",
                "-ts",
                str(ts_path(code, directory)),
            ],
            check=True,
        )


def release(directory: Path = CATALOG_DIR, languages: Sequence[str] = LANGUAGES) -> None:
    for code in languages:
        ts = ts_path(code, directory)
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def main(argv: Sequence[str]) -> int:
    steps = list(argv) or ["update", "release"]
    for step in steps:
        if step == "update":
            update()
        elif step == "release":
            release()
        else:
            print(f"unknown step {step!r}: update or release", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
