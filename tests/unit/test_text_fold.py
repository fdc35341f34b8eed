"""Search folding (core/text.py): its table of combining marks is filled in as characters come,
and must fold every character exactly as the full table built up front did."""

from __future__ import annotations

import unicodedata

from orga_app.core import text
from orga_app.core.text import fold

# The table the lazy one replaced: every code point below 0x10000 with a combining class.
EAGER = {cp: None for cp in range(0x10000) if unicodedata.combining(chr(cp))}


def eager_fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.translate(text._SPECIAL))
    return " ".join(decomposed.translate(EAGER).casefold().split())


def test_every_character_of_the_bmp_folds_as_with_the_full_table() -> None:
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp < 0xE000:
            continue  # surrogates cannot stand alone in a str that SQLite or Qt would give
        value = f"x{chr(cp)}y"
        assert fold(value) == eager_fold(value), hex(cp)
    # and again, now that the lazy table holds them all (hits, not misses)
    assert fold("Ṡ̈ǅ") == eager_fold("Ṡ̈ǅ")


def test_accents_go_and_letters_stay() -> None:
    assert fold("Jürgen ØDEGAARD  Nguyễn Trần") == "jurgen odegaard nguyen tran"
    assert fold("山田 太郎") == "山田 太郎"
    assert fold("Łukasz Straße") == "lukasz strasse"
