"""Write landed rows and their accounting into the DuckDB build file."""

from __future__ import annotations

import duckdb
import pandas as pd

from dagster_project.landing.arrow_records import arrow_table, decimal_text
from dagster_project.landing.engine import LandingBatch
from dagster_project.landing.gc_pause import paused_garbage_collection
from dagster_project.landing.reuse import DUPLICATE_REASON_PREFIX
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

# Which run read which sheet of which file, into which table: the first columns of the per-sheet quality tables.
_SHEET = {
    "run_id": "VARCHAR",
    "family": "VARCHAR",
    "_source_file": "VARCHAR",
    "_sheet": "VARCHAR",
    "target_table": "VARCHAR",
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
        # rows below the header that are the sheet's structure: column numbers, sections, totals, notes, signatures
        "rows_structure": "INTEGER",
    },
    "sheet_columns": {
        **_SHEET,
        "header_rows": "VARCHAR",
        "column_position": "INTEGER",
        "header_as_written": "VARCHAR",
        "column_name": "VARCHAR",
        "mapped_by": "VARCHAR",
        "unit_applied": "VARCHAR",
    },
    "structure_rows": {
        **_SHEET,
        "_row_number": "INTEGER",
        "row_kind": "VARCHAR",
        "row_text": "VARCHAR",
    },
    "cell_notes": {
        **_SHEET,
        "_row_number": "INTEGER",
        "column_name": "VARCHAR",
        "raw_value": "VARCHAR",
        "reason": "VARCHAR",
    },
    "total_checks": {
        **_SHEET,
        "_row_number": "INTEGER",
        "column_name": "VARCHAR",
        "typed_value": "DECIMAL(24,4)",
        "entries_value": "DECIMAL(24,4)",
        "whole_sheet_value": "DECIMAL(24,4)",
        "status": "VARCHAR",
    },
}
# Quality rows that describe a file's reading: copied with its rows when an unchanged file is reused.
PER_FILE_QUALITY_TABLES = ("rejected_rows", "sheet_columns", "structure_rows", "total_checks", "cell_notes")


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
    frame = arrow_table(records, columns)
    if frame is None:  # a column holds values of another type than its SQL type: pandas reads them as before
        frame = pd.DataFrame.from_records(records, columns=list(columns))
        for name, sql_type in columns.items():
            if sql_type.startswith("DECIMAL"):
                frame[name] = frame[name].map(decimal_text)
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
        for table in PER_FILE_QUALITY_TABLES:
            # Named columns: a warehouse published by an older version may lack newer ones.
            previous_columns = {row[0] for row in con.execute(f"DESCRIBE previous.{QUALITY_SCHEMA}.{table}").fetchall()}
            select = ", ".join(
                f"r.{name}" if name in previous_columns else f"NULL AS {name}" for name in QUALITY_TABLES[table]
            )
            con.execute(
                f"INSERT INTO {QUALITY_SCHEMA}.{table} SELECT {select} FROM previous.{QUALITY_SCHEMA}.{table} r "
                f"WHERE r.family = ? AND r._source_file IN (SELECT source FROM reused_files)",
                [batch.family],
            )
    finally:
        con.execute("DROP TABLE IF EXISTS reused_files")
        con.execute("DETACH previous")


def write_batch(con: duckdb.DuckDBPyConnection, batch: LandingBatch, specs: tuple[TableSpec, ...]) -> None:
    """Replace this family's landing tables and quality rows in the run's build file."""
    with paused_garbage_collection():  # a column of Python values per landed column
        _write_batch(con, batch, specs)


def _write_batch(con: duckdb.DuckDBPyConnection, batch: LandingBatch, specs: tuple[TableSpec, ...]) -> None:
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
        for table in ("sheet_columns", "structure_rows", "total_checks", "cell_notes"):
            records = [{"run_id": batch.run_id, **record} for record in getattr(batch, table)]
            _insert_frame(con, f"{QUALITY_SCHEMA}.{table}", QUALITY_TABLES[table], records)
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
                "rows_structure": sheet.rows_structure,
            }
            for sheet in batch.sheets
        ]
        _insert_frame(con, f"{QUALITY_SCHEMA}.load_files", QUALITY_TABLES["load_files"], sheet_records)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


# Rows that name an entry another register must list:
# (table, column, its date column, listed in table, column, what that register is).
REFERENCES = (
    (
        "aid_transactions",
        "project_code",
        "value_date",
        "aid_projects",
        "project_code",
        "project sheet (Dự án viện trợ)",
    ),
)


def quarantine_unlisted_references(
    con: duckdb.DuckDBPyConnection, run_id: str, family: str, specs: tuple[TableSpec, ...]
) -> list[str]:
    """Move rows naming an entry that no register lists (a commitment to a project no project
    sheet has) from landing to quality.rejected_rows, with the reason and the file's counts
    corrected. Done on the landed tables, so rows of files reused from the last load count too."""
    messages = []
    landed = {spec.name for spec in specs}
    for table, column, date_column, listed_table, listed_column, what in REFERENCES:
        if not {table, listed_table} <= landed:
            continue
        unlisted = (
            f"from {LANDING_SCHEMA}.{table} as row_ where not exists "
            f"(select 1 from {LANDING_SCHEMA}.{listed_table} as listed "
            f"where upper(trim(listed.{listed_column})) = upper(trim(row_.{column})))"
        )
        counts = con.execute(f"select _source_file, _sheet, count(*) {unlisted} group by all").fetchall()
        if not counts:
            continue
        con.execute(
            f"insert into {QUALITY_SCHEMA}.rejected_rows "
            f"select ?, ?, _source_file, _sheet, _row_number, ?, ?, {column}, "
            f"'{column} ' || {column} || ' is listed in no {what}: add it there or correct the code', "
            f"cast({date_column} as varchar) {unlisted}",
            [run_id, family, table, column],
        )
        con.execute(f"delete from {LANDING_SCHEMA}.{table} where _row_key in (select _row_key {unlisted})")
        for source, sheet, rows in counts:
            con.execute(
                f"update {QUALITY_SCHEMA}.load_files "
                "set rows_landed = rows_landed - ?, rows_rejected = rows_rejected + ?, "
                "status = 'landed_with_rejections' where family = ? and _source_file = ? and _sheet = ?",
                [rows, rows, family, source, sheet],
            )
            messages.append(
                f"{source}, sheet '{sheet}': {rows} row(s) name a {column} listed in no {what}; "
                "see quality.rejected_rows."
            )
    return messages


QUARANTINED_REGISTER_ROWS = "quarantined_register_rows"


def write_quarantined_register_rows(con: duckdb.DuckDBPyConnection) -> int:
    """landing.quarantined_register_rows: one line per register row in quarantine with the period
    its date names, for dbt to withhold the counts those rows may belong to. A row rejected as a
    copy of another file's row is counted there, so it is not listed."""
    con.execute(
        f"create or replace table {LANDING_SCHEMA}.{QUARANTINED_REGISTER_ROWS} as "
        f"select rejected.target_table as register_table, min(rejected.date_hint) as date_hint, rejected._source_file, "
        f"rejected._sheet, rejected._row_number, files._file_sha256, current_localtimestamp() as _loaded_at "
        f"from {QUALITY_SCHEMA}.rejected_rows as rejected "
        f"join (select distinct _source_file, _file_sha256 from {QUALITY_SCHEMA}.load_files "
        "where family = 'registers') as files "
        f"using (_source_file) "
        f"where rejected.family = 'registers' "
        f"group by all having not bool_or(starts_with(rejected.reason, '{DUPLICATE_REASON_PREFIX}'))"
    )
    return con.execute(f"select count(*) from {LANDING_SCHEMA}.{QUARANTINED_REGISTER_ROWS}").fetchone()[0]
