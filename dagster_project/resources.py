"""Resources: where raw files are read from and where the warehouse is built and published."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import duckdb
from dagster import ConfigurableResource
from dagster_dbt import DbtCliResource

from dagster_project.builds import SHARED_BUILD_LINK, SHARED_BUILD_LOCK, clean_leftover_builds, point_shared_build_link
from dagster_project.dbt_project import dbt_executable, warehouse_dbt_project
from dagster_project.landing.admission import SizeLimits
from dagster_project.locking import writer_lock
from dagster_project.pii_key import personal_data_key
from dagster_project.postgres import PostgresTarget, PostgresTargetError
from dagster_project.progress import PROGRESS_LOGGER
from dagster_project.paths import DEFAULT_DECISIONS_PATH, DEFAULT_RAW_DIR, DEFAULT_WAIVERS_PATH, DEFAULT_WAREHOUSE_PATH

class WarehouseResource(ConfigurableResource):
    """Raw input folder and published warehouse file. Each run builds its own file under
    ``<warehouse dir>/.build/current/<warehouse file name>``; only the publish step replaces the published one."""

    raw_dir: str = str(DEFAULT_RAW_DIR)
    warehouse_path: str = str(DEFAULT_WAREHOUSE_PATH)
    waivers_path: str = str(DEFAULT_WAIVERS_PATH)
    decisions_path: str = str(DEFAULT_DECISIONS_PATH)
    # A file with a larger share of rejected rows blocks publishing.
    max_reject_share: float = 0.2
    # Files larger than these are refused before any parser opens them.
    max_workbook_mb: float = SizeLimits.workbook_mb
    max_document_mb: float = SizeLimits.document_mb
    # Earlier published versions kept for `warehouse rollback`.
    keep_versions: int = 3
    # How long a run waits for another writer to finish before giving up.
    lock_wait_seconds: float = 600
    # "duckdb" publishes warehouse_path; "postgres" publishes into the database at postgres_url
    # (landing is still read into this run's DuckDB build file first).
    target: str = "duckdb"
    postgres_url: str = ""

    @contextmanager
    def yield_for_execution(self, context):
        """Hold the writer lock for the whole run (one writer at a time, also for runs the
        Dagster daemon starts) and clear what a killed run left behind."""
        with writer_lock(self.published_path, self.lock_wait_seconds):
            for leftover in clean_leftover_builds(self.published_path.parent / ".build"):
                PROGRESS_LOGGER.info(f"removed leftover build {leftover}")
            with writer_lock(SHARED_BUILD_LOCK, self.lock_wait_seconds):
                point_shared_build_link(self.build_dir)
                if self.postgres is not None:
                    self.postgres.prepare_build()
                yield self

    @property
    def postgres(self) -> PostgresTarget | None:
        """The PostgreSQL target of this run, or None when the run publishes the DuckDB file."""
        if self.target == "duckdb":
            return None
        if self.target != "postgres":
            raise PostgresTargetError(f"unknown target {self.target!r}: use duckdb or postgres")
        return PostgresTarget.from_url(self.postgres_url)

    def copy_to_target(self, connection: duckdb.DuckDBPyConnection, tables: list[tuple[str, str]]) -> None:
        """Tables written by Python into the DuckDB build, copied to the PostgreSQL build too."""
        if self.postgres is not None:
            self.postgres.copy_tables(connection, tables)

    @property
    def size_limits(self) -> SizeLimits:
        return SizeLimits(workbook_mb=self.max_workbook_mb, document_mb=self.max_document_mb)

    @property
    def raw_path(self) -> Path:
        return Path(self.raw_dir)

    @property
    def published_path(self) -> Path:
        return Path(self.warehouse_path)

    @property
    def reviewed_files(self) -> tuple[Path, Path]:
        """Reviewed files a load depends on, as the load fingerprint counts them."""
        return Path(self.waivers_path), Path(self.decisions_path)

    @property
    def quality_docs_dir(self) -> Path:
        """This run's quality page and Great Expectations Data Docs: published with its database
        (a blocked run's stay in its failed build)."""
        return self.build_dir / "quality"

    @property
    def build_dir(self) -> Path:
        # One fixed place (runs are serialised): dbt's profile then stays the same between
        # runs and dbt can parse the project partially instead of from scratch.
        return self.published_path.parent / ".build" / "current"

    @property
    def build_path(self) -> Path:
        # Same file name as the published one: DuckDB names the catalog after the file and
        # dbt's views refer to that catalog, so they keep working after the move.
        return self.build_dir / self.published_path.name

    @property
    def dbt_database_path(self) -> Path:
        """The build file as dbt sees it: through the shared link, so dbt's profile never changes."""
        return SHARED_BUILD_LINK / self.published_path.name

    @contextmanager
    def connect_build(self):
        path = self.build_path
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = duckdb.connect(str(path))
        try:
            yield connection
        finally:
            connection.close()

    def pii_key(self) -> bytes:
        """Key for hashing personal data (see dagster_project.pii_key)."""
        return personal_data_key()


def warehouse_from_environment() -> WarehouseResource:
    """The warehouse settings of Dagster-launched runs, from the same variables the CLI reads."""
    return WarehouseResource(
        raw_dir=os.environ.get("WAREHOUSE_RAW_DIR", str(DEFAULT_RAW_DIR)),
        warehouse_path=os.environ.get("WAREHOUSE_PATH", str(DEFAULT_WAREHOUSE_PATH)),
        waivers_path=os.environ.get("WAREHOUSE_WAIVERS", str(DEFAULT_WAIVERS_PATH)),
        decisions_path=os.environ.get("WAREHOUSE_DECISIONS", str(DEFAULT_DECISIONS_PATH)),
        max_reject_share=float(os.environ.get("WAREHOUSE_MAX_REJECT_SHARE", "0.2")),
        keep_versions=int(os.environ.get("WAREHOUSE_KEEP_VERSIONS", "3")),
        max_workbook_mb=float(os.environ.get("WAREHOUSE_MAX_WORKBOOK_MB", SizeLimits.workbook_mb)),
        max_document_mb=float(os.environ.get("WAREHOUSE_MAX_DOCUMENT_MB", SizeLimits.document_mb)),
        # Runs the schedule, the sensor or the UI start publish where the deployment is set to.
        target=os.environ.get("WAREHOUSE_TARGET", "duckdb"),
        postgres_url=os.environ.get("WAREHOUSE_POSTGRES_URL", ""),
    )


def default_resources() -> dict[str, object]:
    return {
        "warehouse": warehouse_from_environment(),
        # The dbt beside this interpreter: a daemon started without the environment's bin/ on
        # PATH (a service manager, a container) still finds it.
        "dbt": DbtCliResource(project_dir=warehouse_dbt_project, dbt_executable=dbt_executable()),
    }
