"""Find the figures written in a Vietnamese sentence: ``36 đoàn``, ``gần 1.100 lưu học sinh``,
``trên 10.500 tỷ đồng``, ``2 tỷ 600 triệu kíp Lào``, ``3.009.681 lượt người/560.020 lượt
phương tiện``.

Numbers that are not figures are left out here: dates (``12/9``), document numbers
(``5028/UBND-TH``, ``36-NQ/TW``), ranges (``2-3 năm``), names (``Covid-19``), years after
``năm``, ordinals (``lần thứ 9``) and percentages. What a figure counts is decided later by
the indicator rules, from the unit noun read here and the words around it.

Footnote markers glued to a number (``14¹ đoàn``, ``14[2] đoàn``) are read past; a range
(``từ 15 - 20 đoàn``) is one quantity with both ends, never two figures; a count written in
words before a counted noun (``hai thỏa thuận``) is a figure like ``02 thỏa thuận``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from dagster_project.documents.partners import known_spellings
from dagster_project.documents.rules import read_unit
from dagster_project.parsing.text import normalize_label
from dagster_project.parsing.vn_numbers import (
    CURRENCY_ALIASES,
    NUMBER_WORD,
    QUALIFIER_WORDS,
    SCALE_WORDS,
    NumberFormatError,
    count_in_words,
    parse_number_token,
    scaled_number_in_words,
    without_restating_words,
)

# A number token with clean boundaries: not glued to letters, not part of a date, a document
# number ("27/KH-UBND"), a range ("2-3") or a name ("Covid-19").
_NUMBER = re.compile(r"(?<![\w.,\-–])(?<!\d/)(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\w/\-–%]|[.,]\d|\s*%)")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# A scale word right after a number: "1 tỷ", "220 triệu".
_SCALE_AFTER = re.compile(r"\s+(?:tỷ|tỉ|triệu)\b", re.IGNORECASE)
# "(bằng chữ: Bốn tỷ, sáu trăm bảy mươi lăm triệu đồng)": an amount restated in words, never a figure of its own.
_IN_WORDS = re.compile(r"\(\s*(?:viết\s+)?bằng\s+chữ\s*:[^()]*\)", re.IGNORECASE)
# A number of months right before a number ("lũy kế 6 tháng 07 …", "trong 9 tháng 12 đoàn"); not a day ("ngày 6 tháng").
_COUNT_OF_MONTHS_BEFORE = re.compile(
    r"(?:^|\b(?:luy ke|trong|sau|ca|tinh chung|cong don) )(?:\d{1,2}|ba|sau|chin) thang(?: (?:dau|cuoi) nam)? $"
)

# Words that make the number after them something other than a figure ("năm 2020", "số 27",
# "lần thứ 9", "thôn 3").
_NOT_A_FIGURE_AFTER_WORD = {
    "nam",
    "thang",
    "ngay",
    "quy",
    "so",
    "thu",
    "khoa",
    "muc",
    "dieu",
    "khoan",
    "chuong",
    "thon",
    "xom",
    "dot",
    "nq",
    "qd",
    "bc",
    "cv",
}
# The same words as written: without their marks they are also other words ("đúng mức 08 vụ việc"
# is not "mục 08", "Sở" is not "số", "thu" is not "thứ").
_NOT_A_FIGURE_AFTER_WRITTEN = {
    "năm",
    "tháng",
    "ngày",
    "quý",
    "số",
    "thứ",
    "khóa",
    "khoá",
    "mục",
    "điều",
    "khoản",
    "chương",
    "thôn",
    "xóm",
    "đợt",
    # (a resolution's, decision's, report's or letter's number: "Chỉ tiêu NQ 07", "theo QĐ 118", "ước tại BC 172",
    # "CV 45")
    "nq",
    "qđ",
    "bc",
    "cv",
}
_TIME_UNITS = {"nam", "thang", "ngay", "tuan", "gio", "phut", "quy"}
# (and the numbers of a document's own parts: "Trang chiếu 4", "Phụ lục 2", "Slide 5")
_NOT_A_FIGURE_AFTER_PHRASE = {
    "nhiem ky",
    "giai doan",
    "lan thu",
    "trang chieu",
    "phu luc",
    "ban chieu",
}
# A bare four-digit year after these is a year of a span ("từ 2014 đến 2020", "2014 – 2020").
_YEAR_AFTER_WORD = {"den", "tu", "va", "toi", "ky"}  # "cùng kỳ 2023": the year of the same period

BOUND = "bound"  # the qualifier of a count written as a bound ("không dưới", "tối đa")
_QUALIFIER_PHRASES = sorted(
    {
        **QUALIFIER_WORDS,
        "uoc dat tren": "over",
        "uoc tren": "over",
        "uoc dat hon": "over",
        "uoc khoang": "approx",
        "gan dat": "approx",
        "xap xi": "approx",
        "tren duoi": "approx",
        "chua toi": "under",
        "it hon": "under",
        # ("không dưới 40 đoàn", "ít nhất 20 hội thảo", "không quá 10": a bound the count may equal, which no
        # qualifier of the codelist says; read, then sent to review)
        "khong duoi": BOUND,
        "khong it hon": BOUND,
        "it nhat": BOUND,
        "toi thieu": BOUND,
        "khong qua": BOUND,
        "toi da": BOUND,
        "khong vuot qua": BOUND,
        "khong thap hon": BOUND,
        "khong cao hon": BOUND,
        "khong nhieu hon": BOUND,
        "it nhat la": BOUND,
        "toi thieu la": BOUND,
        "toi da la": BOUND,
    }.items(),
    key=lambda item: -len(item[0].split()),
)
# Currencies as the first words after the number (and scale); "kíp Lào" before "kíp". "đ" is
# left out: alone it is a symbol glued to a number in a table, never a word of a sentence.
_CURRENCY_PHRASES = sorted(
    ((phrase, code) for phrase, code in CURRENCY_ALIASES.items() if phrase != "d"),
    key=lambda item: -len(item[0].split()),
)
# "đồng" is also the first syllable of "đồng chí" (comrade) and "đồng bào" (compatriots).
_NOT_CURRENCY_AFTER_DONG = {"chi", "bao", "thoi", "hanh", "y", "tinh", "lua", "phuc"}


# Superscript digits and bracketed note numbers glued to a figure or a word are footnote markers
# ("14¹ đoàn", "41 đoàn[3]", "lượt khách(2)"); "m²", "km²" and "Điều 5(2)" are not.
# (and a mark in superscript brackets wherever it stands, "Tháng 9 ⁽¹⁾": the figure's clause reads its note,
# clause_figures.superscript_marks)
SUPERSCRIPT_MARK = r"⁽[⁰¹²³⁴-⁹]{1,2}⁾"
_FOOTNOTE_MARKER = re.compile(
    r"(?<=\w)(?<!\bm)(?<!\bkm)(?:[¹²³⁰-⁹]+|\[\d{1,2}\])|(?<=[^\W\d_])\(\d{1,2}\)(?!\w)|" + SUPERSCRIPT_MARK
)
# ("10 - 12 đoàn", "từ 5 đến 7 hội thảo", "3 tới 4 vụ", "10 cho đến 12": a range, written with a dash or with words)
_RANGE = re.compile(
    r"(?<![\w.,/\-–])(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:[-–]|\s(?:cho\s)?(?:đến|tới)\s)\s*(\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?![\w/\-–%]|[.,]\d)"
)
# Counts written in words ("hai thỏa thuận", "mười hai hồ sơ", "hai mươi mốt đoàn"): a run of
# number words, read whole (parsing/vn_numbers.count_in_words) or not at all.
# ("một phẩy chín triệu USD": a decimal comma spoken as "phẩy" between number words)
# ("không phẩy tám tỷ đồng": a whole part of none)
_WORD_NUMBER = re.compile(
    rf"(?<![\w])((?:không\s+ph[ẩả]y\s+)?{NUMBER_WORD}(?:\s+(?:ph[ẩả]y\s+)?(?:{NUMBER_WORD}|không))*)(?=\s+[^\W\d_])",
    re.IGNORECASE,
)
# A decimal comma spoken right before a run of number words: the run is no number of its own.
_AFTER_A_SPOKEN_COMMA = re.compile(r"\bph[ẩả]y\s*$", re.IGNORECASE)


# "(đoàn) 10", "(lượt người) gần 70.000": a clerk who writes the unit in brackets before the number
# (not after a number, "42 (đoàn) 156 (lượt người)", whose units follow their numbers; not onto a period's number,
# "(đoàn) 6 tháng đầu năm: 14")
_UNIT_BEFORE_NUMBER = re.compile(
    r"(?<![\d)]\s)(?<![\d)])\((?P<unit>[^\W\d_][^()\d]{0,24})\)\s(?P<qualifier>(?:gần|khoảng|trên|hơn|xấp xỉ)\s)?"
    r"(?P<number>\d[\d.,]*\d|\d)(?![\d/])(?!\s*(?:tháng|năm|quý|ngày|giờ|tuần)\b)",
    re.IGNORECASE,
)


def units_after_numbers(text: str) -> str:
    """The text with each unit written in brackets before its number moved after it ("(đoàn) 10" -> "10 đoàn  "), where
    the bracket holds a counted noun; every offset stays."""

    def moved(match: re.Match) -> str:
        unit = match.group("unit").strip()
        # (the bracket is the counted noun and nothing else: not "(lượt người, ước) 205.000")
        if read_unit(normalize_label(unit), None) != normalize_label(unit):
            return match.group()
        written = f"{match.group('qualifier') or ''}{match.group('number')} {unit}"
        return written + " " * (len(match.group()) - len(written))

    return _UNIT_BEFORE_NUMBER.sub(moved, text)


def blank_footnote_markers(text: str) -> str:
    """The text with footnote markers turned into spaces (offsets unchanged)."""
    return _FOOTNOTE_MARKER.sub(lambda match: " " * len(match.group()), text)


@dataclass(frozen=True)
class Quantity:
    """One figure as written: its place in the sentence, value in units (scale applied),
    currency if it is money, and the normalised words that follow it."""

    start: int
    end: int
    value: Decimal
    qualifier: str
    currency: str | None
    as_written: str
    unit_words: str  # normalised words right after the number (and scale / currency)
    range_end: Decimal | None = None  # "15 - 20 đoàn": value 15, range_end 20

    @property
    def is_money(self) -> bool:
        return self.currency is not None

    @property
    def is_whole(self) -> bool:
        return self.value == self.value.to_integral_value()


_RESTATED_IN_WORDS = re.compile(rf"\s*\(\s*{NUMBER_WORD}(?:\s+{NUMBER_WORD})*\s*\)", re.IGNORECASE)


def _restates(before: str, bracket: str) -> bool:
    """Whether the words in ``bracket`` write the number that ends ``before``."""
    digits = re.search(r"(\d+)\s*$", before)
    # ("05 (năm)": in brackets after the digits, "năm" is five)
    value = count_in_words(normalize_label(bracket).split(), five_alone=True)
    return bool(digits) and value == int(digits.group(1))


def _words_after(text: str, end: int) -> str:
    """The first words after a number, up to a ";" or a bracket ("05; năm 2024: 04": the next
    item's words are not this number's), or a comma the next figure's label follows ("257.685 lượt, phương tiện
    48.155 lượt"; not "15 hội nghị, hội thảo quốc tế", one noun written in two)."""
    # ("05 (năm) vụ việc": the number again in words, in brackets, before its noun; not "05 (bảy)", which disagrees)
    if (restated := _RESTATED_IN_WORDS.match(text, end)) and _restates(text[:end], restated.group()):
        end = restated.end()
    # (blanks run long where a page break was read past: "498 lượt" / … / "phương tiện")
    following = re.sub(r"\s+", " ", text[end : end + 400])[:60]
    own = re.split(r"[;()]", following, maxsplit=1)[0]
    # (the label right before the next number, or the next number itself, "08 dự án, 942.300 USD": not "22 hội nghị,
    # hội thảo và 11 thỏa thuận", where "và" opens it)
    labelled = re.search(r",(?=\s*(?:(?:[^\W\d_]+\s+){0,2}(?!(?:và|với|cùng)\s)[^\W\d_]+\s+)?\d)", own)
    return " ".join(normalize_label(own[: labelled.start()] if labelled else own).split()[:4])


def _words_before(text: str, position: int, count: int) -> list[str]:
    return normalize_label(re.sub(r"\s+", " ", text[max(0, position - 400) : position])[-60:]).split()[-count:]


# The clerks' signs before a figure on slides and in tables ("> 2,4 triệu USD", "≈ 1,9 triệu USD").
_QUALIFIER_SIGNS = {
    ">": "over",
    "≥": "over",
    "⩾": "over",
    "<": "under",
    "≤": "under",
    "⩽": "under",
    "≈": "approx",
    "~": "approx",
    "∼": "approx",
}


def _qualifier_before(text: str, start: int) -> tuple[str, int]:
    """The qualifier written right before a number, and where it starts."""
    before = text[max(0, start - 3) : start].rstrip()
    # ("=> 27 đoàn", "-> 27": an arrow, not "more than"; "5~7 người": a range, not "about 7")
    arrow_or_range = len(before) > 1 and (before[-2] in "=-–" or before[-2].isdigit())
    if before and before[-1] in _QUALIFIER_SIGNS and not arrow_or_range:
        return _QUALIFIER_SIGNS[before[-1]], start - (len(text[:start]) - len(text[:start].rstrip())) - 1
    words = _words_before(text, start, 3)
    for phrase, qualifier in _QUALIFIER_PHRASES:
        phrase_words = phrase.split()
        if words[-len(phrase_words) :] == phrase_words:
            # Walk back over the original text to find where the phrase begins.
            begin = start
            for _ in phrase_words:
                match = list(_WORD.finditer(text[:begin]))
                begin = match[-1].start() if match else begin
            if _ends_a_name(text[:start].rstrip()):
                break
            return qualifier, begin
    return "exact", start


@lru_cache(maxsize=1)
def _names_ending_in_a_qualifier() -> tuple[str, ...]:
    """Partner names whose last syllable is also a qualifier word ("Xiêng Khoảng"), lower case."""
    qualifier_words = {phrase for phrase, _ in _QUALIFIER_PHRASES if " " not in phrase}
    return tuple(
        spelling.lower()
        for spelling in known_spellings()
        if " " in spelling and normalize_label(spelling).split()[-1] in qualifier_words
    )


def _ends_a_name(text_before: str) -> bool:
    """The qualifier word before a number is the last syllable of a partner's name ("hỗ trợ tỉnh
    Xiêng Khoảng 500 triệu đồng"), not "about"."""
    lowered = text_before.lower()
    return any(
        lowered.endswith(name) and not lowered[: -len(name)][-1:].isalnum() for name in _names_ending_in_a_qualifier()
    )


def _is_year(token: str) -> bool:
    return token.isdigit() and len(token) == 4 and 1900 <= int(token) <= 2100


def _is_not_a_figure(text: str, start: int, token: str) -> bool:
    if _is_year(token) and re.match(r"\s*:\s*\d", text[start + 4 : start + 12]):
        return True  # "lần lượt là: 2021: 11 đoàn; 2022: 26 đoàn": the year labels the value after it
    if re.search(r":\s*$", text[max(0, start - 4) : start]):
        return False  # "… được ký kết trong quý: 02" is a value, not "quý 2"
    words = _words_before(text, start, 2)
    if words[-2:] == ["tong", "so"]:
        return False  # "tổng số 58 hội nghị" is a total, not document number 58
    if words[-2:] in (["ca", "nam"], ["trong", "nam"], ["cuoi", "nam"], ["dau", "nam"]) and not _is_year(token):
        # "ước thực hiện cả năm 38 đoàn", "6 tháng cuối năm 29 vụ việc": a count for the period, not a year number
        return False
    if not _is_year(token) and _SCALE_AFTER.match(text, start + len(token)) and words[-1:] == ["nam"]:
        return False  # "6 tháng cuối năm 1 tỷ 220 triệu đồng": an amount after the period, not "năm 1"
    if (
        not _is_year(token)
        and _COUNT_OF_MONTHS_BEFORE.search(normalize_label(text[max(0, start - 30) : start]) + " ")
        and not re.match(r"\s*(?:/|năm\s+(?:19|20)\d{2})", text[start + len(token) :])
    ):
        return False  # "lũy kế 6 tháng 07 hội nghị": a count after a number of months, not the month 07
    written = re.findall(r"[^\W\d_]+", text[max(0, start - 20) : start].lower())
    # (not a number no month or quarter has: "lũy kế 9 tháng 30 đoàn ra")
    # (nor a year: "trong 9 tháng 2025 đoàn ra …")
    no_such = words[-1:] == ["thang"] and int(token) > 12 and not _is_year(token) if token.isdigit() else False
    if words and words[-1] in _NOT_A_FIGURE_AFTER_WORD and written and written[-1] in _NOT_A_FIGURE_AFTER_WRITTEN:
        return not no_such
    if " ".join(words) in _NOT_A_FIGURE_AFTER_PHRASE or words[-1:] == ["slide"]:
        return True
    if " ".join(words) in ("bao cao", "cong van", "van ban") and re.match(
        r"\s*(?:[/()]|$)", text[start + len(token) :]
    ):
        return True  # "Báo cáo 398 (ước)", "Công văn 45/SNgV": a document's number (not "đã báo cáo 29 đoàn ra")
    if re.search(r"(?:^|\n)[#*\s]*Trang\s*$", text[:start]):
        return True  # "## Trang 2 — Đoàn ra": a page or slide's number opening its heading (not "… 1.230 trang")
    if _is_year(token):
        just_before = text[max(0, start - 3) : start]
        if just_before.endswith("/"):
            return True  # "Quý III/2022", "tháng 7/2022"
        return (
            (words and words[-1] in _YEAR_AFTER_WORD)
            or bool(re.search(r"[-–]\s*$", just_before))
            or bool(re.match(r"\s*[-–]\s*\d{4}", text[start + 4 : start + 12]))
        )
    return False


# "đô", "đô la" after a scale word: the dollar as it is spoken ("gần 35 triệu đô"); never "do" without its mark.
_DOLLARS = re.compile(r"\s+đô(?:\s*-?\s*la)?(?![\w])", re.IGNORECASE)


def _scale_and_currency(text: str, end: int) -> tuple[Decimal, int, str | None, int]:
    """Scale word (``tỷ``, ``triệu``) and currency right after the number."""
    scale, scale_end = Decimal(1), end
    # ("21 nghìn tỷ đồng": a thousand of the larger scale after it)
    while (match := re.match(r"\s+([^\W\d_]+)", text[scale_end:])) and normalize_label(match.group(1)) in SCALE_WORDS:
        word_scale = SCALE_WORDS[normalize_label(match.group(1))]
        if scale > 1 and word_scale <= scale:
            break
        scale, scale_end = scale * word_scale, scale_end + match.end()
    if scale > 1 and (dollars := _DOLLARS.match(text, scale_end)):
        return scale, scale_end, "USD", dollars.end()  # ("hơn 2,1 triệu đô": the spoken dollar)
    words_after = list(_WORD.finditer(text, scale_end, min(len(text), scale_end + 40)))
    normalised = [normalize_label(word.group()) for word in words_after]
    for phrase, code in _CURRENCY_PHRASES:
        phrase_words = phrase.split()
        # After a scale word ("2,2 tỷ đồng phục vụ ...") "đồng" is the currency whatever follows.
        if phrase == "dong" and scale == 1 and normalised[1:2] and normalised[1] in _NOT_CURRENCY_AFTER_DONG:
            continue
        if normalised[: len(phrase_words)] == phrase_words and words_after:
            gap = text[scale_end : words_after[0].start()]
            if gap.strip() == "":
                return scale, scale_end, code, words_after[len(phrase_words) - 1].end()
    return scale, scale_end, None, scale_end


# "gần 1.2" / "40 lưu học sinh": a number broken across a line of text pasted from a PDF, its last group of
# thousands split (1.2 + 40 = 1.240); never "1,2" (a decimal) nor a full group.
# (the line break is a space in a joined paragraph; a line's own "1.2 …" is its numbering)
_BROKEN_NUMBER = re.compile(r"(?<=\w )(\d{1,3}(?:\.\d{3})*)\.(\d{1,2})[ \n](\d{1,2})(?![\w.,])")


def _broken_numbers(text: str) -> list[Quantity]:
    found = []
    for match in _BROKEN_NUMBER.finditer(text):
        head, tail, rest = match.groups()
        if len(tail) + len(rest) != 3:
            continue
        value = parse_number_token(f"{head}.{tail}{rest}")
        qualifier, begin = _qualifier_before(text, match.start())
        unit_words = _words_after(text, match.end())
        found.append(Quantity(begin, match.end(), value, qualifier, None, text[begin : match.end()], unit_words))
    return found


# "1 065 lượt", "12 450 lượt người": thousands parted by a space, as some clerks write them (each later group of three
# digits); not after a word that a number names ("tháng 3 120 lượt": a month, then a count).
# (not after a date's slash, "30/6 120 lượt"; not where more numbers follow, a table's cells "63 135    225")
_SPACED_THOUSANDS = re.compile(r"(?<![\w.,\-–])(?<!\d/)(\d{1,3})((?: \d{3})+)(?![\w.,]|\s\d|\s{2})")
_NAMED_BY_A_NUMBER = {
    "che",
    "dinh",
    "thi",
    "hoach",
    "thang",
    "quy",
    "nam",
    "ngay",
    "so",
    "lan",
    "thu",
    "dot",
    "muc",
    "khoan",
    "dieu",
    "luc",
    "bieu",
    "tuan",
    "khoa",
    "phien",
    "ky",
    "tiet",
    "bang",
    "cot",
    "dong",
    "trang",
}

# "tổng số 1 250 lượt", "cả năm 1 250 lượt": a total or a whole year, whose last word names no number here.
_A_TOTAL_BEFORE = frozenset({"tong so", "ca nam", "trong nam"})


def _spaced_thousands(text: str) -> list[Quantity]:
    """Numbers whose thousands a space parts ("đón 1 065 lượt", "2 500 triệu đồng", "| 1 250 |"); not after a word that
    a number names ("tháng 3 120 lượt": a month, then a count), nor among a table's cells laid out with spaces."""
    found = []
    for match in _SPACED_THOUSANDS.finditer(text):
        before_words = normalize_label(text[max(0, match.start() - 20) : match.start()]).split()[-2:]
        if before_words and before_words[-1] in _NAMED_BY_A_NUMBER and " ".join(before_words) not in _A_TOTAL_BEFORE:
            continue
        if re.search(r"\d\s+$", text[max(0, match.start() - 12) : match.start()]):
            continue  # ("27  63 135": a cell after another cell; "2022 45 120 lượt": numbers side by side)
        scale, _, currency, end = _scale_and_currency(text, match.end())
        value = Decimal(match.group().replace(" ", "")) * scale
        qualifier, begin = _qualifier_before(text, match.start())
        unit_words = _words_after(text, end)
        found.append(Quantity(begin, end, value, qualifier, currency, text[begin:end], unit_words))
    return found


def _ranges(text: str) -> list[Quantity]:
    ranges = []
    for match in _RANGE.finditer(text):
        low, high = match.group(1), match.group(2)
        if _is_year(low) and _is_year(high):
            continue  # "2021 - 2025" is a span of years, read by the period rules
        if re.search(r"[/.]\d", text[match.end() : match.end() + 3]) or _is_not_a_figure(text, match.start(), low):
            continue
        try:
            first, last = parse_number_token(low), parse_number_token(high)
        except NumberFormatError:
            continue
        qualifier, begin = _qualifier_before(text, match.start())
        unit_words = _words_after(text, match.end())
        if unit_words.split()[:1] and unit_words.split()[0] in _TIME_UNITS:
            continue  # "2-3 năm/lần": a span of time, not a count
        ranges.append(
            Quantity(begin, match.end(), first, qualifier, None, text[begin : match.end()], unit_words, range_end=last)
        )
    return ranges


# A spoken range or a vague count before a number in words: "một, hai …", "hai ba …", "dăm …", "vài …".
# ("hai tỷ, ba tỷ đồng": the same with the scale said twice)
_SPOKEN_RANGE_BEFORE = re.compile(
    rf"(?:\b{NUMBER_WORD},?|(?:\b{NUMBER_WORD}|\d[\d.,]*)\s+(?:tỷ|tỉ|triệu|nghìn|ngàn)\s*,"
    r"|\b(?:dăm|vài|mấy|dăm ba))\s*$",
    re.IGNORECASE,
)


def _counts_in_words(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    found: list[Quantity] = []
    for match in _WORD_NUMBER.finditer(text):
        if any(start <= match.start() < end for start, end in [*taken, *((q.start, q.end) for q in found)]):
            continue
        if _AFTER_A_SPOKEN_COMMA.search(text[: match.start()]):
            continue  # ("… mươi phẩy tám tỷ": the decimals of a number the words before write)
        before = normalize_label(text[max(0, match.start() - 12) : match.start()]).split()[-1:]
        if before and before[0] in _NOT_A_FIGURE_AFTER_WORD:
            continue  # "năm năm", "thứ hai"
        words = normalize_label(match.group(1)).split()
        # ("trong năm hai tỷ năm trăm triệu đồng": "năm" the year, then the amount)
        openings = (0, 1) if words[0] == "nam" and len(words) > 1 else (0,)
        spoken_range = _SPOKEN_RANGE_BEFORE.search(text[: match.start()])
        for first in openings:
            start = _end_of_words(text, match.start(), first) + 1 if first else match.start()
            quantity = _count_in_words_at(text, start, words[first:], spoken_range)
            if quantity is not None and first and not quantity.is_money:
                break  # ("Trong năm hai đoàn …": read past a year word only for an amount, "năm hai tỷ …")
            if quantity is not None:
                found.append(quantity)
                break
    return found


def _count_in_words_at(text: str, start: int, words: list[str], spoken_range) -> Quantity | None:
    """The longest opening of a run of number words that is one count with a unit after it, or one amount: "mười hai
    năm qua" is no count of anything; "hai năm" is "two years", not 25."""
    for length in range(len(words), 0, -1):
        end = _end_of_words(text, start, length)
        unit_words = _words_after(text, end)
        # ("hơn năm tỷ đồng": a number in words before a scale and a currency; there "năm" is five, never a year)
        scale, scale_end, currency, money_end = _scale_and_currency(text, end)
        if "phay" in words[:length]:
            # (a decimal is the number of a scale: "một phẩy chín triệu USD"; "một phẩy chín đoàn" is nothing)
            value = scaled_number_in_words(words[:length]) if scale > 1 else None
        else:
            value = count_in_words(words[:length], five_alone=currency is not None or scale > 1)
        if value is not None and scale > 1 and currency is None:
            # ("ba tỷ năm trăm triệu đồng": a smaller scale in words continues the same amount; "một triệu hai trăm
            # nghìn lượt người", a count)
            value, currency, money_end = _continued_in_words(text, scale_end, value * scale, scale)
            scale = Decimal(1)
            if currency is None:
                end, unit_words = money_end, _words_after(text, money_end)
        if value is not None and spoken_range:
            return None  # ("một, hai triệu đô", "dăm bảy trăm lượt": one or the other, a few; no figure)
        if value is None:
            continue
        qualifier, begin = _qualifier_before(text, start)
        if currency is not None:
            value_end, unit_words = money_end, _words_after(text, money_end)
            return Quantity(begin, value_end, value * scale, qualifier, currency, text[begin:value_end], unit_words)
        if read_unit(unit_words, None) is not None:
            return Quantity(begin, end, Decimal(value), qualifier, None, text[begin:end], unit_words)
    return None


_WORDS_OF_A_SMALLER_SCALE = re.compile(rf"\s*,?\s*({NUMBER_WORD}(?:\s+{NUMBER_WORD})*)(?=\s+[^\W\d_])", re.IGNORECASE)


def _continued_in_words(
    text: str, scale_end: int, amount: Decimal, opening_scale: Decimal, comma: bool = True
) -> tuple[Decimal, str | None, int]:
    """An amount in words after its larger scale, read on while smaller scales follow ("… tỷ năm trăm triệu đồng"):
    (the whole amount, no scale left to apply; the currency or None; where it ends)."""
    scale = opening_scale
    while (part := _WORDS_OF_A_SMALLER_SCALE.match(text, scale_end)) is not None:
        if not comma and "," in part.group():
            break  # ("3 tỷ, năm trăm triệu đồng": digits, then words after a comma; one amount or two, not certain)
        words = normalize_label(part.group(1)).split()
        part_scale, part_scale_end, currency, money_end = _scale_and_currency(text, part.end())
        part_value = count_in_words(words, five_alone=True)
        if part_value is not None and part_scale == 1 and 1000 <= part_value < scale and "," not in part.group():
            # ("một triệu hai trăm nghìn USD", "… nghìn lượt người": thousands, written as a count, end it)
            return amount + part_value, currency, money_end if currency else part.end()
        if part_value is None or part_scale == 1 or part_scale >= scale:
            break  # ("hai tỷ, ba tỷ đồng": one or the other, a spoken range, no smaller part)
        amount, scale, scale_end = amount + part_value * part_scale, part_scale, part_scale_end
        if currency is not None:
            return amount, currency, money_end
    return amount, None, scale_end


def _end_of_words(text: str, start: int, count: int) -> int:
    """Where the first ``count`` words from ``start`` end."""
    words = list(re.finditer(r"\S+", text[start:]))[:count]
    return start + words[-1].end()


# "14 giờ 00 phút", "lúc 16 giờ 30", "8h30": a time of day, neither number a figure.
_CLOCK_TIME = re.compile(
    r"(?<![\w.,])\d{1,2}\s*(?:giờ|h)\s*\d{1,2}(?:\s*phút)?(?![\w.,])"
    r"|(?<![\w.,])\d{1,2}\s*giờ\s+(?=sáng|chiều|tối|trưa)"
    # ("lúc 14 giờ ngày 05/6", "vào 16giờ ngày 10/7": the hour something happened, not hours counted)
    r"|(?<=lúc )\d{1,2}\s*(?:giờ|h)\b|(?<=vào )\d{1,2}\s*(?:giờ|h)\b(?=\s+(?:ngày|sáng|chiều|tối|trưa))"
    r"|(?<![\w.,])\d{1,2}\s*(?:giờ|h)\s+ngày\b"
    # ("từ 7giờ đến 11giờ": the hours of a meeting)
    r"|(?<![\w.,])\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?\s+đến\s+\d{1,2}\s*(?:giờ|h)\b"
    # ("mục 08:20", "Cập nhật lúc 14:30": hours and minutes after a colon)
    # (not a month or quarter's value typed against its colon, "tháng 4:05 đoàn")
    r"|(?<![\w.,:/])(?<!tháng )(?<!Tháng )(?<!THÁNG )(?<!quý )(?<!Quý )(?<!QUÝ )"
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?!\w|[.,:/]\d)",
    re.IGNORECASE,
)


def find_quantities(text: str) -> list[Quantity]:
    """Every figure written in ``text``, in order; compound amounts (``2 tỷ 600 triệu``) are one."""
    return list(_quantities_of(text))


# A count written against its noun, a clerk's typo: "05đoàn", "58ngư dân".
_GLUED = re.compile(r"(?<![\w.,\-–/])(\d{1,4})(?=[^\W\d_])")


def _glued_to_their_noun(text: str, taken: list[tuple[int, int]]) -> list[re.Match]:
    """The numbers written against a counted noun with no space ("05đoàn"): counts of that noun, whatever else is
    glued to letters ("K192", "lần 2a" are no counts; "lúc 14giờ ngày 05/6", an hour of the day, is a clock time)."""
    return [
        match
        for match in _GLUED.finditer(text)
        if not any(start <= match.start() < end for start, end in taken)
        and read_unit(normalize_label(text[match.end() : match.end() + 40]), None) is not None
    ]


# "đạt 07/45 đoàn (15,6%)", "ước đạt 640.000/2.000.000 USD (32,0%)": a result over its target, and the share one is of
# the other.
# ("đạt 04/35 đoàn (11,4%) với 39/450 lượt khách quốc tế (8,7%)": its companion after "với" too)
_RESULT_OVER_TARGET = re.compile(
    r"\b(?P<verb>đạt|với)\s+(?P<result>\d[\d.,]*)(?P<target>\s*/\s*\d[\d.,]*)"
    r"(?P<noun>(?:,?\s+[^\W\d_]+){0,8}?)(?P<share>\s*\(\s*(?P<percent>\d{1,3}(?:,\d{1,2})?)\s*%\s*\))",
    re.IGNORECASE,
)


# A report's note on how it writes a result and its target: "đạt số thực hiện/số kế hoạch năm (tỷ lệ %)", "TH/KH".
_RESULTS_OVER_TARGETS_NOTE = re.compile(
    r"(?:số\s+)?(?:thực\s+hiện|TH|kết\s+quả)\s*/\s*(?:số\s+)?(?:kế\s+hoạch|KH|chỉ\s+tiêu)", re.IGNORECASE
)


def declares_results_over_targets(text: str) -> bool:
    """Whether a document says it writes results over their targets ("Cách ghi số liệu: đạt số thực hiện/số kế hoạch
    năm (tỷ lệ %)"): without such a note, "đạt 05/12 đoàn (41,7%)" may as well be a part of a whole."""
    return _RESULTS_OVER_TARGETS_NOTE.search(text) is not None


def without_targets(text: str) -> str:
    """The text with the target and the share after a result written over its target blanked (offsets kept), when the
    share is the result's part of the target as written: the result is then read as the figure, and its noun is the
    words between; a pair whose share does not match is left as it is. Only for a document that declares the notation
    (``declares_results_over_targets``)."""

    def blanked(match: re.Match) -> str:
        if match.group("verb").lower() == "với" and not re.search(r"\bđạt\b[^.;]*$", text[: match.start()], re.I):
            return match.group()  # (a companion only of a result over its target written before it)
        try:
            result = parse_number_token(match.group("result"))
            target = parse_number_token(match.group("target").strip(" /"))
            percent = Decimal(match.group("percent").replace(",", "."))
        except (NumberFormatError, ArithmeticError):
            return match.group()
        places = -percent.as_tuple().exponent
        if not target or abs(result / target * 100 - percent) > Decimal(5) / 10 ** (places + 1):
            return match.group()
        head = match.group()[: match.start("target") - match.start()]
        return f"{head}{' ' * len(match.group('target'))}{match.group('noun')}{' ' * len(match.group('share'))}"

    return _RESULT_OVER_TARGET.sub(blanked, text)


# A clause is read for its figures by the extractor and again by the rules that weigh them: each text is read once.
@lru_cache(maxsize=1 << 12)
def _quantities_of(text: str) -> tuple[Quantity, ...]:
    text = _IN_WORDS.sub(lambda match: " " * len(match.group()), blank_footnote_markers(text))
    text = without_restating_words(text)
    ranges = _ranges(text) + _broken_numbers(text)
    ranges += [q for q in _spaced_thousands(text) if not any(r.start <= q.start < r.end for r in ranges)]
    taken = [(q.start, q.end) for q in ranges] + [match.span() for match in _CLOCK_TIME.finditer(text)]
    quantities: list[Quantity] = list(ranges)
    matches = [m for m in _NUMBER.finditer(text) if not any(start <= m.start() < end for start, end in taken)]
    matches = sorted([*matches, *_glued_to_their_noun(text, taken)], key=lambda match: match.start())
    index = 0
    while index < len(matches):
        match = matches[index]
        index += 1
        if _is_not_a_figure(text, match.start(), match.group(1)):
            continue
        try:
            number = parse_number_token(match.group(1))
        except NumberFormatError:
            continue
        scale, scale_end, currency, end = _scale_and_currency(text, match.end())
        value = number * scale
        # "2 tỷ 600 triệu kíp": a smaller scale continues the same amount.
        while scale > 1 and currency is None and index < len(matches):
            following = matches[index]
            if text[scale_end : following.start()].strip():
                break
            try:
                part = parse_number_token(following.group(1))
            except NumberFormatError:
                break
            part_scale, part_scale_end, currency, part_end = _scale_and_currency(text, following.end())
            if part_scale >= scale:
                break
            value += part * part_scale
            scale, scale_end, end = part_scale, part_scale_end, part_end
            index += 1
        if scale > 1 and currency is None:
            # ("2 tỷ năm trăm triệu đồng": the smaller scale in words)
            value, currency, continued_end = _continued_in_words(text, scale_end, value, scale, comma=False)
            end = continued_end if continued_end > scale_end else end
        qualifier, begin = _qualifier_before(text, match.start())
        unit_words = _words_after(text, end)
        quantities.append(Quantity(begin, end, value, qualifier, currency, text[begin:end], unit_words))
    quantities += _counts_in_words(text, taken + [(q.start, q.end) for q in quantities])
    return tuple(sorted(quantities, key=lambda quantity: quantity.start))


def counted_quantities(text: str) -> list[Quantity]:
    """The numbers of ``text`` written with a noun or currency the rules count ("12 đoàn", "2,6 triệu USD"); not years,
    dates or bare numbers."""
    return [quantity for quantity in find_quantities(text) if read_unit(quantity.unit_words, quantity.currency)]
