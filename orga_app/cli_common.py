"""What every command-line verb shares: exit codes, errors, output, event lookup."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from typing import TextIO

from orga_app.app import AppContext
from orga_app.cli_language import QT_TR_NOOP, both, local
from orga_app.store import events as event_queries
from orga_app.store import queries

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NO_CONTEXT = 0, 1, 2, 3


class CliError(Exception):
    """A verb that cannot go on. `message` is English (the JSON `error`) or `Words` that also
    carry the person's language for the terminal line (cli_language.both)."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


# Characters a terminal may act on instead of showing, in text from servers and files (names,
# event names, server messages): C0 and C1 controls (ESC starts colour, title and clipboard
# sequences; U+009B is a one-character CSI; CR and BS overwrite what was printed), the Unicode
# line and paragraph separators, bidirectional overrides and isolates (they reorder what the
# eye reads) and lone surrogates (they cannot be encoded and would crash the print).
_TERMINAL_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _visible_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def terminal_safe(text: str) -> str:
    """`text` with every character a terminal could act on shown as an escape (ESC → `\\x1b`).

    The one gate for human output: `Output.emit` and `Output.error` pass every line through it.
    """
    return _TERMINAL_UNSAFE.sub(_visible_escape, text)


def json_line(obj: dict[str, object]) -> str:
    """One JSON object on one line that is also safe on a terminal.

    json.dumps escapes C0 controls but leaves DEL, C1 controls, bidi overrides and lone
    surrogates raw; JSON allows any character as a \\u escape, so these are escaped too and
    the parsed values stay exactly what the server sent.
    """
    return _TERMINAL_UNSAFE.sub(_json_escape, json.dumps(obj, ensure_ascii=False))


class Output:
    """Text for people, one JSON object per line for scripts."""

    def __init__(self, as_json: bool, stream: TextIO, errors: TextIO | None = None) -> None:
        self.as_json = as_json
        self.stream = stream
        self.errors = errors if errors is not None else sys.stderr

    def emit(self, obj: dict[str, object], *lines: str) -> None:
        """`obj` as a JSON line, or `lines` for people. Several lines are passed one by one:
        a newline inside a value (a server's text) is escaped, never taken as a line break."""
        if self.as_json:
            self.stream.write(json_line(obj) + "\n")
        else:
            self.stream.write("".join(terminal_safe(line) + "\n" for line in lines))
        self.stream.flush()

    def error(self, message: str) -> None:
        """A failure: `{"error": ...}` for scripts, and always one line on stderr for people."""
        if self.as_json:
            self.emit({"error": str(message)}, "")
        print(f"orga-app: {terminal_safe(local(message))}", file=self.errors, flush=True)


def require_event(ctx: AppContext, event_id: str) -> event_queries.EventInfo:
    info = queries.event(ctx.store, event_id)
    if info is None:
        raise CliError(
            both(
                QT_TR_NOOP(
                    "no such event {event} in this data dir "
                    "(run `orga-app events` or `orga-app sync` first)"
                ),
                event=repr(event_id),
            ),
            EXIT_NO_CONTEXT,
        )
    return info


def status_json(ctx: AppContext, event_id: str) -> dict[str, object]:
    status = queries.event_status(ctx.store, event_id)
    return {
        "event": event_id,
        "attendees": status.counts.attendees,
        "checked_in": status.counts.checked_in,
        "pending": status.counts.pending,
        "failed": status.counts.failed,
        "last_upload": status.last_upload,
        "last_download": status.last_download,
        "last_error": status.last_error,
        "paused": status.paused,
    }


Handler = Callable[[AppContext, argparse.Namespace, "Output"], int]
# add(name, handler, help, json_flag=True) -> the verb's own parser
AddCommand = Callable[..., argparse.ArgumentParser]
