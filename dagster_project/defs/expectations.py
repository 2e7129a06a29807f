"""Great Expectations suites as blocking Dagster asset checks on landing and marts tables.

The suites run in the GX worker process (quality/gx_worker.py) beside other work of the load:
the landing suites beside the dbt build, in the dbt step (defs/models.py), whose checks they
are, so a failed one still stops that step and everything after it; the marts suites beside the
dashboard, in the marts check step, which the artifacts and the publish step wait for."""

import importlib
import threading
from collections.abc import Iterable
from concurrent.futures import Future
from dataclasses import dataclass

from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetKey,
    Failure,
    multi_asset_check,
)

from dagster_project import step_timings
from dagster_project.landing.specs import ALL_SPECS
from dagster_project.landing.store import LANDING_SCHEMA
from dagster_project.progress import report, warn
from dagster_project.publishing.releases import stamp_run
from dagster_project.quality import gx_worker
from dagster_project.quality.quality_page import render_quality_page
from dagster_project.quality.results import CheckRecord, write_check_results
from dagster_project.quality.suites import MARTS_KEYS, SuiteFileError, load_suite
from dagster_project.resources import WarehouseParam, WarehouseResource

CHECK_NAME = "great_expectations"
LANDING_TABLES = [(LANDING_SCHEMA, spec.name) for spec in ALL_SPECS]
MARTS_TABLES = [("marts", table) for table in MARTS_KEYS]


def _specs(tables):
    return [
        AssetCheckSpec(
            CHECK_NAME,
            asset=AssetKey([schema, table]),
            blocking=True,
            description=f"GX suite expectations/{schema}.{table}.json",
        )
        for schema, table in tables
    ]


@dataclass
class PendingSuites:
    """Suites handed to the GX worker: the tables in order, with the suite of each (None: no suite)."""

    run_id: str
    tables: list[tuple[str, str]]
    suites: list[dict | None]
    outcomes: Future | None


def submit_suites(run_id: str, warehouse: WarehouseResource, tables: Iterable[tuple[str, str]]) -> PendingSuites:
    """Read each table and its suite here and start validating them in the GX worker; the
    frames are read before returning, so the caller may let dbt take the build file next."""
    tables = list(tables)
    suites, items = [], []
    with warehouse.connect_build() as connection:
        for schema, table in tables:
            try:
                suite = load_suite(schema, table)
            except SuiteFileError as error:
                raise Failure(description=str(error)) from error
            suites.append(suite)
            if suite is None:
                continue
            frame = warehouse.target.read_build_table(connection, schema, table)
            items.append((suite, frame))
    outcomes = gx_worker.validate(warehouse.quality_docs_dir, run_id, items) if items else None
    return PendingSuites(run_id, tables, suites, outcomes)


def finish_suites(context, warehouse: WarehouseResource, family: str, pending: PendingSuites):
    """Wait for the worker, yield one AssetCheckResult per table, record them with the run's
    other checks, and render the Data Docs and the quality page; returns the failed tables."""
    with step_timings.timed(f"{family}_wait"):
        validated, seconds = gx_worker.result(pending.outcomes) if pending.outcomes is not None else ([], 0.0)
    step_timings.record(f"{family}_in_worker", seconds)
    outcomes = iter(validated)
    records = []
    for (schema, table), suite in zip(pending.tables, pending.suites):
        if suite is None:
            record = CheckRecord(
                CHECK_NAME, f"{schema}/{table}", False, "warn", {"problem": "no suite in expectations/"}
            )
        else:
            outcome = next(outcomes)
            record = CheckRecord(
                CHECK_NAME,
                f"{schema}/{table}",
                outcome.passed,
                "error",
                {"expectations": outcome.evaluated, "failures": outcome.failures},
            )
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
    run_id = pending.run_id
    gx_worker.build_docs(warehouse.quality_docs_dir, run_id)
    with warehouse.connect_build() as connection:
        write_check_results(connection, run_id, family, records)
        render_quality_page(connection, run_id, warehouse.quality_docs_dir)
    stamp_run(warehouse.quality_docs_dir, run_id)
    failed = sum(not record.passed for record in records)
    index = warehouse.quality_docs_dir / "index.html"
    report(
        context,
        f"Great Expectations ({family}): {len(records) - failed} suites passed, {failed} failed; Data Docs in {index}",
    )
    return [record.asset_key for record in records if not record.passed and record.severity == "error"]


def validate_tables(context, warehouse: WarehouseResource, family: str, tables: Iterable[tuple[str, str]], beside=None):
    """Validate the tables' suites in the GX worker, running ``beside()`` here meanwhile."""
    pending = submit_suites(context.run.run_id, warehouse, tables)
    if beside is not None:
        beside()
    return (yield from finish_suites(context, warehouse, family, pending))


# plotly, which draws the dashboard, takes about 0.4 s to import: the dbt step loads it beside the
# build (the process only waits on dbt then), not at start-up or in the marts check step.
_DASHBOARD_MODULE = "dagster_project.artifacts.dashboard"


def load_dashboard_meanwhile() -> None:
    threading.Thread(target=importlib.import_module, args=(_DASHBOARD_MODULE,), daemon=True).start()


def render_dashboard_page(database, folder):
    return importlib.import_module(_DASHBOARD_MODULE).render_dashboard_page(database, folder)


def landing_check_specs() -> list[AssetCheckSpec]:
    """The landing suites' checks, run by the dbt build's step beside dbt (defs/models.py)."""
    return _specs(LANDING_TABLES)


@multi_asset_check(specs=_specs(MARTS_TABLES), name="marts_expectations")
def marts_expectations(context: AssetCheckExecutionContext, warehouse: WarehouseParam):
    run_id = context.run.run_id

    def dashboard_meanwhile() -> None:
        # The dashboard only reads the built marts: drawn here while the worker checks them, it
        # waits in the build folder like everything else until the publish step (defs/artifacts.py).
        if warehouse.target.writes_files:
            with step_timings.timed("dashboard_beside_gx_marts"):
                render_dashboard_page(warehouse.build_path, warehouse.build_dir / "dashboard")
                stamp_run(warehouse.build_dir / "dashboard", run_id)

    yield from validate_tables(context, warehouse, "gx_marts", MARTS_TABLES, beside=dashboard_meanwhile)
