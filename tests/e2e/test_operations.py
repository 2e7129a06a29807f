"""A forced reload while a reader queries the published file, a second writer that is
refused, then `warehouse status` and `warehouse rollback`."""

import json
import subprocess
import sys
import time

import pytest

from tests.conftest import warehouse_cli, workspace_from

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


def test_readers_keep_working_during_a_reload_and_one_writer_at_a_time(published_sample, tmp_path):
    raw, warehouse = workspace_from(published_sample, tmp_path)
    lock = warehouse.parent / ".lock"

    reader = subprocess.Popen([sys.executable, "-c", READER, str(warehouse), "300"], stdout=subprocess.PIPE, text=True)
    first = warehouse_cli("load", "--raw", str(raw), "--warehouse", str(warehouse), "--force")
    deadline = time.monotonic() + 120
    while not (lock.exists() and lock.read_text().startswith("pid")) and time.monotonic() < deadline:
        time.sleep(0.2)

    second = warehouse_cli("load", "--raw", str(raw), "--warehouse", str(warehouse), "--force", "--wait", "0")
    second_output, _ = second.communicate(timeout=120)
    assert second.returncode == 3, second_output
    assert "another load is writing" in second_output and "Traceback" not in second_output

    first_output, _ = first.communicate(timeout=600)
    assert first.returncode == 0, first_output
    reads = json.loads(reader.communicate(timeout=400)[0])
    assert reads["errors"] == 0, reads["problems"]
    assert reads["queries"] > 100
    assert len(reads["published"]) == 2, "the reader saw the old and the new version"

    status = warehouse_cli("status", "--warehouse", str(warehouse))
    status_output, _ = status.communicate(timeout=120)
    assert status.returncode == 0, status_output
    assert "earlier version(s) kept for rollback" in status_output and "published" in status_output
    assert "review queue - rejected rows" in status_output

    newest = reads["published"][-1]
    rollback = warehouse_cli("rollback", "--warehouse", str(warehouse))
    rollback_output, _ = rollback.communicate(timeout=120)
    assert rollback.returncode == 0, rollback_output
    import duckdb

    with duckdb.connect(str(warehouse), read_only=True) as db:
        restored = db.execute("select max(published_at) from quality.load_runs").fetchone()[0].isoformat()
    assert restored == reads["published"][0] != newest
