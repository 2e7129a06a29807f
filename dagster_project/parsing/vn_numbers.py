"""Vietnamese number and amount formats.

Departmental files write ``1.150.000`` (dot = thousands), ``10.206,452`` (comma = decimal),
``2,2 tỷ`` and compound forms such as ``2 tỷ 600 triệu kíp``. No library reads these, so
this module does, and refuses anything it cannot read with certainty.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from dagster_project.parsing.text import normalize_label

SCALE_WORDS: dict[str, Decimal] = {
    "nghin": Decimal(10) ** 3,
    "ngan": Decimal(10) ** 3,
    "trieu": Decimal(10) ** 6,
    "ty": Decimal(10) ** 9,
    "ti": Decimal(10) ** 9,
}

# Normalised spelling -> ISO 4217 code.
CURRENCY_ALIASES: dict[str, str] = {
    "vnd": "VND",
    "dong": "VND",
    "d": "VND",
    "usd": "USD",
    "do la my": "USD",
    "do la": "USD",
    "dola": "USD",
    "lak": "LAK",
    "kip": "LAK",
    "kip lao": "LAK",
    "krw": "KRW",
    "won": "KRW",
    "jpy": "JPY",
    "yen": "JPY",
    "yen nhat": "JPY",
    "eur": "EUR",
    "euro": "EUR",
    "thb": "THB",
    "bat": "THB",
    "baht": "THB",
    "cny": "CNY",
    "nhan dan te": "CNY",
    "aud": "AUD",
}

QUALIFIER_WORDS: dict[str, str] = {
    "gan": "approx",
    "khoang": "approx",
    "uoc": "approx",
    "uoc dat": "approx",
    "xap xi": "approx",
    "tren": "over",
    "hon": "over",
    "hon nua": "over",
    "duoi": "under",
    "chua den": "under",
    "chinh xac": "exact",
    "exact": "exact",
    "approx": "approx",
    "over": "over",
    "under": "under",
}

_PLAIN_NUMBER = re.compile(r"^\d+$")
_THOUSANDS_DOTS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_THOUSANDS_DOTS_DECIMAL_COMMA = re.compile(r"^\d{1,3}(\.\d{3})*,\d+$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d+$")
_DECIMAL_DOT = re.compile(r"^\d+\.\d{1,2}$|^\d+\.\d{4,}$")
_THOUSANDS_COMMAS = re.compile(r"^\d{1,3}(,\d{3}){2,}$")
_NUMBER_TOKEN = re.compile(r"\d[\d.,]*")
# One separator followed by exactly three digits: "120,000" is 120 000 in English usage and
# 120 in Vietnamese; "1.500" the other way round. Only the rest of the column can tell.
_ONE_GROUP = re.compile(r"^\d{1,3}[.,]\d{3}$")
_ENGLISH_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_ENGLISH_DECIMAL = re.compile(r"^\d+\.\d+$")
_VIETNAMESE_EVIDENCE = (
    re.compile(r"^\d{1,3}(\.\d{3}){2,}(,\d+)?$"),  # 1.250.000
    re.compile(r"^\d{1,3}(\.\d{3})+,\d+$"),  # 1.250,5
    re.compile(r"^\d+,(\d{1,2}|\d{4,})$"),  # 2,5
)
_ENGLISH_EVIDENCE = (
    re.compile(r"^\d{1,3}(,\d{3}){2,}(\.\d+)?$"),  # 1,250,000
    re.compile(r"^\d{1,3}(,\d{3})+\.\d+$"),  # 1,250.5
    re.compile(r"^\d+\.(\d{1,2}|\d{4,})$"),  # 2.5
)


class NumberFormatError(ValueError):
    """Raised with a human-readable reason when a value is not a number we can trust."""


class AmbiguousSeparatorError(NumberFormatError):
    """A number whose one separator can be read as thousands or as decimals; both readings kept."""

    def __init__(self, token: str, readings: tuple[Decimal, Decimal]):
        self.token = token
        self.readings = readings
        super().__init__(
            f"'{token}' can be read as {readings[0]} (thousands separator) or as {readings[1].normalize():f} "
            "(decimal mark); write it without the separator, or so that the rest of the column shows which is meant"
        )


def separator_convention(values: list[object]) -> str | None:
    """'vi' (1.250.000 / 2,5) or 'en' (1,250,000 / 2.5) when the written numbers of a column
    use one convention only; None when they show none or both. Before a scale word only a
    decimal comma counts (``3,4 triệu`` is Vietnamese through and through), not a decimal point:
    clerks who write thousands with dots still write ``1.5 tỷ``."""
    seen = set()
    for value in values:
        if not isinstance(value, str):
            continue
        text = value.replace("\u00a0", " ")
        for match in _NUMBER_TOKEN.finditer(text):
            following = normalize_label(text[match.end() :]).split()
            before_scale = bool(following) and following[0] in SCALE_WORDS
            token = match.group().rstrip(".,")
            if any(pattern.match(token) for pattern in _VIETNAMESE_EVIDENCE):
                seen.add("vi")
            if not before_scale and any(pattern.match(token) for pattern in _ENGLISH_EVIDENCE):
                seen.add("en")
    return seen.pop() if len(seen) == 1 else None


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str | None = None
    qualifier: str = "exact"
    unit_text: str | None = None


def has_thousand_dots(token: str) -> bool:
    """ "1.250", "12.500.000": a whole number whose thousands a dot sets apart, as Vietnamese writes it."""
    return _THOUSANDS_DOTS.match(token) is not None


def parse_number_token(token: str, convention: str | None = "vi") -> Decimal:
    """Read one written number: ``1.150.000``, ``10.206,452``, ``2,2``, ``09``, ``3.4``.

    ``convention`` says how the text around it writes numbers. ``"vi"`` (running text in
    Vietnamese): a dot followed by exactly three digits is a thousands separator and a comma
    the decimal mark, so a single ``1,234`` is 1.234. ``"en"``: the other way round. ``None``
    (a cell whose column shows neither): a single ``1,234`` or ``1.234`` is refused with both
    readings (:class:`AmbiguousSeparatorError`). ``1,234,567`` and ``1.234.567`` are whole
    numbers under every convention.
    """
    token = token.strip().replace("\u00a0", "").replace(" ", "")
    if not token:
        raise NumberFormatError("empty number")
    if _PLAIN_NUMBER.match(token):
        return Decimal(token)
    if _ONE_GROUP.match(token) and convention != "vi":
        thousands, decimal = Decimal(token.replace(",", "").replace(".", "")), Decimal(token.replace(",", "."))
        if convention is None:
            raise AmbiguousSeparatorError(token, (thousands, decimal))
        return thousands if "," in token else decimal
    if convention == "en" and (_ENGLISH_THOUSANDS.match(token) or _ENGLISH_DECIMAL.match(token)):
        return Decimal(token.replace(",", ""))
    if _THOUSANDS_DOTS.match(token):
        return Decimal(token.replace(".", ""))
    if _THOUSANDS_DOTS_DECIMAL_COMMA.match(token) or _DECIMAL_COMMA.match(token):
        return Decimal(token.replace(".", "").replace(",", "."))
    if _THOUSANDS_COMMAS.match(token):
        return Decimal(token.replace(",", ""))
    if _DECIMAL_DOT.match(token):
        return Decimal(token)
    raise NumberFormatError(f"'{token}' is not a number in a known format")


def _qualifier_prefix(words: str) -> str | None:
    words = words.strip()
    if not words:
        return None
    if words in QUALIFIER_WORDS:
        return QUALIFIER_WORDS[words]
    raise NumberFormatError(f"unexpected words '{words}' before the number")


def parse_currency(text: object) -> str:
    """Map a currency as written (``kíp``, ``đồng``, ``USD``) to its ISO 4217 code."""
    key = normalize_label(text)
    if key in CURRENCY_ALIASES:
        return CURRENCY_ALIASES[key]
    raise NumberFormatError(f"unknown currency '{text}'")


def parse_qualifier(text: object) -> str:
    """Map a qualifier note (``gần``, ``trên``, ``hơn``, empty) to exact/approx/over/under."""
    key = normalize_label(text)
    if not key:
        return "exact"
    if key in QUALIFIER_WORDS:
        return QUALIFIER_WORDS[key]
    first_word = key.split(" ")[0]
    if first_word in QUALIFIER_WORDS:
        return QUALIFIER_WORDS[first_word]
    raise NumberFormatError(f"unknown qualifier '{text}' (expected gần, trên, hơn, dưới or empty)")


def parse_amount(value: object, convention: str | None = "vi") -> Amount:
    """Read a cell or phrase holding one amount.

    Accepts numbers from the spreadsheet as they are, and text such as ``1.150.000``,
    ``trên 1.150.000 USD``, ``2,2 tỷ``, ``2 tỷ 600 triệu kíp``, ``10.206,452 tỷ đồng``.
    """
    if value is None:
        raise NumberFormatError("empty value")
    if isinstance(value, bool):
        raise NumberFormatError(f"'{value}' is a boolean, not a number")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            raise NumberFormatError(f"'{value}' is not a finite number")
        # repr() of a float is the shortest exact round-trip, so 0.1 stays 0.1.
        return Amount(Decimal(repr(value)) if isinstance(value, float) else Decimal(value))
    if isinstance(value, Decimal):
        return Amount(value)

    text = str(value).strip()
    if not text:
        raise NumberFormatError("empty value")
    if text.startswith("-"):
        raise NumberFormatError(f"'{text}' is negative")

    tokens = list(_NUMBER_TOKEN.finditer(text))
    if not tokens:
        raise NumberFormatError(f"'{text}' contains no number")

    qualifier = _qualifier_prefix(normalize_label(text[: tokens[0].start()])) or "exact"
    total = Decimal(0)
    currency: str | None = None
    unit_text: str | None = None
    previous_scale: Decimal | None = None
    for index, match in enumerate(tokens):
        number = parse_number_token(match.group().rstrip(".,"), convention)
        end = tokens[index + 1].start() if index + 1 < len(tokens) else len(text)
        trailing = normalize_label(text[match.end() : end])
        words = trailing.split()
        scale = Decimal(1)
        if words and words[0] in SCALE_WORDS:
            scale = SCALE_WORDS[words.pop(0)]
        if previous_scale is not None and scale >= previous_scale:
            raise NumberFormatError(f"'{text}' has two numbers that are not one compound amount")
        if index + 1 < len(tokens) and (words or scale == 1):
            raise NumberFormatError(f"'{text}' holds more than one figure")
        previous_scale = scale
        total += number * scale
        if words:
            written = " ".join(words)
            if written in CURRENCY_ALIASES:
                currency = CURRENCY_ALIASES[written]
            else:
                unit_text = written
    return Amount(total, currency, qualifier, unit_text)


def parse_count(value: object, convention: str | None = "vi") -> int:
    """A whole, non-negative count (``09``, ``1.100``, 12.0)."""
    amount = parse_amount(value, convention)
    if amount.value != amount.value.to_integral_value():
        raise NumberFormatError(f"'{value}' is not a whole number")
    return int(amount.value)


# Counts written in words, up to 99, read without diacritics (so "mười" and "mươi" are both
# "muoi": the place tells them apart). After the tens a unit may take another form ("mốt",
# "tư", "lăm"); "năm" is five only inside a compound: alone it is far more often "year".
_UNITS_IN_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "sau": 6, "bay": 7, "tam": 8, "chin": 9}
_UNITS_IN_COMPOUNDS = {**_UNITS_IN_WORDS, "nam": 5, "lam": 5}


def count_in_words(words: list[str], five_alone: bool = False) -> int | None:
    """The count a run of Vietnamese number words writes ("hai" 2, "mười hai" 12, "hai mươi
    mốt" 21, "ba mươi tư" 34, "năm trăm" 500, "hai trăm linh năm" 205, "tám nghìn" 8000), given the
    words without diacritics; None for a run that is not one count. "năm" alone is five only where the
    caller knows it is no year (``five_alone``: "05 (năm)", "năm tỷ đồng")."""
    if not words:
        return None
    if five_alone and words == ["nam"]:
        return 5
    for thousand in ("nghin", "ngan"):
        if thousand in words:
            at = words.index(thousand)
            above = _hundreds_in_words(words[:at])
            below = _hundreds_in_words(words[at + 1 :]) if words[at + 1 :] else 0
            return above * 1000 + below if above and below is not None and below < 1000 else None
    return _hundreds_in_words(words)


_DIGIT_WORDS = {**_UNITS_IN_COMPOUNDS, "khong": 0, "linh": 0, "tu": 4}


def scaled_number_in_words(words: list[str]) -> Decimal | None:
    """The number before a scale word ("triệu", "tỷ"), in words, a decimal comma spoken as "phẩy" ("một phẩy chín"
    1.9, "hai phẩy không năm" 2.05, "ba phẩy hai mươi lăm" 3.25); None for a run that is not one number."""
    if "phay" not in words:
        value = count_in_words(words, five_alone=True)
        return None if value is None else Decimal(value)
    at = words.index("phay")
    whole = count_in_words(words[:at], five_alone=True) if words[:at] != ["khong"] else 0
    fraction = words[at + 1 :]
    if whole is None or not fraction:
        return None
    # (digit by digit, "không năm" 05; or one count, "hai mươi lăm" 25)
    digits = [_DIGIT_WORDS.get(word) for word in fraction]
    if None in digits or (len(fraction) > 1 and "muoi" in fraction):
        counted = count_in_words(fraction, five_alone=True)
        if counted is None:
            return None
        decimals = str(counted)
    else:
        decimals = "".join(str(digit) for digit in digits)
    return Decimal(f"{whole}.{decimals}")


def _hundreds_in_words(words: list[str]) -> int | None:
    """A count below a thousand, in words ("năm trăm", "hai trăm linh năm", "ba trăm hai mươi")."""
    if "tram" not in words:
        return _tens_in_words(words)
    at = words.index("tram")
    hundreds = _UNITS_IN_COMPOUNDS.get(words[0]) if at == 1 else None
    rest = words[at + 1 :]
    if not hundreds:
        return None
    if not rest:
        return hundreds * 100
    if rest[0] in ("linh", "le") and len(rest) == 2:
        unit = {**_UNITS_IN_COMPOUNDS, "tu": 4}.get(rest[1])
        return hundreds * 100 + unit if unit else None
    tens = _tens_in_words(rest)
    return hundreds * 100 + tens if tens is not None and tens >= 10 else None


def _tens_in_words(words: list[str]) -> int | None:
    if not words:
        return None
    if len(words) == 1:
        return 10 if words[0] == "muoi" else _UNITS_IN_WORDS.get(words[0])
    if words[0] == "muoi":
        unit = _UNITS_IN_COMPOUNDS.get(words[1]) if len(words) == 2 else None
        return 10 + unit if unit else None
    tens = _UNITS_IN_COMPOUNDS.get(words[0])
    if not tens or tens == 1 or words[1] != "muoi" or len(words) > 3:
        return None
    if len(words) == 2:
        return tens * 10
    unit = {**_UNITS_IN_COMPOUNDS, "tu": 4}.get(words[2])
    return tens * 10 + unit if unit else None


NUMBER_WORD = r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|linh|lẻ)"
# "mười một (11) đoàn", "một triệu bốn trăm nghìn (1.400.000) USD": a number in words, then its digits in brackets.
_WORDS_THEN_DIGITS = re.compile(
    rf"(?P<words>(?:\b(?:{NUMBER_WORD}|triệu|tỷ)\s+)+)"
    r"\((?P<digits>\s*\d[\d.,]*\s*)\)",
    re.IGNORECASE,
)
_SCALES_IN_WORDS = (("ty", 10**9), ("trieu", 10**6))


def _value_in_words(words: list[str]) -> int | None:
    """The value a run of number words writes, over "tỷ" and "triệu" too ("một triệu bốn trăm nghìn" 1,400,000)."""
    total = 0
    for scale_word, scale in _SCALES_IN_WORDS:
        if scale_word in words:
            at = words.index(scale_word)
            count = count_in_words(words[:at], five_alone=True)
            if count is None:
                return None
            total, words = total + count * scale, words[at + 1 :]
    rest = count_in_words(words, five_alone=True) if words else 0
    return None if rest is None else total + rest


def without_restating_words(text: str) -> str:
    """The text with each number written in words before its digits in brackets blanked, words and brackets (the same
    length: offsets hold)."""
    return _WORDS_THEN_DIGITS.sub(_digits_for_their_words, text)


def _digits_for_their_words(match: re.Match) -> str:
    """The digits alone, in the words' and brackets' place (blanked, so offsets hold), when both write one value; else
    the text as it was."""
    try:
        digits = parse_number_token(match.group("digits").strip())
    except NumberFormatError:
        return match.group()
    if _value_in_words(normalize_label(match.group("words")).split()) != digits:
        return match.group()
    return " " * len(match.group("words")) + " " + match.group("digits") + " "
