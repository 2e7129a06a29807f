"""Trace a failed dbt test back to the rows of the registers that make it fail: for the generic
tests not_null, unique and accepted_values on a model that carries provenance, the file, sheet
and row of the first offending rows (other tests name their model only)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

# Provenance column names: landing keeps the leading underscore, models drop it.
PROVENANCE = (("source_file", "source_sheet", "source_row_number"), ("_source_file", "_sheet", "_row_number"))
SHOWN_ROWS = 5


def _offending_rows_sql(test: dict, relation: str, where: str) -> str | None:
    kwargs = test["test_metadata"]["kwargs"]
    column = kwargs.get("column_name")
    kind = test["test_metadata"]["name"]
    if not column:
        return None
    if kind == "not_null":
        return f"{where} {column} is null"
    if kind == "unique":
        return f"{where} {column} in (select {column} from {relation} group by {column} having count(*) > 1)"
    if kind == "accepted_values":
        values = ", ".join("'" + str(value).replace("'", "''") + "'" for value in kwargs.get("values", []))
        return f"{where} {column} not in ({values})" if values else None
    return None


def failing_rows(manifest_path: Path, database: Path, test_name: str) -> list[str]:
    """'file, sheet S, row N' for the first rows that fail the named test; empty when the test
    is not a generic one or its model keeps no provenance."""
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    test = next(
        (node for node in manifest["nodes"].values() if node["resource_type"] == "test" and node["name"] == test_name),
        None,
    )
    model = manifest["nodes"].get(test.get("attached_node") or "") if test and test.get("test_metadata") else None
    if model is None:
        return []
    relation = f'"{model["schema"]}"."{model["alias"]}"'
    try:
        with duckdb.connect(str(database), read_only=True) as connection:
            columns = {row[0] for row in connection.execute(f"describe {relation}").fetchall()}
            provenance = next((names for names in PROVENANCE if set(names) <= columns), None)
            if provenance is None:
                return []
            query = _offending_rows_sql(
                test, relation, f"select distinct {', '.join(provenance)} from {relation} where"
            )
            if query is None:
                return []
            rows = connection.execute(f"{query} order by 1, 2, 3 limit {SHOWN_ROWS}").fetchall()
    except duckdb.Error:
        return []
    return [f"{source}, sheet '{sheet}', row {row}" for source, sheet, row in rows]
