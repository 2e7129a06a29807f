"""dbt models, seeds and tests as Dagster assets and asset checks.

The translator maps dbt sources to the landing assets' keys and every model to
``[schema, name]``, so lineage reads raw -> landing -> staging -> intermediate -> marts."""

import json
from collections import Counter
from pathlib import Path
from typing import Any

import duckdb
from dagster import AssetCheckResult, AssetCheckSeverity, AssetExecutionContext, AssetKey, Failure, multi_asset

from dagster_project.dagster_dbt_api import DagsterDbtTranslator, DbtCliResource, dbt_assets
from dagster_project.dbt_project import assets_manifest_path
from dagster_project.defs.expectations import (
    LANDING_TABLES,
    finish_suites,
    landing_check_specs,
    load_dashboard_meanwhile,
    submit_suites,
)
from dagster_project.landing.store import LANDING_SCHEMA
from dagster_project.progress import advance, report, warn
from dagster_project.publishing.target_interface import TargetError
from dagster_project.quality.failed_test_rows import failing_rows
from dagster_project.quality.quarantine import PUBLISHED_QUERY, QUARANTINED_QUERY, QuarantinedRow, unaccounted_figures
from dagster_project.quality.results import CheckRecord, write_check_results
from dagster_project.quality.source_choices import OPEN_CONFLICTS_QUERY, conflict_messages
from dagster_project.resources import WarehouseParam, WarehouseResource


def _count_buildable_nodes() -> int:
    manifest = json.loads(assets_manifest_path().read_text(encoding="utf-8"))
    return sum(node["resource_type"] in ("model", "seed", "test") for node in manifest["nodes"].values())


DBT_NODES_TO_BUILD = _count_buildable_nodes()


class WarehouseDbtTranslator(DagsterDbtTranslator):
    def get_asset_key(self, dbt_resource_props: dict[str, Any]) -> AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return AssetKey([LANDING_SCHEMA, dbt_resource_props["name"]])
        schema = dbt_resource_props.get("config", {}).get("schema") or dbt_resource_props["schema"]
        return AssetKey([schema, dbt_resource_props["name"]])

    def get_group_name(self, dbt_resource_props: dict[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "codelists"
        return dbt_resource_props.get("config", {}).get("schema") or "staging"


def point_dbt_at_build(warehouse: WarehouseResource) -> list[str]:
    """Set what dbt's profile reads (the DuckDB build path, or the PostgreSQL connection) and
    return the extra dbt arguments that select the target."""
    return warehouse.target.dbt_arguments()


def dbt_target_dir(warehouse: WarehouseResource) -> Path:
    """dbt's work folder (the dbt_work_dir setting, the project's own target folder by default),
    not a fresh one per run: dbt keeps its partial-parse state there, and without it every build
    parses the whole project again (~20 s). Loads take turns on it (WarehouseResource holds the
    shared build lock)."""
    return warehouse.settings.dbt_work_dir


def with_landing_suites(function):
    """``@dbt_assets``, plus the checks of the landing suites: this step runs them in the GX worker
    beside the dbt build (defs/expectations.py). Blocking, as before: a failed suite fails the
    step, so the marts suites, the artifacts and the publish step never run after it."""
    dbt_only = dbt_assets(manifest=assets_manifest_path(), dagster_dbt_translator=WarehouseDbtTranslator())(function)
    return multi_asset(
        name=dbt_only.op.name,
        specs=list(dbt_only.specs),
        check_specs=[*dbt_only.check_specs, *landing_check_specs()],
        can_subset=True,
        op_tags=dict(dbt_only.op.tags),
        # as @dbt_assets passes it: dbt's source tests are checks of landing assets too
        allow_arbitrary_check_specs=True,
    )(function)


@with_landing_suites
def warehouse_dbt_models(context: AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseParam):
    # The landing tables are read now, before dbt takes the build file, and checked beside it.
    landing_suites = submit_suites(context.run.run_id, warehouse, LANDING_TABLES)
    load_dashboard_meanwhile()
    target_args = point_dbt_at_build(warehouse)
    report(context, "dbt build: seeds, staging, intermediate, marts and tests")
    records: list[CheckRecord] = []
    built = 0
    total = DBT_NODES_TO_BUILD
    target = dbt_target_dir(warehouse)
    invocation = dbt.cli(["build", *target_args], context=context, raise_on_error=False, target_path=target)
    for event in invocation.stream():
        advance(context, "dbt build", min(built + len(records) + 1, total), total)
        if isinstance(event, AssetCheckResult):
            severity = "warn" if event.severity == AssetCheckSeverity.WARN else "error"
            record = CheckRecord(event.check_name, event.asset_key.to_user_string(), event.passed, severity)
            records.append(record)
            if not event.passed:
                warn(context, f"dbt test {record.status}: {record.asset_key} {record.check_name}")
        else:
            built += 1
        yield event
    advance(context, "dbt build", total, total)
    failed_suites = yield from finish_suites(context, warehouse, "gx_landing", landing_suites)
    # A failed landing suite blocks like a failed dbt test (they used to stop the build before it started).
    landing_problems = (
        [
            f"Great Expectations suite(s) failed on landing tables: {', '.join(failed_suites)} "
            "(the quality page lists each failed expectation)"
        ]
        if failed_suites
        else []
    )
    run_id = context.run.run_id
    with warehouse.connect_build() as connection:
        write_check_results(connection, run_id, "dbt", records)
    statuses = Counter(record.status for record in records)
    report(
        context,
        f"dbt build: {built} models/seeds materialised; tests {statuses['passed']} passed, "
        f"{statuses['warned']} warned, {statuses['failed']} failed",
    )
    broken = dbt_errors(invocation)
    if broken:
        raise Failure(
            description="\n".join(
                [
                    f"{len(broken)} dbt node(s) could not be built, the warehouse is not published: "
                    + "; ".join(broken[:10]),
                    *landing_problems,
                ]
            )
        )
    unaccounted = quarantined_rows_in_published_periods(warehouse) if records else []
    with warehouse.connect_build() as connection:
        write_check_results(
            connection,
            run_id,
            "reconciliation",
            [
                CheckRecord(
                    "quarantined_register_rows_in_published_periods",
                    "marts/rpt_reconciliation",
                    not unaccounted,
                    "error",
                    {"figures": unaccounted},
                )
            ],
        )
    problems = [*landing_problems]
    if statuses["failed"] or not records:
        failed = [
            f"{record.asset_key} {record.check_name}{traced_rows(warehouse, record.check_name)}"
            for record in records
            if record.status == "failed"
        ]
        problems += [
            f"{statuses['failed']} blocking dbt test(s) failed: {', '.join(failed[:10]) or 'dbt did not run'}",
            *reconciliation_mismatches(warehouse),
            *open_source_conflicts(warehouse),
        ]
    if unaccounted:
        problems += ["quarantined register rows belong to periods with published figures", *unaccounted]
    if problems:
        raise Failure(description="\n".join(["the warehouse is not published:", *problems]))


def traced_rows(warehouse: WarehouseResource, test_name: str) -> str:
    """' (rows: file, sheet, row; ...)' for a failed test on rows that keep their provenance."""
    if not warehouse.target.traces_rows():
        return ""
    rows = failing_rows(assets_manifest_path(), warehouse.build_path, test_name)
    return f" (rows: {'; '.join(rows)})" if rows else ""


def quarantined_rows_in_published_periods(warehouse: WarehouseResource) -> list[str]:
    """Published figures whose registers have rows in quarantine dated in the figure's period."""
    try:
        # Landing and its quarantine are in the DuckDB build file on every target.
        with duckdb.connect(str(warehouse.build_path), read_only=True) as connection:
            quarantined = [QuarantinedRow(*row) for row in connection.execute(QUARANTINED_QUERY).fetchall()]
        return unaccounted_figures(query_built_marts(warehouse, PUBLISHED_QUERY), quarantined) if quarantined else []
    except (duckdb.Error, TargetError):
        return []  # the reconciliation was not built: the failed dbt nodes say why


def dbt_errors(invocation) -> list[str]:
    """Models, seeds or tests dbt could not run (SQL errors), each with dbt's first line of why;
    their downstream nodes are skipped, so without this check a run could end without them."""
    try:
        results = invocation.get_artifact("run_results.json")["results"]
    except (OSError, ValueError, KeyError):
        return ["dbt wrote no run_results.json"]
    return [
        f"{result['unique_id'].split('.')[-1]}: {(result.get('message') or 'error').strip().splitlines()[0]}"
        for result in results
        if result["status"] in ("error", "runtime error")
    ]


def _plain(value) -> str:
    return format(value.normalize(), "f") if value is not None else "none"


MISMATCH_QUERY = (
    "select period_code, indicator_code, register_value, reported_value, qualifier, source_document "
    "from {schema}.rpt_reconciliation where status = 'mismatch' and not is_waived order by period_code, indicator_code"
)


def query_built_marts(warehouse: WarehouseResource, template: str) -> list[tuple]:
    """Rows of a query on this run's marts ("{schema}" in the template), wherever dbt built them."""
    return warehouse.target.query_build(template)


def reconciliation_mismatches(warehouse: WarehouseResource) -> list[str]:
    """Published figures the registers contradict, as sentences naming both values and the source."""
    try:
        rows = query_built_marts(warehouse, MISMATCH_QUERY)
    except (duckdb.Error, TargetError):
        return []  # the reconciliation was not built: the failed checks above say why
    return [
        f"published figure contradicted by the registers: {indicator} for {period}: registers {_plain(register)}, "
        f"published {_plain(reported)} ({qualifier}) in {source}"
        for period, indicator, register, reported, qualifier, source in rows
    ]


def open_source_conflicts(warehouse: WarehouseResource) -> list[str]:
    """Figures two sources give different values for, with no reviewed choice, naming each source and value."""
    try:
        return conflict_messages(query_built_marts(warehouse, OPEN_CONFLICTS_QUERY))
    except (duckdb.Error, TargetError):
        return []  # not built: the failed dbt nodes say why
