"""Build folders beside the published warehouse: the current run's, and failed ones kept for inspection."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from dagster_project.paths import DEFAULT_DBT_WORK_DIR
from dagster_project.settings import Settings

KEEP_FAILED_BUILDS = 3


def clean_leftover_builds(build_root: Path) -> list[Path]:
    """Remove builds of runs that were killed (runs are serialised, so none is live) and all
    but the newest failed builds kept for inspection."""
    removed = []
    if not build_root.is_dir():
        return removed
    for path in build_root.iterdir():
        if path.name != "failed":
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
            removed.append(path)
    failed = build_root / "failed"
    if failed.is_dir():
        kept = sorted(failed.iterdir(), key=lambda path: path.stat().st_mtime, reverse=True)
        for path in kept[KEEP_FAILED_BUILDS:]:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


# dbt's profile names the database file, and dbt parses the whole project again whenever that
# path changes. Every load therefore gives dbt the same path: a link in dbt's target folder (the
# dbt_work_dir setting) to the run's build folder. Loads sharing that folder take turns on it.
def shared_build_link(dbt_work_dir: Path = DEFAULT_DBT_WORK_DIR) -> Path:
    return dbt_work_dir / "active_build"


def shared_build_lock(dbt_work_dir: Path = DEFAULT_DBT_WORK_DIR) -> Path:
    """The path whose writer lock (publishing.locking) a load holds while dbt's folder is its."""
    return dbt_work_dir / "active_build_lock" / "link"


def point_shared_build_link(build_dir: Path, dbt_work_dir: Path = DEFAULT_DBT_WORK_DIR) -> Path:
    """Make the shared link point at ``build_dir`` (atomically) and return the link."""
    link = shared_build_link(dbt_work_dir)
    build_dir.mkdir(parents=True, exist_ok=True)
    link.parent.mkdir(parents=True, exist_ok=True)
    temporary = link.with_name(f".active_build.{os.getpid()}")
    temporary.unlink(missing_ok=True)
    temporary.symlink_to(build_dir.resolve(), target_is_directory=True)
    os.replace(temporary, link)
    return link


@dataclass(frozen=True)
class Build:
    """Where one run builds its release, beside the published warehouse file.

    One fixed place (runs are serialised): dbt's profile then stays the same between runs and
    dbt parses the project partially instead of from scratch."""

    published_path: Path
    dbt_work_dir: Path = DEFAULT_DBT_WORK_DIR

    @classmethod
    def for_settings(cls, settings: Settings) -> Build:
        return cls(settings.warehouse_path, settings.dbt_work_dir)

    @property
    def folder(self) -> Path:
        return self.published_path.parent / ".build" / "current"

    @property
    def database(self) -> Path:
        # Same file name as the published one: DuckDB names the catalog after the file and
        # dbt's views refer to that catalog, so they keep working after the move.
        return self.folder / self.published_path.name

    @property
    def database_for_dbt(self) -> Path:
        """The build file as dbt sees it: through the shared link, so dbt's profile never changes."""
        return shared_build_link(self.dbt_work_dir) / self.published_path.name

    @property
    def quality_pages(self) -> Path:
        """This run's quality page and Great Expectations Data Docs, published with its database."""
        return self.folder / "quality"

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        if not read_only:
            self.folder.mkdir(parents=True, exist_ok=True)
        connection = duckdb.connect(str(self.database), read_only=read_only)
        try:
            yield connection
        finally:
            connection.close()
