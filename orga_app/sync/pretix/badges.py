"""The event's badge layouts from pretix's badges plugin (also eventyay-tickets'), downloaded
with the products so badges print offline with the organizer's design (issue 12): each layout
as the server sent it (libpretixprint's areas), its background PDF fetched once, the default
layout and which product prints with which (`badgeitems`: a product without an entry prints
with the default, one assigned to no layout prints no badge).

Layouts are a nicety beside the ticket list: where the plugin is not active (the API answers
404), the account may not read them, or the answer is broken, the layouts held before stay
and the download of the tickets goes on.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from urllib.parse import urljoin

import httpx

from orga_app.store import badge_layouts
from orga_app.store.badge_layouts import MAX_BACKGROUND_BYTES, MAX_FORM_CHARS, StoredLayout
from orga_app.store.db import Store
from orga_app.sync.errors import ApiError
from orga_app.sync.http import network_error, no_cookie_jar
from orga_app.sync.pretix.client import PretixClient
from orga_app.sync.pretix.records import usable_id
from orga_app.sync.pretix.wire import error_for
from orga_app.sync.transport import AnswerLimits, read_bounded

log = logging.getLogger("orga_app.sync.pretix")

BACKGROUND_LIMITS = AnswerLimits(deadline=20.0, max_body_bytes=MAX_BACKGROUND_BYTES)
MAX_BACKGROUNDS = 20
PDF_MAGIC = b"%PDF-"


def fetch_background(api_root: str, address: str) -> bytes | None:
    """A layout's background PDF, from an address the server gave (absolute, or relative to
    the server), WITHOUT the account's token (a media or static file may live on another
    host), bounded in size and time; None when it is not a PDF or cannot be had."""
    url = urljoin(api_root, address)
    if not url.lower().startswith(("https://", "http://")):
        return None
    try:
        with httpx.Client(
            timeout=httpx.Timeout(10.0),
            follow_redirects=False,
            cookies=no_cookie_jar(),
            headers={"User-Agent": "orga-app"},
        ) as plain:
            response = read_bounded(plain, plain.build_request("GET", url), BACKGROUND_LIMITS)
    except httpx.InvalidURL:
        return None
    except httpx.HTTPError as exc:
        log.info("badge background not fetched: %s", network_error(exc))
        return None
    except ApiError as exc:
        log.info("badge background not fetched: %s", exc)
        return None
    if not 200 <= response.status_code < 300:
        log.info("badge background not fetched: %s", error_for(response))
        return None
    return response.content if response.content.startswith(PDF_MAGIC) else None


def stored_layouts(
    api_root: str, answer: list[Mapping[str, object]], held: Mapping[str, bytes]
) -> list[StoredLayout]:
    stored: list[StoredLayout] = []
    fetched = 0
    for entry in answer:
        ident = usable_id(entry.get("id"))
        form = json.dumps(entry.get("layout"), ensure_ascii=False)
        if ident is None or len(form) > MAX_FORM_CHARS:
            continue
        name = entry.get("name")
        address = entry.get("background")
        address = address[:2000] if isinstance(address, str) and address.strip() else None
        background = held.get(address) if address is not None else None
        if address is not None and background is None and fetched < MAX_BACKGROUNDS:
            fetched += 1
            background = fetch_background(api_root, address)
        layout = StoredLayout(
            key=str(ident), origin="pretix", form=form,
            name=name[:190] if isinstance(name, str) else "",
            is_default=entry.get("default") is True,
            background_url=address, background=background,
        )  # fmt: skip
        stored.append(layout)
    return stored


def download_badge_layouts(
    client: PretixClient, store: Store, event_id: str, slug: str
) -> int | None:
    """Replace the event's held layouts with the server's; how many were kept, None when the
    server did not give them (the held ones stay)."""
    try:
        answer = client.badge_layouts(slug)
        assignments = client.badge_items(slug)
    except ApiError as exc:
        log.info("badge layouts of %s not downloaded: %s", slug, exc)
        return None
    with store.read() as conn:
        held = badge_layouts.backgrounds(conn, event_id)
    layouts = stored_layouts(client.api, answer, held)
    known = {layout.key for layout in layouts}
    tickets: dict[int, str | None] = {}
    for entry in assignments:
        item = usable_id(entry.get("item"))
        layout = usable_id(entry.get("layout"))
        if item is None:
            continue
        if layout is None:
            tickets[item] = None  # the organizer chose "no badge" for this product
        elif str(layout) in known:
            tickets[item] = str(layout)
    with store.write() as conn:
        return badge_layouts.replace_layouts(conn, event_id, layouts, tickets)
