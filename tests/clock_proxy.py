"""A real forwarding proxy on loopback whose answers carry a `Date` header set off by a chosen
number of seconds: a server (demo or real) seen through it has a clock that is wrong by that
much. Everything else passes unchanged, so a door can sign in, sync and check through it.

`silent = True` makes it take requests and never answer (a Wi-Fi that swallows them)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from tests.loopback_proxy import LoopbackProxy


class SkewedClockProxy(LoopbackProxy):
    thread_name = "clock-proxy"

    def __init__(self, upstream_url: str, skew_s: float = 0.0) -> None:
        self.skew_s = skew_s
        self.silent = False
        self.swallowed = threading.Event()
        super().__init__(upstream_url)

    def on_request(self, method: str, path: str, body: bytes) -> bool:
        if self.silent:
            self.swallowed.wait(30)  # hold the connection open, answer nothing
            return False
        return True

    def date_header(self, upstream: str | None) -> str | None:
        skewed = datetime.now(UTC) + timedelta(seconds=self.skew_s)
        return format_datetime(skewed, usegmt=True)

    def close(self) -> None:
        self.swallowed.set()
        super().close()
