"""Normalisation of Vietnamese labels so that headers and names compare reliably."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def strip_diacritics(text: str) -> str:
    """Remove Vietnamese tone and vowel marks; 'đ' has no decomposition so it is mapped by hand."""
    if text.isascii():  # nothing to decompose or map (NFKD leaves ASCII as it is)
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return without_marks.replace("đ", "d").replace("Đ", "D")


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
