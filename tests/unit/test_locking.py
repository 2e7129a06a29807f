"""One writer at a time: the writer lock (no load needed)."""

import os
import signal
import subprocess
import sys

import pytest

from dagster_project.publishing.locking import WarehouseBusyError, lock_path, writer_lock

HOLD_LOCK = """
import sys, time
from pathlib import Path
from dagster_project.publishing.locking import writer_lock
with writer_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(60)
"""


def test_a_second_writer_is_refused_while_the_lock_is_held_and_a_killed_holder_frees_it(tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(warehouse)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(WarehouseBusyError, match=f"holder: pid {holder.pid}"):
            with writer_lock(warehouse, wait_seconds=1):
                pass
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    with writer_lock(warehouse, wait_seconds=0):
        assert lock_path(warehouse).read_text() == f"pid {os.getpid()}"
