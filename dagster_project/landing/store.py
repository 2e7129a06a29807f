"""Write landed rows and their accounting into the DuckDB build file."""

from __future__ import annotations

from decimal import Decimal

import duckdb
import pandas as pd

from dagster_project.landing.engine import LandingBatch
from dagster_project.landing.specs import LANDING_SCHEMA, QUALITY_SCHEMA, SQL_TYPES, TableSpec
from dagster_project.sql_text import sql_literal

PROVENANCE_COLUMNS = {
    "_source_file": "VARCHAR",
    "_sheet": "VARCHAR",
    "_row_number": "INTEGER",
    "_file_sha256": "VARCHAR",
    "_loaded_at": "TIMESTAMP",
    "_run_id": "VARCHAR",
    "_row_key": "VARCHAR",
}

QUALITY_TABLES = {
    "rejected_rows": {
        "run_id": "VARCHAR",
        "family": "VARCHAR",
        "_source_file": "VARCHAR",
        "_sheet": "VARCHAR",
        "_row_number": "INTEGER",
        "target_table": "VARCHAR",
        "column_name": "VARCHAR",
        "raw_value": "VARCHAR",
        "reason": "VARCHAR",
        # yyyy-mm-dd, yyyy-mm or yyyy: the period the row's date names, even when it is not a whole date
        "date_hint": "VARCHAR",
    },
    "load_files": {
        "run_id": "VARCHAR",
        "family": "VARCHAR",
        "_source_file": "VARCHAR",
        "_file_sha256": "VARCHAR",
        "_sheet": "VARCHAR",
        "target_table": "VARCHAR",
        "rows_raw": "INTEGER",
        "rows_landed": "INTEGER",
        "rows_rejected": "INTEGER",
        "status": "VARCHAR",
        "message": "VARCHAR",
        "parser_version": "VARCHAR",
    },
}


def _columns_sql(columns: dict[str, str]) -> str:
    return ", ".join(f'"{name}" {sql_type}' for name, sql_type in columns.items())


def landing_columns(spec: TableSpec) -> dict[str, str]:
    columns = {column.name: SQL_TYPES[column.kind] for column in spec.landed_columns}
    return {**columns, **PROVENANCE_COLUMNS}


def ensure_quality_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {QUALITY_SCHEMA}")
    for table, columns in QUALITY_TABLES.items():
        con.execute(f"CREATE TABLE IF NOT EXISTS {QUALITY_SCHEMA}.{table} ({_columns_sql(columns)})")


def _insert_frame(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, str], records: list[dict]) -> None:
    if not records:
        return
    frame = pd.DataFrame.from_records(records, columns=list(columns))
    for name, sql_type in columns.items():
        # Decimals travel as text so DuckDB casts them exactly instead of through float.
        if sql_type.startswith("DECIMAL"):
            frame[name] = frame[name].map(lambda v: None if v is None else format(Decimal(v), "f"))
    select = ", ".join(f'CAST("{name}" AS {sql_type}) AS "{name}"' for name, sql_type in columns.items())
    con.register("incoming_frame", frame)
    try:
        con.execute(f"INSERT INTO {table} SELECT {select} FROM incoming_frame")
    finally:
        con.unregister("incoming_frame")


def _copy_reused_files(con: duckdb.DuckDBPyConnection, batch: LandingBatch, specs: tuple[TableSpec, ...]) -> None:
    """Rows of files landed unchanged before are copied from the published warehouse in SQL."""
    if not batch.reused_files:
        return
    con.execute(f"ATTACH {sql_literal(batch.reused_from)} AS previous (READ_ONLY)")
    try:
        con.execute("CREATE TEMP TABLE reused_files (source VARCHAR, sha VARCHAR)")
        con.executemany("INSERT INTO reused_files VALUES (?, ?)", [list(item) for item in batch.reused_files])
        for spec in specs:
            con.execute(
                f"INSERT INTO {LANDING_SCHEMA}.{spec.name} SELECT * FROM previous.{LANDING_SCHEMA}.{spec.name} "
                f"WHERE (_source_file, _file_sha256) IN (SELECT (source, sha) FROM reused_files)"
            )
        # Named columns: a warehouse published by an older version may lack newer ones.
        previous_columns = {row[0] for row in con.execute(f"DESCRIBE previous.{QUALITY_SCHEMA}.rejected_rows").fetchall()}
        select = ", ".join(f"r.{name}" if name in previous_columns else f"NULL AS {name}" for name in QUALITY_TABLES["rejected_rows"])
        con.execute(
            f"INSERT INTO {QUALITY_SCHEMA}.rejected_rows SELECT {select} FROM previous.{QUALITY_SCHEMA}.rejected_rows r "
            f"WHERE r.family = ? AND r._source_file IN (SELECT source FROM reused_files)",
            [batch.family],
        )
    finally:
        con.execute("DROP TABLE IF EXISTS reused_files")
        con.execute("DETACH previous")


def write_batch(con: duckdb.DuckDBPyConnection, batch: LandingBatch, specs: tuple[TableSpec, ...]) -> None:
    """Replace this family's landing tables and quality rows in the run's build file."""
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {LANDING_SCHEMA}")
    ensure_quality_tables(con)
    for spec in specs:
        con.execute(f"CREATE OR REPLACE TABLE {LANDING_SCHEMA}.{spec.name} ({_columns_sql(landing_columns(spec))})")
    for quality_table in QUALITY_TABLES:
        con.execute(f"DELETE FROM {QUALITY_SCHEMA}.{quality_table} WHERE family = ?", [batch.family])
    # ATTACH cannot run inside a transaction, so reused rows are copied first.
    _copy_reused_files(con, batch, specs)
    con.execute("BEGIN TRANSACTION")
    try:
        for spec in specs:
            _insert_frame(con, f"{LANDING_SCHEMA}.{spec.name}", landing_columns(spec), batch.records.get(spec.name, []))
        _insert_frame(con, f"{QUALITY_SCHEMA}.rejected_rows", QUALITY_TABLES["rejected_rows"], batch.rejected_rows)
        sheet_records = [
            {
                "run_id": batch.run_id,
                "family": batch.family,
                "_source_file": sheet.source_file,
                "_file_sha256": sheet.file_sha256,
                "_sheet": sheet.sheet,
                "target_table": sheet.target_table,
                "rows_raw": sheet.rows_raw,
                "rows_landed": sheet.rows_landed,
                "rows_rejected": sheet.rows_rejected,
                "status": sheet.status,
                "message": sheet.message,
                "parser_version": batch.parser_version,
            }
            for sheet in batch.sheets
        ]
        _insert_frame(con, f"{QUALITY_SCHEMA}.load_files", QUALITY_TABLES["load_files"], sheet_records)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
