"""Where the app keeps its files: one data dir, overridable for tests and portable installs."""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

APP_NAME = "orga-app"
DATA_DIR_ENV = "ORGA_APP_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: `--data-dir`, else $ORGA_APP_DATA_DIR, else the platform's user data dir.

    Created on first use with mode 0700: it holds attendee data and maybe a token file.
    """
    if override:
        path = Path(override)
    elif os.environ.get(DATA_DIR_ENV):
        path = Path(os.environ[DATA_DIR_ENV])
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path = path.expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def account_slug(server: str | None, email: str | None) -> str:
    """A file-name-safe name for one server account; `local` when there is none."""
    if not server or not email:
        return "local"
    host = re.sub(r"^[a-z]+://", "", server.strip().lower()).rstrip("/")
    raw = f"{email.strip().lower()}@{host}"
    return re.sub(r"[^a-z0-9._@-]+", "_", raw)[:120]


def database_path(root: Path, slug: str) -> Path:
    """One SQLite file per server account (DESIGN.md data model)."""
    return root / f"store-{slug}.sqlite"


def log_dir(root: Path) -> Path:
    path = root / "logs"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
