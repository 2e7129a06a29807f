"""The benchmark's parts on small data: the generator scales the sample, landing reads the
scaled files without rejects, and the analyst queries run on the published sample. The
full runs (several loads each) are what `benchmarks/run.py` does by hand."""

import sys

import pytest

from dagster_project.paths import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT))
from benchmarks import run as benchmark  # noqa: E402

pytestmark = pytest.mark.slow


def test_generator_scales_the_registers_and_landing_reads_them(tmp_path):
    single = benchmark.generate(tmp_path / "x1", 1)
    double = benchmark.generate(tmp_path / "x2", 2)
    assert single["registers"] == 271
    assert double["registers"] == 2 * single["registers"] and double["reports"] == 2 * single["reports"]
    assert benchmark.landing_only(tmp_path / "x2", tmp_path) > 0
    with benchmark.duckdb.connect(str(tmp_path / "landing_only.duckdb"), read_only=True) as connection:
        rejected = connection.execute("select count(*) from quality.rejected_rows").fetchone()[0]
        outbound = connection.execute("select count(*) from landing.outbound_delegations").fetchone()[0]
    assert rejected == 0 and outbound > 0


def test_every_analyst_query_of_the_benchmark_runs_on_the_published_sample(published_sample):
    p95, per_query = benchmark.query_p95_ms(published_sample, repeats=2)
    assert set(per_query) == {name for name, _ in benchmark.analyst_queries()} and len(per_query) >= 6
    assert p95 > 0


def test_scaling_exponent_of_linear_and_flat_series():
    assert benchmark.scaling_exponent([(1, 10.0), (10, 100.0)]) == pytest.approx(1.0)
    assert benchmark.scaling_exponent([(1, 10.0), (10, 10.0), (100, 10.0)]) == pytest.approx(0.0)
