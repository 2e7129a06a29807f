"""``warehouse load`` exactly as the CLI runs it, plus where its time went, for benchmarks/run.py.

    python benchmarks/timed_load.py STEPS.json load --raw RAW --warehouse WAREHOUSE --force

Runs the CLI's own ``main`` in this process, so the load does the same work as
``python -m dagster_project.cli``; it only keeps the run's Dagster event log (the job's
ephemeral instance would drop it) to time each step from its STEP_START and STEP_SUCCESS (or
STEP_FAILURE) events, and adds the seconds the steps record of work they run beside others
(``dagster_project.step_timings``). Writes them to STEPS.json when the process exits.
"""

from __future__ import annotations

import atexit
import json
import sys
import time
from pathlib import Path

import psutil

PROCESS_STARTED = psutil.Process().create_time()
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Dagster step keys (op names) -> the steps the benchmark reports; the landing assets and the
# reviewed files land one after another and count as one step.
STEP_NAMES = {
    "land_registers": "landing",
    "land_reports": "landing",
    "land_documents": "landing",
    "reconciliation_waivers": "landing",
    "extraction_decisions": "landing",
    "source_choices": "landing",
    "landing_expectations": "gx_landing_suites",
    "warehouse_dbt_models": "dbt_build",
    "marts_expectations": "gx_marts_suites",
    "publish__dashboard": "dashboard",
    "publish__docs_site": "docs_site",
    "publish__parquet_exports": "parquet_exports",
    "warehouse__published": "publish",
}


def _step_name(step_key: str) -> str:
    # the reviewed files' assets have keys under landing/ (step keys landing__waivers...)
    return "landing" if step_key.startswith("landing__") else STEP_NAMES.get(step_key, step_key)


def main() -> None:
    out = Path(sys.argv[1])
    from dagster import DagsterEventType, JobDefinition

    from dagster_project import step_timings

    logs: list = []
    execute = JobDefinition.execute_in_process

    def execute_and_keep_log(self, *args, **kwargs):
        result = execute(self, *args, **kwargs)
        instance = kwargs.get("instance")
        if instance is not None:
            logs.extend(instance.all_logs(result.run_id))
        return result

    JobDefinition.execute_in_process = execute_and_keep_log

    def write() -> None:
        finished = time.time()
        started: dict[str, float] = {}
        steps: dict[str, float] = {}
        first_start = last_end = None
        for entry in logs:
            event = entry.dagster_event
            if event is None or event.step_key is None:
                continue
            if event.event_type == DagsterEventType.STEP_START:
                started[event.step_key] = entry.timestamp
                first_start = entry.timestamp if first_start is None else min(first_start, entry.timestamp)
            elif event.event_type in (DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE):
                if event.step_key in started:
                    name = _step_name(event.step_key)
                    steps[name] = steps.get(name, 0.0) + entry.timestamp - started[event.step_key]
                    last_end = entry.timestamp if last_end is None else max(last_end, entry.timestamp)
        breakdown = {"startup_and_manifest": (first_start or finished) - PROCESS_STARTED, **steps}
        if last_end is not None:
            breakdown["summary_and_exit"] = finished - last_end
        breakdown = {name: round(seconds, 2) for name, seconds in breakdown.items()}
        beside = {name: round(seconds, 2) for name, seconds in step_timings.STEPS.items()}
        out.write_text(
            json.dumps(
                {
                    "steps_s": breakdown,
                    "work_beside_other_steps_s": beside,
                    "wall_s": round(finished - PROCESS_STARTED, 2),
                },
                indent=1,
            )
        )

    atexit.register(write)
    from dagster_project.cli import main as cli_main

    sys.argv = ["warehouse", *sys.argv[2:]]
    cli_main()


if __name__ == "__main__":
    main()
