"""The code location: assembles assets, the load job and resources; defines nothing itself."""

from dagster import Definitions, define_asset_job

from dagster_project.defs.expectations import landing_expectations, marts_expectations
from dagster_project.defs.models import warehouse_dbt_models
from dagster_project.defs.publish import published_warehouse
from dagster_project.defs.raw import raw_registers, raw_reports
from dagster_project.defs.registers import land_registers
from dagster_project.defs.reports import land_reports
from dagster_project.defs.waivers import reconciliation_waivers
from dagster_project.resources import default_resources

LOAD_JOB_NAME = "warehouse_load"

warehouse_load_job = define_asset_job(
    LOAD_JOB_NAME,
    selection=[land_registers, land_reports, reconciliation_waivers, warehouse_dbt_models, published_warehouse],
    description="Land raw files, build and test the dbt models, publish the warehouse",
)

defs = Definitions(
    assets=[raw_registers, raw_reports, land_registers, land_reports, reconciliation_waivers, warehouse_dbt_models, published_warehouse],
    asset_checks=[landing_expectations, marts_expectations],
    jobs=[warehouse_load_job],
    resources=default_resources(),
)
