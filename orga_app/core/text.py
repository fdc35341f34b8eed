"""Text folding for search: case- and accent-insensitive, so "muller" finds "Müller"."""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into base letter + accent, folded by hand.
_SPECIAL = str.maketrans(
    {
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ß": "ss",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ı": "i",
        "ħ": "h",
        "Ħ": "h",
    }
)


def fold(text: str) -> str:
    """Lower-case, strip accents, collapse white space."""
    if text.isascii():  # most e-mails, codes and many names: skip Unicode decomposition
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())
