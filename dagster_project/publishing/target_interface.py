"""Where a load publishes: the operations every target offers. Nothing outside the two
implementations asks which target a run has; it asks the target."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable
from typing import TYPE_CHECKING

import duckdb

from dagster_project.paths import DBT_PROFILE_DATABASE_VARIABLE
from dagster_project.publishing.builds import Build
from dagster_project.settings import Settings

if TYPE_CHECKING:  # pandas takes a second to import; only the GX suites need frames
    import pandas as pd


class TargetError(RuntimeError):
    """The target is not configured, not reachable or cannot do what was asked (message says which)."""


class PublishTarget(ABC):
    """Every target lands files into the run's DuckDB build first; dbt then builds the models
    where the target keeps them, and publishing makes them what readers see in one step.
    Operations with a docstring only are optional: a no-op for a target that needs none."""

    # Whether the published release includes the files written beside the database (Parquet
    # exports, the dbt docs site, the dashboard). Where BI tools read a database server they
    # read it there, and those files would describe nothing a reader can open.
    writes_files: bool = True

    def __init__(self, settings: Settings, build: Build) -> None:
        self.settings = settings
        self.build = build

    @abstractmethod
    def describe(self) -> str:
        """Where readers find the published warehouse, without secrets."""

    def preflight(self) -> None:  # noqa: B027
        """Check, before any work, that the target can take a publish (raises TargetError)."""

    @abstractmethod
    def published_fingerprint(self) -> str | None:
        """The input fingerprint of the published load, None when nothing was published."""

    def needs_repair(self) -> list[str]:
        """What of the published unit describes another load than its database: a load then
        rebuilds although nothing changed."""
        return []

    def prepare_build(self) -> None:  # noqa: B027
        """Make room for this run's build where dbt will build it."""

    def copy_tables(self, connection: duckdb.DuckDBPyConnection, tables: Iterable[tuple[str, str]]) -> None:  # noqa: B027
        """Tables written by Python into the DuckDB build, made visible to dbt on this target."""

    def dbt_arguments(self) -> list[str]:
        """Point dbt's profile at this run's build and return the arguments that select it."""
        os.environ[DBT_PROFILE_DATABASE_VARIABLE] = str(self.build.database_for_dbt)
        return []

    @abstractmethod
    def query_build(self, sql: str, schema: str = "marts") -> list[tuple]:
        """Rows of a query on this run's built models; ``{schema}`` in ``sql`` names the schema."""

    def read_build_table(self, connection: duckdb.DuckDBPyConnection, schema: str, table: str) -> pd.DataFrame:
        """A table of this run's build (for the Great Expectations suites); ``connection`` is
        the run's open DuckDB build, where landing is on every target."""
        return connection.execute(f'select * from {schema}."{table}"').fetchdf()

    def traces_rows(self) -> bool:
        """Whether failed dbt tests can be traced to source rows in the DuckDB build."""
        return True

    def carry_run_history(self, connection: duckdb.DuckDBPyConnection) -> None:  # noqa: B027
        """Copy the published run history into the build's quality.load_runs (where needed)."""

    @abstractmethod
    def publish(self, run_id: str) -> str:
        """Make this run's build the published warehouse in one step; returns what was published."""

    def rollback(self, newer: bool) -> tuple[str, str]:
        """Publish the previous (or, undoing, the next) release again; returns (replaced, restored)."""
        raise TargetError(f"{self.describe()} keeps no earlier release to roll back to")

    @abstractmethod
    def query(self, sql: str) -> list[tuple]:
        """Rows of a query on the published warehouse."""
