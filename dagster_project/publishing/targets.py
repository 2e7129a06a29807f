"""The one place that maps the `target` setting to its implementation."""

from __future__ import annotations

from dagster_project.publishing.builds import Build
from dagster_project.publishing.duckdb_file import DuckDBFileTarget
from dagster_project.publishing.postgres import PostgresTarget
from dagster_project.publishing.target_interface import PublishTarget
from dagster_project.settings import Settings

IMPLEMENTATIONS: dict[str, type[PublishTarget]] = {"duckdb": DuckDBFileTarget, "postgres": PostgresTarget}


def target_for(settings: Settings, build: Build | None = None) -> PublishTarget:
    """The target the settings name, publishing the run's ``build`` (by default the one beside
    the published file)."""
    return IMPLEMENTATIONS[settings.target](settings, build or Build.for_settings(settings))
