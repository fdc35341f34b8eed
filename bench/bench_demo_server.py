"""Demo server throughput: attendee download rows/s and concurrent PATCHes under latency.

Run: /work/venv/bin/python bench/bench_demo_server.py [--attendees 100000] [--page-size 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

import httpx

from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD, sample_ticket_codes
from orga_app.demo.server import DemoServer

JSONAPI = "application/vnd.api+json"


def _login(url: str) -> dict[str, str]:
    reply = httpx.post(
        f"{url}/v1/auth/login", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD}
    )
    return {"Authorization": f"JWT {reply.json()['access_token']}"}


def bench_download(server: DemoServer, page_size: int) -> tuple[int, float]:
    headers = _login(server.url)
    rows = 0
    started = time.perf_counter()
    with httpx.Client(base_url=f"{server.url}/v1", headers=headers, timeout=60) as client:
        number = 1
        while True:
            params: dict[str, str | int] = {
                "include": "order,ticket",
                "page[size]": page_size,
                "page[number]": number,
            }
            reply = client.get(f"/events/{server.info.event_id}/attendees", params=params)
            reply.raise_for_status()
            document = reply.json()
            rows += len(document["data"])
            if "next" not in document["links"]:
                break
            number += 1
    return rows, time.perf_counter() - started


async def _patches(server: DemoServer, count: int) -> float:
    headers = _login(server.url) | {"Content-Type": JSONAPI}
    limits = httpx.Limits(max_connections=count)
    async with httpx.AsyncClient(base_url=f"{server.url}/v1", limits=limits, timeout=30) as client:

        async def one(attendee_id: int) -> None:
            body = {
                "data": {
                    "type": "attendee",
                    "id": str(attendee_id),
                    "attributes": {
                        "is-checked-in": True,
                        "checkin-times": f"2026-06-12T09:{attendee_id % 60:02d}:00.000001+00:00",
                        "device-name-checkin": "bench",
                    },
                }
            }
            reply = await client.patch(
                f"/attendees/{attendee_id}", content=json.dumps(body), headers=headers
            )
            reply.raise_for_status()

        started = time.perf_counter()
        codes = sample_ticket_codes(server.db_path, server.info.event_id)[:count]
        await asyncio.gather(*(one(attendee_id) for attendee_id, _ in codes))
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=100_000)
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--patches", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        server = DemoServer(Path(tmp) / "bench.db", attendees=args.attendees)
        print(f"generate {args.attendees} attendees: {time.perf_counter() - started:.2f} s")
        with server:
            rows, seconds = bench_download(server, args.page_size)
            print(
                f"download {rows} rows (page {args.page_size}, include=order,ticket):"
                f" {seconds:.2f} s = {rows / seconds:,.0f} rows/s"
            )
            server.set_faults(latency=0.05)
            seconds = asyncio.run(_patches(server, args.patches))
            print(f"{args.patches} concurrent PATCHes with 50 ms latency: {seconds:.2f} s")


if __name__ == "__main__":
    main()
