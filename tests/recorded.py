"""Answers recorded from the real Open Event server (tests/fixtures/open_event), replayed.

`scripts/record_open_event_fixtures.py` writes them; here a unit test serves them to the real
`OpenEventClient` through `httpx.MockTransport`, so a test that models the server models what
the real server said, byte for byte the same JSON.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

FIXTURES = Path(__file__).parent / "fixtures" / "open_event"
# The recorder replaces the real server's address by this.
RECORDED_URL = "http://open-event.test"


@dataclass(frozen=True)
class Recorded:
    name: str
    method: str
    path: str
    status: int
    content_type: str | None
    etag: str | None
    body: Any

    def response(self) -> httpx.Response:
        headers = {"Content-Type": self.content_type or "application/json"}
        if self.etag:
            headers["ETag"] = self.etag
        content = self.body if isinstance(self.body, str) else json.dumps(self.body)
        return httpx.Response(self.status, content=content.encode(), headers=headers)


def recorded(name: str) -> Recorded:
    raw = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    request = raw["request"]
    return Recorded(
        name, request["method"], request["path"], raw["status"], raw["content_type"],
        raw["etag"], raw["body"],
    )  # fmt: skip


@dataclass
class Replay:
    """Serves recorded answers by (method, path), in order when one path has several."""

    answers: dict[tuple[str, str], list[Recorded]] = field(default_factory=dict)
    seen: list[httpx.Request] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, *names: str) -> Replay:
        for name in names:
            answer = recorded(name)
            self.answers.setdefault((answer.method, answer.path), []).append(answer)
        return self

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.seen.append(request)
            queue = self.answers.get((request.method, request.url.path))
            if not queue:
                return httpx.Response(599, text=f"nothing recorded for {request.url.path}")
            answer = queue.pop(0) if len(queue) > 1 else queue[0]
        return answer.response()

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)
