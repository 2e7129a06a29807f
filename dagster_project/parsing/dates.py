"""Dates as departmental spreadsheets hold them: real dates, Excel serials, dd/mm/yyyy, Vietnamese words."""

from __future__ import annotations

import datetime as dt
import re

from dagster_project.parsing.text import normalize_label

EXCEL_EPOCH = dt.date(1899, 12, 30)
# Registers of this department start long after 1990 and an Excel serial above ~2100 is noise.
_SERIAL_RANGE = (32874, 73051)  # 1990-01-01 .. 2099-12-31

_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_WORDS = re.compile(r"^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+(?:nam\s+)?(\d{4})$")


class DateFormatError(ValueError):
    """Raised with a human-readable reason when a value is not a date we can trust."""


def _build(year: int, month: int, day: int, original: object) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as error:
        raise DateFormatError(f"'{original}' is not a valid calendar date ({error})") from error


def parse_vn_date(value: object) -> dt.date:
    """Read a date cell: date/datetime objects, Excel serial numbers, ``12/09/2022``,
    ``2022-09-12``, ``ngày 12 tháng 9 năm 2022``. Day comes before month, as in Viet Nam."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise DateFormatError("empty date")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise DateFormatError(f"'{value}' is not a date")
    if isinstance(value, (int, float)):
        if float(value).is_integer() and _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise DateFormatError(f"'{value}' is a number, not a date")

    text = str(value).strip()
    if match := _DMY.match(text):
        day, month, year = (int(part) for part in match.groups())
        return _build(year, month, day, value)
    if match := _ISO.match(text):
        year, month, day = (int(part) for part in match.groups())
        return _build(year, month, day, value)
    if match := _WORDS.match(normalize_label(text)):
        day, month, year = (int(part) for part in match.groups())
        return _build(year, month, day, value)
    raise DateFormatError(f"'{text}' is not a date (expected dd/mm/yyyy or 'ngày D tháng M năm YYYY')")
