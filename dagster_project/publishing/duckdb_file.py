"""The DuckDB file target: the run builds its database and pages in its build folder, and
publishing renames that folder into releases/ and moves the `current` link (see releases)."""

from __future__ import annotations

import duckdb

from dagster_project.landing.specs import QUALITY_SCHEMA
from dagster_project.publishing.fingerprint import LAST_FINGERPRINT_SQL
from dagster_project.publishing.releases import (
    adopt_older_layout,
    database_run_id,
    publish_release,
    record_switch,
    release_run_id,
    switch_release,
    torn_unit,
)
from dagster_project.publishing.target_interface import PublishTarget, TargetError
from dagster_project.sql_text import sql_literal


class DuckDBFileTarget(PublishTarget):
    """Publishes ``settings.warehouse_path`` with its quality page, docs, dashboard and exports."""

    def describe(self) -> str:
        return str(self.settings.warehouse_path)

    def published_fingerprint(self) -> str | None:
        if not self.settings.warehouse_path.exists():
            return None
        try:
            row = self.query(LAST_FINGERPRINT_SQL)
        except TargetError:
            return None
        return row[0][0] if row else None

    def needs_repair(self) -> list[str]:
        return torn_unit(self.settings.warehouse_path)

    def query_build(self, sql: str, schema: str = "marts") -> list[tuple]:
        try:
            with self.build.connect(read_only=True) as connection:
                return connection.execute(sql.format(schema=schema)).fetchall()
        except duckdb.Error as error:
            raise TargetError(f"{self.build.database}: {error}") from error

    def carry_run_history(self, connection: duckdb.DuckDBPyConnection) -> None:
        """The history of earlier published runs goes into the new file with it."""
        published = self.settings.warehouse_path
        if not published.exists():
            return
        connection.execute(f"attach {sql_literal(published)} as previous (read_only)")
        has_history = connection.execute(
            "select count(*) from duckdb_tables() where database_name = 'previous' "
            f"and schema_name = '{QUALITY_SCHEMA}' and table_name = 'load_runs'"
        ).fetchone()[0]
        if has_history:
            connection.execute(
                f"insert into {QUALITY_SCHEMA}.load_runs select * from previous.{QUALITY_SCHEMA}.load_runs"
            )
        connection.execute("detach previous")

    def publish(self, run_id: str) -> str:
        published = self.settings.warehouse_path
        published.parent.mkdir(parents=True, exist_ok=True)
        adopt_older_layout(published, database_run_id)
        release = publish_release(self.build.folder, published, run_id, self.settings.keep_versions)
        return f"{published} (release {release.name})"

    def rollback(self, newer: bool) -> tuple[str, str]:
        published = self.settings.warehouse_path
        adopt_older_layout(published, database_run_id)
        replaced, restored = switch_release(published, newer=newer)
        record_switch(published, "undo rollback" if newer else "rollback", replaced, restored)
        return replaced.name, f"{restored.name} (run {release_run_id(restored)})"

    def query(self, sql: str) -> list[tuple]:
        try:
            with duckdb.connect(str(self.settings.warehouse_path), read_only=True) as connection:
                return connection.execute(sql).fetchall()
        except duckdb.Error as error:
            raise TargetError(f"{self.settings.warehouse_path}: {error}") from error
