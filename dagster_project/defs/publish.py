"""Publish: only after every landing and dbt step succeeded, record the run and make the
build folder (database, quality page, docs, dashboard, exports) the published release in one
rename of the `current` link (readers never see half a file, nor pages of another load)."""


import datetime as dt
import shutil

import duckdb
from dagster import AssetExecutionContext, AssetKey, Failure, MaterializeResult, asset

from dagster_project.defs.artifacts import dashboard, docs_site, parquet_exports
from dagster_project.defs.models import warehouse_dbt_models
from dagster_project.fingerprint import load_fingerprint
from dagster_project.landing.store import QUALITY_SCHEMA
from dagster_project.postgres import PUBLISHED_SCHEMAS
from dagster_project.progress import report
from dagster_project.releases import adopt_older_layout, database_run_id, publish_release
from dagster_project.resources import WarehouseResource
from dagster_project.sql_text import sql_literal

LOAD_RUNS_COLUMNS = """
    run_id VARCHAR, published_at TIMESTAMP, raw_dir VARCHAR, files INTEGER,
    rows_landed BIGINT, rows_rejected BIGINT, input_fingerprint VARCHAR, published BOOLEAN
"""


def record_run(connection: duckdb.DuckDBPyConnection, run_id: str, warehouse: WarehouseResource) -> dict:
    connection.execute(f"create table if not exists {QUALITY_SCHEMA}.load_runs ({LOAD_RUNS_COLUMNS})")
    published = warehouse.published_path
    # On PostgreSQL the history is in the published quality schema (PostgresTarget.publish keeps it).
    if published.exists() and warehouse.postgres is None:
        # Keep the history of earlier published runs in the new file.
        connection.execute(f"attach {sql_literal(published)} as previous (read_only)")
        has_history = connection.execute(
            "select count(*) from duckdb_tables() where database_name = 'previous' "
            f"and schema_name = '{QUALITY_SCHEMA}' and table_name = 'load_runs'"
        ).fetchone()[0]
        if has_history:
            connection.execute(f"insert into {QUALITY_SCHEMA}.load_runs select * from previous.{QUALITY_SCHEMA}.load_runs")
        connection.execute("detach previous")
    files, landed, rejected = connection.execute(
        f"select count(distinct _source_file), coalesce(sum(rows_landed), 0), coalesce(sum(rows_rejected), 0) "
        f"from {QUALITY_SCHEMA}.load_files"
    ).fetchone()
    summary = {
        "run_id": run_id,
        "files": files,
        "rows_landed": int(landed),
        "rows_rejected": int(rejected),
        "input_fingerprint": load_fingerprint(warehouse.raw_path, warehouse.reviewed_files),
    }
    connection.execute(
        f"insert into {QUALITY_SCHEMA}.load_runs values (?, ?, ?, ?, ?, ?, ?, true)",
        [run_id, dt.datetime.now(), str(warehouse.raw_path), files, landed, rejected, summary["input_fingerprint"]],
    )
    connection.execute("checkpoint")
    return summary


@asset(
    key=AssetKey(["warehouse", "published"]),
    deps=[*warehouse_dbt_models.keys, parquet_exports, docs_site, dashboard],
    group_name="publish",
    description="The published warehouse file (warehouse/warehouse.duckdb) with its exports, docs and dashboard, "
    "replaced atomically after all checks passed",
    kinds={"duckdb"},
)
def published_warehouse(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
    run_id = context.run.run_id
    with warehouse.connect_build() as connection:
        blocking = connection.execute(
            "select check_name, asset_key from quality.check_results where run_id = ? and status = 'failed'", [run_id]
        ).fetchall()
        if blocking:
            # Belt and braces: the checks already stop this step, but never publish past one.
            raise Failure(description=f"blocking checks failed: {blocking}")
        summary = record_run(connection, run_id, warehouse)
        if warehouse.postgres is not None:
            return publish_to_postgres(context, warehouse, connection, summary)
    warehouse.published_path.parent.mkdir(parents=True, exist_ok=True)
    adopt_older_layout(warehouse.published_path, database_run_id)
    release = publish_release(warehouse.build_dir, warehouse.published_path, run_id, warehouse.keep_versions)
    report(context, f"published {warehouse.published_path} (release {release.name})")
    return MaterializeResult(metadata={**summary, "path": str(warehouse.published_path)})


def publish_to_postgres(context, warehouse: WarehouseResource, connection, summary: dict) -> MaterializeResult:
    """The quality tables written in Python join dbt's build schemas, then all are renamed into place."""
    target = warehouse.postgres
    quality_tables = connection.execute(
        f"select table_name from duckdb_tables() where schema_name = '{QUALITY_SCHEMA}' order by table_name"
    ).fetchall()
    target.copy_tables(connection, [(QUALITY_SCHEMA, name) for (name,) in quality_tables])
    target.publish()
    # The database is PostgreSQL's; the quality page of the load it now holds stays beside the warehouse folder.
    page = warehouse.published_path.parent / "quality"
    if page.is_symlink() or page.is_file():
        page.unlink()
    shutil.rmtree(page, ignore_errors=True)
    if warehouse.quality_docs_dir.is_dir():
        shutil.move(str(warehouse.quality_docs_dir), page)
    shutil.rmtree(warehouse.build_dir, ignore_errors=True)
    report(context, f"published {target.describe()} (schemas {', '.join(PUBLISHED_SCHEMAS)}; read-only role {target.reader_role})")
    return MaterializeResult(metadata={**summary, "path": target.describe()})
