"""Quarantined register rows are matched to the published figures of their period, so a
figure is never reconciled against an incomplete count (issue 14, point 3)."""

from decimal import Decimal

import pytest

from dagster_project.parsing.dates import date_hint, parse_vn_date
from dagster_project.quality.quarantine import QuarantinedRow, may_belong_to, unaccounted_figures


@pytest.mark.parametrize(
    ("written", "day"),
    [("ngày 15/6/2020", "2020-06-15"), ("15/06/2020 08:30", "2020-06-15"), ("15.6.2020", "2020-06-15")],
)
def test_whole_dates_with_a_prefix_or_a_time_are_dates(written, day):
    assert parse_vn_date(written).isoformat() == day


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("06/2020", "2020-06"),
        ("Tháng 6/2020", "2020-06"),
        ("tháng 6 năm 2020", "2020-06"),
        ("năm 2020", "2020"),
        ("Quý II/2020", "2020"),
        ("15/6/20", None),
        ("chưa rõ", None),
    ],
)
def test_a_rejected_date_still_names_its_period(written, hint):
    assert date_hint(written) == hint


@pytest.mark.parametrize(
    ("hint", "period", "inside"),
    [
        ("2020-06", "2020", True),
        ("2020-06", "2020-H1", True),
        ("2020-06", "2020-Q3", False),
        ("2020", "2020-Q3", True),
        ("2020-06-15", "2020-9M", True),
        ("2019-12-31", "2020", False),
        ("2020", "2016-2020", True),
    ],
)
def test_a_hint_belongs_to_every_period_it_overlaps(hint, period, inside):
    assert may_belong_to(hint, period) is inside


def test_a_published_figure_with_quarantined_rows_in_its_period_is_named_with_both_values_and_the_file():
    published = [
        (
            "2020",
            "outbound_delegations",
            Decimal(11),
            Decimal(11),
            "exact",
            "reports/SAMPLE_bang_so_lieu_nam_2020.xlsx",
        ),
        ("2020", "consular_cases", Decimal(4), Decimal(4), "exact", "reports/x.xlsx"),
        ("2021", "outbound_delegations", Decimal(4), Decimal(4), "exact", "reports/y.xlsx"),
    ]
    quarantined = [
        QuarantinedRow(
            "outbound_delegations", "registers/doan_ra.xlsx", "Đoàn ra", row, "2020-06", "'06/2020' is not a date"
        )
        for row in range(5, 35)
    ]
    (message,) = unaccounted_figures(published, quarantined)
    assert message.startswith(
        "published figure not checked against every register row: outbound_delegations for 2020: registers 11 "
        "plus 30 quarantined row(s) dated in the period, "
        "published 11 (exact) in reports/SAMPLE_bang_so_lieu_nam_2020.xlsx"
    )
    assert "registers/doan_ra.xlsx rows 5, 6, 7, 8, 9 …" in message
