"""Great Expectations suites as blocking Dagster asset checks on landing and marts tables."""

from collections.abc import Iterable

from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetKey,
    Failure,
    multi_asset_check,
)

from dagster_project.landing.specs import ALL_SPECS
from dagster_project.landing.store import LANDING_SCHEMA
from dagster_project.progress import report, warn
from dagster_project.quality.gx_runner import runner_for
from dagster_project.quality.quality_page import render_quality_page
from dagster_project.quality.results import CheckRecord, write_check_results
from dagster_project.quality.suites import MARTS_KEYS, SuiteFileError, load_suite
from dagster_project.publishing.releases import stamp_run
from dagster_project.resources import WarehouseParam, WarehouseResource

CHECK_NAME = "great_expectations"
LANDING_TABLES = [(LANDING_SCHEMA, spec.name) for spec in ALL_SPECS]
MARTS_TABLES = [("marts", table) for table in MARTS_KEYS]


def _specs(tables):
    return [
        AssetCheckSpec(CHECK_NAME, asset=AssetKey([schema, table]), blocking=True, description=f"GX suite expectations/{schema}.{table}.json")
        for schema, table in tables
    ]


def validate_tables(context, warehouse: WarehouseResource, family: str, tables: Iterable[tuple[str, str]]):
    run_id = context.run.run_id
    runner = runner_for(warehouse.quality_docs_dir, run_id)
    records = []
    with warehouse.connect_build() as connection:
        for schema, table in tables:
            try:
                suite = load_suite(schema, table)
            except SuiteFileError as error:
                raise Failure(description=str(error)) from error
            if suite is None:
                record = CheckRecord(CHECK_NAME, f"{schema}/{table}", False, "warn", {"problem": "no suite in expectations/"})
            else:
                frame = warehouse.target.read_build_table(connection, schema, table)
                outcome = runner.validate(suite, frame)
                record = CheckRecord(CHECK_NAME, f"{schema}/{table}", outcome.passed, "error", {"expectations": outcome.evaluated, "failures": outcome.failures})
                if not outcome.passed:
                    warn(context, f"GX suite {schema}.{table} failed: {outcome.failures}")
            records.append(record)
            yield AssetCheckResult(
                asset_key=AssetKey([schema, table]),
                check_name=CHECK_NAME,
                passed=record.passed,
                severity=AssetCheckSeverity.ERROR if record.severity == "error" else AssetCheckSeverity.WARN,
                metadata={"details": str(record.details)},
            )
        write_check_results(connection, run_id, family, records)
        runner.build_docs()
        render_quality_page(connection, run_id, warehouse.quality_docs_dir)
        stamp_run(warehouse.quality_docs_dir, run_id)
    failed = sum(not record.passed for record in records)
    report(context, f"Great Expectations ({family}): {len(records) - failed} suites passed, {failed} failed; Data Docs in {runner.index_path}")


@multi_asset_check(specs=_specs(LANDING_TABLES), name="landing_expectations")
def landing_expectations(context: AssetCheckExecutionContext, warehouse: WarehouseParam):
    yield from validate_tables(context, warehouse, "gx_landing", LANDING_TABLES)


@multi_asset_check(specs=_specs(MARTS_TABLES), name="marts_expectations")
def marts_expectations(context: AssetCheckExecutionContext, warehouse: WarehouseParam):
    yield from validate_tables(context, warehouse, "gx_marts", MARTS_TABLES)
