"""A real forwarding proxy on loopback between the client and a real pretix server.

It passes every request on unchanged and logs its method and path, so a test can prove which
endpoints the app called. ``drop_answers`` makes it lose the server's answer to the next POSTs:
the request reaches the server and is applied, then the proxy hangs up on the client without
a byte of the answer, as a Wi-Fi that drops at the wrong moment does. ``stall_posts`` makes it
hold the next POSTs for a while before passing them on, as a server (or a Wi-Fi) that hangs:
the client gives up, the request still lands later.
"""

from __future__ import annotations

import threading
import time

from tests.loopback_proxy import LoopbackProxy


class ForwardingProxy(LoopbackProxy):
    thread_name = "pretix-proxy"

    def __init__(self, upstream_url: str) -> None:
        self.requests: list[tuple[str, str]] = []
        self.bodies: list[bytes] = []
        self._drops = 0
        self._stalls: list[float] = []
        # POSTs passed on to the server (after any stall): a test waits for a held one
        self.forwarded_posts = 0
        self._lock = threading.Lock()
        super().__init__(upstream_url)

    def on_request(self, method: str, path: str, body: bytes) -> bool:
        self.record(method, path, body)
        if method == "POST":
            stall = self.take_stall()
            if stall:
                time.sleep(stall)  # the hang under test: the client must not wait for it
        return True

    def on_answer(self, method: str) -> bool:
        if method != "POST":
            return True
        self.count_post()
        return not self.take_drop()  # a drop: the server applied it; the client never hears

    def record(self, method: str, path: str, body: bytes = b"") -> None:
        with self._lock:
            self.requests.append((method, path))
            if method == "POST":
                self.bodies.append(body)

    def stall_posts(self, seconds: float, count: int = 1) -> None:
        with self._lock:
            self._stalls = [seconds] * count

    def take_stall(self) -> float:
        with self._lock:
            return self._stalls.pop(0) if self._stalls else 0.0

    def posted(self) -> int:
        with self._lock:
            return self.forwarded_posts

    def count_post(self) -> None:
        with self._lock:
            self.forwarded_posts += 1

    def drop_answers(self, count: int) -> None:
        with self._lock:
            self._drops = count

    def take_drop(self) -> bool:
        with self._lock:
            if self._drops <= 0:
                return False
            self._drops -= 1
            return True

    def paths(self, method: str) -> list[str]:
        with self._lock:
            return [path.split("?", 1)[0] for seen, path in self.requests if seen == method]
