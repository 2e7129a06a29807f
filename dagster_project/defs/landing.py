"""Shared body of the landing assets: every family lands the same way."""

from __future__ import annotations

import datetime as dt

from dagster import AssetKey, AssetSpec, Failure, MaterializeResult, MetadataValue

from dagster_project.landing.admission import admit
from dagster_project.landing.beside import side_by_side
from dagster_project.landing.beside import start as start_landing_worker
from dagster_project.landing.engine import FamilyLoader, list_input_files, stray_input_files
from dagster_project.landing.reuse import read_previous_landing
from dagster_project.landing.specs import LANDING_SCHEMA, TableSpec
from dagster_project.landing.store import (
    QUARANTINED_REGISTER_ROWS,
    quarantine_unlisted_references,
    write_batch,
    write_quarantined_register_rows,
)
from dagster_project.progress import advance, report, warn
from dagster_project.publishing.fingerprint import parser_version
from dagster_project.quality.results import CheckRecord, write_check_results
from dagster_project.resources import WarehouseResource


def land_family(
    context, warehouse: WarehouseResource, family: str, specs: tuple[TableSpec, ...], loader_class=FamilyLoader
):
    """Read ``raw/<family>/``, write the landing tables into this run's build file and
    yield one materialization per landing table with its row accounting."""
    folder = warehouse.raw_path / family
    files, refused = admit(list_input_files(folder), warehouse.raw_path, family, warehouse.size_limits)
    report(context, f"landing {family}: {len(files)} file(s) in {folder}")
    pii_key = warehouse.pii_key()
    version = parser_version(pii_key)
    previous = read_previous_landing(warehouse.published_path, family, version, specs)
    loader = loader_class(
        family, specs, warehouse.raw_path, context.run.run_id, dt.datetime.now(), pii_key, version, previous
    )
    # (a run not started by `warehouse load`, a scheduled one, starts the worker here: a later family may find it warm)
    start_landing_worker(warehouse.raw_path)
    batch = loader.land(
        files, on_file=lambda done, total: advance(context, f"reading {family}", done, total), beside=side_by_side()
    )
    if batch.reused_files:
        report(
            context,
            f"{len(batch.reused_files)} unchanged file(s) not re-read: "
            "their rows are copied from the published warehouse",
        )
    blocking = refused + batch.blocking_messages(warehouse.max_reject_share)
    if family == "registers":  # once per load: files in no family folder are read by nobody
        blocking += [
            f"{name}: not read: input files belong in raw/registers/, raw/reports/ or raw/documents/ (move it there, "
            "or out of raw/)"
            for name in stray_input_files(warehouse.raw_path)
        ]
    record = CheckRecord(
        "files_readable_and_rows_mostly_valid", f"{LANDING_SCHEMA}/*", not blocking, details={"problems": blocking}
    )
    with warehouse.connect_build() as connection:
        write_batch(connection, batch, specs)
        unlisted = quarantine_unlisted_references(connection, context.run.run_id, family, specs)
        write_check_results(connection, context.run.run_id, family, [record])
        tables = [(LANDING_SCHEMA, spec.name) for spec in specs]
        if family == "registers":
            quarantined = write_quarantined_register_rows(connection)
            tables.append((LANDING_SCHEMA, QUARANTINED_REGISTER_ROWS))
        warehouse.copy_to_target(connection, tables)
    for message in [*batch.messages, *unlisted]:
        warn(context, message)
    for spec in specs:
        sheets = [sheet for sheet in batch.sheets if sheet.target_table == spec.name]
        landed = sum(sheet.rows_landed for sheet in sheets)
        rejected = sum(sheet.rows_rejected for sheet in sheets)
        yield MaterializeResult(
            asset_key=AssetKey([LANDING_SCHEMA, spec.name]),
            metadata={
                "rows_landed": landed,
                "rows_rejected": rejected,
                "source_files": MetadataValue.json(sorted({sheet.source_file for sheet in sheets})),
            },
        )
    if family == "registers":
        yield MaterializeResult(
            asset_key=AssetKey([LANDING_SCHEMA, QUARANTINED_REGISTER_ROWS]), metadata={"rows": quarantined}
        )
    total = sum(sheet.rows_landed for sheet in batch.sheets)
    report(
        context,
        f"landed {family}: {total} rows, {len(batch.rejected_rows)} cell problem(s) sent to quality.rejected_rows",
    )
    if blocking:
        raise Failure(description="\n".join(blocking))


QUARANTINE_ASSET_SPEC = AssetSpec(
    key=AssetKey([LANDING_SCHEMA, QUARANTINED_REGISTER_ROWS]),
    description="Register rows in quarantine with the period their date names: counts they may belong to are withheld",
    group_name="landing",
    deps=[AssetKey(["raw", "registers"])],
    kinds={"duckdb", "python"},
)


def landing_asset_specs(specs: tuple[TableSpec, ...], family: str) -> list[AssetSpec]:
    return [
        AssetSpec(
            key=AssetKey([LANDING_SCHEMA, spec.name]),
            description=f"{spec.description} ({spec.title_vi})",
            group_name="landing",
            deps=[AssetKey(["raw", family])],
            kinds={"duckdb", "python"},
        )
        for spec in specs
    ]
