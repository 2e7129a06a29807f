"""The PostgreSQL target's pure helpers: settings from the URL, type mapping."""

from __future__ import annotations

import pytest

from dagster_project.publishing.postgres import PostgresTarget, PostgresTargetError, duckdb_to_postgres_type


def test_postgres_url_becomes_the_dbt_profile_variables():
    target = PostgresTarget.from_url("postgresql://warehouse:p%40ss@db.example:6543/hatinh")
    assert target.dbt_environment() == {
        "WAREHOUSE_PG_HOST": "db.example",
        "WAREHOUSE_PG_PORT": "6543",
        "WAREHOUSE_PG_USER": "warehouse",
        "WAREHOUSE_PG_PASSWORD": "p@ss",
        "WAREHOUSE_PG_DBNAME": "hatinh",
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


@pytest.mark.parametrize(
    "duckdb_type, postgres_type",
    [
        ("VARCHAR", "varchar"),
        ("BIGINT", "bigint"),
        ("DECIMAL(24,4)", "numeric(24,4)"),
        ("DOUBLE", "double precision"),
        ("DATE", "date"),
        ("TIMESTAMP", "timestamp"),
        ("BOOLEAN", "boolean"),
        ("INTEGER", "integer"),
    ],
)
def test_landing_column_types_map_to_postgres(duckdb_type, postgres_type):
    assert duckdb_to_postgres_type(duckdb_type) == postgres_type


def test_unknown_column_type_is_named_in_the_error():
    with pytest.raises(PostgresTargetError, match="STRUCT"):
        duckdb_to_postgres_type("STRUCT(a INTEGER)")
