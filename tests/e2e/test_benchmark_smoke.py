"""The benchmark runs end to end at scale 1 and ends with its JSON line (figures are not judged here)."""

import json
import subprocess
import sys

import pytest

from dagster_project.paths import PROJECT_ROOT

pytestmark = pytest.mark.slow

KEYS = {
    "full_load_s", "dbt_build_s", "overhead_vs_dbt_build", "landing_vs_calamine_read", "rerun_vs_full",
    "peak_rss_mb", "scaling_exponent", "query_p95_ms",
}


def test_benchmark_at_scale_one_prints_its_metrics_as_json_last(tmp_path):
    completed = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--scale", "1", "--points", "1", "--repeats", "1", "--work", str(tmp_path)],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=900,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert KEYS <= result.keys()
    assert result["register_rows"] == 271 and result["full_load_s"] > 0 and result["query_p95_ms"] > 0
