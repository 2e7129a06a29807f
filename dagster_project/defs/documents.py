"""Narrative reports: figures read from the department's Word and text reports."""

from dagster import multi_asset

from dagster_project.defs.landing import land_family, landing_asset_specs
from dagster_project.landing.documents import DocumentLoader
from dagster_project.landing.specs import DOCUMENT_SPECS
from dagster_project.resources import WarehouseParam


@multi_asset(specs=landing_asset_specs(DOCUMENT_SPECS, "documents"), name="land_documents")
def land_documents(context, warehouse: WarehouseParam):
    yield from land_family(context, warehouse, "documents", DOCUMENT_SPECS, DocumentLoader)
