"""The layout a badge prints with: the server's layout for the attendee's ticket type where the
event has one (kept in the store by the download, parsed here), else the door's own.

Parsing is cheap but a background PDF's page size is read with QtPdf, so parsed layouts are
kept for the stored bytes they came from: a busy door parses each layout once.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from typing import Any

from orga_app.badges import background
from orga_app.badges.layout import BadgeLayout, BadgeSize
from orga_app.badges.openevent_forms import layout_from_form
from orga_app.badges.pretix_layouts import layout_from_pretix
from orga_app.store.badge_layouts import LayoutChoice, StoredLayout

log = logging.getLogger("orga_app.badges")


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


@lru_cache(maxsize=32)
def parse(stored: StoredLayout, fallback: BadgeSize) -> BadgeLayout | None:
    """The stored server layout as the door draws it; None when it has nothing printable (the
    door's own layout prints instead)."""
    data = _json(stored.form)
    if stored.origin == "openevent" and isinstance(data, dict):
        return layout_from_form(data, fallback, stored.background)
    if stored.origin == "pretix" and isinstance(data, list):
        page = background.pdf_page_mm(stored.background)
        return layout_from_pretix(data, stored.name, page, stored.background)
    log.warning("badge layout %r of %s cannot be read", stored.key[:40], stored.origin)
    return None


def layout_for(choice: LayoutChoice, own: BadgeLayout, use_server: bool = True) -> BadgeLayout:
    """The layout to print with: the server's for the ticket type when there is one (and the
    door uses server layouts), else the door's own at its chosen size."""
    if not use_server or choice.layout is None:
        return own
    return parse(choice.layout, own.size) or own
