"""Departmental registers: one landing table per register kind, read in one pass."""

from dagster import multi_asset

from dagster_project.defs.landing import QUARANTINE_ASSET_SPEC, land_family, landing_asset_specs
from dagster_project.landing.specs import REGISTER_SPECS
from dagster_project.resources import WarehouseParam


@multi_asset(specs=[*landing_asset_specs(REGISTER_SPECS, "registers"), QUARANTINE_ASSET_SPEC], name="land_registers")
def land_registers(context, warehouse: WarehouseParam):
    yield from land_family(context, warehouse, "registers", REGISTER_SPECS)
