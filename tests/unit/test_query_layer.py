"""The UI and the command line hold no SQL and open no store transaction: they call the query
layer (store/queries.py). The checker itself catches each kind of planted violation."""

from __future__ import annotations

from pathlib import Path

import pytest

import orga_app
from tests.query_layer import check_files, connection_functions, findings

PACKAGE = Path(orga_app.__file__).parent


def ui_and_cli_files() -> list[Path]:
    return [*(PACKAGE / "ui").glob("*.py"), *PACKAGE.glob("cli*.py")]


def test_ui_and_cli_modules_ask_the_store_only_through_the_query_layer() -> None:
    files = ui_and_cli_files()
    assert len(files) > 20  # the walk found the UI and the CLI at all
    conn_functions = connection_functions()
    assert "search" in conn_functions["orga_app.store.attendees"]  # the checker sees them
    assert "attendee_page" not in conn_functions["orga_app.store.queries"]
    broken = [str(f) for f in check_files(files, PACKAGE, conn_functions)]
    assert broken == []


PLANTED = {
    "transaction": "def f(store):\n    with store.read() as conn:\n        return conn\n",
    "context transaction": "def f(self):\n    with self.ctx.store.write() as c:\n        pass\n",
    "sqlalchemy": "from sqlalchemy import select\n",
    "sqlite3": "import sqlite3\n",
    "raw sql": "def f(conn):\n    conn.exec_driver_sql('x')\n",
    "sql text": "Q = 'SELECT count(*) FROM outbox WHERE state = 1'\n",
    "update text": "Q = \"UPDATE outbox SET state = 'queued'\"\n",
    "module call": (
        "from orga_app.store import attendees as a\ndef f(conn):\n    return a.search(conn, '1')\n"
    ),
    "function import": "from orga_app.store.outbox import retry\n",
    "engine": "def f(ctx):\n    return ctx.store.engine\n",
}


@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_the_checker_catches_a_planted_violation(kind: str) -> None:
    found = findings(PLANTED[kind], "planted.py", connection_functions())
    assert found, kind


def test_the_checker_allows_what_the_pages_do() -> None:
    allowed = (
        "from sqlalchemy.exc import DatabaseError\n"
        "from orga_app.store import queries\n"
        "from orga_app.store.search import StatusFilter\n"
        "def f(store, source):\n"
        "    frame = source.read()\n"
        "    label = 'Select a file from the list'\n"
        "    return queries.attendee_page(store, '1', status=StatusFilter.ALL), frame, label\n"
    )
    assert findings(allowed, "allowed.py", connection_functions()) == []
