"""The dashboard page without marts to draw."""

from __future__ import annotations

import datetime as dt

import duckdb

from dagster_project.artifacts.dashboard import CHARTS, render_dashboard


def test_dashboard_with_empty_marts_says_so_instead_of_drawing_blank_charts():
    connection = duckdb.connect()
    connection.execute("create schema marts")
    for ddl in (
        "fct_activity (date_key integer, activity_type_code varchar, partner_key varchar, "
        "delegations integer, persons integer)",
        "dim_date (date_key integer, year integer, month integer)",
        "dim_activity_type (activity_type_code varchar, name_en varchar, name_vi varchar)",
        "dim_partner (partner_key varchar, name_vi varchar, name_en varchar, partner_type varchar)",
        "fct_funding (partner_key varchar, recipient_partner_key varchar, activity_type_code varchar, "
        "value_date date, currency varchar, "
        "transaction_type_name varchar, amount decimal(24,4), amount_usd decimal(24,2), is_in_kind boolean)",
        "rpt_reconciliation (period_code varchar, status varchar, reported_value decimal(28,4))",
        "dim_period (period_code varchar, start_date date, end_date date)",
    ):
        connection.execute(f"create table marts.{ddl}")
    page = render_dashboard(connection, dt.datetime(2026, 11, 24, 2, 0))
    assert page.count("No data for this chart") == len(CHARTS)
    assert "2026-11-24 02:00" in page and "<script src=" not in page
