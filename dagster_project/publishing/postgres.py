"""The PostgreSQL target: where many BI users read the warehouse.

A load with ``--target postgres`` lands files exactly as for DuckDB, then copies the landing
tables into ``landing__build``; dbt builds ``staging__build`` … ``marts__build`` beside the
published schemas, and publishing renames every ``<schema>__build`` into ``<schema>`` in one
transaction. BI users keep reading the previous schemas until that commit and the new ones
after it; a failed load leaves the published schemas as they were."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlparse

import duckdb

from dagster_project.landing.specs import LANDING_SCHEMA, QUALITY_SCHEMA
from dagster_project.publishing.builds import Build
from dagster_project.publishing.fingerprint import LAST_FINGERPRINT_SQL
from dagster_project.publishing.target_interface import PublishTarget, TargetError
from dagster_project.settings import Settings, source_of
from dagster_project.sql_text import sql_literal

if TYPE_CHECKING:  # pandas takes a second to import; only the GX suites need frames
    import pandas as pd

URL_VARIABLE = source_of("postgres_url").env
READER_PASSWORD_VARIABLE = source_of("postgres_reader_password").env
PUBLISHED_SCHEMAS = ("landing", "staging", "intermediate", "quality", "marts")
# What BI users may read: the curated tables and the quality queues beside them.
READABLE_SCHEMAS = ("marts", "quality")
BUILD_SUFFIX = "__build"
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")


class PostgresTargetError(TargetError):
    """The PostgreSQL target is not configured or not reachable (message says which)."""


def build_schema(schema: str) -> str:
    return f"{schema}{BUILD_SUFFIX}"


def duckdb_to_postgres_type(duckdb_type: str) -> str:
    """PostgreSQL column type for a DuckDB one (only the types the landing tables use)."""
    kind = duckdb_type.upper()
    if kind.startswith("DECIMAL"):
        return kind.replace("DECIMAL", "numeric")
    mapping = {
        "VARCHAR": "varchar",
        "INTEGER": "integer",
        "BIGINT": "bigint",
        "HUGEINT": "numeric(38,0)",
        "DOUBLE": "double precision",
        "FLOAT": "real",
        "DATE": "date",
        "TIMESTAMP": "timestamp",
        "TIMESTAMP WITH TIME ZONE": "timestamptz",
        "BOOLEAN": "boolean",
        "SMALLINT": "smallint",
    }
    if kind not in mapping:
        raise PostgresTargetError(f"no PostgreSQL type for DuckDB type {duckdb_type}")
    return mapping[kind]


class PostgresTarget(PublishTarget):
    """Publishes into the database at ``settings.postgres_url``
    (postgresql://user:password@host:port/database)."""

    writes_files = False

    def __init__(self, settings: Settings, build: Build | None = None) -> None:
        super().__init__(settings, build or Build.for_settings(settings))
        if not settings.postgres_url.strip():
            raise PostgresTargetError(
                f"--target postgres needs {URL_VARIABLE}, e.g. postgresql://warehouse@127.0.0.1:5432/warehouse"
            )
        self.url = settings.postgres_url.strip()
        self.reader_role = settings.postgres_reader_role
        self.reader_password = settings.postgres_reader_password or None
        self.parts()  # fail early on a malformed URL

    @classmethod
    def from_url(cls, url: str) -> PostgresTarget:
        """The target at ``url``, its reader role's name and password from the environment."""
        return cls(Settings.from_environment(target="postgres", postgres_url=url))

    def parts(self) -> dict[str, str]:
        parsed = urlparse(self.url)
        if parsed.scheme not in ("postgres", "postgresql") or not parsed.hostname or not parsed.path.strip("/"):
            raise PostgresTargetError(f"{URL_VARIABLE} is not a postgresql://user@host:port/database URL")
        if not _IDENTIFIER.match(self.reader_role):
            raise PostgresTargetError(f"reader role {self.reader_role!r} is not a plain lower-case identifier")
        return {
            "host": parsed.hostname,
            "port": str(parsed.port or 5432),
            "user": unquote(parsed.username or os.environ.get("USER", "postgres")),
            "password": unquote(parsed.password or ""),
            "dbname": parsed.path.strip("/"),
        }

    def dbt_environment(self) -> dict[str, str]:
        """Variables the ``postgres`` output of dbt/profiles.yml reads."""
        return {f"WAREHOUSE_PG_{key.upper()}": value for key, value in self.parts().items()}

    def describe(self) -> str:
        parts = self.parts()
        return f"postgresql://{parts['user']}@{parts['host']}:{parts['port']}/{parts['dbname']}"

    @contextlib.contextmanager
    def connect(self) -> Iterator:
        import psycopg2

        parts = self.parts()
        try:
            connection = psycopg2.connect(
                host=parts["host"],
                port=int(parts["port"]),
                user=parts["user"],
                password=parts["password"] or None,
                dbname=parts["dbname"],
                connect_timeout=10,
                application_name="warehouse-load",
            )
        except psycopg2.Error as error:
            raise PostgresTargetError(f"cannot connect to {self.describe()}: {str(error).strip()}") from error
        try:
            yield connection
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
        finally:
            connection.close()

    def preflight(self) -> None:
        """Check, before any work, the privileges a load needs; name what is missing and how to
        grant it (a load that fails on them after a minute of landing helps nobody)."""
        with self.connect() as connection, connection.cursor() as cursor:
            cursor.execute(
                "select current_user, current_database(), rolsuper, rolcreaterole, "
                "has_database_privilege(current_user, current_database(), 'CREATE') "
                "from pg_roles where rolname = current_user"
            )
            user, database, is_superuser, can_create_roles, can_create_schemas = cursor.fetchone()
            cursor.execute("select 1 from pg_roles where rolname = %s", (self.reader_role,))
            reader_exists = cursor.fetchone() is not None
            cursor.execute(
                "select nspname from pg_namespace where nspname = any(%s) "
                "and not pg_has_role(current_user, nspowner, 'MEMBER')",
                ([*PUBLISHED_SCHEMAS, *(build_schema(schema) for schema in PUBLISHED_SCHEMAS)],),
            )
            foreign_schemas = [name for (name,) in cursor.fetchall()]
        problems = []
        if not (is_superuser or can_create_schemas):
            problems.append(
                f'{user} cannot create schemas in {database}: GRANT CREATE ON DATABASE "{database}" TO {user};'
            )
        if not (is_superuser or can_create_roles):
            if not reader_exists:
                problems.append(
                    f"{user} cannot create the reader role {self.reader_role}: "
                    f"ALTER ROLE {user} CREATEROLE; or create it "
                    f"beforehand: CREATE ROLE {self.reader_role} NOLOGIN; "
                    f"ALTER ROLE {self.reader_role} SET default_transaction_read_only = on;"
                )
            elif self.reader_password:
                problems.append(
                    f"{user} cannot set the password of {self.reader_role} ({READER_PASSWORD_VARIABLE}): "
                    f"ALTER ROLE {user} CREATEROLE; or unset {READER_PASSWORD_VARIABLE} and set it as a DBA"
                )
        if foreign_schemas and not is_superuser:
            problems.append(
                f"schemas {', '.join(foreign_schemas)} belong to another role: "
                f"ALTER SCHEMA <name> OWNER TO {user}; for each"
            )
        if problems:
            raise PostgresTargetError(
                f"{self.describe()} is missing privileges the load needs; nothing was done. " + " ".join(problems)
            )

    def prepare_build(self) -> None:
        """Empty build schemas for this run (a failed run's are kept until the next one starts)."""
        with self.connect() as connection, connection.cursor() as cursor:
            # normalize_name() strips diacritics with unaccent on PostgreSQL.
            cursor.execute("create extension if not exists unaccent")
            for schema in PUBLISHED_SCHEMAS:
                cursor.execute(f"drop schema if exists {build_schema(schema)} cascade")
            cursor.execute(f"create schema {build_schema('landing')}")
            cursor.execute(f"create schema {build_schema('quality')}")

    def copy_tables(self, duckdb_connection: duckdb.DuckDBPyConnection, tables: Iterable[tuple[str, str]]) -> None:
        """Copy DuckDB tables of this run's build into the matching build schemas, replacing them."""
        with self.connect() as connection, connection.cursor() as cursor:
            for schema, table in tables:
                columns = duckdb_connection.execute(f'describe {schema}."{table}"').fetchall()
                target = f'{build_schema(schema)}."{table}"'
                column_sql = ", ".join(f'"{name}" {duckdb_to_postgres_type(kind)}' for name, kind, *_ in columns)
                cursor.execute(f"drop table if exists {target}")
                cursor.execute(f"create table {target} ({column_sql})")
                with _csv(duckdb_connection, schema, table) as rows:
                    cursor.copy_expert(f"copy {target} from stdin with (format csv, header false)", rows)

    def dbt_arguments(self) -> list[str]:
        """The ``postgres`` output of dbt/profiles.yml reads the connection's variables."""
        super().dbt_arguments()
        os.environ.update(self.dbt_environment())
        return ["--target", "postgres"]

    def query_build(self, sql: str, schema: str = "marts") -> list[tuple]:
        return self.query(sql.format(schema=build_schema(schema)))

    def traces_rows(self) -> bool:
        return False  # the models and test results are in PostgreSQL, not in the DuckDB build

    def read_build_table(self, connection: duckdb.DuckDBPyConnection, schema: str, table: str) -> pd.DataFrame:
        """Landing is read into the DuckDB build on every target; the rest lives where dbt built it."""
        if schema == LANDING_SCHEMA:
            return super().read_build_table(connection, schema, table)
        with self.connect() as server, server.cursor() as cursor:
            cursor.execute(f'select * from {build_schema(schema)}."{table}"')
            names = [column.name for column in cursor.description]
            import pandas

            return pandas.DataFrame(cursor.fetchall(), columns=names)

    def query(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        import psycopg2

        try:
            with self.connect() as connection, connection.cursor() as cursor:
                cursor.execute(sql, parameters)
                return cursor.fetchall()
        except psycopg2.Error as error:
            raise PostgresTargetError(f"{self.describe()}: {str(error).strip()}") from error

    def published_fingerprint(self) -> str | None:
        with contextlib.suppress(PostgresTargetError), self.connect() as connection, connection.cursor() as cursor:
            if _has_load_runs(cursor):
                cursor.execute(LAST_FINGERPRINT_SQL)
                row = cursor.fetchone()
                return row[0] if row else None
        return None

    def publish(self, run_id: str) -> str:
        """The quality tables written in Python join dbt's build schemas, then all are renamed into
        place in one transaction; the quality page of the load it now holds stays beside the
        warehouse folder."""
        with self.build.connect(read_only=True) as connection:
            quality_tables = connection.execute(
                f"select table_name from duckdb_tables() where schema_name = '{QUALITY_SCHEMA}' order by table_name"
            ).fetchall()
            self.copy_tables(connection, [(QUALITY_SCHEMA, name) for (name,) in quality_tables])
        self._rename_build_schemas()
        page = self.settings.warehouse_path.parent / "quality"
        if page.is_symlink() or page.is_file():
            page.unlink()
        shutil.rmtree(page, ignore_errors=True)
        if self.build.quality_pages.is_dir():
            shutil.move(str(self.build.quality_pages), page)
        shutil.rmtree(self.build.folder, ignore_errors=True)
        return f"{self.describe()} (schemas {', '.join(PUBLISHED_SCHEMAS)}; read-only role {self.reader_role})"

    def _rename_build_schemas(self) -> None:
        """Rename every build schema into place and grant the reader role, in one transaction."""
        with self.connect() as connection, connection.cursor() as cursor:
            if _has_load_runs(cursor):
                # The run history stays with the warehouse across publishes.
                cursor.execute(f"insert into {build_schema('quality')}.load_runs select * from quality.load_runs")
            for schema in PUBLISHED_SCHEMAS:
                cursor.execute(f"drop schema if exists {schema} cascade")
                cursor.execute(f"alter schema {build_schema(schema)} rename to {schema}")
            self._grant_reader(cursor)

    def _grant_reader(self, cursor) -> None:
        role = self.reader_role
        cursor.execute("select 1 from pg_roles where rolname = %s", (role,))
        if cursor.fetchone() is None:
            cursor.execute(f"create role {role} nologin")
        # Without CREATEROLE the DBA pre-created the role and its settings (preflight checked).
        cursor.execute("select rolsuper or rolcreaterole from pg_roles where rolname = current_user")
        if cursor.fetchone()[0]:
            if self.reader_password:
                cursor.execute(f"alter role {role} login password %s", (self.reader_password,))
            cursor.execute(f"alter role {role} set default_transaction_read_only = on")
        cursor.execute("select current_database()")
        database = cursor.fetchone()[0]
        cursor.execute(f'grant connect on database "{database}" to {role}')
        for schema in READABLE_SCHEMAS:
            cursor.execute(f"grant usage on schema {schema} to {role}")
            cursor.execute(f"grant select on all tables in schema {schema} to {role}")


def _has_load_runs(cursor) -> bool:
    """Whether a warehouse was published here before (its run history exists)."""
    cursor.execute("select to_regclass('quality.load_runs') is not null")
    return cursor.fetchone()[0]


@contextlib.contextmanager
def _csv(connection: duckdb.DuckDBPyConnection, schema: str, table: str) -> Iterator:
    """The table as a CSV file that PostgreSQL's COPY reads back exactly: every value quoted,
    so an empty string stays an empty string and only an unquoted empty field is NULL."""
    with tempfile.TemporaryDirectory(prefix="warehouse-copy-") as folder:
        path = Path(folder) / f"{table}.csv"
        connection.execute(
            f'copy (select * from {schema}."{table}") to {sql_literal(path)} (format csv, header false, force_quote *)'
        )
        with path.open(encoding="utf-8") as handle:
            yield handle
