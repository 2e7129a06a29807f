"""Pure helpers behind the BI outputs: PostgreSQL settings, type mapping, folder swap, dashboard."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from dagster_project.artifacts.dashboard import CHARTS, render_dashboard
from dagster_project.publishing.postgres import PostgresTarget, PostgresTargetError, duckdb_to_postgres_type


def test_postgres_url_becomes_the_dbt_profile_variables():
    target = PostgresTarget.from_url("postgresql://warehouse:p%40ss@db.example:6543/hatinh")
    assert target.dbt_environment() == {
        "WAREHOUSE_PG_HOST": "db.example", "WAREHOUSE_PG_PORT": "6543", "WAREHOUSE_PG_USER": "warehouse",
        "WAREHOUSE_PG_PASSWORD": "p@ss", "WAREHOUSE_PG_DBNAME": "hatinh",
    }
    # The password never appears in what the load prints.
    assert target.describe() == "postgresql://warehouse@db.example:6543/hatinh"


@pytest.mark.parametrize("url", ["", "mysql://x@h/db", "postgresql://h:5432", "not a url"])
def test_missing_or_malformed_postgres_url_is_refused_with_the_variable_name(url):
    with pytest.raises(PostgresTargetError, match="WAREHOUSE_POSTGRES_URL"):
        PostgresTarget.from_url(url)


def test_reader_role_name_must_be_a_plain_identifier(monkeypatch):
    monkeypatch.setenv("WAREHOUSE_POSTGRES_READER", "bi; drop table x")
    with pytest.raises(PostgresTargetError, match="reader role"):
        PostgresTarget.from_url("postgresql://warehouse@127.0.0.1/warehouse")


@pytest.mark.parametrize("duckdb_type, postgres_type", [
    ("VARCHAR", "varchar"), ("BIGINT", "bigint"), ("DECIMAL(24,4)", "numeric(24,4)"), ("DOUBLE", "double precision"),
    ("DATE", "date"), ("TIMESTAMP", "timestamp"), ("BOOLEAN", "boolean"), ("INTEGER", "integer"),
])
def test_landing_column_types_map_to_postgres(duckdb_type, postgres_type):
    assert duckdb_to_postgres_type(duckdb_type) == postgres_type


def test_unknown_column_type_is_named_in_the_error():
    with pytest.raises(PostgresTargetError, match="STRUCT"):
        duckdb_to_postgres_type("STRUCT(a INTEGER)")


def test_dashboard_with_empty_marts_says_so_instead_of_drawing_blank_charts():
    connection = duckdb.connect()
    connection.execute("create schema marts")
    for ddl in (
        "fct_activity (date_key integer, activity_type_code varchar, partner_key varchar, delegations integer, persons integer)",
        "dim_date (date_key integer, year integer, month integer)",
        "dim_activity_type (activity_type_code varchar, name_en varchar, name_vi varchar)",
        "dim_partner (partner_key varchar, name_vi varchar, name_en varchar, partner_type varchar)",
        "fct_funding (partner_key varchar, recipient_partner_key varchar, activity_type_code varchar, value_date date, currency varchar, "
        "transaction_type_name varchar, amount decimal(24,4), amount_usd decimal(24,2), is_in_kind boolean)",
        "rpt_reconciliation (period_code varchar, status varchar, reported_value decimal(28,4))",
        "dim_period (period_code varchar, start_date date, end_date date)",
    ):
        connection.execute(f"create table marts.{ddl}")
    page = render_dashboard(connection, dt.datetime(2026, 11, 24, 2, 0))
    assert page.count("No data for this chart") == len(CHARTS)
    assert "2026-11-24 02:00" in page and "<script src=" not in page
