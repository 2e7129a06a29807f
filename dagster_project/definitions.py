"""The code location: assembles assets, the load job and resources; defines nothing itself."""

from dagster import Definitions, define_asset_job, in_process_executor

from dagster_project.defs.artifacts import dashboard, docs_site, parquet_exports
from dagster_project.defs.automation import (
    LOAD_JOB_NAME,
    nightly_schedule,
    raw_files_changed,
    record_failed_load,
    record_successful_load,
)
from dagster_project.defs.documents import land_documents
from dagster_project.defs.expectations import marts_expectations
from dagster_project.defs.models import warehouse_dbt_models
from dagster_project.defs.publish import published_warehouse
from dagster_project.defs.raw import raw_documents, raw_registers, raw_reports
from dagster_project.defs.registers import land_registers
from dagster_project.defs.reports import land_reports
from dagster_project.defs.reviews import extraction_decisions, reconciliation_waivers, source_choices
from dagster_project.resources import default_resources

# Everything a load materialises; the raw folders are external assets it only reads.
LOADED_ASSETS = [
    land_registers,
    land_reports,
    land_documents,
    reconciliation_waivers,
    extraction_decisions,
    source_choices,
    warehouse_dbt_models,
    parquet_exports,
    docs_site,
    dashboard,
    published_warehouse,
]

warehouse_load_job = define_asset_job(
    LOAD_JOB_NAME,
    selection=LOADED_ASSETS,
    description="Land raw files, build and test the dbt models, publish the warehouse",
    # One process holds the writer lock for the whole run; the queue runs one load at a time.
    executor_def=in_process_executor,
    tags={"dagster/concurrency_key": "warehouse_writer"},
)

defs = Definitions(
    assets=[raw_registers, raw_reports, raw_documents, *LOADED_ASSETS],
    asset_checks=[marts_expectations],
    jobs=[warehouse_load_job],
    schedules=[nightly_schedule(warehouse_load_job)],
    sensors=[raw_files_changed, record_successful_load, record_failed_load],
    resources=default_resources(),
)
