import datetime as dt
import re

import pytest

from dagster_project.parsing.dates import DateFormatError, parse_vn_date, parse_vn_date_range
from dagster_project.parsing.periods import PeriodFormatError, parse_period, period_from_code


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
    ("written", "code"),
    [
        ("2020", "2020"),
        (2020, "2020"),
        ("Năm 2020", "2020"),
        ("2021-H1", "2021-H1"),
        ("6 tháng đầu năm 2021", "2021-H1"),
        ("06 THÁNG ĐẦU NĂM 2021", "2021-H1"),
        ("9 tháng năm 2022", "2022-9M"),
        ("9 THÁNG NĂM 2022", "2022-9M"),
        ("2022-9m", "2022-9M"),
        ("Quý III/2022", "2022-Q3"),
        ("quý 1 năm 2022", "2022-Q1"),
        ("Tháng 7/2022", "2022-07"),
        ("2022-07", "2022-07"),
        ("Giai đoạn 2016 - 2020", "2016-2020"),
        ("2014-2020", "2014-2020"),
        ("từ năm 2014 đến 2020", "2014-2020"),
    ],
)
def test_periods(written, code):
    assert parse_period(written) == code


@pytest.mark.parametrize("written", ["2022-Q5", "2022-13", "2020-2014", "tuần 3", "", None])
def test_unknown_periods_are_refused(written):
    with pytest.raises(PeriodFormatError):
        parse_period(written)


@pytest.mark.parametrize(
    ("code", "period_type", "start", "end"),
    [
        ("2020", "year", dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
        ("2021-H1", "half", dt.date(2021, 1, 1), dt.date(2021, 6, 30)),
        ("2022-Q3", "quarter", dt.date(2022, 7, 1), dt.date(2022, 9, 30)),
        ("2022-9M", "nine_months", dt.date(2022, 1, 1), dt.date(2022, 9, 30)),
        ("2024-02", "month", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2014-2020", "multi_year", dt.date(2014, 1, 1), dt.date(2020, 12, 31)),
    ],
)
def test_period_bounds(code, period_type, start, end):
    period = period_from_code(code)
    assert (period.period_type, period.start_date, period.end_date) == (period_type, start, end)


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


@pytest.mark.parametrize(("written", "says"), [("Tháng 3/2023", "names only a month (2023-03); add the day"),
                                               ("năm 2023", "names only a year (2023); add the day"),
                                               ("15/3/2023 - 10/3/2023", "ends before it starts")])
def test_a_date_that_is_not_whole_says_what_to_add(written, says):
    with pytest.raises(DateFormatError, match=re.escape(says)):
        parse_vn_date_range(written)
