"""Report tables: figures as the department published them."""

from dagster import multi_asset

from dagster_project.defs.landing import land_family, landing_asset_specs
from dagster_project.landing.specs import REPORT_SPECS
from dagster_project.resources import WarehouseParam


@multi_asset(specs=landing_asset_specs(REPORT_SPECS, "reports"), name="land_reports")
def land_reports(context, warehouse: WarehouseParam):
    yield from land_family(context, warehouse, "reports", REPORT_SPECS)
