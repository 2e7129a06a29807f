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


# Months named in words ("tháng Năm", "tháng Mười Hai", "THÁNG SÁU NĂM 2024") read as their numbers. A lower-case
# word is a month's only before its year ("tháng năm năm 2024"): "tháng sau" is the next month, "tháng, năm" a date's
# parts. "tháng Giêng", "tháng Chạp" are the lunar calendar's and stay words.
_MONTH_WORDS = {
    "mười một": 11,
    "mười hai": 12,
    "mười": 10,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
}
_WORD_ALTERNATIVES = "|".join(_MONTH_WORDS)
# The words of a month in a pattern of the text as written (matched with re.IGNORECASE).
MONTH_IN_WORDS = "(?:" + "|".join(word.replace(" ", r"\s+") for word in _MONTH_WORDS) + ")"
_BEFORE_A_YEAR = r"(?=\s*(?:(?i:năm)\s+|/\s*)(?:19|20)\d{2}\b)"
_A_YEAR_AFTER = re.compile(_BEFORE_A_YEAR)
_NAMED = "|".join(["Mười Một", "Mười Hai", *(word[0].upper() + word[1:] for word in _MONTH_WORDS)])
_MONTH_IN_WORDS = re.compile(
    # (not a name: "Cách mạng tháng Tám")
    rf"(?<!(?i:mạng) )\b(?P<thang>(?i:tháng))\s+"
    rf"(?:(?P<named>{_NAMED})\b|(?P<dated>(?i:{_WORD_ALTERNATIVES}))\b{_BEFORE_A_YEAR})"
)


# "9 tháng", "sáu tháng": a count of months, whatever word follows ("Thực hiện 9 tháng Năm 2025": "năm", the year).
# (not a day's number: "ngày 03 tháng Sáu năm 2024")
_A_COUNT_OF_MONTHS = re.compile(
    r"(?:(?<!ngày )(?<!ngày  )\b\d{1,2}|\b(?:ba|sáu|chín|mười|mấy|vài|các|những))\s*$", re.IGNORECASE
)
# "Tổng khởi nghĩa Tháng Tám", "chương trình “Tháng Ba biên giới”": "Tháng" written with its capital inside a
# sentence, or after a quotation mark, opens a name (not before its year: "Riêng trong Tháng Sáu năm 2024").
_INSIDE_A_SENTENCE = re.compile(r"(?:[^\W\d_]|[\"“'‘])[ \t]*\Z")
# "tháng Năm 2025": "Năm" may head the year itself (a header "Tháng | Năm 2025" read as one line).
_A_YEAR_NEXT = re.compile(r"\s*(?:19|20)\d{2}\b")


def _with_month_numbers(text: str) -> str:
    def number(match: re.Match) -> str:
        word = (match.group("named") or match.group("dated")).lower()
        if (
            _A_COUNT_OF_MONTHS.search(text, 0, match.start())
            or (word == "năm" and _A_YEAR_NEXT.match(text, match.end()))
            or (
                match.group("thang") == "Tháng"
                and _INSIDE_A_SENTENCE.search(text, 0, match.start())
                and not _A_YEAR_AFTER.match(text, match.end())
            )
        ):
            return match.group()
        return f"{match.group('thang')} {_MONTH_WORDS[word]}"

    return _MONTH_IN_WORDS.sub(number, text)


# A register repeats its countries, kinds and units on every row, and a load compares each cell
# with the header vocabulary and the codelists many times: each string is normalised once.
@lru_cache(maxsize=1 << 16)
def _normalized(text: str) -> str:
    if "háng" in text or "HÁNG" in text:
        text = _with_month_numbers(text)
    return _NON_ALNUM.sub(" ", strip_diacritics(text).lower()).strip()
