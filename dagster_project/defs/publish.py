"""Publish: only after every landing and dbt step succeeded, record the run in the build and
let the target make the build what readers see, in one step (the DuckDB target renames the
build folder into a release and moves the `current` link; readers never see half a file, nor
pages of another load)."""

from dagster import AssetExecutionContext, AssetKey, Failure, MaterializeResult, asset

from dagster_project.defs.artifacts import dashboard, docs_site, parquet_exports
from dagster_project.defs.models import warehouse_dbt_models
from dagster_project.progress import report
from dagster_project.publishing.run_record import record_run
from dagster_project.resources import WarehouseParam


@asset(
    key=AssetKey(["warehouse", "published"]),
    deps=[*warehouse_dbt_models.keys, parquet_exports, docs_site, dashboard],
    group_name="publish",
    description="The published warehouse (warehouse/warehouse.duckdb, or the PostgreSQL schemas) with its exports, "
    "docs and dashboard, replaced atomically after all checks passed",
    kinds={"duckdb"},
)
def published_warehouse(context: AssetExecutionContext, warehouse: WarehouseParam) -> MaterializeResult:
    run_id = context.run.run_id
    with warehouse.connect_build() as connection:
        blocking = connection.execute(
            "select check_name, asset_key from quality.check_results where run_id = ? and status = 'failed'", [run_id]
        ).fetchall()
        if blocking:
            # Belt and braces: the checks already stop this step, but never publish past one.
            raise Failure(description=f"blocking checks failed: {blocking}")
        summary = record_run(connection, run_id, warehouse.settings, warehouse.target)
    published = warehouse.target.publish(run_id)
    report(context, f"published {published}")
    return MaterializeResult(metadata={**summary, "path": warehouse.target.describe()})
