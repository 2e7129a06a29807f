"""Reviewed files kept in git beside the code, as landing tables: reconciliation waivers
(expectations/waivers.yml) and decisions on the extraction review queue
(expectations/extraction_decisions.yml). A file that cannot be trusted blocks the load."""

import datetime as dt
from pathlib import Path

import duckdb
from dagster import AssetExecutionContext, AssetKey, Failure, MaterializeResult, asset

from dagster_project.codelists import load_indicators
from dagster_project.landing.workbooks import file_sha256
from dagster_project.progress import report
from dagster_project.quality.decisions import DecisionFileError, read_decisions
from dagster_project.quality.source_choices import CHOICE_COLUMNS, SourceChoiceError, read_source_choices
from dagster_project.quality.waivers import WaiverFileError, read_waivers
from dagster_project.resources import WarehouseParam, WarehouseResource

_PROVENANCE = "_source_file varchar, _sheet varchar, _row_number integer, _file_sha256 varchar, _loaded_at timestamp"
WAIVER_COLUMNS = "period_code varchar, indicator_code varchar, reason varchar, waived_by varchar, waived_on date"
DECISION_COLUMNS = (
    "review_key varchar, decision varchar, indicator_code varchar, period_code varchar, value decimal(38, 6), reason varchar, "
    "decided_by varchar, decided_on date"
)


def write_reviewed_rows(connection: duckdb.DuckDBPyConnection, table: str, columns: str, rows: list[list], source: Path) -> None:
    """Replace landing.<table> with the rows of one reviewed file, each with its provenance."""
    connection.execute("create schema if not exists landing")
    connection.execute(f"create or replace table landing.{table} ({columns}, {_PROVENANCE})")
    if rows:
        sha, loaded_at = file_sha256(source), dt.datetime.now()
        placeholders = ", ".join("?" * (len(rows[0]) + 5))
        connection.executemany(
            f"insert into landing.{table} values ({placeholders})",
            [[*row, str(source), source.stem, number, sha, loaded_at] for number, row in enumerate(rows, start=1)],
        )


def _land(context, warehouse: WarehouseResource, table: str, columns: str, rows: list[list], source: Path, what: str) -> MaterializeResult:
    with warehouse.connect_build() as connection:
        write_reviewed_rows(connection, table, columns, rows, source)
        warehouse.copy_to_target(connection, [("landing", table)])
    report(context, f"{what}: {len(rows)} reviewed entr{'y' if len(rows) == 1 else 'ies'}")
    return MaterializeResult(metadata={"entries": len(rows)})


@asset(
    key=AssetKey(["landing", "reconciliation_waivers"]),
    group_name="landing",
    description="Reviewed waivers for published figures the registers contradict (expectations/waivers.yml)",
    kinds={"duckdb", "yaml"},
)
def reconciliation_waivers(context: AssetExecutionContext, warehouse: WarehouseParam) -> MaterializeResult:
    source = Path(warehouse.waivers_path)
    try:
        waivers = read_waivers(source, set(load_indicators()))
    except WaiverFileError as error:
        raise Failure(description=f"waivers file rejected: {error}") from error
    rows = [[w.period_code, w.indicator_code, w.reason, w.waived_by, w.waived_on] for w in waivers]
    return _land(context, warehouse, "reconciliation_waivers", WAIVER_COLUMNS, rows, source, "waivers")


@asset(
    key=AssetKey(["landing", "extraction_decisions"]),
    group_name="landing",
    description="Reviewed decisions on the narrative-report review queue (expectations/extraction_decisions.yml)",
    kinds={"duckdb", "yaml"},
)
def extraction_decisions(context: AssetExecutionContext, warehouse: WarehouseParam) -> MaterializeResult:
    source = Path(warehouse.decisions_path)
    try:
        decisions = read_decisions(source, set(load_indicators()))
    except DecisionFileError as error:
        raise Failure(description=f"extraction decisions file rejected: {error}") from error
    rows = [[d.review_key, d.decision, d.indicator_code, d.period_code, d.value, d.reason, d.decided_by, d.decided_on] for d in decisions]
    return _land(context, warehouse, "extraction_decisions", DECISION_COLUMNS, rows, source, "extraction decisions")


@asset(
    key=AssetKey(["landing", "source_choices"]),
    group_name="landing",
    description="Reviewed choices between sources that publish different values for one figure "
    "(source_choices: in expectations/waivers.yml)",
    kinds={"duckdb", "yaml"},
)
def source_choices(context: AssetExecutionContext, warehouse: WarehouseParam) -> MaterializeResult:
    source = Path(warehouse.waivers_path)
    try:
        choices = read_source_choices(source, set(load_indicators()))
    except SourceChoiceError as error:
        raise Failure(description=f"waivers file rejected: {error}") from error
    return _land(context, warehouse, "source_choices", CHOICE_COLUMNS, [choice.row() for choice in choices], source, "source choices")
