"""dagster-dbt imported without dbt-core in the load's process (dagster_project.dagster_dbt_api): the definitions
import no dbt module, and dagster-dbt still reads dbt's results the way it does with dbt-core."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import sys
import dagster_project.definitions
from dagster_dbt.compat import NodeStatus, TestStatus
print(sorted(name for name in sys.modules if name == "dbt" or name.startswith("dbt.")))
print(NodeStatus.Success == "success", TestStatus.Pass == "pass", str(TestStatus.Warn))
"""


def test_the_definitions_import_no_dbt_module_and_keep_dbts_statuses():
    # (a process of its own: the test process may have imported dbt for other tests)
    completed = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True)
    modules, statuses = completed.stdout.strip().splitlines()
    assert modules == "[]"
    assert statuses == "True True warn"
