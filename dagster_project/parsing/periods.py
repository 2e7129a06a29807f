"""Reporting period codes: ``2020``, ``2021-H1``, ``2022-Q3``, ``2022-9M``, ``2022-07``, ``2014-2020``.

Report tables write periods in Vietnamese (``9 tháng năm 2022``, ``6 tháng đầu năm 2021``,
``Quý III/2022``, ``Giai đoạn 2016 - 2020``); this module turns them into codes.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from dagster_project.parsing.text import normalize_label

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

# The period vocabulary every reader of Vietnamese text shares (report tables here, narrative
# reports in documents/): a year, a quarter's number, and the periods "3/6/9 tháng (đầu năm)" name.
YEAR_PATTERN = r"((?:19|20)\d{2})"
PARTIAL_YEAR_PERIODS = {
    "3": "Q1",
    "03": "Q1",
    "ba": "Q1",
    "6": "H1",
    "06": "H1",
    "sau": "H1",
    "9": "9M",
    "09": "9M",
    "chin": "9M",
}


def quarter_number(written: str) -> int:
    """1-4 for a quarter written in roman (i, ii, iii, iv; normalised to lower case) or arabic numerals."""
    return _ROMAN.get(written) or int(written)


def quarter_code(day: dt.date) -> str:
    """The code of the quarter a day falls in ("2024-Q3" for 15/8/2024)."""
    return f"{day.year}-Q{(day.month + 2) // 3}"


def partial_year_code(months: str, year: str | int) -> str:
    """The period code of "N tháng (đầu) năm YEAR" for N of 3, 6 or 9 (written in digits or words)."""
    return f"{year}-{PARTIAL_YEAR_PERIODS[months]}"


_CODE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("multi_year", re.compile(r"^(\d{4})-(\d{4})$")),
    ("year", re.compile(r"^(\d{4})$")),
    ("half", re.compile(r"^(\d{4})-H([12])$")),
    ("quarter", re.compile(r"^(\d{4})-Q([1-4])$")),
    ("nine_months", re.compile(r"^(\d{4})-9M$")),
    ("month", re.compile(r"^(\d{4})-(\d{2})$")),
]

# Vietnamese phrasings, matched on the normalised (diacritic-free, lower-case) text.
_VI_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:giai doan |tu nam )?(\d{4}) (?:den |den nam )?(\d{4})$"), "{0}-{1}"),
    (re.compile(r"^(?:0?9|chin) thang (?:dau )?(?:nam )?(\d{4})$"), "{0}-9M"),
    (re.compile(r"^9t (?:nam )?(\d{4})$"), "{0}-9M"),
    (re.compile(r"^(?:0?6|sau) thang (?:dau )?(?:nam )?(\d{4})$"), "{0}-H1"),
    (re.compile(r"^6 thang cuoi (?:nam )?(\d{4})$"), "{0}-H2"),
    (re.compile(r"^quy (i|ii|iii|iv|[1-4]) (?:nam )?(\d{4})$"), "quarter"),
    (re.compile(r"^thang (\d{1,2}) (?:nam )?(\d{4})$"), "month"),
    (re.compile(r"^nam (\d{4})$"), "{0}"),
]


class PeriodFormatError(ValueError):
    """Raised when a period cannot be turned into a code with certainty."""


@dataclass(frozen=True)
class Period:
    code: str
    period_type: str
    start_date: dt.date
    end_date: dt.date

    @property
    def months(self) -> int:
        """How many calendar months the period spans."""
        return (self.end_date.year - self.start_date.year) * 12 + self.end_date.month - self.start_date.month + 1


def period_from_code(code: str) -> Period:
    """Bounds and type of a canonical period code; raises on anything else."""
    code = code.strip()
    for period_type, pattern in _CODE_PATTERNS:
        match = pattern.match(code)
        if not match:
            continue
        year = int(match.group(1))
        if period_type == "multi_year":
            last = int(match.group(2))
            if last <= year:
                raise PeriodFormatError(f"'{code}': the range must run forwards")
            return Period(code, period_type, dt.date(year, 1, 1), dt.date(last, 12, 31))
        if period_type == "year":
            return Period(code, period_type, dt.date(year, 1, 1), dt.date(year, 12, 31))
        if period_type == "nine_months":
            return Period(code, period_type, dt.date(year, 1, 1), dt.date(year, 9, 30))
        number = int(match.group(2))
        first_month, months = {
            "half": (6 * (number - 1) + 1, 6),
            "quarter": (3 * (number - 1) + 1, 3),
            "month": (number, 1),
        }[period_type]
        if not 1 <= first_month <= 12:
            raise PeriodFormatError(f"'{code}' has no month {number}")
        last_month = first_month + months - 1
        last_day = calendar.monthrange(year, last_month)[1]
        return Period(code, period_type, dt.date(year, first_month, 1), dt.date(year, last_month, last_day))
    raise PeriodFormatError(f"'{code}' is not a period code (e.g. 2020, 2021-H1, 2022-Q3, 2022-9M, 2022-07, 2014-2020)")


def is_period_code(code: str | None) -> bool:
    """Whether ``code`` is a period of the codelist ("2021-2025"), not some other word ("9", "giai doan")."""
    try:
        return code is not None and period_from_code(code) is not None
    except PeriodFormatError:
        return False


def parse_period(value: object) -> str:
    """Turn a period as written in a report table into its canonical code."""
    if value is None:
        raise PeriodFormatError("empty period")
    if isinstance(value, (int, float)) and float(value).is_integer():
        value = str(int(value))
    text = str(value).strip()
    try:
        return period_from_code(text.upper() if re.match(r"^\d{4}-[hq9]", text, re.I) else text).code
    except PeriodFormatError:
        pass
    normalized = normalize_label(text)
    for pattern, template in _VI_PATTERNS:
        match = pattern.match(normalized)
        if not match:
            continue
        if template == "quarter":
            quarter, year = match.groups()
            code = f"{year}-Q{quarter_number(quarter)}"
        elif template == "month":
            month, year = match.groups()
            code = f"{year}-{int(month):02d}"
        else:
            code = template.format(*match.groups())
        return period_from_code(code).code
    raise PeriodFormatError(f"'{text}' is not a reporting period this warehouse knows")


def holds_any(code: str | None, others) -> bool:
    """Whether the period of ``code`` holds (or is) any period of ``others`` ("2024-9M" holds "2024-06" and "2024-Q3");
    False for a code that is none."""
    if not code or not is_period_code(code):
        return False
    period = period_from_code(code)
    return any(
        is_period_code(other)
        and period.start_date <= period_from_code(other).start_date
        and period_from_code(other).end_date <= period.end_date
        for other in others
    )
