"""The event's badge forms, downloaded with its tickets so badges print offline with the
server's design (issue 12): the forms as the server sent them, which form each ticket names
(`badge-id`), and each form's background image, fetched once.

Badge forms are a nicety beside the attendee list: a server that refuses them (an account
without the right, an older server without the endpoint) or sends something broken leaves the
forms held before in place, and never fails the download of the attendees.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping

from orga_app.store import badge_layouts
from orga_app.store.badge_layouts import MAX_BACKGROUND_BYTES, MAX_FORM_CHARS, StoredLayout
from orga_app.store.db import Store
from orga_app.sync.errors import ApiError
from orga_app.sync.openevent.client import OpenEventClient
from orga_app.sync.openevent.records import TicketRecord
from orga_app.sync.transport import AnswerLimits

log = logging.getLogger("orga_app.sync")

IMAGE_LIMITS = AnswerLimits(deadline=20.0, max_body_bytes=MAX_BACKGROUND_BYTES)
# What a background must start with to be kept: PNG, JPEG (the form editor's uploads).
IMAGE_MAGICS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
MAX_IMAGES = 20


def _attr(form: Mapping[str, object], name: str) -> object:
    return form.get(name, form.get(name.replace("-", "_")))


def _image(client: OpenEventClient, url: str) -> bytes | None:
    try:
        data = client.fetch_public_file(url, IMAGE_LIMITS)
    except ApiError as exc:
        log.info("badge background not fetched: %s", type(exc).__name__)
        return None
    return data if data.startswith(IMAGE_MAGICS) else None


def stored_forms(
    client: OpenEventClient, forms: Iterable[Mapping[str, object]], held: Mapping[str, bytes]
) -> list[StoredLayout]:
    """Each usable form with its background: the one held for that address, or fetched now."""
    stored: dict[str, StoredLayout] = {}
    fetched = 0
    for form in forms:
        key = _attr(form, "badge-id")
        text = json.dumps(form, ensure_ascii=False)
        if not isinstance(key, str) or not key or len(text) > MAX_FORM_CHARS or key in stored:
            continue
        url = _attr(form, "badge-image-url")
        url = url[:2000] if isinstance(url, str) and url.strip() else None
        image = held.get(url) if url is not None else None
        if url is not None and image is None and fetched < MAX_IMAGES:
            fetched += 1
            image = _image(client, url)
        stored[key] = StoredLayout(
            key=key[:100], origin="openevent", form=text, name=key[:100],
            background_url=url, background=image,
        )  # fmt: skip
    return list(stored.values())


def download_badge_forms(
    client: OpenEventClient, store: Store, event_id: str, tickets: Iterable[TicketRecord]
) -> int | None:
    """Replace the event's held forms with the server's; the number kept, None when the
    server did not give them (the held ones stay)."""
    try:
        forms = client.badge_forms(event_id)
    except ApiError as exc:
        log.info("badge forms of event %s not downloaded: %s", event_id, exc)
        return None
    with store.read() as conn:
        held = badge_layouts.backgrounds(conn, event_id)
    layouts = stored_forms(client, forms, held)
    known = {layout.key for layout in layouts}
    assigned = {t.id: t.badge_id for t in tickets if t.badge_id in known}
    with store.write() as conn:
        return badge_layouts.replace_layouts(conn, event_id, layouts, assigned)
