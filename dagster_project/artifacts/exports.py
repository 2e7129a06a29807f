"""Parquet copies of every marts table, for tools that read files rather than databases."""

from __future__ import annotations

from pathlib import Path

import duckdb

from dagster_project.sql_text import sql_literal


def marts_tables(connection: duckdb.DuckDBPyConnection) -> list[str]:
    return [
        name
        for (name,) in connection.execute(
            "select table_name from duckdb_tables() where schema_name = 'marts' order by table_name"
        ).fetchall()
    ]


def write_parquet_exports(connection: duckdb.DuckDBPyConnection, folder: Path) -> dict[str, int]:
    """One ``<table>.parquet`` per marts table (zstd); returns rows written per table."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for table in marts_tables(connection):
        path = folder / f"{table}.parquet"
        connection.execute(f'copy marts."{table}" to {sql_literal(path)} (format parquet, compression zstd)')
        written[table] = connection.execute(f'select count(*) from marts."{table}"').fetchone()[0]
    return written
