"""Seconds of the work a load runs beside its other steps (GX suites beside the dbt build, the
dashboard beside the marts suites), kept in this process for benchmarks/timed_load.py: Dagster's
step events time the steps themselves, not what a step hands to another thread or process."""

from __future__ import annotations

import time
from contextlib import contextmanager

STEPS: dict[str, float] = {}


def record(step: str, seconds: float) -> None:
    STEPS[step] = STEPS.get(step, 0.0) + seconds


@contextmanager
def timed(step: str):
    started = time.perf_counter()
    try:
        yield
    finally:
        record(step, time.perf_counter() - started)
