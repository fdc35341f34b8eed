"""Text folding for search: case- and accent-insensitive, so "muller" finds "Müller"."""

from __future__ import annotations

import functools
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


class _CombiningMarks(dict[int, int | None]):
    """A translate table deleting every combining mark of the Basic Multilingual Plane, filled
    in as characters come: str.translate looks each one up in C, and only a character seen for
    the first time asks unicodedata (a per-character Python test made folding the slowest part
    of a 100,000-row download). Building the whole table up front cost 8-20 ms, paid by the
    first search with an accented name, on the attendee page's keystroke (bench_search.py)."""

    def __missing__(self, cp: int) -> int | None:
        kept: int | None = None if cp < 0x10000 and unicodedata.combining(chr(cp)) else cp
        self[cp] = kept
        return kept


_COMBINING_MARKS = _CombiningMarks()


def _combining_marks() -> _CombiningMarks:
    return _COMBINING_MARKS


def fold(text: str) -> str:
    """Lower-case, strip accents, collapse white space."""
    if text.isascii():  # most e-mails, codes and many names: skip Unicode decomposition
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return " ".join(decomposed.translate(_combining_marks()).casefold().split())


@functools.lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """`fold` for values that repeat a lot (first and last names)."""
    return fold(text)
