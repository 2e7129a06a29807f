"""Dates as clerks write them (parsing/dates.py)."""

import datetime as dt
import re

import pytest

from dagster_project.parsing.dates import DateFormatError, parse_vn_date, parse_vn_date_range


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("12/09/2022", dt.date(2022, 9, 12)),
        ("12/9/2022", dt.date(2022, 9, 12)),
        ("05-09-1962", dt.date(1962, 9, 5)),
        ("2022-09-12", dt.date(2022, 9, 12)),
        ("ngày 12 tháng 9 năm 2022", dt.date(2022, 9, 12)),
        ("Ngày 07 tháng 02 năm 2023", dt.date(2023, 2, 7)),
        (44816, dt.date(2022, 9, 12)),
        (44816.0, dt.date(2022, 9, 12)),
        (dt.datetime(2022, 9, 12, 8, 30), dt.date(2022, 9, 12)),
        (dt.date(2020, 1, 22), dt.date(2020, 1, 22)),
    ],
)
def test_dates(cell, expected):
    assert parse_vn_date(cell) == expected


@pytest.mark.parametrize("cell", ["31/02/2022", "tháng 7/2022", "abc", 12.5, 5, "", None, True])
def test_uncertain_dates_are_refused(cell):
    with pytest.raises(DateFormatError):
        parse_vn_date(cell)


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("12-15/3/2023", dt.date(2023, 3, 12), dt.date(2023, 3, 15)),
        ("28/3-02/4/2024", dt.date(2024, 3, 28), dt.date(2024, 4, 2)),
        ("từ 11 - 15/5/2026", dt.date(2026, 5, 11), dt.date(2026, 5, 15)),
        ("30/12/2023 - 03/01/2024", dt.date(2023, 12, 30), dt.date(2024, 1, 3)),
        ("28/12 - 02/01/2024", dt.date(2023, 12, 28), dt.date(2024, 1, 2)),
        ("Từ ngày 12/3 đến ngày 15/3/2023", dt.date(2023, 3, 12), dt.date(2023, 3, 15)),
        ("25.11.2024", dt.date(2024, 11, 25), None),
        ("ngày 01 tháng 12 năm 2023", dt.date(2023, 12, 1), None),
    ],
)
def test_a_range_in_one_cell_gives_its_first_and_last_day(written, first, last):
    assert parse_vn_date_range(written) == (first, last)
    assert parse_vn_date(written) == first


@pytest.mark.parametrize(
    ("written", "says"),
    [
        ("Tháng 3/2023", "names only a month (2023-03); add the day"),
        ("năm 2023", "names only a year (2023); add the day"),
        ("15/3/2023 - 10/3/2023", "ends before it starts"),
    ],
)
def test_a_date_that_is_not_whole_says_what_to_add(written, says):
    with pytest.raises(DateFormatError, match=re.escape(says)):
        parse_vn_date_range(written)
