"""What every command-line verb shares: exit codes, errors, output, event lookup."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TextIO

from orga_app.app import AppContext
from orga_app.store import attendees
from orga_app.store import events as event_queries

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NO_CONTEXT = 0, 1, 2, 3


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


class Output:
    """Text for people, one JSON object per line for scripts."""

    def __init__(self, as_json: bool, stream: TextIO) -> None:
        self.as_json = as_json
        self.stream = stream

    def emit(self, obj: dict[str, object], text: str) -> None:
        if self.as_json:
            self.stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
        else:
            self.stream.write(text + "\n")
        self.stream.flush()


def require_event(ctx: AppContext, event_id: str) -> event_queries.EventInfo:
    with ctx.store.read() as conn:
        info = event_queries.get(conn, event_id)
    if info is None:
        raise CliError(
            f"no such event {event_id!r} in this data dir "
            "(run `orga-app events` or `orga-app sync` first)",
            EXIT_NO_CONTEXT,
        )
    return info


def status_json(ctx: AppContext, event_id: str) -> dict[str, object]:
    with ctx.store.read() as conn:
        counts = attendees.counts(conn, event_id)
        state = event_queries.sync_state(conn, event_id)
    return {
        "event": event_id,
        "attendees": counts.attendees,
        "checked_in": counts.checked_in,
        "pending": counts.pending,
        "failed": counts.failed,
        "last_upload": state["last_upload_at"],
        "last_download": state["last_download_at"],
        "last_error": state["last_error"],
        "paused": state["paused_reason"],
    }


Handler = Callable[[AppContext, argparse.Namespace, "Output"], int]
# add(name, handler, help, json_flag=True) -> the verb's own parser
AddCommand = Callable[..., argparse.ArgumentParser]
