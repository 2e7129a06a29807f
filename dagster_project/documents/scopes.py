"""Which period a narrative figure belongs to.

A report covers one period, named in its title or closing line ("… 9 tháng năm 2022",
"06 THÁNG ĐẦU NĂM 2021", "tổng kết công tác đối ngoại năm 2020"). A sentence can name its
own scope ("Năm 2020,", "Giai đoạn 2016 - 2020", "từ năm 2014 đến 2020", "9 tháng đầu năm",
"Tính đến ngày 12/9"), which overrides the report's. Everything here works on normalised
text (no diacritics, lower case), so "Quý III/2022" and "quy iii 2022" read the same.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from dagster_project.documents.word_lists import word_list
from dagster_project.parsing.periods import (
    YEAR_PATTERN,
    PeriodFormatError,
    is_period_code,
    partial_year_code,
    period_from_code,
    quarter_code,
    quarter_number,
)
from dagster_project.parsing.text import normalize_label

# After "N tháng", a month and year make a day's date ("6 tháng 7 năm 2018", "6 tháng 7/2018"); a count does not.
# (nor a year right after, read elsewhere: "9 tháng 2025")
_NO_DATE_AFTER = r"(?! (?:19|20)\d{2}\b)(?! \d{1,2} (?:nam )?(?:19|20)\d{2}\b)(?! \d{1,2}$)(?! \d+ \d)"
# "6 tháng cuối năm 2019", "nửa cuối năm": the second half (of the year written, if any).
SECOND_HALF = re.compile(rf"\b(?:(?:0?6|sau) thang|nua) cuoi nam(?: {YEAR_PATTERN})?\b")
_MONTH_WORDS = {"ba": 3, "sau": 6, "chin": 9, "muoi": 10}
_YEAR_COUNT_WORDS = {"hai": 2, "ba": 3, "bon": 4, "muoi": 10}
_YEAR = YEAR_PATTERN
_PARTIAL = r"(0?[369]|ba|sau|chin) thang (?:dau )?nam"

# A few days or weeks in words ("mười ngày", "hai tuần"; not "đến ngày cuối năm", a date)
_DAY_COUNT_WORDS = r"(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|muoi lam|hai muoi|vai|may|nhung|cac)"
_OTHER_CALENDARS = "|".join(word_list("other_calendars"))
# The first words of nouns the reports count, which a number right after "tháng" may count instead of naming a month.
_COUNTED_NOUNS = (
    r"(?:doan|luot|ho so|vu|hoi nghi|hoi thao|thoa thuan|du an|chuong trinh|to chuc|nguoi|trang|gio|hai cot|giay phep"
    r"|the di bo|tau|luu hoc sinh|lhs|van ban|ban ghi nho)"
)
_MONTH = re.compile(rf"\b(?:thang |t)(\d{{1,2}})(?: nam)? {_YEAR}\b")  # ("T9/2023": the clerks' month)
# ("Q3/2025", "QIII": the clerks' quarter)
_QUARTER_WORD = r"(?:quy |q)(i|ii|iii|iv|[1-4])"
_QUARTER = re.compile(rf"\b{_QUARTER_WORD}(?: nam)? {_YEAR}\b")
# "20 ngày đầu tháng 5/2019", "mười ngày cuối tháng 3", "hai tuần đầu quý III", "nửa đầu tháng 6": a part of
# a month, quarter or year, no period of the codelist; never the month ("nửa đầu năm" is the first half).
PART_OF_A_PERIOD = re.compile(
    rf"\b(?:(?:\d{{1,2}}|{_DAY_COUNT_WORDS}) (?:ngay|tuan) (?:dau|cuoi|cuoi cung|giua) (?:cua )?"
    rf"(?:thang \d{{1,2}}(?: nam)?(?: {_YEAR})?|{_QUARTER_WORD}(?: nam)?(?: {_YEAR})?|nam(?: {_YEAR})?)"
    rf"|nua (?:dau|cuoi) (?:cua )?thang \d{{1,2}}(?: nam)?(?: {_YEAR})?"
    # ("tuần thứ hai tháng 7/2019", "tuần 3 của quý II": one week of it)
    rf"|tuan (?:thu )?(?:\d{{1,2}}|{_DAY_COUNT_WORDS}|nhat) (?:cua )?"
    rf"(?:thang \d{{1,2}}(?: nam)?(?: {_YEAR})?|{_QUARTER_WORD}(?: nam)?(?: {_YEAR})?))\b"
)
# Scope phrases inside a sentence, most specific first. Each gives a kind and the groups to read.
_SCOPE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # ("Năm ngoái, 9 tháng là mười hai đoàn", "9 tháng năm ngoái": a part of the year before, named from the day of
    # writing; not read)
    (
        "unknown",
        re.compile(
            r"(?<!cung ky )\bnam ngoai (?:(?:0?[369]|ba|sau|chin|\d{1,2}) thang(?: dau nam| cuoi nam)?"
            r"|quy (?:i|ii|iii|iv|[1-4])|thang \d{1,2})\b(?! (?:nam )?(?:19|20)\d{2}\b)"
            r"|\b(?:0?[369]|ba|sau|chin|\d{1,2}) thang (?:dau |cuoi )?nam ngoai\b"
        ),
    ),
    # Periods of another calendar ("mùa khô 2025 - 2026", "năm học 2025-2026"): named, not understood.
    # (report_words.yml other_calendars)
    ("unknown", re.compile(rf"\b(?:{_OTHER_CALENDARS})(?: nam)?(?: {_YEAR})?(?: {_YEAR})?\b")),
    # "tháng Giêng", "tháng Chạp": the lunar calendar's first and last months (months named in words of the solar
    # calendar are numbers by now)
    # (not "9 tháng, chấp thuận …", "chấp hành", "chấp nhận")
    ("unknown", re.compile(rf"\bthang (?:gieng|chap(?! (?:thuan|hanh|nhan)\b))(?: nam)?(?: {_YEAR})?\b")),
    # "Tháng Năm năm 2024" not read as a month (a name, or a word after a count): a month in words, never its year
    ("unknown", re.compile(rf"\bthang (?:muoi mot|muoi hai|muoi|hai|ba|tu|nam|sau|bay|tam|chin) nam {_YEAR}\b")),
    # ("Tháng năm là tháng sôi động nhất, với sáu đoàn vào", "tháng Mười vừa qua": a month in words, said of itself)
    (
        "unknown",
        re.compile(r"\bthang (?:muoi mot|muoi hai|muoi|hai|ba|tu|nam|sau|bay|tam|chin) (?:la|vua qua|vua roi)\b"),
    ),
    ("unknown", PART_OF_A_PERIOD),
    # "lũy kế từ năm 2016 đến nay": a running total with an open end, never the year 2016.
    (
        "open_span",
        re.compile(rf"\b(?:tu|ke tu|bat dau tu) (?:nam )?{_YEAR} (?:den|toi|cho den) (?:nay|hien nay|thoi diem nay)\b"),
    ),
    # "Từ năm 2021 đến hết tháng 11/2025": from a year to a month or day, no period of the codelist.
    (
        "unknown",
        re.compile(
            rf"\b(?:tu|ke tu|bat dau tu) (?:nam )?{_YEAR} (?:den|toi|cho den) (?:het |cuoi )?(?:ngay \d{{1,2}} )?"
            r"thang \d{1,2}\b"
        ),
    ),
    ("span", re.compile(rf"(?:giai doan|thoi ky|tu nam|tu) {_YEAR} (?:den nam |den |toi nam |toi )?{_YEAR}\b")),
    ("span", re.compile(rf"\b{_YEAR} {_YEAR}\b")),
    # (not "6 tháng đầu năm trước đó": of the year before another one named)
    ("partial_year", re.compile(rf"\b{_PARTIAL}(?: {_YEAR})?\b(?! (?:truoc\b(?! khi\b)|ngoai\b))")),
    # "9T/2025", "(9T)": the clerks' nine (six, three) months.
    ("partial_year", re.compile(rf"\b(0?[369])t(?: {_YEAR})?\b")),
    # "9 tháng 2025", "6 tháng/2025" (a column header), "9 tháng năm 2026": the year right after the months.
    ("partial_year", re.compile(rf"\b(0?[369]|ba|sau|chin) thang (?:dau )?(?:nam )?{_YEAR}\b")),
    # "10 tháng năm 2025", "11 tháng đầu năm": no period of the codelist; never the year.
    (
        "other_months",
        re.compile(rf"\b(?!0?[369]\b)(\d{{1,2}}) thang (?:dau )?nam(?: {_YEAR})?\b(?! (?:truoc\b(?! khi\b)|ngoai\b))"),
    ),
    # ("LK 10T", "11T/2018": the clerks' other counts of months)
    ("other_months", re.compile(rf"\b(?!0?[369]t\b)(1[0-2]|0?[1-9])t(?: {_YEAR})?\b")),
    # ("nửa cuối năm", "nửa đầu năm 2024": the halves in words)
    ("second_half", SECOND_HALF),
    ("first_half", re.compile(rf"\bnua dau nam(?: {_YEAR})?\b")),
    # "lũy kế 9 tháng" in a report on the year: the months from its January.
    # (a count may follow: "lũy kế 6 tháng 07 hội nghị"; not a day's date: "6 tháng 7 năm 2018")
    (
        "n_months",
        re.compile(rf"\bluy ke (\d{{1,2}}|ba|sau|chin|muoi) thang\b(?! (?:dau |cuoi )?nam\b){_NO_DATE_AFTER}"),
    ),
    # "Trong 9 tháng", "lũy kế 6 tháng", "10 tháng": as many months as the report covers, or no period.
    # (a count may follow: "; 9 tháng 21 chương trình"; not a month's number: "tháng 6: tháng 6 Sở …")
    (
        "n_months",
        re.compile(
            rf"(?<!ngay )(?<!thang )\b(\d{{1,2}}|ba|sau|chin|muoi) thang\b(?! (?:dau |cuoi )?nam\b){_NO_DATE_AFTER}"
        ),
    ),
    # "Từ đầu năm đến hết tháng 9": the months from January, a period of the codelist when they make one.
    (
        "to_month_end",
        re.compile(rf"\btu dau nam(?: {_YEAR})? (?:den|toi) (?:het |cuoi )?thang (\d{{1,2}})(?: nam)?(?: {_YEAR})?\b"),
    ),
    # "Từ đầu năm đến hết ngày 30/9/2022": to the last day of a quarter, as to the end of its month (any other day,
    # "đến ngày 05/12", is a count to that day, read by the cut-off's own rules).
    (
        "to_month_end",
        re.compile(
            rf"\btu dau nam(?: {_YEAR})? (?:den|toi) (?:het )?ngay (?:31 (?:thang )?(?=(?:0?3|12)\b)|30 (?:thang )?"
            rf"(?=(?:0?6|0?9)\b))(\d{{1,2}})(?: nam)?(?: {_YEAR})?\b"
        ),
    ),
    # "cộng cả 5 năm", "trong 3 năm", "5 năm qua": as many years as a term report covers, or no period.
    # (not "có giá trị trong 5 năm", "thời hạn 3 năm": how long something lasts)
    (
        "n_years",
        re.compile(
            r"(?<!gia tri )(?<!thoi han )(?<!hieu luc )\b(?:trong|ca|qua|sau|suot|chung) "
            r"(\d{1,2}|hai|ba|bon|muoi) nam\b(?! (?:19|20)\d{2}\b)"
        ),
    ),
    ("n_years", re.compile(r"\b(\d{1,2}|hai|ba|bon|muoi) nam (?:qua|vua qua|gan day)\b")),
    # "Lũy kế đến hết quý III/2025, … 96 dự án FDI": a level on the quarter's last day, as "đến 30/9/2025" is.
    (
        "as_of_quarter",
        re.compile(rf"\b(?:tinh den|den|tinh toi|toi) (?:het|cuoi) {_QUARTER_WORD}(?: nam)?(?: {_YEAR})?\b"),
    ),
    ("quarter", _QUARTER),
    # "Riêng quý III, ...": a quarter of the report's year.
    # (without a year, "Q" only before a Roman numeral: "Q1" is also Quận 1, a district)
    ("quarter_of_year", re.compile(r"\b(?:quy |q(?=i))(i|ii|iii|iv|[1-4])\b(?! \d)")),
    # "ĐV Q1 giữ nguyên: 09 đoàn": a quarter, or "Quận 1"; not certain which, and never left to a period around it.
    ("unknown", re.compile(r"\bq[1-4]\b(?! (?:nam )?(?:19|20)\d{2})")),
    # "Cùng kỳ năm 2023, tỉnh chỉ đón 02 đoàn": the report's period a year earlier.
    # (and the clerks' "CK 2019": "CK" alone may be a border gate, and "qua CK năm 2022" is the gate's year)
    # ("cùng thời điểm năm 2019": the same day a year earlier, a level at the end of the same period; not "cùng thời
    # điểm 30/6/2024", a day)
    (
        "same_period_earlier",
        re.compile(
            rf"\bcung ky(?: nam {_YEAR}| nam truoc| {_YEAR})?\b|\bcung thoi diem nam (?:{_YEAR}|truoc)\b"
            rf"|\bck {_YEAR}\b"
        ),
    ),
    # "ước thực hiện cả năm", "ước cả năm 2026": an estimate for the year.
    ("estimate", re.compile(rf"\buoc (?:tinh |thuc hien |th |dat )?(?:ca nam|trong nam|nam)(?: {_YEAR})?\b")),
    # "từ tháng 4 đến ngày 20/6": from a month's start to a day, no period of the codelist.
    (
        "month_to_day",
        re.compile(
            rf"\btu thang (\d{{1,2}})(?: (?:nam )?{_YEAR})? (?:den|toi) (?:het )?ngay (\d{{1,2}}) "
            rf"(?:thang )?(\d{{1,2}})(?: (?:nam )?{_YEAR})?\b"
        ),
    ),
    # "từ ngày 15/3 đến ngày 30/6/2022": a period of the codelist only if it runs exactly over one.
    (
        "date_range",
        re.compile(
            r"\btu (?:ngay )?(\d{1,2}) (?:thang )?(\d{1,2})(?: (?:nam )?((?:19|20)\d{2}))? (?:den|toi) (?:het )?"
            r"(?:ngay )?(\d{1,2}) (?:thang )?(\d{1,2})(?: (?:nam )?((?:19|20)\d{2}))?\b"
        ),
    ),
    (
        "as_of_date",
        re.compile(
            # ("tại ngày 31/12/2021" over a column of levels: the day they are counted on)
            # ("số liệu chốt ngày 30/6/2023": the data's cut-off, as "tính đến")
            r"\b(?:tinh den|den|tinh toi|toi|chot(?: so lieu)?(?: den)?|tai(?= ngay)"
            r"|(?<!tu )(?<!cung )(?:tai |vao )?thoi diem) "
            r"(?:het )?(?:ngay )?"
            r"(\d{1,2}) (?:thang )?(\d{1,2})"
            r"(?: (?:nam )?((?:19|20)\d{2}))?\b"
        ),
    ),
    (
        "as_of_month",
        re.compile(rf"\b(?:tinh den|den|tinh toi|toi) (?:het |cuoi )?thang (\d{{1,2}})(?: nam)?(?: {_YEAR})?\b"),
    ),
    ("year_to_date", re.compile(r"\btu dau nam(?: den nay| toi nay)?\b")),
    ("month", _MONTH),
    # "T1-T2", "T1 đến T3": the clerks' months, two together, no period of the codelist (not "T4/T5/T6: 06/04/04",
    # the labels of a breakdown by month, read with the values they label).
    (
        "other_months",
        re.compile(r"(?<![\w.])(?<!t\d )(?<!t\d\d )t(?:0?[1-9]|1[0-2]) (?:den |toi )?t(?:0?[1-9]|1[0-2])\b(?! t\d)"),
    ),
    # "T3/2024", "T3 2024": the clerks' month of a year; "T3 có 05 đoàn": of the report's year.
    ("month", re.compile(rf"(?<![\w.])t(0?[1-9]|1[0-2]) {_YEAR}\b")),
    ("month_of_year", re.compile(r"(?<![\w.])(?<!t\d )(?<!t\d\d )t(0?[1-9]|1[0-2])\b(?! \d)(?! t\d)")),
    # "Riêng tháng 9, ...": a month of the report's year (not "ngày 15 tháng 6", a date; nor "ước cả tháng 03 đoàn/10
    # lượt", the month's count, after "cả tháng" or with the other half of its pair; but "Tháng 3 đoàn vào: 05 đoàn")
    (
        "month_of_year",
        re.compile(
            rf"(?<!\b\d )(?<!\b\d\d )\bthang (\d{{1,2}})\b(?! \d)(?! {_COUNTED_NOUNS} \d)"
            rf"(?!(?<=\bca thang \d) {_COUNTED_NOUNS}\b)(?!(?<=\bca thang \d\d) {_COUNTED_NOUNS}\b)"
        ),
    ),
    # "Đến cuối năm 2025, có gần 1.400 lưu học sinh", "(cuối năm 2021 là 29 tổ chức)": the end of a year,
    # a date for a level (not "3 tháng cuối năm 2024", the months before it).
    ("year_end", re.compile(rf"(?<!thang )\b(?:(?:tinh den|den|tinh toi|toi) )?(?:het|cuoi) nam {_YEAR}\b")),
    # "Tính đến cuối năm có 36 tổ chức": the end of the report's year.
    # (not "từ nay đến hết năm", what is still to come)
    (
        "year_end_of_year",
        re.compile(r"\b(?<!tu nay )(?:tinh den|den|tinh toi|toi) (?:het|cuoi) nam\b(?! (?:19|20)\d{2}\b)"),
    ),
    # "đầu năm 2024", "những tháng cuối năm 2023", "giữa năm 2025": a part of the year no period of the
    # codelist names; never the year.
    ("unknown", re.compile(rf"\b(?:dau|cuoi|giua) nam {_YEAR}\b")),
    # "năm ngoái", "năm trước", "năm nay": a year named from the day of speaking, which a text read later leaves open.
    # (not the base of a comparison, "tăng 08 đoàn so với cùng kỳ năm trước", read as before)
    ("unknown", re.compile(r"(?<!cung ky )(?<!so voi )\bnam (?:ngoai|truoc(?! khi\b)|nay)\b(?! (?:19|20)\d{2}\b)")),
    # "kỳ trước", "kỳ báo cáo liền kề trước": the period before the report's, which no code names.
    # ("nhiệm kỳ này", "thời kỳ này": a term or a stretch of time the words do not date)
    ("unknown", re.compile(r"\bky (?:bao cao )?(?:lien ke )?truoc\b|\b(?:nhiem|thoi) ky nay\b")),
    ("year", re.compile(rf"\b(?:trong nam|nam|ca nam) {_YEAR}\b")),
    ("this_year", re.compile(r"\b(?:trong nam|ca nam)\b")),
    # "Trong tháng", "trong quý", "trong kỳ": the period the report covers, when it is of that kind.
    # ("Cả giai đoạn, …", "suốt giai đoạn": the whole span the report covers)
    # (not "Trong quý III", a quarter named; "trong quý, 04 …" reads "trong quy 04" once normalised)
    ("this_period", re.compile(r"\b(?:trong|cung trong|ca|suot) (thang|quy(?! (?:i|ii|iii|iv)\b)|ky|giai doan)\b")),
    # "Thực hiện kỳ báo cáo", "kỳ này": a statistical form's column of the period it reports on (not "kỳ báo cáo
    # trước", the one before, nor "cùng kỳ", a year earlier, nor the end of a running total, "lũy kế đến kỳ báo cáo",
    # "từ đầu nhiệm kỳ đến kỳ báo cáo")
    (
        "this_period",
        re.compile(
            r"(?<!cung )(?<!den )(?<!toi )(?<!het )(?<!nhiem )(?<!thoi )\b(ky) (?:bao cao|nay)\b"
            r"(?! (?:truoc|sau|toi|lien ke|nam (?:truoc|ngoai))\b)"
        ),
    ),
]
# "Ước quý IV thẩm định 06 dự án …", "ước tháng 12": an estimate of the period named right after.
_ESTIMATE_BEFORE = re.compile(r"\buoc(?: thuc hien| th| tinh| dat)?(?: ca)? $")
# "Quý IV/2025 (ước): 15 đoàn ra; 11 đoàn vào", "năm 2025 ước đạt …": the same, written after the period.
_ESTIMATE_AFTER = re.compile(r" uoc\b")
# "so với (cùng kỳ) năm 2019": the figures around it are changes, not levels.
COMPARISON = re.compile(rf"\bso voi (cung ky )?(?:nam )?{_YEAR}\b|\bso voi cung ky\b")
# Stocks and running totals: "hiện nay", "đến nay", "hiện có", "lũy kế".
AS_OF_NOW = re.compile(
    r"\b(?:hien nay|den nay|hien co|hien la|hien dang|tinh den nay|cho den nay|luy ke|tu truoc den nay)\b"
)
# The evidence a figure dated by an estimate of the year carries (the review queue reads it when such an
# estimate and a count at a cut-off date give the same period).
ESTIMATE_EVIDENCE = "an estimate for the year"
CUMULATIVE = re.compile(r"\b(?:den nay|luy ke|tu truoc den nay|cho den nay|tinh den nay|nang tong so|con hieu luc)\b")
# What a title or closing line can name as the report's period, most specific first.
_REPORT_PERIOD_PATTERNS = (
    ("partial_year", re.compile(rf"\b{_PARTIAL} {_YEAR}\b")),
    ("quarter", _QUARTER),
    ("month", _MONTH),
    ("year", re.compile(rf"\bnam {_YEAR}\b(?! (?:19|20)\d{{2}}\b)")),  # not "3 năm (2021 - 2023)", a span
)
# A title or closing line naming what the report covers; plans and tasks for a period do not.
_REPORTING_CUE = re.compile(r"\b(?:bao cao|tong ket|ket qua|hoat dong|tinh hinh|so ket|danh gia)\b")
_PLAN_CUE = re.compile(r"\b(?:nhiem vu|phuong huong|ke hoach|du kien|phan dau|trien khai)\b")


class ScopeError(ValueError):
    """The period a phrase names cannot be known for certain."""


@dataclass(frozen=True)
class Scope:
    """A period named in the text: a period code, or an as-of date to map onto the report."""

    kind: str
    code: str | None
    evidence: str
    as_of: dt.date | None = None
    labelled: bool = False  # named by a label or a section heading: one month is the section's period
    estimated: bool = False  # "Ước quý IV …", "ước tháng 12: …": the figures of the period are estimates
    to_date: bool = False  # "giai đoạn 2021 - 2025 (tính đến thời điểm báo cáo)": counted to the report's date
    # "tháng trước", "quý trước": the period before the report's, named from it; a value so labelled is compared with
    # the report's figure, which a "cùng kỳ" after it still compares with
    previous: bool = False


def find_scopes(normalised: str, report_year: int | None) -> list[tuple[int, Scope]]:
    """Every period phrase in a normalised sentence, with its position, in order.

    Phrases without a year ("9 tháng đầu năm", "Tính đến ngày 12/9") take the report's year; without one they are
    left out (the caller treats the sentence as unscoped), but for a month or quarter named alone ("Tháng 7, …"),
    which is read as a period nobody can date."""
    return list(_scopes_of(normalised, report_year))


# "tháng Năm năm trước", "quý I năm trước": that month or quarter of the year before the report's ("tháng 5 năm trước"
# in a report on May 2024 is May 2023). ("năm trước" alone stays open: in a report on a half-year it may be the same
# half a year earlier, or the whole year; "năm ngoái", "năm nay" are the speaker's words, from the day of speaking.)
_OF_THE_YEAR_BEFORE = re.compile(
    r"\b(?P<period>thang \d{1,2} |quy (?:i|ii|iii|iv|[1-4]) |(?:0?[369]|ba|sau|chin) thang (?:dau |cuoi )?)"
    # (not "năm trước đó", the year before another named, nor "năm, trước khi …", before something happened)
    r"nam truoc\b(?! (?:19|20)\d{2}\b| do\b| khi\b)"
)


def _with_the_year_before_named(normalised: str, report_year: int | None) -> str:
    """The text with the year before the report's written as its number after a month or quarter, each offset kept
    ("nam truoc" and "nam 2023 " are as long)."""
    if report_year is None or "nam truoc" not in normalised:
        return normalised
    return _OF_THE_YEAR_BEFORE.sub(lambda match: f"{match.group('period')}nam {report_year - 1} ", normalised)


# A sentence's scopes are read for each of its figures and clauses: each text is read once.
@lru_cache(maxsize=1 << 13)
def _scopes_of(normalised: str, report_year: int | None) -> tuple[tuple[int, Scope], ...]:
    as_written, normalised = normalised, _with_the_year_before_named(normalised, report_year)
    found: list[tuple[int, int, Scope]] = []
    taken: list[tuple[int, int]] = []
    comparison_spans = [(m.start(), m.end()) for m in COMPARISON.finditer(normalised)]
    # "Năm 2025 (đến hết tháng 10)": an as-of date without a year takes the year named before it.
    named = re.search(rf"\bnam {_YEAR}\b", normalised)
    as_of_year = report_year or (int(named.group(1)) if named else None)
    for kind, pattern in _SCOPE_PATTERNS:
        for match in pattern.finditer(normalised):
            span = (match.start(), match.end())
            if any(span[0] < end and start < span[1] for start, end in taken + comparison_spans):
                continue
            year_for = as_of_year if kind.startswith("as_of") else report_year
            if kind == "month_of_year" and (written := re.search(rf"\b{_YEAR}\s*$", normalised[: match.start()])):
                # ("Quý IV/2023: tháng 12 đón 04 đoàn": the month of the year written right before it)
                year_for = int(written.group(1))
            elif kind in _TAKES_THE_REPORTS_YEAR and _another_year_before(
                normalised[: match.start()], report_year, comparison_spans
            ):
                # ("Năm 2022, … khôi phục từ quý II: …" in a report on 2025: the quarter is not the report's year's,
                # and which year's it is, the words do not say for certain)
                year_for = None
            scope = _scope_from_match(kind, match, year_for)
            if scope is None:
                continue
            if _ESTIMATE_BEFORE.search(normalised[: match.start()]) or _ESTIMATE_AFTER.match(normalised, match.end()):
                scope = dataclasses.replace(scope, estimated=True)
            if normalised is not as_written:
                # (the evidence as the sentence writes it: "thang 6 nam truoc", not "thang 6 nam 2024")
                end = match.end() + (as_written[match.end() : match.end() + 1] not in ("", " "))
                scope = dataclasses.replace(scope, evidence=as_written[match.start() : end])
            taken.append(span)
            found.append((match.start(), match.end(), scope))
    return tuple((start, scope) for start, _end, scope in sorted(found, key=lambda item: item[0]))


def without_periods(normalised: str, report_year: int | None) -> str:
    """The words of a phrase (a column header, a clause's label) with the period phrases it names blanked out."""
    for start, scope in find_scopes(normalised, report_year):
        normalised = f"{normalised[:start]}{' ' * len(scope.evidence)}{normalised[start + len(scope.evidence) :]}"
    return " ".join(normalised.split())


# Yearless parts of a year that take the report's year ("quý II", "tháng 7").
_TAKES_THE_REPORTS_YEAR = ("quarter_of_year", "month_of_year")


def _another_year_before(before: str, report_year: int | None, comparison_spans: list[tuple[int, int]]) -> bool:
    """Whether the words before a yearless part open with a year other than the report's ("Năm 2022, …", "Nhìn lại
    năm 2019, …"), outside a comparison; not a year inside a name ("Hội đàm cấp cao năm 2024")."""
    opening = re.match(rf"^\W*(?:\w+ ){{0,2}}nam {_YEAR}\b", before)
    return (
        report_year is not None
        and opening is not None
        # ("Như năm 2024, quý II tiếp tục là cao điểm …": the year compared with, not the one the quarter is of)
        and not re.match(r"^\W*(?:nhu|giong|giong nhu|so voi|bang|hon|tuong tu)\b", before)
        and int(opening.group(1)) != report_year
        and not any(start <= opening.end() - 1 < end for start, end in comparison_spans)
    )


def _scope_from_match(kind: str, match: re.Match, report_year: int | None) -> Scope | None:
    evidence = match.group(0)
    groups = match.groups()
    try:
        if kind == "span":
            first, last = int(groups[0]), int(groups[1])
            if not first < last <= first + 30:
                return None
            return Scope("span", period_from_code(f"{first}-{last}").code, evidence)
        # ("6 tháng đầu năm: biên dịch 498 trang" in a review of 2017 - 2021: months of a year not known here, which a
        # heading's year may date; never nothing, which would leave the figure to another period's words)
        if kind == "partial_year":
            year = groups[1] or (str(report_year) if report_year else None)
            if year is None:
                return Scope("yearless", None, evidence)
            return Scope("partial_year", partial_year_code(groups[0], year), evidence)
        if kind in ("first_half", "second_half"):
            year = groups[0] or (str(report_year) if report_year else None)
            if year is None:
                return Scope("yearless", None, evidence)
            half = "H1" if kind == "first_half" else "H2"
            return Scope("partial_year" if half == "H1" else kind, f"{year}-{half}", evidence)
        if kind == "quarter":
            number = quarter_number(groups[0])
            return Scope("quarter", period_from_code(f"{groups[1]}-Q{number}").code, evidence)
        if kind == "as_of_date":
            year = int(groups[2]) if groups[2] else report_year
            if year is None:
                return None
            return Scope("as_of_date", None, evidence, dt.date(year, int(groups[1]), int(groups[0])))
        if kind == "date_range":
            end_year = int(groups[5]) if groups[5] else report_year
            start_year = int(groups[2]) if groups[2] else end_year
            if end_year is None:
                return None
            start = dt.date(start_year, int(groups[1]), int(groups[0]))
            end = dt.date(end_year, int(groups[4]), int(groups[3]))
            return Scope("date_range", code_of_dates(start, end), evidence)
        if kind in ("as_of_quarter", "as_of_month"):
            # (a level to the end of a month or a quarter: on its last day)
            year = int(groups[1]) if groups[1] else report_year
            if year is None:
                return None
            month = 3 * quarter_number(groups[0]) if kind == "as_of_quarter" else int(groups[0])
            return Scope("as_of_date", None, evidence, dt.date(year, month, calendar.monthrange(year, month)[1]))
        if kind == "year_end":
            return Scope("year_end", None, evidence, dt.date(int(groups[0]), 12, 31))
        if kind == "year_end_of_year":
            if report_year is None:
                return Scope("yearless", None, evidence)
            return Scope("year_end", None, evidence, dt.date(report_year, 12, 31))
        if kind == "year_to_date":
            return Scope("year_to_date", None, evidence)
        if kind == "month":
            return Scope("month", period_from_code(f"{groups[1]}-{int(groups[0]):02d}").code, evidence)
        if kind == "year":
            return Scope("year", groups[0], evidence)
        # ("Tháng 7, tỉnh cử 02 đoàn" in a text of no known year: a month the figure is of, whose year is not known;
        # never a sentence naming no period, which a heading's year would date)
        if kind == "quarter_of_year":
            number = quarter_number(groups[0])
            if report_year is None:
                return Scope("yearless", None, evidence)
            return Scope("quarter", period_from_code(f"{report_year}-Q{number}").code, evidence)
        if kind == "month_of_year":
            return (
                Scope("month", period_from_code(f"{report_year}-{int(groups[0]):02d}").code, evidence)
                if report_year
                else Scope("yearless", None, evidence)
            )
        if kind == "this_year":
            return Scope("this_year", None, evidence)
        if kind == "this_period":
            return Scope("this_period", groups[0], evidence)
        if kind == "open_span":
            return Scope("open_span", None, evidence)
        if kind == "month_to_day":
            # ("từ tháng 4 đến hết ngày 30/6/2024": quarter II; "từ tháng 4 đến ngày 20/6": a count that stops short of
            # the quarter's end, not certain to be its total)
            year = int(groups[4] or groups[1] or report_year or 0)
            try:
                start, last = dt.date(year, int(groups[0]), 1), dt.date(year, int(groups[3]), int(groups[2]))
            except ValueError:
                return Scope("date_range", None, evidence)
            return Scope("date_range", code_of_dates(start, last), evidence)
        if kind == "to_month_end":
            year = groups[2] or groups[0] or (str(report_year) if report_year else None)
            months = int(groups[1])
            if year is None or (months != 12 and months not in _MONTHS_FROM_JANUARY):
                return Scope("other_months", None, evidence)
            code = str(year) if months == 12 else f"{year}-{_MONTHS_FROM_JANUARY[months]}"
            return Scope("partial_year" if months != 12 else "year", period_from_code(code).code, evidence)
        if kind == "other_months":
            return Scope("other_months", None, evidence)
        if kind == "unknown":
            return Scope("unknown", None, evidence)
        if kind == "n_months":
            return Scope("n_months", str(_MONTH_WORDS.get(groups[0]) or int(groups[0])), evidence)
        if kind == "n_years":
            return Scope("n_years", str(_YEAR_COUNT_WORDS.get(groups[0]) or int(groups[0])), evidence)
        if kind == "same_period_earlier":
            # (the year of whichever spelling named one: "cùng kỳ năm 2019", "cùng kỳ 2019", "CK 2019")
            return Scope("same_period_earlier", next((group for group in groups if group), None), evidence)
        if kind == "estimate":
            year = groups[0] or (str(report_year) if report_year else None)
            return Scope("estimate", year, evidence) if year else None
    except (PeriodFormatError, ValueError):
        return None
    return None


def code_of_dates(start: dt.date, end: dt.date) -> str | None:
    """The period of the codelist that runs from ``start`` to ``end``, if one does."""
    if start.year != end.year or start.day != 1 or end.day != calendar.monthrange(end.year, end.month)[1]:
        return None
    months = {
        (1, 12): "",
        (1, 9): "-9M",
        (1, 6): "-H1",
        (7, 12): "-H2",
        (1, 3): "-Q1",
        (4, 6): "-Q2",
        (7, 9): "-Q3",
        (10, 12): "-Q4",
    }
    if (start.month, end.month) in months:
        return f"{start.year}{months[(start.month, end.month)]}"
    return f"{start.year}-{start.month:02d}" if start.month == end.month else None


# A press conference or a regular meeting named by when it is held ("Họp báo định kỳ quý III/2025", "tại phiên họp UBND
# tỉnh thường kỳ tháng 9/2017"): when it meets, not what a report covers (its answers give figures of the months to date
# as often as of that period).
# (a regular meeting only: "cuộc họp sơ kết công tác 9 tháng năm 2021" reviews those months)
MEETING_BEFORE = re.compile(
    r"\b(?:hop bao(?: (?:dinh ky|thuong ky|chuyen de))?|(?:phien|ky|cuoc|buoi) hop(?: \w+){0,5}? (?:thuong ky|dinh ky"
    r"|thuong le)(?: \w+){0,3}) $"
)


def report_period(lines: list[str]) -> tuple[str | None, str]:
    """The period a report covers, from its title, date line and reporting phrases.

    Returns the period code (or None when it is absent or the text names two) and the
    phrase it was read from. Periods named next to a plan ("nhiệm vụ năm 2021",
    "phương hướng 6 tháng cuối năm") are not what the report covers."""
    candidates: dict[str, str] = {}
    for line in lines:
        normalised = normalize_label(line)
        for cue in _REPORTING_CUE.finditer(normalised):
            window = normalised[cue.start() : cue.start() + 110]
            plan = _PLAN_CUE.search(window)
            for kind, pattern in _REPORT_PERIOD_PATTERNS:
                match = pattern.search(window)
                if match is None or (plan and plan.start() < match.start()):
                    continue
                if kind == "month" and re.search(r"ngay \d{1,2} $", window[: match.start()]):
                    continue  # "ngày 12 tháng 9 năm 2022" is a date, not a monthly report
                if any(part.start() <= match.start() < part.end() for part in PART_OF_A_PERIOD.finditer(window)):
                    continue  # "10 ngày đầu tháng 7/2019": a part of the month the report covers, not the month
                if MEETING_BEFORE.search(window[: match.start()]):
                    continue
                if kind == "year" and re.search(rf"(?:{_PARTIAL}|thang \d{{1,2}}) {_YEAR}", window[: match.end()]):
                    continue  # "9 tháng năm 2022", "tháng 10 năm 2022" are not the year
                scope = _scope_from_match(kind, match, None)
                if scope is not None and is_period_code(scope.code):
                    candidates.setdefault(scope.code, line.strip()[:200])
                break
    if len(candidates) == 1:
        code, evidence = next(iter(candidates.items()))
        return code, evidence
    if len(candidates) > 1:
        return None, "the report names several periods: " + ", ".join(sorted(candidates))
    return None, "no reporting period named in the title or text"


_ESTIMATED_AFTER_MONTH = re.compile(
    r"(?<!het )(?<!den )(?<!tu )(?<!va )\bthang (\d{1,2})\b(?! (?:nam )?(?:19|20)\d{2})[^0-9]{0,12}"
    r"\buoc(?: thuc hien| th| tinh| dat)? $"
)


def month_before_an_estimate(before: str, estimated: str) -> str | None:
    """ "Kết quả … tháng 8, ước thực hiện quý III năm 2026": the month, whose results the report gives, and not the
    period it estimates, when the month falls within it."""
    month = _ESTIMATED_AFTER_MONTH.search(before)
    # (the one month the title names: not "tháng 7 và tháng 8, ước …", "đến hết tháng 8, ước …")
    if month is None or not 1 <= int(month.group(1)) <= 12 or len(re.findall(r"\bthang\b", before)) > 1:
        return None
    period = period_from_code(estimated)
    if (
        period.period_type == "multi_year"
        or not period.start_date.month <= int(month.group(1)) <= period.end_date.month
    ):
        return None
    return f"{period.end_date.year}-{int(month.group(1)):02d}"


_THIS_PERIOD_TYPES = {"thang": {"month"}, "quy": {"quarter"}, "giai doan": {"multi_year"}}


def resolve_this_period(scope: Scope, report_code: str | None, named: frozenset[str] = frozenset()) -> str:
    """ "Trong tháng" in a monthly report, "trong quý" in a quarterly one, "trong kỳ" in any; in a text
    naming several periods ("năm 2025 và giai đoạn 2021-2025"), the one of them of the kind it names
    ("cả giai đoạn"), or the one of them of its kind that ends with the report's period."""
    allowed = _THIS_PERIOD_TYPES.get(scope.code or "")
    fitting = [code for code in named if allowed is not None and period_from_code(code).period_type in allowed]
    if report_code is None and len(fitting) == 1:
        return fitting[0]
    if report_code is None:
        raise ScopeError(f"'{scope.evidence}' refers to the report's period, which is unknown")
    if allowed is not None and period_from_code(report_code).period_type not in allowed:
        # "Trong tháng" in a report on "tháng 3, quý I năm 2023": the month its title names ending with the quarter
        report_end = period_from_code(report_code).end_date
        ending = [code for code in fitting if period_from_code(code).end_date == report_end]
        if len(ending) == 1:
            return ending[0]
        raise ScopeError(f"'{scope.evidence}' does not fit the period {report_code} the report covers")
    return report_code


def same_period_a_year_earlier(report_code: str | None, named_year: int | None) -> str:
    """ "Cùng kỳ (năm 2023)": the report's period shifted back one year. A named year that is
    not the year before, or a report period with no such shift, is not certain."""
    if report_code is None:
        raise ScopeError("'cùng kỳ' refers to the report's period, which is unknown")
    period = period_from_code(report_code)
    if period.period_type == "multi_year":
        raise ScopeError(f"'cùng kỳ' of the span {report_code} is not one period")
    earlier = str(period.start_date.year - 1) + report_code[4:]
    if named_year is not None and named_year != period.start_date.year - 1:
        raise ScopeError(f"'cùng kỳ năm {named_year}' is not the year before the report's period {report_code}")
    return period_from_code(earlier).code


def year_of(code: str | None) -> int | None:
    if not code:
        return None
    try:
        period = period_from_code(code)
    except PeriodFormatError:
        return None
    return period.end_date.year if period.period_type != "multi_year" else None


def starts_a_year(code: str) -> bool:
    """Whether a period begins on 1 January (a year, a span of years, quarter I, 6 or 9 months, January)."""
    start = period_from_code(code).start_date
    return (start.month, start.day) == (1, 1)


def refuse_running_total(scope: Scope, report_code: str | None, where: str) -> None:
    """ScopeError for a running total to a day ("Lũy kế đến hết quý III", "Tính đến 30/6") in a report whose period
    does not start the year: it counts from before that period began. ``where`` names the words, in the message."""
    if scope.kind == "as_of_date" and report_code and not starts_a_year(report_code):
        raise ScopeError(f"{where} closes a running total; {report_code} does not start a year")


def resolve_year_to_date(
    scope: Scope,
    report_code: str | None,
    report_date: dt.date | None = None,
    article: bool = False,
    to_the_quarters_end: bool = False,
) -> str:
    """ "Từ đầu năm đến nay" is the report's period when that period starts the year (year, 9M, H1,
    Q1); not when the report is dated after the period ends ("now" runs past it), nor in an article
    with no date of its own (written after the review it reports on, often in the next month)."""
    if report_code is None:
        raise ScopeError(f"'{scope.evidence}' runs to the report's date, and the report's period is unknown")
    period = period_from_code(report_code)
    now = re.search(r"\b(?:den|toi) nay\b", scope.evidence)
    if period.period_type == "multi_year":
        raise ScopeError(f"'{scope.evidence}' is not the period {report_code} the report covers")
    if (period.start_date.month, period.start_date.day) != (1, 1):
        # ("Lũy kế từ đầu năm: 19 đoàn" in a report on quarter II, with no day closing it: January to June, the half;
        # not in a month's report, nor "từ đầu năm đến ngày 20/6", a day the quarter may not end on)
        # (nor "từ đầu năm đến nay": to the day of writing, which the writers key as a count so far)
        if not (to_the_quarters_end and period.period_type == "quarter") or now:
            raise ScopeError(f"'{scope.evidence}' is not the period {report_code} the report covers")
        running = _MONTHS_FROM_JANUARY.get(period.end_date.month)
        report_code = f"{period.end_date.year}-{running}" if running else str(period.end_date.year)
    if report_date is not None and report_date > period.end_date and now:
        raise ScopeError(f"'{scope.evidence}' runs to {report_date:%d/%m/%Y}, after the period {report_code} ends")
    if report_date is None and article and now and period.months < 12:
        raise ScopeError(f"'{scope.evidence}' runs to a day the article does not date")
    return report_code


def year_whose_last_day(scope: Scope) -> str | None:
    """The year of an as-of date that is its 31 December, written with its year ("đến ngày 31/12/2024"), or None."""
    as_of = scope.as_of
    if as_of is None or (as_of.month, as_of.day) != (12, 31) or str(as_of.year) not in scope.evidence:
        return None
    return str(as_of.year)


def resolve_as_of(scope: Scope, report_code: str | None) -> str:
    """An as-of date ("Tính đến ngày 12/9") is the report's period when it falls in that
    period's last month (the data's cut-off before the report is due); a date after the period
    ends ("tính đến ngày 05/01/2027" in a report on 2026) counts what happened since as well."""
    if report_code is None or scope.as_of is None:
        raise ScopeError(f"'{scope.evidence}' names a date, and the report's period is unknown")
    period = period_from_code(report_code)
    if period.period_type == "multi_year" and scope.as_of != period.end_date:
        # ("Tính đến ngày 15/12/2023, toàn tỉnh có 60 đoàn ra" in a review of 2019 - 2023: counted from the year's
        # start, or the span's; the date does not say)
        raise ScopeError(f"'{scope.evidence}' closes a count whose start is not said, in a report on {report_code}")
    last_month_start = period.end_date.replace(day=1)
    if last_month_start <= scope.as_of <= period.end_date:
        return report_code
    raise ScopeError(f"'{scope.evidence}' is not the end of the report's period {report_code}")


_MONTHS_FROM_JANUARY = {3: "Q1", 6: "H1", 9: "9M"}


def months_of_year(scope: Scope, year: int) -> str:
    """ "9 tháng" of a year: the months from its January, when they make a period of the codelist."""
    months = int(scope.code or 0)
    if months == 12:
        return str(year)
    if months not in _MONTHS_FROM_JANUARY:
        return _no_period(scope)
    return period_from_code(f"{year}-{_MONTHS_FROM_JANUARY[months]}").code


def resolve_n_months(scope: Scope, report_code: str | None) -> str:
    """ "Trong 9 tháng" in a 9-month report, "lũy kế 6 tháng" in a second-quarter one: the months
    from January to the end of the report's period, when they make a period of the codelist."""
    if report_code is None:
        raise ScopeError(f"'{scope.evidence}' counts months of a period that is unknown")
    period = period_from_code(report_code)
    if period.period_type != "multi_year" and period.end_date.month == int(scope.code or 0):
        return months_of_year(scope, period.end_date.year)
    if period.period_type == "quarter" and scope.code == "3":
        # ("Ba tháng qua, tỉnh đã cử 15 đoàn" in a report on quý III: the quarter's three months)
        return report_code
    if scope.evidence.startswith("luy ke") and period.period_type == "year" and scope.code in ("6", "9"):
        # ("lũy kế 9 tháng đạt 6.555 trang" in a report on the year: the running total from its January; the caller
        # makes sure no other period around it says which months they are)
        return months_of_year(scope, period.end_date.year)
    return _no_period(scope)


def resolve_n_years(scope: Scope, report_code: str | None) -> str:
    """ "Cộng cả 5 năm" in a report on the term 2021-2025: the term, when it runs over that many years."""
    if report_code is not None:
        period = period_from_code(report_code)
        if period.period_type == "multi_year" and period.end_date.year - period.start_date.year + 1 == int(
            scope.code or 0
        ):
            return report_code
    return _no_period(scope)


def resolve_months_column(scope: Scope, report_code: str | None, left: str | None) -> str:
    """ "Lũy kế 9 tháng" in a report on the third quarter (as ``resolve_n_months``); a bare "6 tháng", "9 tháng"
    heading a column right after the quarter (or month) that ends those months, in a report whose period starts in
    January and runs over them ("Quý I | Quý II | 6 tháng | Quý III | 9 tháng | …"): the months from January. (Not
    "Quý IV | 6 tháng", nor "Tháng 9 | 3 tháng": those are other months.)"""
    months = int(scope.code or 13)
    if report_code is None and left is not None and is_period_code(left):
        # ("Tháng 9 | Quý III | Lũy kế 9 tháng" in a bulletin of no period of its own: the months to the end of the
        # column before them, from the January of its year)
        before = period_from_code(left)
        if before.end_date.month == months and before.period_type != "multi_year":
            return months_of_year(scope, before.end_date.year)
    if report_code is None:
        raise ScopeError(f"'{scope.evidence}' counts months of a period that is unknown")
    period = period_from_code(report_code)
    within = period.period_type != "multi_year" and period.start_date.month == 1 and period.end_date.month >= months
    if within and left is not None and is_period_code(left):
        before = period_from_code(left)
        if before.end_date.year == period.end_date.year and before.end_date.month == months:
            return months_of_year(scope, period.end_date.year)
    return resolve_n_months(scope, report_code)


def _no_period(scope: Scope) -> str:
    raise ScopeError(f"'{scope.evidence}' is not a reporting period (year, half, quarter, 9 months, month)")


def resolve_estimate(scope: Scope, report_code: str | None) -> str:
    """ "Ước thực hiện cả năm": the year the report belongs to (or names)."""
    if scope.code:
        return scope.code
    raise ScopeError(f"'{scope.evidence}' estimates a year that is unknown")


# Words that may open a period label ("cả quý III:", "lũy kế 6 tháng:", "tính từ đầu năm:").
_LABEL_OPENERS = re.compile(
    r"^(?:ca |cong don |cong |tong hop |tong cong |tong |rieng |tinh chung |tinh |so lieu |ket qua )+"
)
_YEARLESS = re.compile(r"^(?:(?:quy |q)(?:i|ii|iii|iv|[1-4])|thang \d{1,2})$")


# "Lũy kế năm 2019 (số liệu chốt đến ngày 20/12/2019)": a period label, then a bracket closing its count on a day.
_A_CUT_OFF_BRACKET = re.compile(r"(?P<label>[^()]+?)\s*\((?P<bracket>[^()]+)\)")


def closing_stretch_start(period) -> dt.date:
    """The first day of the stretch a period's count is closed in, as the department dates its reports: the period's
    last month, or a month's own last day."""
    return period.end_date if period.period_type == "month" else period.end_date.replace(day=1)


_CUT_OFF_BRACKET_WORDS = frozenset({"so", "lieu", "chot", "tinh", "den", "toi", "het", "ngay", "thoi", "diem"})


def _cut_off_label(cut_off: re.Match, report_year: int | None) -> Scope | None:
    """A labelled period closed on a day: its own, on a day of its last month (a month's, on its last day), the day its
    ``as_of``; a count so far, no period the extractor reads, on an earlier day of it; None for any other bracket."""
    scope = period_label(cut_off["label"], report_year)
    bracket = normalize_label(cut_off["bracket"])
    days = find_scopes(bracket, report_year)
    if scope is None or not is_period_code(scope.code or "") or len(days) != 1 or days[0][1].as_of is None:
        return None
    # (the bracket says nothing but the cut-off: not "(số phát sinh thêm từ sau Báo cáo số 480 đến ngày 20/12/2019)")
    if set(bracket.replace(days[0][1].evidence, " ").split()) - _CUT_OFF_BRACKET_WORDS:
        return None
    period, day = period_from_code(scope.code), days[0][1].as_of
    if not period.start_date <= day <= period.end_date:
        return None
    if day < closing_stretch_start(period):
        return Scope("unknown", None, f"{scope.evidence} {days[0][1].evidence}", labelled=True)
    return dataclasses.replace(scope, labelled=True, as_of=day)


def the_period_before(label: str, report_code: str | None) -> Scope | None:
    """The period a label "tháng trước" ("quý trước") names in a report on one month (quarter): the one before it
    ("(tháng trước: 04 đoàn)" in a report on November 2018 is October 2018); in any other report, None."""
    named = re.fullmatch(r"(thang|quy) (?:lien )?truoc", normalize_label(label))
    if named is None or report_code is None or not is_period_code(report_code):
        return None
    period = period_from_code(report_code)
    kind = {"thang": "month", "quy": "quarter"}[named.group(1)]
    if period.period_type != kind:
        return None
    day_before = period.start_date - dt.timedelta(days=1)
    if kind == "month":
        return Scope(kind, f"{day_before.year}-{day_before.month:02d}", named.group(), labelled=True, previous=True)
    return Scope(kind, quarter_code(day_before), named.group(), labelled=True, previous=True)


def period_label(label: str, report_year: int | None) -> Scope | None:
    """The period a label before a colon names, when the label is nothing but a period
    ("Quý I", "tháng 4/2026", "cả quý III", "lũy kế 6 tháng", "Năm 2022"); a month or quarter
    without a year is in the report's year."""
    if cut_off := _A_CUT_OFF_BRACKET.fullmatch(label.strip()):
        return _cut_off_label(cut_off, report_year)
    normalised = _LABEL_OPENERS.sub("", normalize_label(label))
    if not normalised or len(normalised) > 40:
        return None
    if re.fullmatch(r"(?:19|20)\d{2}", normalised):
        normalised = f"nam {normalised}"  # a row or column labelled "2023"
    if _YEARLESS.match(normalised):
        if report_year is None:
            return None
        normalised = f"{normalised} nam {report_year}"
    scopes = find_scopes(normalised, report_year)
    if len(scopes) != 1:
        return None
    start, scope = scopes[0]
    covered = normalised[start:].startswith(scope.evidence) and start + len(scope.evidence) == len(normalised)
    leading = normalised[:start].strip() in ("", "luy ke", "trong", "tinh chung", "tinh rieng", "tong cong") or (
        scope.estimated and _ESTIMATE_BEFORE.fullmatch(normalised[:start])
    )
    return scope if covered and leading else None
