"""The PostgreSQL target: a throwaway PostgreSQL 15 cluster, the full load of the sample into
it, and every marts table compared with the DuckDB build value by value."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

import psycopg2
import pytest

from dagster_project.loading import LoadRequest, run_load
from dagster_project.paths import DEFAULT_WAIVERS_PATH
from dagster_project.publishing.targets import target_for
from dagster_project.settings import Settings
from tests.bad_inputs.builders import write_xlsx
from tests.conftest import copy_sample_raw
from tests.e2e.test_bi_outputs import readme_analyst_queries

pytestmark = pytest.mark.slow

POSTGRES_BIN = Path(os.environ.get("WAREHOUSE_TEST_POSTGRES_BIN", "/usr/lib/postgresql/15/bin"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def unprivileged_user() -> dict:
    """initdb refuses to run as root: as root, the cluster belongs to a system user."""
    if os.geteuid() != 0:
        return {}
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            entry = pwd.getpwnam(name)
            return {"user": entry.pw_uid, "group": entry.pw_gid}
    pytest.fail("running as root and neither a postgres nor a nobody user exists to own the test cluster")


@pytest.fixture(scope="module")
def postgres_url():
    initdb, pg_ctl = POSTGRES_BIN / "initdb", POSTGRES_BIN / "pg_ctl"
    if not initdb.exists() or not pg_ctl.exists():
        pytest.skip(f"PostgreSQL server binaries are not in {POSTGRES_BIN} (Debian package postgresql-15)")
    owner = unprivileged_user()
    folder = Path(tempfile.mkdtemp(prefix="warehouse-pg-"))
    if owner:
        os.chown(folder, owner["user"], owner["group"])
    data, port = folder / "data", free_port()
    run = dict(cwd=folder, check=True, capture_output=True, text=True, **owner)
    subprocess.run(
        [str(initdb), "-D", str(data), "-U", "warehouse", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], **run
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        [str(pg_ctl), "-D", str(data), "-o", options, "-l", str(folder / "server.log"), "-w", "start"], **run
    )
    try:
        admin = psycopg2.connect(host="127.0.0.1", port=port, user="warehouse", dbname="postgres")
        admin.autocommit = True
        admin.cursor().execute("create database warehouse")
        admin.close()
        yield f"postgresql://warehouse@127.0.0.1:{port}/warehouse"
    finally:
        subprocess.run([str(pg_ctl), "-D", str(data), "-m", "fast", "-w", "stop"], **{**run, "check": False})
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def postgres_load(postgres_url, tmp_path_factory):
    root = tmp_path_factory.mktemp("postgres_load")
    request = LoadRequest(
        raw_dir=copy_sample_raw(root / "raw"),
        warehouse_path=root / "warehouse" / "warehouse.duckdb",
        force=True,
        target="postgres",
        postgres_url=postgres_url,
    )
    outcome = run_load(request)
    assert outcome.published, outcome.failures
    return request, outcome


@pytest.fixture
def postgres(postgres_load):
    request, _ = postgres_load
    with target_for(request).connect() as connection:
        yield connection


def comparable(value):
    """One spelling for a value from either database: numbers to 6 decimals, dates as dates."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value)).quantize(Decimal("0.000001"))
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    return value


def rows_of(cursor_rows) -> list[tuple]:
    return sorted((tuple(comparable(value) for value in row) for row in cursor_rows), key=repr)


def test_every_marts_table_on_postgres_equals_the_duckdb_build_value_by_value(postgres, sample_db):
    tables = [
        name
        for (name,) in sample_db.execute(
            "select table_name from duckdb_tables() where schema_name = 'marts' order by 1"
        ).fetchall()
    ]
    cursor = postgres.cursor()
    cursor.execute("select table_name from information_schema.tables where table_schema = 'marts' order by 1")
    assert [name for (name,) in cursor.fetchall()] == tables
    differences = {}
    compared = 0
    for table in tables:
        columns = [
            name
            for (name,) in sample_db.execute(
                "select column_name from duckdb_columns() "
                "where schema_name = 'marts' and table_name = ? order by column_index",
                [table],
            ).fetchall()
        ]
        column_list = ", ".join(f'"{name}"' for name in columns)
        in_duckdb = rows_of(sample_db.execute(f"select {column_list} from marts.{table}").fetchall())
        cursor.execute(f"select {column_list} from marts.{table}")
        in_postgres = rows_of(cursor.fetchall())
        compared += len(in_duckdb) * len(columns)
        if in_duckdb != in_postgres:
            only_duckdb = [row for row in in_duckdb if row not in in_postgres]
            differences[table] = {
                "duckdb_rows": len(in_duckdb),
                "postgres_rows": len(in_postgres),
                "first": only_duckdb[:2],
            }
    assert differences == {}
    assert compared > 10_000


def test_published_figures_on_postgres_include_36_delegations_and_248_persons_for_nine_months_2022(postgres):
    cursor = postgres.cursor()
    cursor.execute(
        "select indicator_code, value from marts.fct_reported_indicator where period_code = '2022-9M' "
        "and indicator_code in ('outbound_delegations', 'outbound_persons') order by 1"
    )
    assert [(code, int(value)) for code, value in cursor.fetchall()] == [
        ("outbound_delegations", 36),
        ("outbound_persons", 248),
    ]


def test_readme_analyst_questions_give_the_same_answers_on_both_databases(postgres, sample_db):
    cursor = postgres.cursor()
    for question, sql in readme_analyst_queries():
        cursor.execute(sql)
        assert rows_of(cursor.fetchall()) == rows_of(sample_db.execute(sql).fetchall()), question


def test_reader_role_reads_marts_and_can_write_nothing(postgres):
    cursor = postgres.cursor()
    cursor.execute("set role warehouse_reader")
    cursor.execute("select count(*) from marts.fct_activity")
    assert cursor.fetchone()[0] > 0
    for statement in (
        "create table marts.scratch (x int)",
        "delete from marts.fct_activity",
        "select count(*) from landing.outbound_delegations",
    ):
        cursor.execute("savepoint attempt")
        with pytest.raises(psycopg2.Error) as refused:
            cursor.execute(statement)
        assert "permission denied" in str(refused.value) or "read-only" in str(refused.value), statement
        cursor.execute("rollback to savepoint attempt")


def test_build_schemas_are_gone_after_publish_and_an_unchanged_rerun_is_skipped(postgres_load, postgres):
    cursor = postgres.cursor()
    cursor.execute(
        "select schema_name from information_schema.schemata where schema_name like '%\\_\\_build' order by 1"
    )
    assert cursor.fetchall() == []
    cursor.execute("select count(*) from quality.load_runs where published")
    assert cursor.fetchone()[0] == 1
    request, _ = postgres_load
    rerun = run_load(
        LoadRequest(
            raw_dir=request.raw_dir,
            warehouse_path=request.warehouse_path,
            target="postgres",
            postgres_url=request.postgres_url,
        )
    )
    assert rerun.skipped


def test_a_blocked_load_leaves_the_published_schemas_as_they_were(postgres_load, postgres):
    request, _ = postgres_load
    cursor = postgres.cursor()
    snapshot = (
        "select (select count(*) from marts.fct_activity), (select count(*) from quality.load_runs), "
        "(select max(published_at) from quality.load_runs)"
    )
    cursor.execute(snapshot)
    before = cursor.fetchone()
    write_xlsx(
        request.raw_dir / "registers" / "doan_ra_sai_cot.xlsx",
        {"Đoàn ra": [["Thời điểm", "Nơi đến", "Người đi"], ["10/01/2022", "Lào", 3]]},
    )
    try:
        outcome = run_load(
            LoadRequest(
                raw_dir=request.raw_dir,
                warehouse_path=request.warehouse_path,
                force=True,
                target="postgres",
                postgres_url=request.postgres_url,
            )
        )
    finally:
        (request.raw_dir / "registers" / "doan_ra_sai_cot.xlsx").unlink()
    assert not outcome.published
    assert "registers/doan_ra_sai_cot.xlsx" in "\n".join(outcome.failures)
    postgres.rollback()  # a fresh snapshot, after the blocked run
    cursor.execute(snapshot)
    assert cursor.fetchone() == before


def test_missing_privileges_are_named_before_any_work(postgres_url, tmp_path, monkeypatch):
    """Issue 14: a role without CREATEROLE or CREATE on the database failed after 41 s of landing."""
    monkeypatch.setenv("WAREHOUSE_POSTGRES_READER", "reader_not_created_yet")
    admin = psycopg2.connect(postgres_url)
    admin.autocommit = True
    admin.cursor().execute("drop role if exists limited; create role limited login")
    admin.close()
    limited_url = postgres_url.replace("postgresql://warehouse@", "postgresql://limited@")
    # The reader role's name comes from the environment, as the deployment sets it.
    settings = Settings.from_environment(
        raw_dir=copy_sample_raw(tmp_path / "raw"),
        target="postgres",
        warehouse_path=tmp_path / "warehouse" / "warehouse.duckdb",
        postgres_url=limited_url,
    )
    request = LoadRequest.from_settings(settings, force=True)
    from dagster_project.publishing.postgres import PostgresTargetError

    with pytest.raises(PostgresTargetError) as error:
        run_load(request)
    message = str(error.value)
    assert "nothing was done" in message
    assert 'GRANT CREATE ON DATABASE "warehouse" TO limited;' in message
    assert "ALTER ROLE limited CREATEROLE;" in message and "CREATE ROLE reader_not_created_yet NOLOGIN" in message
    assert not (tmp_path / "warehouse" / ".build").exists()  # no landing started


def test_postgres_marts_declare_primary_and_foreign_keys(postgres_load):
    request, _ = postgres_load
    with psycopg2.connect(request.postgres_url) as connection, connection.cursor() as cursor:
        cursor.execute(
            "select tc.table_name, tc.constraint_type, ccu.table_name from information_schema.table_constraints tc "
            "left join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name "
            "and ccu.constraint_schema = tc.constraint_schema "
            "where tc.table_schema = 'marts' and tc.constraint_type in ('PRIMARY KEY', 'FOREIGN KEY')"
        )
        rows = cursor.fetchall()
    assert ("dim_partner", "PRIMARY KEY", "dim_partner") in rows
    assert ("fct_activity", "FOREIGN KEY", "dim_partner") in rows and (
        "fct_funding",
        "FOREIGN KEY",
        "fct_activity",
    ) in rows


def test_a_run_the_nightly_schedule_starts_publishes_to_the_target_the_deployment_names(
    postgres_load, postgres_url, tmp_path, monkeypatch
):
    """Runs the daemon starts read the deployment's settings from its environment, as `warehouse load` does."""
    from dagster import DagsterInstance, RunRequest, build_schedule_context

    from dagster_project.definitions import LOAD_JOB_NAME, defs

    raw = copy_sample_raw(tmp_path / "raw")
    # A reviewed file read again changes the load's fingerprint and none of its figures.
    waivers = tmp_path / "waivers.yml"
    waivers.write_text(DEFAULT_WAIVERS_PATH.read_text(encoding="utf-8") + "\n# reviewed again\n", encoding="utf-8")
    duckdb_file = tmp_path / "warehouse" / "warehouse.duckdb"
    for name, value in {
        "WAREHOUSE_TARGET": "postgres",
        "WAREHOUSE_POSTGRES_URL": postgres_url,
        "WAREHOUSE_RAW_DIR": str(raw),
        "WAREHOUSE_PATH": str(duckdb_file),
        "WAREHOUSE_WAIVERS": str(waivers),
    }.items():
        monkeypatch.setenv(name, value)
    schedule = defs.get_schedule_def("nightly_warehouse_load")
    request = schedule.evaluate_tick(build_schedule_context()).run_requests
    assert request and isinstance(request[0], RunRequest)  # the published fingerprint differs
    with DagsterInstance.ephemeral() as instance:
        result = defs.resolve_job_def(LOAD_JOB_NAME).execute_in_process(
            instance=instance, tags=request[0].tags, raise_on_error=False
        )
    assert result.success
    with psycopg2.connect(postgres_url) as connection, connection.cursor() as cursor:
        cursor.execute("select run_id, raw_dir from quality.load_runs order by published_at desc limit 1")
        assert cursor.fetchone() == (result.run_id, str(raw))
    assert not duckdb_file.exists()  # published to PostgreSQL only, not to the DuckDB file
    assert isinstance(schedule.evaluate_tick(build_schedule_context()).skip_message, str)  # now published: skips
