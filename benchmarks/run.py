"""Benchmark the load at N times the sample, against its floors, in one run on one machine.

    uv run python benchmarks/run.py --scale 100

Measures, at scale N (and the full load also at N/10 and N/3 for the scaling exponent):

- full_load_s: ``warehouse load --force`` on the generated raw folder (wall clock);
- dbt_build_s: a bare ``dbt build`` of the same project over the same landed data;
- raw_read_s: a plain python-calamine read of every raw file;
- overhead_vs_dbt_build: full_load_s / (dbt_build_s + raw_read_s);
- landing_vs_calamine_read: the landing step alone (read, parse, check, write to DuckDB) / raw_read_s;
- rerun_vs_full: ``warehouse load`` again with nothing changed / full_load_s;
- peak_rss_mb: peak resident memory of the load's process tree (the CLI and dbt);
- scaling_exponent: slope of log(full_load_s) over log(scale);
- query_p95_ms: p95 of the analyst queries in benchmarks/queries.sql on the published marts;
- sample_load_s: ``warehouse load --force`` of the shipped sample (raw/), with dbt's partial parse
  warm (one load of it first), the median of --sample-runs loads (each one in sample_loads_s);
- steps_s: where the time of the last sample load and of the full load at N went, by step (start-up
  and manifest, landing, GX landing suites, dbt build, GX marts suites, dashboard, docs site,
  exports, publish; benchmarks/timed_load.py), and beside_s: work run beside those steps (GX
  suites beside the dbt build, the dashboard beside the marts suites) with the time a step
  waited for it.

Prints a table, then one JSON object as its last line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import psutil
from python_calamine import CalamineWorkbook
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate  # noqa: E402

QUERIES_PATH = Path(__file__).with_name("queries.sql")
console = Console(stderr=True)


def _tree_rss(process: psutil.Process) -> int:
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total


def timed_process(command: list[str], env: dict | None = None, cwd: Path | None = None) -> tuple[float, int, str]:
    """(wall seconds, peak RSS of the process tree in bytes, output); raises if it fails."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=cwd)
    watched, peak = psutil.Process(process.pid), 0
    while process.poll() is None:
        try:
            peak = max(peak, _tree_rss(watched))
        except psutil.Error:
            pass
        time.sleep(0.1)
    elapsed = time.perf_counter() - started
    output = process.stdout.read()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{output[-3000:]}")
    return elapsed, peak, output


def warehouse_load(raw: Path, warehouse: Path, force: bool, steps: Path | None = None) -> tuple[float, int]:
    """One ``warehouse load``; given ``steps``, through benchmarks/timed_load.py, which runs the same
    CLI in its process and writes where the time went to that file."""
    arguments = ["load", "--raw", str(raw), "--warehouse", str(warehouse), *(["--force"] if force else [])]
    if steps is None:
        command = [sys.executable, "-m", "dagster_project.cli", *arguments]
    else:
        command = [sys.executable, str(Path(__file__).with_name("timed_load.py")), str(steps), *arguments]
    elapsed, peak, _ = timed_process(command, cwd=ROOT)
    return elapsed, peak


def step_breakdown(steps: Path) -> dict:
    recorded = json.loads(steps.read_text(encoding="utf-8"))
    return {"steps_s": recorded["steps_s"], "beside_s": recorded["work_beside_other_steps_s"]}


def sample_loads(work: Path, runs: int) -> tuple[list[float], dict]:
    """``--force`` loads of the shipped sample after one warm-up load (dbt's partial parse and the
    docs site of this project and schema are then as a nightly load finds them)."""
    from dagster_project.paths import DEFAULT_RAW_DIR

    raw = work / "sample_raw"
    shutil.rmtree(raw, ignore_errors=True)
    shutil.copytree(DEFAULT_RAW_DIR, raw)
    warehouse = work / "sample_warehouse" / "warehouse.duckdb"
    warehouse_load(raw, warehouse, force=True)
    seconds, steps = [], work / "sample_steps.json"
    for _ in range(runs):
        elapsed, _ = warehouse_load(raw, warehouse, force=True, steps=steps)
        seconds.append(round(elapsed, 2))
    return seconds, step_breakdown(steps)


def raw_files(raw: Path) -> list[Path]:
    return sorted(path for path in raw.rglob("*.xlsx"))


def calamine_read(raw: Path) -> float:
    started = time.perf_counter()
    for path in raw_files(raw):
        workbook = CalamineWorkbook.from_path(str(path))
        for name in workbook.sheet_names:
            workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
        workbook.close()
    return time.perf_counter() - started


def landing_only(raw: Path, work: Path) -> float:
    """What the landing assets do, without Dagster: read, parse, check and write every family."""
    from dagster_project.landing import beside
    from dagster_project.landing.documents import DocumentLoader
    from dagster_project.landing.engine import FamilyLoader, list_input_files
    from dagster_project.landing.specs import DOCUMENT_SPECS, REGISTER_SPECS, REPORT_SPECS
    from dagster_project.landing.store import write_batch
    from dagster_project.publishing.fingerprint import parser_version

    database = work / "landing_only.duckdb"
    database.unlink(missing_ok=True)
    key = b"benchmark"
    version = parser_version(key)
    # A load starts the landing worker while Dagster starts; it is ready when the files land.
    beside.start(raw)
    beside.wait_until_ready()
    started = time.perf_counter()
    with duckdb.connect(str(database)) as connection:
        for family, specs, loader in (
            ("registers", REGISTER_SPECS, FamilyLoader),
            ("reports", REPORT_SPECS, FamilyLoader),
            ("documents", DOCUMENT_SPECS, DocumentLoader),
        ):
            batch = loader(family, specs, raw, "benchmark", dt.datetime.now(), key, version).land(
                list_input_files(raw / family), beside=beside.side_by_side()
            )
            write_batch(connection, batch, specs)
    return time.perf_counter() - started


def bare_dbt_build(published: Path, work: Path) -> float:
    """``dbt build`` of the same project on a copy of the published warehouse (landing included),
    through the same database path the load gives dbt, so dbt parses nothing again."""
    from dagster_project.publishing.builds import point_shared_build_link, shared_build_link, shared_build_lock
    from dagster_project.publishing.locking import writer_lock
    from dagster_project.settings import Settings

    dbt_work_dir = Settings.from_environment().dbt_work_dir
    build_dir = work / "dbt_floor"
    build_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy2(published, build_dir / published.name)
    env = {**os.environ, "WAREHOUSE_DB_PATH": str(shared_build_link(dbt_work_dir) / published.name)}
    dbt = [str(Path(sys.executable).with_name("dbt")), "--quiet", "build", "--target-path", str(dbt_work_dir)]
    project = ["--project-dir", str(ROOT / "dbt"), "--profiles-dir", str(ROOT / "dbt")]
    with writer_lock(shared_build_lock(dbt_work_dir)):
        point_shared_build_link(build_dir, dbt_work_dir)
        elapsed, _, _ = timed_process([*dbt, *project], env=env, cwd=ROOT / "dbt")
    shutil.rmtree(build_dir, ignore_errors=True)
    return elapsed


def analyst_queries() -> list[tuple[str, str]]:
    queries = []
    for chunk in QUERIES_PATH.read_text(encoding="utf-8").split("-- name: ")[1:]:
        name, _, sql = chunk.partition("\n")
        queries.append((name.strip(), sql.strip().rstrip(";")))
    return queries


def query_p95_ms(published: Path, repeats: int) -> tuple[float, dict[str, float]]:
    timings: list[float] = []
    per_query: dict[str, float] = {}
    with duckdb.connect(str(published), read_only=True) as connection:
        for name, sql in analyst_queries():
            connection.execute(sql).fetchall()  # warm the cache once, as a BI tool would
            runs = []
            for _ in range(repeats):
                started = time.perf_counter()
                connection.execute(sql).fetchall()
                runs.append((time.perf_counter() - started) * 1000)
            per_query[name] = statistics.median(runs)
            timings += runs
    timings.sort()
    return timings[max(0, math.ceil(0.95 * len(timings)) - 1)], per_query


def scaling_exponent(points: list[tuple[float, float]]) -> float | None:
    if len(points) < 2:
        return None
    xs = [math.log(scale) for scale, _ in points]
    ys = [math.log(seconds) for _, seconds in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / sum((x - mean_x) ** 2 for x in xs)


def run(scale: float, points: int, work: Path, repeats: int, sample_runs: int) -> dict:
    from dagster_project.dbt_project import ensure_manifest
    from dagster_project.publishing.builds import shared_build_link

    scales = sorted({scale / 10, scale / 3, scale}) if points >= 3 else [scale]
    warehouse = work / "warehouse" / "warehouse.duckdb"
    # The project is parsed once (after a code change), as before a nightly load.
    ensure_manifest(database_path=str(shared_build_link() / warehouse.name))
    console.print(f"the shipped sample: a warm-up load, then {sample_runs} timed --force load(s)...")
    sample_seconds, sample_steps = sample_loads(work, sample_runs)
    console.print(f"  sample loads {sample_seconds} s")
    loads: list[tuple[float, float, int]] = []
    full_steps = work / "full_steps.json"
    for point in scales:
        raw = work / f"raw_x{point:g}"
        counts = generate(raw, point)
        console.print(
            f"scale {point:g}: {counts['registers']:,} register rows, {counts['reports']:,} report figures; loading..."
        )
        seconds, peak = warehouse_load(raw, warehouse, force=True, steps=full_steps if point == scale else None)
        console.print(f"  full load {seconds:.1f} s, peak RSS {peak / 2**20:.0f} MB")
        loads.append((point, seconds, peak))
    raw = work / f"raw_x{scale:g}"
    full_load_s, peak = loads[-1][1], loads[-1][2]
    console.print("no-change rerun, bare dbt build, plain calamine read, landing alone, analyst queries...")
    rerun_s, _ = warehouse_load(raw, warehouse, force=False)
    dbt_build_s = bare_dbt_build(warehouse, work)
    raw_read_s = calamine_read(raw)
    landing_s = landing_only(raw, work)
    p95, per_query = query_p95_ms(warehouse, repeats)
    return {
        "sample_load_s": statistics.median(sample_seconds),
        "sample_loads_s": sample_seconds,
        "sample_steps_s": sample_steps["steps_s"],
        "sample_beside_s": sample_steps["beside_s"],
        "scale": scale,
        "register_rows": counts["registers"],
        "full_load_s": round(full_load_s, 2),
        "dbt_build_s": round(dbt_build_s, 2),
        "raw_read_s": round(raw_read_s, 3),
        "landing_s": round(landing_s, 2),
        "rerun_s": round(rerun_s, 2),
        "overhead_vs_dbt_build": round(full_load_s / (dbt_build_s + raw_read_s), 2),
        "landing_vs_calamine_read": round(landing_s / raw_read_s, 2),
        "rerun_vs_full": round(rerun_s / full_load_s, 3),
        "peak_rss_mb": round(peak / 2**20, 1),
        "scaling_exponent": None
        if (exponent := scaling_exponent([(s, t) for s, t, _ in loads])) is None
        else round(exponent, 3),
        "scaling_points": {f"{s:g}": round(t, 2) for s, t, _ in loads},
        "query_p95_ms": round(p95, 2),
        "query_median_ms": {name: round(value, 2) for name, value in per_query.items()},
        **{f"full_{key}": value for key, value in step_breakdown(full_steps).items()},
    }


GOALS = {
    "sample_load_s": ("≤", 30),
    "overhead_vs_dbt_build": ("≤", 1.5),
    "landing_vs_calamine_read": ("≤", 2),
    "rerun_vs_full": ("≤", 0.25),
    "peak_rss_mb": ("<", 2048),
    "scaling_exponent": ("≤", 1.1),
    "query_p95_ms": ("<", 50),
}


def print_table(result: dict) -> None:
    table = Table(
        title=f"Load benchmark at {result['scale']:g}× the sample ({result['register_rows']:,} register rows)"
    )
    for column in ("metric", "value", "goal", "met"):
        table.add_column(column)
    for key, value in result.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items())
        goal = GOALS.get(key)
        met = (
            ""
            if goal is None or result[key] is None
            else ("yes" if (result[key] <= goal[1] if goal[0] == "≤" else result[key] < goal[1]) else "no")
        )
        table.add_row(key, str(value), "" if goal is None else f"{goal[0]} {goal[1]}", met)
    Console().print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=10, help="times the sample's rows (default 10)")
    parser.add_argument(
        "--points",
        type=int,
        choices=(1, 3),
        default=3,
        help="full loads at N/10, N/3 and N (3, default) or at N only (1; no scaling exponent)",
    )
    parser.add_argument("--repeats", type=int, default=20, help="runs of each analyst query (default 20)")
    parser.add_argument("--sample-runs", type=int, default=2, help="timed loads of the shipped sample (default 2)")
    parser.add_argument("--work", type=Path, help="folder for generated data and warehouses (default: a temporary one)")
    arguments = parser.parse_args()
    work = arguments.work or Path(tempfile.mkdtemp(prefix="warehouse_benchmark_"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        result = run(arguments.scale, arguments.points, work, arguments.repeats, arguments.sample_runs)
    finally:
        if arguments.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print_table(result)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
