"""The warehouse resource: one run's settings, its build folder and its publish target, made
from the one Settings object. Runs the schedule, the sensor or the UI start read the settings
from the environment when they begin, exactly as `warehouse load` does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
from dagster import ResourceDefinition, ResourceParam, resource

from dagster_project.dbt_project import WarehouseDbtCli, dbt_executable, warehouse_dbt_project
from dagster_project.landing.admission import SizeLimits
from dagster_project.pii_key import personal_data_key
from dagster_project.progress import PROGRESS_LOGGER
from dagster_project.publishing.builds import Build, clean_leftover_builds, point_shared_build_link, shared_build_lock
from dagster_project.publishing.locking import writer_lock
from dagster_project.publishing.target_interface import PublishTarget
from dagster_project.publishing.targets import target_for
from dagster_project.settings import Settings


class WarehouseResource:
    """What the assets of one run read: where raw files are, where the run builds, and the
    target that publishes the build. Only the publish step replaces what readers see."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.build = Build.for_settings(settings)
        self.target: PublishTarget = target_for(settings, self.build)

    @contextmanager
    def held_for_run(self) -> Iterator[WarehouseResource]:
        """Hold the writer lock for the whole run (one writer at a time, also for runs the
        Dagster daemon starts), clear what a killed run left behind and prepare the build."""
        with writer_lock(self.published_path, self.settings.lock_wait_seconds):
            for leftover in clean_leftover_builds(self.published_path.parent / ".build"):
                PROGRESS_LOGGER.info(f"removed leftover build {leftover}")
            with writer_lock(shared_build_lock(self.settings.dbt_work_dir), self.settings.lock_wait_seconds):
                point_shared_build_link(self.build.folder, self.settings.dbt_work_dir)
                self.target.prepare_build()
                yield self

    @property
    def size_limits(self) -> SizeLimits:
        return SizeLimits(workbook_mb=self.settings.max_workbook_mb, document_mb=self.settings.max_document_mb)

    @property
    def max_reject_share(self) -> float:
        return self.settings.max_reject_share

    @property
    def raw_path(self) -> Path:
        return self.settings.raw_dir

    @property
    def published_path(self) -> Path:
        return self.settings.warehouse_path

    @property
    def build_dir(self) -> Path:
        return self.build.folder

    @property
    def build_path(self) -> Path:
        return self.build.database

    @property
    def quality_docs_dir(self) -> Path:
        return self.build.quality_pages

    @contextmanager
    def connect_build(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self.build.connect() as connection:
            yield connection

    def copy_to_target(self, connection: duckdb.DuckDBPyConnection, tables: list[tuple[str, str]]) -> None:
        """Tables written by Python into the DuckDB build, made visible to dbt on the target."""
        self.target.copy_tables(connection, tables)

    def pii_key(self) -> bytes:
        """Key for hashing personal data (see dagster_project.pii_key)."""
        return personal_data_key()


def warehouse_resource(settings: Settings | None = None) -> ResourceDefinition:
    """The run's WarehouseResource, holding the writer lock while the run lasts. Without
    ``settings`` (runs Dagster starts) the settings are read from the environment at run start."""

    @resource(description="Raw folder, the run's build and the publish target (settings: dagster_project.settings)")
    def _warehouse(_context) -> Iterator[WarehouseResource]:
        with WarehouseResource(settings or Settings.from_environment()).held_for_run() as warehouse:
            yield warehouse

    return _warehouse


def default_resources() -> dict[str, object]:
    return {
        "warehouse": warehouse_resource(),
        # The dbt beside this interpreter: a daemon started without the environment's bin/ on
        # PATH (a service manager, a container) still finds it.
        "dbt": WarehouseDbtCli(project_dir=warehouse_dbt_project, dbt_executable=dbt_executable()),
    }


# How an asset asks for the run's warehouse: Dagster injects the value of the "warehouse" resource.
WarehouseParam = ResourceParam[WarehouseResource]
