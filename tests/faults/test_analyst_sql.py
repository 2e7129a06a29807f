"""`warehouse sql` only reads the published file: every statement that writes, reaches another
file, installs code or unlocks the configuration is refused in one line, and the published
file's bytes do not change."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.faults.helpers import private_copy, run_cli, sha256

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def warehouse(published_sample, tmp_path_factory) -> Path:
    return private_copy(published_sample, tmp_path_factory.mktemp("analyst_sql"))


def _kept_version(warehouse: Path) -> Path:
    kept = warehouse.parent / "releases" / "20200101T000000-kept" / "warehouse.duckdb"
    if not kept.exists():
        kept.parent.mkdir(parents=True, exist_ok=True)
        kept.write_bytes(warehouse.read_bytes())
    return kept


SECRET = "do-not-leak-3f9a1c0b"

ATTACKS = {
    "copy_onto_published_file": "COPY (select 'x') TO '{warehouse}' (FORMAT csv)",
    "read_csv_of_a_system_file": "select * from read_csv('/etc/passwd')",
    "read_text_of_a_secret": "select * from read_text('{secret}')",
    "read_blob_of_a_secret": "select * from read_blob('{secret}')",
    "attach_kept_version_read_write": "ATTACH '{kept}' AS kept (READ_WRITE)",
    "export_database": "EXPORT DATABASE '{folder}/export'",
    "install_extension": "INSTALL httpfs",
    "load_extension": "LOAD httpfs",
    "two_statements": "select 1; update quality.load_runs set files = 0",
    "update": "update quality.load_runs set files = 0",
    "unlock_external_access": "SET enable_external_access = true",
    "temporary_table": "create temp table t as select 1",
    "checkpoint": "CHECKPOINT",
    "query_a_file_by_name": "select * from '{kept}'",
}


@pytest.mark.parametrize("name", ATTACKS)
def test_statement_is_refused_in_one_line_and_nothing_changes(name, warehouse, tmp_path):
    kept = _kept_version(warehouse)
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    before, kept_before = sha256(warehouse), sha256(kept)
    query = ATTACKS[name].format(warehouse=warehouse, kept=kept, secret=secret, folder=tmp_path)

    code, output = run_cli("sql", "--warehouse", str(warehouse), query)

    assert code == 1, output
    assert output.startswith("Refused:"), output
    assert len(output.strip().splitlines()) == 1, output
    assert "Traceback" not in output and SECRET not in output
    assert sha256(warehouse) == before and sha256(kept) == kept_before
    assert not (tmp_path / "export").exists()


def test_attach_and_update_of_a_kept_version_cannot_change_what_rollback_publishes(warehouse):
    kept = _kept_version(warehouse)
    before = sha256(kept)
    for query in (f"ATTACH '{kept}' AS kept (READ_WRITE)", "update kept.quality.load_runs set files = 0"):
        code, output = run_cli("sql", "--warehouse", str(warehouse), query)
        assert code == 1 and output.startswith("Refused:") or "does not exist" in output, output
    assert sha256(kept) == before
    with duckdb.connect(str(kept), read_only=True) as connection:
        assert connection.execute("select min(files) from quality.load_runs").fetchone()[0] > 0


def test_a_read_still_works_and_parquet_is_written_by_the_command_not_by_duckdb(warehouse, tmp_path):
    before = sha256(warehouse)
    code, output = run_cli(
        "sql",
        "--warehouse",
        str(warehouse),
        "--json",
        "with runs as (select files from quality.load_runs) select max(files) as files from runs",
    )
    assert code == 0, output
    assert '"files": 11' in output
    out = tmp_path / "result.parquet"
    code, output = run_cli(
        "sql", "--warehouse", str(warehouse), "--parquet", str(out), "select * from marts.dim_period"
    )
    assert code == 0, output
    with duckdb.connect() as connection:
        assert connection.execute(f"select count(*) from read_parquet('{out}')").fetchone()[0] > 0
    assert sha256(warehouse) == before
