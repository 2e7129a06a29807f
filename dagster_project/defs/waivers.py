"""Reviewed reconciliation waivers (expectations/waivers.yml) as a landing table."""

import datetime as dt
from pathlib import Path

import duckdb
from dagster import AssetExecutionContext, AssetKey, Failure, MaterializeResult, asset

from dagster_project.landing.reports import load_indicators
from dagster_project.landing.workbooks import file_sha256
from dagster_project.progress import report
from dagster_project.quality.waivers import WaiverFileError, read_waivers
from dagster_project.resources import WarehouseResource

WAIVERS_DDL = """
create or replace table landing.reconciliation_waivers (
    period_code varchar, indicator_code varchar, reason varchar, waived_by varchar, waived_on date,
    _source_file varchar, _sheet varchar, _row_number integer, _file_sha256 varchar, _loaded_at timestamp
)
"""


def write_waivers(connection: duckdb.DuckDBPyConnection, waivers, source: Path) -> None:
    connection.execute("create schema if not exists landing")
    connection.execute(WAIVERS_DDL)
    if waivers:
        sha, loaded_at = file_sha256(source), dt.datetime.now()
        connection.executemany(
            "insert into landing.reconciliation_waivers values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                [w.period_code, w.indicator_code, w.reason, w.waived_by, w.waived_on, str(source), "waivers", number, sha, loaded_at]
                for number, w in enumerate(waivers, start=1)
            ],
        )


@asset(
    key=AssetKey(["landing", "reconciliation_waivers"]),
    group_name="landing",
    description="Reviewed waivers for published figures the registers contradict (expectations/waivers.yml)",
    kinds={"duckdb", "yaml"},
)
def reconciliation_waivers(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
    source = Path(warehouse.waivers_path)
    try:
        waivers = read_waivers(source, set(load_indicators()))
    except WaiverFileError as error:
        raise Failure(description=f"waivers file rejected: {error}") from error
    with warehouse.connect_build() as connection:
        write_waivers(connection, waivers, source)
        warehouse.copy_to_target(connection, [("landing", "reconciliation_waivers")])
    report(context, f"waivers: {len(waivers)} reviewed waiver(s)")
    return MaterializeResult(metadata={"waivers": len(waivers)})
