"""What the published warehouse already holds from unchanged files, so they are not re-read.

A file is reused when its path, content hash and parser version match a file the published
warehouse landed. A file whose earlier landing rejected rows as duplicates of another file is
always re-read: which copy of a row counts depends on the other files, which may have changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from dagster_project.landing.specs import LANDING_SCHEMA, QUALITY_SCHEMA, TableSpec

DUPLICATE_REASON_PREFIX = "same row as "


@dataclass
class PreviousLanding:
    path: Path
    # (source file, sha256) -> sheet rows of quality.load_files
    sheets: dict[tuple[str, str], list[dict]] = field(default_factory=dict)
    # (source file, sha256) -> (row key, sheet, row number) of every landed row
    row_keys: dict[tuple[str, str], list[tuple[str, str, int]]] = field(default_factory=dict)


def read_previous_landing(
    published: Path, family: str, parser_version: str, specs: tuple[TableSpec, ...]
) -> PreviousLanding | None:
    if not published.exists():
        return None
    previous = PreviousLanding(published)
    try:
        with duckdb.connect(str(published), read_only=True) as connection:
            sheet_rows = connection.execute(
                f"""
                select _source_file, _file_sha256, _sheet, target_table, rows_raw, rows_landed, rows_rejected,
                    status, message, rows_structure
                from {QUALITY_SCHEMA}.load_files
                where family = ? and parser_version = ?
                  and _source_file not in (
                      select _source_file from {QUALITY_SCHEMA}.rejected_rows
                      where family = ? and starts_with(reason, '{DUPLICATE_REASON_PREFIX}'))
                """,
                [family, parser_version, family],
            ).fetchall()
            columns = (
                "source_file",
                "file_sha256",
                "sheet",
                "target_table",
                "rows_raw",
                "rows_landed",
                "rows_rejected",
                "status",
                "message",
                "rows_structure",
            )
            for row in sheet_rows:
                record = dict(zip(columns, row))
                previous.sheets.setdefault((record["source_file"], record["file_sha256"]), []).append(record)
            for spec in specs:
                for source, sha, key, sheet, number in connection.execute(
                    f"select _source_file, _file_sha256, _row_key, _sheet, _row_number "
                    f"from {LANDING_SCHEMA}.{spec.name} order by _row_number"
                ).fetchall():
                    if (source, sha) in previous.sheets:
                        previous.row_keys.setdefault((source, sha), []).append((key, sheet, number))
    except duckdb.Error:
        return None  # an older warehouse without these columns: read every file again
    return previous
