"""What each publish writes beside the warehouse file (exports, docs site, dashboard), built
from this run's build file into its build folder, each marked with the run it describes; the
publish step makes the folder, database and pages together, the published release."""

from importlib.metadata import version
from pathlib import Path

from dagster import AssetExecutionContext, AssetKey, Failure, MaterializeResult, MetadataValue, asset

from dagster_project.artifacts.dbt_docs import SCHEMA_SQL, cache_dir, publish_static_docs, reuse_site, site_fingerprint
from dagster_project.artifacts.exports import write_parquet_exports
from dagster_project.dagster_dbt_api import DbtCliResource
from dagster_project.defs.expectations import render_dashboard_page
from dagster_project.defs.models import dbt_errors, dbt_target_dir, point_dbt_at_build, warehouse_dbt_models
from dagster_project.progress import report
from dagster_project.publishing.releases import part_run_id, stamp_run
from dagster_project.resources import WarehouseParam

MARTS_DEPS = [key for key in warehouse_dbt_models.keys if key.path[0] == "marts"]
POSTGRES_NOTE = "not written for the PostgreSQL target: BI tools read the database there"


@asset(
    key=AssetKey(["publish", "parquet_exports"]),
    deps=MARTS_DEPS,
    group_name="publish",
    kinds={"parquet"},
    description="One Parquet file per marts table, written to warehouse/exports/ with the warehouse file",
)
def parquet_exports(context: AssetExecutionContext, warehouse: WarehouseParam) -> MaterializeResult:
    if not warehouse.target.writes_files:
        return MaterializeResult(metadata={"note": POSTGRES_NOTE})
    with warehouse.connect_build() as connection:
        written = write_parquet_exports(connection, warehouse.build_dir / "exports")
    stamp_run(warehouse.build_dir / "exports", context.run.run_id)
    report(context, f"Parquet exports: {len(written)} marts tables")
    return MaterializeResult(metadata={"rows": MetadataValue.json(written)})


@asset(
    key=AssetKey(["publish", "docs_site"]),
    deps=list(warehouse_dbt_models.keys),
    group_name="publish",
    kinds={"dbt", "html"},
    description="dbt's documentation site as one static page, written to warehouse/docs/index.html",
)
def docs_site(context: AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseParam) -> MaterializeResult:
    if not warehouse.target.writes_files:
        return MaterializeResult(metadata={"note": POSTGRES_NOTE})
    target = dbt_target_dir(warehouse)
    folder = warehouse.build_dir / "docs"
    with warehouse.connect_build() as connection:
        schema = connection.execute(SCHEMA_SQL).fetchall()
    fingerprint = site_fingerprint(Path(dbt.project_dir), version("dbt-core"), schema)
    # The site shows the project and the schema, never the data: the same ones give the same page.
    page = reuse_site(fingerprint, folder, [cache_dir(target) / fingerprint, warehouse.published_path.parent / "docs"])
    rebuilt = page is None
    if rebuilt:
        target_args = point_dbt_at_build(warehouse)
        invocation = dbt.cli(
            ["docs", "generate", "--static", "--no-compile", *target_args], raise_on_error=False, target_path=target
        )
        invocation.wait()
        if not invocation.is_successful():
            problems = "; ".join(dbt_errors(invocation)) or "see logs/last_load.log"
            raise Failure(description=f"dbt docs generate failed: {problems}")
        page = publish_static_docs(target, folder, fingerprint)
        report(context, f"dbt docs site: {page.stat().st_size / 2**20:.1f} MB")
    else:
        report(context, f"dbt docs site: {page.stat().st_size / 2**20:.1f} MB, unchanged (same dbt project and schema)")
    stamp_run(page.parent, context.run.run_id)
    return MaterializeResult(metadata={"bytes": page.stat().st_size, "rebuilt": rebuilt})


@asset(
    key=AssetKey(["publish", "dashboard"]),
    deps=MARTS_DEPS,
    group_name="publish",
    kinds={"plotly", "html"},
    description="Self-contained HTML dashboard (works offline), written to warehouse/dashboard/index.html",
)
def dashboard(context: AssetExecutionContext, warehouse: WarehouseParam) -> MaterializeResult:
    if not warehouse.target.writes_files:
        return MaterializeResult(metadata={"note": POSTGRES_NOTE})
    folder, run_id = warehouse.build_dir / "dashboard", context.run.run_id
    # Usually drawn already, beside the marts suites (defs/expectations.py).
    page = folder / "index.html"
    if not (page.is_file() and part_run_id(folder) == run_id):
        page = render_dashboard_page(warehouse.build_path, folder)
        stamp_run(folder, run_id)
    report(context, "dashboard written")
    return MaterializeResult(metadata={"bytes": page.stat().st_size})
