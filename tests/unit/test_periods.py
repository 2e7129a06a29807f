"""Period codes as the department writes them (parsing/periods.py)."""

import datetime as dt

import pytest

from dagster_project.parsing.periods import PeriodFormatError, parse_period, period_from_code


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


def test_a_period_holds_the_periods_within_it():
    from dagster_project.parsing.periods import holds_any

    assert holds_any("2024-9M", {"2024-06"}) and holds_any("2024-9M", {"2024-Q3", "2025"})
    assert holds_any("2024-Q2", {"2024-Q2"})
    assert not holds_any("2024-Q2", {"2024-H1"}) and not holds_any("2024-Q2", {"quy"}) and not holds_any(None, {"2024"})
