"""What a badge shows and where: sizes, fields, layouts (pure data, no Qt).

A layout is a page of one badge size with fields stacked from top to bottom, each centred (or
aligned) between its margins: the shape of the Open Event server's badge forms, which are a
column of text fields and a QR field with margins in millimetres. A field may instead carry an
absolute box (pretix layouts place every area by its corner and width). The QR field takes the
height the text fields leave, so a long name never pushes the code off the badge.

A field may be rotated (degrees, clockwise, as CSS `rotate()` and pretix's `rotation` mean it):
a field of the column turns about the centre of its place (the Open Event server's HTML does
that: the rotation never moves the fields below), a field with a box about the box's top-left
corner (libpretixprint turns an area about its anchor). A layout may carry a background: an
image, or a PDF whose first page is drawn under the fields (pretix's badge backgrounds).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from enum import StrEnum

# Anything from a server is bounded before it reaches the painter.
MAX_TEXT_CHARS = 200
MAX_FIELDS = 30
MIN_FONT_PT = 4.0
MAX_FONT_PT = 200.0
MAX_MARGIN_MM = 100.0


@dataclass(frozen=True, slots=True)
class BadgeSize:
    key: str
    label: str  # English name; the settings page shows it as is (a product name)
    width_mm: float
    height_mm: float


# Common label and badge-insert sizes, and A6 (a quarter of A4, for office printers).
BADGE_SIZES: tuple[BadgeSize, ...] = (
    BadgeSize("a6", "A6 (105 × 148 mm)", 105.0, 148.0),
    BadgeSize("4x3in", "4 × 3 in badge insert (102 × 76 mm)", 101.6, 76.2),
    BadgeSize("cr80", "Card CR80 (86 × 54 mm)", 85.6, 54.0),
    BadgeSize("62x100", "Label roll 62 × 100 mm", 62.0, 100.0),
    BadgeSize("54x101", "Label 54 × 101 mm", 54.0, 101.0),
)
DEFAULT_SIZE = BADGE_SIZES[1]


def size_by_key(key: str) -> BadgeSize:
    """The size of that key, the default size for an unknown one (an old settings file)."""
    return next((s for s in BADGE_SIZES if s.key == key), DEFAULT_SIZE)


class FieldKind(StrEnum):
    TEXT = "text"
    QR = "qr"


class Align(StrEnum):
    CENTER = "center"
    LEFT = "left"  # the start of the line: right for a right-to-left name
    RIGHT = "right"


class TextCase(StrEnum):
    AS_IS = ""
    UPPER = "upper"
    LOWER = "lower"
    CAPITALIZE = "capitalize"


# What a field can show, by key. A layout from a server names them its own way; its parser maps
# those names to these keys.
CONTENT_KEYS: tuple[str, ...] = (
    "name",
    "firstname",
    "lastname",
    "company",
    "job_title",
    "ticket",
    "email",
    "code",
    "event",
)


@dataclass(frozen=True, slots=True)
class Box:
    """An absolute area on the badge, from its top-left corner, in millimetres."""

    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float


@dataclass(frozen=True, slots=True)
class BadgeField:
    kind: FieldKind
    source: str = "name"  # a CONTENT_KEYS key; unknown keys show `text`
    text: str = ""  # fixed text (a label the organizer typed), or the fallback of `source`
    font_pt: float = 12.0
    bold: bool = False
    color: str = "#000000"
    case: TextCase = TextCase.AS_IS
    align: Align = Align.CENTER
    margin_top_mm: float = 1.0
    margin_bottom_mm: float = 1.0
    margin_left_mm: float = 3.0
    margin_right_mm: float = 3.0
    box: Box | None = None  # absolute placement; None: stacked in the column
    rotation_deg: float = 0.0  # clockwise; see the module text for the pivot


@dataclass(frozen=True, slots=True)
class BadgeLayout:
    name: str
    size: BadgeSize
    fields: tuple[BadgeField, ...]
    background: str = "#ffffff"
    origin: str = "default"  # "default", "openevent", "pretix": where it came from
    # PNG/JPEG/PDF bytes drawn over the whole badge under the fields (checked when drawn).
    background_image: bytes | None = None

    def with_size(self, size: BadgeSize) -> BadgeLayout:
        return replace(self, size=size)


def default_layout(size: BadgeSize = DEFAULT_SIZE) -> BadgeLayout:
    """Name large, company, ticket type, then a QR of the attendee's code in what is left.
    Font sizes follow the badge's short side so a card and an A6 page both read well."""
    scale = min(size.width_mm, size.height_mm) / 76.0
    return BadgeLayout(
        name="Default",
        size=size,
        fields=(
            BadgeField(FieldKind.TEXT, "name", font_pt=30 * scale, bold=True, margin_top_mm=4),
            BadgeField(FieldKind.TEXT, "company", font_pt=15 * scale),
            BadgeField(FieldKind.TEXT, "ticket", font_pt=11 * scale, color="#444444"),
            BadgeField(FieldKind.QR, "code", margin_top_mm=2, margin_bottom_mm=3),
        ),
    )


@dataclass(frozen=True, slots=True)
class BadgeContent:
    """The attendee's values a badge can show (already read from the store)."""

    firstname: str = ""
    lastname: str = ""
    company: str = ""
    job_title: str = ""
    ticket: str = ""
    email: str = ""
    code: str = ""
    event: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def value(self, key: str) -> str | None:
        """The value for a content key, None when the key is not one this app knows."""
        if key == "name":
            return f"{self.firstname} {self.lastname}".strip()
        if key in CONTENT_KEYS:
            return str(getattr(self, key))
        return self.extra.get(key)


def bounded(text: str) -> str:
    """One line of at most MAX_TEXT_CHARS, without control characters (a name from a server
    may hold anything; a newline or a bidi override must not rearrange the badge)."""
    kept = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
        for ch in text
        if unicodedata.category(ch) != "Cf" or ch in "\u200c\u200d"  # ZWNJ/ZWJ shape scripts
    )
    return " ".join(kept.split())[:MAX_TEXT_CHARS]


def field_text(badge_field: BadgeField, content: BadgeContent) -> str:
    value = content.value(badge_field.source)
    text = bounded(badge_field.text if value is None else value)
    if badge_field.case is TextCase.UPPER:
        return text.upper()
    if badge_field.case is TextCase.LOWER:
        return text.lower()
    if badge_field.case is TextCase.CAPITALIZE:
        return text.title()
    return text


def is_right_to_left(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Hebrew, Arabic):
    the paragraph rule of the Unicode bidi algorithm (P2, P3)."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
