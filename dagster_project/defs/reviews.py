"""Reviewed files kept in git beside the code, as landing tables: reconciliation waivers and
source choices (expectations/waivers.yml) and decisions on the extraction review queue
(expectations/extraction_decisions.yml). A file that cannot be trusted blocks the load."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
from dagster import AssetExecutionContext, AssetKey, AssetsDefinition, Failure, MaterializeResult, asset

from dagster_project.codelists import load_indicators
from dagster_project.landing.workbooks import file_sha256
from dagster_project.progress import report
from dagster_project.quality.decisions import DECISION_COLUMNS, DecisionFileError, read_decisions
from dagster_project.quality.source_choices import CHOICE_COLUMNS, SourceChoiceError, read_source_choices
from dagster_project.quality.waivers import WAIVER_COLUMNS, WaiverFileError, read_waivers
from dagster_project.resources import WarehouseParam

_PROVENANCE = "_source_file varchar, _sheet varchar, _row_number integer, _file_sha256 varchar, _loaded_at timestamp"


def write_reviewed_rows(
    connection: duckdb.DuckDBPyConnection, table: str, columns: str, rows: list[list], source: Path
) -> None:
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


@dataclass(frozen=True)
class ReviewedTable:
    """One landing table read from a reviewed file."""

    table: str
    columns: str
    # The setting that names the file, and what the load calls the file and its entries.
    setting: str
    file_label: str
    entries_label: str
    read: Callable[[Path, set[str]], list]
    error: type[ValueError]
    description: str


def reviewed_table_asset(reviewed: ReviewedTable) -> AssetsDefinition:
    @asset(
        key=AssetKey(["landing", reviewed.table]),
        group_name="landing",
        description=reviewed.description,
        kinds={"duckdb", "yaml"},
    )
    def _land(context: AssetExecutionContext, warehouse: WarehouseParam) -> MaterializeResult:
        source = getattr(warehouse.settings, reviewed.setting)
        try:
            rows = [entry.row() for entry in reviewed.read(source, set(load_indicators()))]
        except reviewed.error as error:
            raise Failure(description=f"{reviewed.file_label} rejected: {error}") from error
        with warehouse.connect_build() as connection:
            write_reviewed_rows(connection, reviewed.table, reviewed.columns, rows, source)
            warehouse.copy_to_target(connection, [("landing", reviewed.table)])
        report(context, f"{reviewed.entries_label}: {len(rows)} reviewed entr{'y' if len(rows) == 1 else 'ies'}")
        return MaterializeResult(metadata={"entries": len(rows)})

    return _land


reconciliation_waivers = reviewed_table_asset(
    ReviewedTable(
        "reconciliation_waivers",
        WAIVER_COLUMNS,
        "waivers_path",
        "waivers file",
        "waivers",
        read_waivers,
        WaiverFileError,
        "Reviewed waivers for published figures the registers contradict (expectations/waivers.yml)",
    )
)
extraction_decisions = reviewed_table_asset(
    ReviewedTable(
        "extraction_decisions",
        DECISION_COLUMNS,
        "decisions_path",
        "extraction decisions file",
        "extraction decisions",
        read_decisions,
        DecisionFileError,
        "Reviewed decisions on the narrative-report review queue (expectations/extraction_decisions.yml)",
    )
)
source_choices = reviewed_table_asset(
    ReviewedTable(
        "source_choices",
        CHOICE_COLUMNS,
        "waivers_path",
        "waivers file",
        "source choices",
        read_source_choices,
        SourceChoiceError,
        "Reviewed choices between sources that publish different values for one figure "
        "(source_choices: in expectations/waivers.yml)",
    )
)
