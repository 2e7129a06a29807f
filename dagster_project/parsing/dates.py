"""Dates as departmental spreadsheets hold them: real dates, Excel serials, dd/mm/yyyy, Vietnamese words."""

from __future__ import annotations

import datetime as dt
import re

from dagster_project.parsing.text import normalize_label, strip_diacritics

EXCEL_EPOCH = dt.date(1899, 12, 30)
# Registers of this department start long after 1990 and an Excel serial above ~2100 is noise.
_SERIAL_RANGE = (32874, 73051)  # 1990-01-01 .. 2099-12-31

# "15/06/2020", "ngày 15/6/2020", "15/06/2020 08:30": the day, month and year are all there.
# One separator throughout: "10-12/2024" is a span of months, not the 10th of December.
_DMY = re.compile(
    r"^(?:ngày\s+|ngay\s+)?(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?:\s+\d{1,2}[:h]\d{2}(?::\d{2})?)?$", re.IGNORECASE
)
# "15/3/2023 (3 ngày)", "12/5/2024 (sáng)": a remark in brackets after the date.
_TRAILING_REMARK = re.compile(r"\s*\([^()]*\)\s*$")
# What a rejected date still says about its period ("06/2020", "Tháng 6/2020", "năm 2020").
_MONTH_YEAR = re.compile(
    r"(?:^|\D)(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})(?!\d)|thang\s+(\d{1,2})\s+(?:nam\s+)?((?:19|20)\d{2})"
)
_YEAR_ONLY = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_WORDS = re.compile(r"^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+(?:nam\s+)?(\d{4})$")
# "12-15/3/2023", "28/3-02/4/2024", "từ 11 - 15/5/2026", "30/12/2023 - 03/01/2024",
# "từ ngày 12/3 đến ngày 15/3/2023": the first day may leave out what the last day says.
_SEP = r"\s*[/.\-]\s*"
_RANGE = re.compile(
    rf"^(?:tu\s+)?(?:ngay\s+)?(\d{{1,2}})(?:{_SEP}(\d{{1,2}}))?(?:{_SEP}(\d{{4}}))?"
    rf"\s*(?:-|–|—|~|->|den)\s*(?:ngay\s+)?(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}})$"
)


class DateFormatError(ValueError):
    """Raised with a human-readable reason when a value is not a date we can trust."""


def _build(year: int, month: int, day: int, original: object) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as error:
        raise DateFormatError(f"'{original}' is not a valid calendar date ({error})") from error


def parse_vn_date_range(value: object) -> tuple[dt.date, dt.date | None]:
    """A date or a range of dates in one cell: (first day, last day), the last day None for a
    single date. Real dates, Excel serials, ``12/09/2022``, ``25.11.2024``, ``2022-09-12``,
    ``ngày 12 tháng 9 năm 2022``, ``12-15/3/2023``, ``28/3-02/4/2024``. Day before month, as in
    Viet Nam; a cell naming only a month or a year is refused with what to add."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise DateFormatError("empty date")
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    if isinstance(value, bool):
        raise DateFormatError(f"'{value}' is not a date")
    if isinstance(value, (int, float)):
        if float(value).is_integer() and _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
            return EXCEL_EPOCH + dt.timedelta(days=int(value)), None
        raise DateFormatError(f"'{value}' is a number, not a date")

    text = _TRAILING_REMARK.sub("", str(value)).strip() or str(value).strip()
    if match := _DMY.match(text):
        day, _, month, year = match.groups()
        return _build(int(year), int(month), int(day), value), None
    if match := _ISO.match(text):
        year, month, day = (int(part) for part in match.groups())
        return _build(year, month, day, value), None
    if match := _WORDS.match(normalize_label(text)):
        day, month, year = (int(part) for part in match.groups())
        return _build(year, month, day, value), None
    return _parse_range(text, value)


def parse_vn_date(value: object) -> dt.date:
    """The date of a cell; a range in one cell gives its first day."""
    return parse_vn_date_range(value)[0]


def _parse_range(text: str, original: object) -> tuple[dt.date, dt.date]:
    match = _RANGE.match(" ".join(strip_diacritics(text).lower().split()))
    if not match:
        hint = _partial_date_hint(text)
        if hint and len(hint) < 10:
            kind = "a month" if len(hint) == 7 else "a year"
            raise DateFormatError(f"'{text}' names only {kind} ({hint}); add the day (dd/mm/yyyy)")
        raise DateFormatError(
            f"'{text}' is not a date (expected dd/mm/yyyy, a range like 12-15/3/2023 or 'ngày D tháng M năm YYYY')"
        )
    first_day, first_month, first_year, last_day, last_month, last_year = match.groups()
    end = _build(int(last_year), int(last_month), int(last_day), original)
    if first_month is None:  # "30-2/4/2024": the 30th of the month before
        month, year = (
            (end.month, end.year)
            if int(first_day) <= end.day
            else ((end.month - 2) % 12 + 1, end.year - (end.month == 1))
        )
        start = _build(year, month, int(first_day), original)
    else:
        start = _build(int(first_year or last_year), int(first_month), int(first_day), original)
        if start > end and first_year is None:  # "28/12 - 02/01/2024" starts the year before
            start = _build(end.year - 1, start.month, start.day, original)
    if start > end or (end - start).days > 366:
        raise DateFormatError(f"'{text}' is not a range of dates (it ends before it starts, or spans more than a year)")
    return start, end


def date_hint(value: object) -> str | None:
    """The period a date cell names even when it is not a whole date: "2020-06-15" for a date,
    "2020-06" for a month ("06/2020", "Tháng 6/2020"), "2020" for a year; None when it names none.
    Quarantined register rows keep it, so the reconciliation knows which periods they belong to."""
    try:
        return parse_vn_date(value).isoformat()
    except DateFormatError:
        return _partial_date_hint(value)


def _partial_date_hint(value: object) -> str | None:
    if isinstance(value, str) and (match := _DMY.match(value.strip())):
        return match.group(4)  # "31/6/2025" is no day at all: of its parts only the year is sure
    text = normalize_label(value) if isinstance(value, str) else ""
    raw = str(value) if isinstance(value, str) else ""
    if match := _MONTH_YEAR.search(raw) or _MONTH_YEAR.search(text):
        month, year = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        if 1 <= int(month) <= 12:
            return f"{year}-{int(month):02d}"
    if (years := set(_YEAR_ONLY.findall(raw))) and len(years) == 1:
        return years.pop()
    return None
