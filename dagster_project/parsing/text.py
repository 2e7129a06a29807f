"""Normalisation of Vietnamese labels so that headers and names compare reliably."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def _decomposed_without_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return without_marks.replace("đ", "d").replace("Đ", "D")


# The letters of Vietnamese (and the rest of Latin-1 and Latin Extended) mapped once to their bare
# letters, and the combining marks to nothing: the same result as decomposing each string, in one pass.
_BARE_LETTERS = {
    code: _decomposed_without_marks(chr(code))
    for code in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]
    if _decomposed_without_marks(chr(code)) != chr(code)
} | {code: None for code in range(0x0300, 0x0370) if unicodedata.combining(chr(code))}


def strip_diacritics(text: str) -> str:
    """Remove Vietnamese tone and vowel marks; 'đ' has no decomposition so it is mapped by hand."""
    if text.isascii():  # nothing to decompose or map (NFKD leaves ASCII as it is)
        return text
    translated = text.translate(_BARE_LETTERS)
    # (anything else outside ASCII, "²" or a ligature, still decomposes the slow way)
    return translated if translated.isascii() else _decomposed_without_marks(translated)


def normalize_label(value: object) -> str:
    """Case-, diacritic-, punctuation- and whitespace-insensitive form of a header or name.

    >>> normalize_label("  Số  thành viên (người) ")
    'so thanh vien nguoi'
    """
    if value is None:
        return ""
    return _normalized(value if isinstance(value, str) else str(value))


# A register repeats its countries, kinds and units on every row, and a load compares each cell
# with the header vocabulary and the codelists many times: each string is normalised once.
@lru_cache(maxsize=1 << 16)
def _normalized(text: str) -> str:
    return _NON_ALNUM.sub(" ", strip_diacritics(text).lower()).strip()
