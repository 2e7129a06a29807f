"""One night of operations on a copy of the published sample, while a reader queries the
published file all along: a load that is killed half-way, a second writer refused while the
first holds the lock, the next load publishing with problems that are reported but do not
block, then `warehouse status` and `warehouse rollback`."""

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from dagster_project.loading import LoadRequest, run_load
from dagster_project.publishing.run_record import LoadOutcome
from tests.conftest import warehouse_cli, workspace_from
from tests.e2e.test_quality_gate import add_tolerated_problems

pytestmark = pytest.mark.slow

READER = """
import json, sys, time
import duckdb
path, seconds = sys.argv[1], float(sys.argv[2])
queries = errors = 0
published = set()
problems = []
deadline = time.monotonic() + seconds
# Stop a few seconds after the new version appears: reads across the swap are what count.
while time.monotonic() < deadline:
    if len(published) == 2:
        deadline = min(deadline, time.monotonic() + 3)
    try:
        with duckdb.connect(path, read_only=True) as db:
            db.execute("select count(*), sum(persons) from marts.fct_activity").fetchone()
            published.add(db.execute("select max(published_at) from quality.load_runs").fetchone()[0].isoformat())
        queries += 1
    except Exception as error:
        errors += 1
        problems.append(repr(error)[:200])
    time.sleep(0.2)  # a BI user's pace; a tighter loop only competes with the load for the two cores
print(json.dumps({"queries": queries, "errors": errors, "published": sorted(published), "problems": problems[:5]}))
"""


@dataclass
class Night:
    warehouse: Path
    before: bytes
    published_after_kill: bytes
    build_left_by_kill: bool
    second_writer: tuple[int, str]
    outcome: LoadOutcome
    reads: dict


@pytest.fixture(scope="module")
def night(published_sample, tmp_path_factory) -> Night:
    tmp_path = tmp_path_factory.mktemp("night")
    raw, warehouse = workspace_from(published_sample, tmp_path)
    lock, build_root = warehouse.parent / ".lock", warehouse.parent / ".build"
    before = warehouse.read_bytes()
    reader = subprocess.Popen([sys.executable, "-c", READER, str(warehouse), "400"], stdout=subprocess.PIPE, text=True)

    killed = warehouse_cli("load", "--raw", str(raw), "--warehouse", str(warehouse), "--force")
    deadline = time.monotonic() + 120
    while not (lock.exists() and lock.read_text().startswith("pid")) and time.monotonic() < deadline:
        time.sleep(0.2)
    second = warehouse_cli("load", "--raw", str(raw), "--warehouse", str(warehouse), "--force", "--wait", "0")
    second_output, _ = second.communicate(timeout=120)
    deadline = time.monotonic() + 300
    while not any(build_root.glob("*/warehouse.duckdb")) and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(3)
    os.killpg(killed.pid, signal.SIGKILL)
    killed.wait()
    published_after_kill = warehouse.read_bytes()
    build_left_by_kill = any(path.name != "failed" for path in build_root.iterdir())

    waivers = add_tolerated_problems(raw, tmp_path)
    (raw / "registers" / "SAMPLE_lanh_su.xlsx").unlink()  # a deleted file's rows must disappear
    outcome = run_load(LoadRequest(raw_dir=raw, warehouse_path=warehouse, force=True, waivers_path=waivers))
    reads = json.loads(reader.communicate(timeout=500)[0])
    return Night(
        warehouse, before, published_after_kill, build_left_by_kill, (second.returncode, second_output), outcome, reads
    )


def test_a_second_writer_is_refused_while_a_load_holds_the_lock(night):
    code, output = night.second_writer
    assert code == 3, output
    assert "another load is writing" in output and "Traceback" not in output


def test_a_killed_load_leaves_the_published_file_as_it_was(night):
    assert night.published_after_kill == night.before
    assert night.build_left_by_kill


def test_readers_never_fail_and_see_the_old_then_the_new_version(night):
    # (how many reads fit in the night depends on the machine's load, so only that none failed and that they spanned
    # the swap are asserted)
    assert night.reads["errors"] == 0, night.reads["problems"]
    assert len(night.reads["published"]) == 2, "the reader saw the old and the new version"


def test_the_next_load_publishes_and_reports_what_did_not_block(night):
    assert night.outcome.published, night.outcome.failures
    assert not list((night.warehouse.parent / ".build").glob("*/warehouse.duckdb")), (
        "the killed run's build was cleaned"
    )
    with duckdb.connect(str(night.warehouse), read_only=True) as db:
        assert db.execute(
            "select p.partner_code from marts.fct_activity a join marts.dim_partner p using (partner_key) "
            "where a.partner_name_raw = 'Đoàn tỉnh Bôlykhămxay Mới'"
        ).fetchone() == ("UNRESOLVED",)
        assert db.execute(
            "select found_in from quality.unresolved_partners where name_as_written = 'Đoàn tỉnh Bôlykhămxay Mới'"
        ).fetchone() == ("inbound_delegation",)
        assert db.execute("select amount, amount_vnd from marts.fct_funding where currency = 'THB'").fetchone() == (
            50000,
            None,
        )
        assert db.execute(
            "select status from quality.check_results "
            "where check_name like 'dbt:not_null_int_funding_transactions_amount_vnd%'"
        ).fetchone() == ("warned",)
        assert db.execute(
            "select column_name, raw_value from quality.rejected_rows where _source_file = 'reports/bang_bo_sung.xlsx'"
        ).fetchall() == [("value", "chưa tổng hợp")]
        assert db.execute(
            "select status, is_waived, waived_by from marts.rpt_reconciliation "
            "where period_code = '2020-H1' and indicator_code = 'outbound_delegations'"
        ).fetchone() == ("mismatch", True, "Phòng HTQT")
        assert db.execute("select count(*) from landing.consular_cases").fetchone() == (0,)
        assert db.execute(
            "select count(*) from marts.fct_activity where activity_type_code = 'consular_case'"
        ).fetchone() == (0,)
        # Unchanged sample files were copied from the published warehouse, the added file was read.
        run_ids = db.execute("select count(distinct _run_id), count(*) from landing.inbound_delegations").fetchone()
        assert run_ids == (2, 52)
        published_runs = db.execute("select count(*) from quality.load_runs").fetchone()[0]
        assert published_runs >= 2, "the history of earlier published runs is kept"
    # The exports beside the file are the new load's: the deleted register's cases are gone there too.
    with duckdb.connect() as db:
        exported = db.execute(
            f"select count(*) from read_parquet('{night.warehouse.parent / 'exports' / 'fct_activity.parquet'}') "
            "where activity_type_code = 'consular_case'"
        ).fetchone()[0]
    assert exported == 0


def test_status_then_rollback_to_the_version_before(night):
    status = warehouse_cli("status", "--warehouse", str(night.warehouse))
    status_output, _ = status.communicate(timeout=120)
    assert status.returncode == 0, status_output
    assert "earlier version(s) kept for rollback" in status_output and "published" in status_output
    assert "review queue - rejected rows" in status_output

    newest = night.reads["published"][-1]
    rollback = warehouse_cli("rollback", "--warehouse", str(night.warehouse))
    rollback_output, _ = rollback.communicate(timeout=120)
    assert rollback.returncode == 0, rollback_output
    with duckdb.connect(str(night.warehouse), read_only=True) as db:
        restored = db.execute("select max(published_at) from quality.load_runs").fetchone()[0].isoformat()
    assert restored == night.reads["published"][0] != newest
