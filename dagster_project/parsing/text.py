"""Normalisation of Vietnamese labels so that headers and names compare reliably."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def strip_diacritics(text: str) -> str:
    """Remove Vietnamese tone and vowel marks; 'đ' has no decomposition so it is mapped by hand."""
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
    text = strip_diacritics(str(value)).lower()
    return _NON_ALNUM.sub(" ", text).strip()
